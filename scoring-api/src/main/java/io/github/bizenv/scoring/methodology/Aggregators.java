package io.github.bizenv.scoring.methodology;

/**
 * Specs of the built-in aggregators, so that a methodology built in code reads like its file. Add further settings
 * with {@link StrategySpec#with}.
 */
public final class Aggregators {

  private Aggregators() {}

  /**
   * The weighted arithmetic mean over the children present, weights renormalized.
   *
   * @return {@code {"name": "weighted-mean"}}
   */
  public static StrategySpec weightedMean() {
    return StrategySpec.of("weighted-mean");
  }

  /**
   * The weighted geometric mean; every child must score above 0.
   *
   * @return {@code {"name": "geometric-mean"}}
   */
  public static StrategySpec geometricMean() {
    return StrategySpec.of("geometric-mean");
  }

  /**
   * The weighted harmonic mean; every child must score above 0.
   *
   * @return {@code {"name": "harmonic-mean"}}
   */
  public static StrategySpec harmonicMean() {
    return StrategySpec.of("harmonic-mean");
  }

  /**
   * The generalised (power) mean {@code (Σ w·x^p)^(1/p)}.
   *
   * @param p the power, not 0
   * @return {@code {"name": "generalised-mean", "p": …}}
   */
  public static StrategySpec generalisedMean(double p) {
    return StrategySpec.of("generalised-mean").with("p", p);
  }

  /**
   * The sum of the children's scores (weights ignored), e.g. of point budgets.
   *
   * @return {@code {"name": "point-sum"}}
   */
  public static StrategySpec pointSum() {
    return StrategySpec.of("point-sum");
  }

  /**
   * The sum of the children's scores, capped.
   *
   * @param cap the most the sum may be
   * @return {@code {"name": "point-sum", "cap": …}}
   */
  public static StrategySpec pointSum(double cap) {
    return StrategySpec.of("point-sum").with("cap", cap);
  }

  /**
   * The sum of the children's scores, capped, where a missing child's points go to the others (B-READY): with
   * {@code "equally"} in equal parts, with {@code "by-weight"} in proportion to their weights. The children's
   * weights are then their maximum points.
   *
   * @param cap the most the sum may be
   * @param redistribute {@code equally} or {@code by-weight}
   * @return {@code {"name": "point-sum", "cap": …, "redistribute": …}}
   */
  public static StrategySpec pointSum(double cap, String redistribute) {
    return StrategySpec.of("point-sum").with("cap", cap).with("redistribute", redistribute);
  }

  /**
   * Copeland's non-compensatory outranking method, as COINr's {@code a_copeland}.
   *
   * @return {@code {"name": "copeland"}}
   */
  public static StrategySpec copeland() {
    return StrategySpec.of("copeland");
  }
}
