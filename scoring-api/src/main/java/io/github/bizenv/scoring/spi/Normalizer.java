package io.github.bizenv.scoring.spi;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Turns the raw values of one indicator into scores, a whole column at a time.
 *
 * <p>{@link #fit(double[])} looks at the column once (min-max and z-scores need the population; fixed
 * methods such as distance to frontier ignore it) and returns a {@link Fit} that maps each raw value.
 * Raw values are finite or {@code NaN} (missing); a fit maps {@code NaN} to {@code NaN} and every finite
 * value into {@link #range()} (or to {@code NaN} when it cannot score it, which the engine treats as missing).
 * The engine checks what a fit returns: an infinite value or one outside the declared range is reported as a
 * problem naming the normalizer, the leaf and the unit. Implementations are immutable and thread-safe and must
 * not modify the column.
 *
 * <p>The engine asks a normalizer everything through this interface — its range, whether it scores text codes
 * or accepts a number, its fitted parameters for explanations — so that a normalizer written outside the
 * library can do everything a built-in one does.
 */
public interface Normalizer {

  /**
   * The scores this normalizer can produce.
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
   * The score this normalizer gives a text code by itself: a categorical scale scores its codes (Likert answers,
   * "yes"/"no"). Codes it does not know must be declared by the leaf ({@code "codes"} in the file).
   *
   * @param code a text code found in the leaf's column
   * @return the score, in {@link #range()}; empty by default
   */
  default OptionalDouble codeScore(String code) {
    return OptionalDouble.empty();
  }

  /**
   * Whether this normalizer can score a raw number: a categorical scale scores only the numbers among its codes
   * (answers coded 1–5), and the engine reports any other number as a data problem.
   *
   * @param raw a finite raw value
   * @return {@code true} by default
   */
  default boolean accepts(double raw) {
    return true;
  }

  /**
   * Whether {@link #accepts} is true of every finite number, so that the engine need not ask value by value.
   * Override it, returning {@code false}, exactly when you override {@link #accepts} (the engine checks value by value
   * anyway when {@link #accepts} is overridden, so forgetting this costs time, not correctness).
   *
   * @return {@code true} by default
   */
  default boolean acceptsEveryNumber() {
    return true;
  }

  /**
   * Fits the normalizer on a column of raw values.
   *
   * @param column the raw values of every unit, {@code NaN} for missing; not modified, and not kept after the
   *     call
   * @return the fitted mapping; fixed normalizers may return the same instance every time
   */
  Fit fit(double[] column);

  /**
   * Fits the normalizer on a column, knowing which unit each value belongs to — for methods that compare with
   * a reference unit. The default ignores the units.
   *
   * @param column the raw values, {@code NaN} for missing; not modified, and not kept after the call
   * @param units the unit of each value, in the same order
   * @return the fitted mapping
   */
  default Fit fit(double[] column, java.util.List<String> units) {
    return fit(column);
  }

  /** A normalizer fitted on a column: the mapping of raw values to scores, and its parameters. */
  interface Fit {

    /**
     * Maps a raw value.
     *
     * @param raw a finite raw value, or {@code NaN}
     * @return the score, in the normalizer's range, or {@code NaN} for {@code NaN}
     */
    double apply(double raw);

    /**
     * Maps a whole column at once. The default applies {@link #apply(double)} to each value; built-in fits
     * override it with a loop the JIT can vectorise.
     *
     * @param raw the raw values, {@code NaN} for missing; not modified
     * @param out where to write the scores, at least as long as {@code raw}; may be {@code raw} itself
     */
    default void applyAll(double[] raw, double[] out) {
      for (int i = 0; i < raw.length; i++) {
        out[i] = apply(raw[i]);
      }
    }

    /**
     * The parameters used, for explanations (e.g. {@code best}, {@code worst}, a fitted {@code min}).
     *
     * @return parameter name → value, in a stable order
     */
    Map<String, Double> parameters();
  }
}
