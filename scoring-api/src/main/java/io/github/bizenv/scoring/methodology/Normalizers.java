package io.github.bizenv.scoring.methodology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Specs of the built-in normalizers, so that a methodology built in code reads like its file. Each method returns
 * the spec the file form {@code {"name": …, settings…}} gives; add further settings with
 * {@link StrategySpec#with}. The settings' meaning is documented with each built-in strategy in the README.
 */
public final class Normalizers {

  private Normalizers() {}

  /**
   * Doing Business's distance to frontier: {@code 100 × (worst − x) / (worst − best)}, clamped to [0, 100].
   *
   * @param best the frontier (the best value)
   * @param worst the worst value
   * @return {@code {"name": "distance-to-frontier", "best": …, "worst": …}}
   */
  public static StrategySpec distanceToFrontier(double best, double worst) {
    return StrategySpec.of("distance-to-frontier").with("best", best).with("worst", worst);
  }

  /**
   * Min-max onto [0, 100], fitted on the column, as COINr defines it.
   *
   * @return {@code {"name": "min-max"}}
   */
  public static StrategySpec minMax() {
    return StrategySpec.of("min-max");
  }

  /**
   * Min-max onto [lower, upper].
   *
   * @param lower the score of the worst value
   * @param upper the score of the best value
   * @return {@code {"name": "min-max", "lower": …, "upper": …}}
   */
  public static StrategySpec minMax(double lower, double upper) {
    return StrategySpec.of("min-max").with("lower", lower).with("upper", upper);
  }

  /**
   * Fixed goalposts: {@code (x − lower) / (upper − lower) × 100}, truncated to [0, 100].
   *
   * @param lower the lower goalpost
   * @param upper the upper goalpost
   * @return {@code {"name": "goalposts", "lower": …, "upper": …}}
   */
  public static StrategySpec goalposts(double lower, double upper) {
    return StrategySpec.of("goalposts").with("lower", lower).with("upper", upper);
  }

  /**
   * Distance to a target: the share of the way from the worst value to the target, capped at 100.
   *
   * @param target the target value
   * @return {@code {"name": "distance-to-target", "target": …}}
   */
  public static StrategySpec distanceToTarget(double target) {
    return StrategySpec.of("distance-to-target").with("target", target);
  }

  /**
   * A step of a step table: values at least (higher is better) or at most (lower is better) {@code threshold}
   * score {@code score}.
   *
   * @param key {@code atLeast} or {@code atMost}
   * @param threshold the threshold
   * @param score the score
   * @return the step's settings
   */
  public static Setting step(String key, double threshold, double score) {
    Map<String, Setting> m = new LinkedHashMap<>();
    m.put(key, Setting.of(threshold));
    m.put("score", Setting.of(score));
    return Setting.object(m);
  }

  /**
   * A step table: the score of the first step the value reaches, {@code otherwise} below every step.
   *
   * @param otherwise the score below every step
   * @param steps the steps, best first (see {@link #step})
   * @return {@code {"name": "step-table", "steps": […], "otherwise": …}}
   */
  public static StrategySpec stepTable(double otherwise, Setting... steps) {
    return StrategySpec.of("step-table").with("steps", Setting.list(new ArrayList<>(List.of(steps))))
        .with("otherwise", otherwise);
  }

  /**
   * A categorical scale: each text code (or number written as text) scores a fixed number.
   *
   * @param scores code → score
   * @return {@code {"name": "categorical", "scores": {…}}}
   */
  public static StrategySpec categorical(Map<String, Double> scores) {
    return StrategySpec.of("categorical").with("scores", Setting.numbers(scores));
  }

  /**
   * The start of a deduction scheme (扣分制): every unit with a value in the column starts from {@code base}, and the
   * node's rules deduct from there; range [0, base].
   *
   * @param base the starting score, greater than 0 (100 in most schemes)
   * @return {@code {"name": "base-score", "base": …}}
   */
  public static StrategySpec baseScore(double base) {
    return StrategySpec.of("base-score").with("base", base);
  }

  /**
   * Z-scores with mean 0 and standard deviation 1.
   *
   * @return {@code {"name": "z-score"}}
   */
  public static StrategySpec zScore() {
    return StrategySpec.of("z-score");
  }

  /**
   * Z-scores rescaled to a mean and standard deviation, e.g. COINr's (10, 2).
   *
   * @param mean the mean of the scores
   * @param sd their standard deviation
   * @return {@code {"name": "z-score", "mean": …, "sd": …}}
   */
  public static StrategySpec zScore(double mean, double sd) {
    return StrategySpec.of("z-score").with("mean", mean).with("sd", sd);
  }

  /**
   * Ranks, the best value getting the largest number.
   *
   * @return {@code {"name": "rank"}}
   */
  public static StrategySpec rank() {
    return StrategySpec.of("rank");
  }

  /**
   * Percentile ranks in [0, 1].
   *
   * @return {@code {"name": "percentile-rank"}}
   */
  public static StrategySpec percentileRank() {
    return StrategySpec.of("percentile-rank");
  }

  /**
   * Borda scores: rank − 1.
   *
   * @return {@code {"name": "borda"}}
   */
  public static StrategySpec borda() {
    return StrategySpec.of("borda");
  }

  /**
   * Distance to the maximum: {@code 1 − (max − x)/(max − min)}.
   *
   * @return {@code {"name": "distance-to-max"}}
   */
  public static StrategySpec distanceToMax() {
    return StrategySpec.of("distance-to-max");
  }

  /**
   * Fraction of the maximum: {@code x / max}.
   *
   * @return {@code {"name": "fraction-of-max"}}
   */
  public static StrategySpec fractionOfMax() {
    return StrategySpec.of("fraction-of-max");
  }

  /**
   * Distance to a reference unit's value.
   *
   * @param unit the reference unit's id
   * @return {@code {"name": "distance-to-reference", "unit": …}}
   */
  public static StrategySpec distanceToReference(String unit) {
    return StrategySpec.of("distance-to-reference").with("unit", unit);
  }

  /**
   * Points as published: the raw value is the score, e.g. B-READY's rescaled indicator points. A value outside
   * {@code [min, max]} is a data problem.
   *
   * @param min the least value
   * @param max the greatest value, at least {@code min}
   * @return {@code {"name": "identity", "min": …, "max": …}}
   */
  public static StrategySpec identity(double min, double max) {
    return StrategySpec.of("identity").with("min", min).with("max", max);
  }

  /**
   * The identity without bounds on its values.
   *
   * @return {@code {"name": "identity"}}
   */
  public static StrategySpec identity() {
    return StrategySpec.of("identity");
  }

  /**
   * B-READY's Pillar III scoring: linear from the 5th to the 95th percentile of the units' values (R's type 7),
   * fitted after leaving out values beyond 3 standard deviations from the mean (text codes such as "no practice"
   * never enter a fit), clamped to [0, 100], reversed for "lower is better".
   *
   * @return {@code {"name": "percentile-linear"}}
   */
  public static StrategySpec percentileLinear() {
    return StrategySpec.of("percentile-linear");
  }

  /**
   * B-READY's normal-curve scoring: {@code 100 Φ((x − mid) / coef)} with {@code mid} the midpoint of the 5th and
   * 95th percentiles and {@code coef = (p5 − mid) / Φ⁻¹(0.0049999)}, fitted as {@link #percentileLinear()}.
   *
   * @return {@code {"name": "normal-cdf"}}
   */
  public static StrategySpec normalCdf() {
    return StrategySpec.of("normal-cdf");
  }
}
