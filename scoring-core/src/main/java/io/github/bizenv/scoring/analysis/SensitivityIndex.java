package io.github.bizenv.scoring.analysis;

import java.util.OptionalDouble;

/**
 * The first-order and total-effect Sobol indices of one dimension, with bootstrap percentile intervals when
 * bootstrapping was asked for. Immutable.
 */
public final class SensitivityIndex {

  private final String dimension;
  private final double[] v;

  SensitivityIndex(String dimension, double first, double total, double firstLow, double firstHigh, double totalLow,
      double totalHigh) {
    this.dimension = dimension;
    this.v = new double[] {first, total, firstLow, firstHigh, totalLow, totalHigh};
  }

  private static OptionalDouble opt(double d) {
    return d == d ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /**
   * The dimension.
   *
   * @return its id (COINr's {@code Variable})
   */
  public String dimension() {
    return dimension;
  }

  /**
   * The first-order index {@code S_i = mean(y_B·(y_ABi − y_A)) / V} (COINr's {@code Si}).
   *
   * @return the estimate; empty when the output has no variance or a design point failed
   */
  public OptionalDouble firstOrder() {
    return opt(v[0]);
  }

  /**
   * The total-effect index {@code ST_i = Σ(y_A − y_ABi)² / (2N·V)} (COINr's {@code STi}).
   *
   * @return the estimate; empty when undefined
   */
  public OptionalDouble totalEffect() {
    return opt(v[1]);
  }

  /**
   * The 5th percentile of the bootstrapped first-order index ({@code Si_q5}).
   *
   * @return the bound; empty without bootstrap
   */
  public OptionalDouble firstOrderLow() {
    return opt(v[2]);
  }

  /**
   * The 95th percentile of the bootstrapped first-order index ({@code Si_q95}).
   *
   * @return the bound; empty without bootstrap
   */
  public OptionalDouble firstOrderHigh() {
    return opt(v[3]);
  }

  /**
   * The 5th percentile of the bootstrapped total-effect index ({@code STi_q5}).
   *
   * @return the bound; empty without bootstrap
   */
  public OptionalDouble totalEffectLow() {
    return opt(v[4]);
  }

  /**
   * The 95th percentile of the bootstrapped total-effect index ({@code STi_q95}).
   *
   * @return the bound; empty without bootstrap
   */
  public OptionalDouble totalEffectHigh() {
    return opt(v[5]);
  }

  @Override
  public String toString() {
    return dimension + ": Si " + v[0] + " [" + v[2] + ", " + v[3] + "], STi " + v[1] + " [" + v[4] + ", " + v[5] + "]";
  }
}
