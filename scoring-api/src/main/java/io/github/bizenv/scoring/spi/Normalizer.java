package io.github.bizenv.scoring.spi;

import java.util.Map;

/**
 * Turns the raw values of one indicator into scores, a whole column at a time.
 *
 * <p>{@link #fit(double[])} looks at the column once (min-max and z-scores need the population; fixed
 * methods such as distance to frontier ignore it) and returns a {@link Fit} that maps each raw value.
 * Raw values are finite or {@code NaN} (missing); a fit maps {@code NaN} to {@code NaN} and every finite
 * value into {@link #range()}. Implementations are immutable and thread-safe and must not modify the column.
 */
public interface Normalizer {

  /**
   * The scores this normaliser can produce.
   *
   * @return the output range
   */
  Range range();

  /**
   * Whether a better raw value (in the indicator's direction) never gives a lower score.
   *
   * @return {@code true} for monotone methods (the default)
   */
  default boolean monotone() {
    return true;
  }

  /**
   * Fits the normaliser on a column of raw values.
   *
   * @param column the raw values of every unit, {@code NaN} for missing; not modified, and not kept after the
   *     call
   * @return the fitted mapping; fixed normalisers may return the same instance every time
   */
  Fit fit(double[] column);

  /**
   * Fits the normaliser on a column, knowing which unit each value belongs to — for methods that compare with
   * a reference unit. The default ignores the units.
   *
   * @param column the raw values, {@code NaN} for missing; not modified, and not kept after the call
   * @param units the unit of each value, in the same order
   * @return the fitted mapping
   */
  default Fit fit(double[] column, java.util.List<String> units) {
    return fit(column);
  }

  /** A normaliser fitted on a column: the mapping of raw values to scores, and its parameters. */
  interface Fit {

    /**
     * Maps a raw value.
     *
     * @param raw a finite raw value, or {@code NaN}
     * @return the score, in the normaliser's range, or {@code NaN} for {@code NaN}
     */
    double apply(double raw);

    /**
     * The parameters used, for explanations (e.g. {@code best}, {@code worst}, a fitted {@code min}).
     *
     * @return parameter name → value, in a stable order
     */
    Map<String, Double> parameters();
  }
}
