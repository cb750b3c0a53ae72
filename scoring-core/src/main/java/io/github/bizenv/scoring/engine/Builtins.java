package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Range;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The built-in normalizers and aggregators. Rules are in {@link BuiltinRules}. */
final class Builtins {

  private Builtins() {}

  static List<NormalizerProvider> normalizers() {
    return List.of(
        Providers.normalizer("distance-to-frontier", Builtins::distanceToFrontier),
        Providers.normalizer("min-max", Builtins::minMax),
        Providers.normalizer("goalposts", Builtins::goalposts),
        Providers.normalizer("distance-to-target", Builtins::distanceToTarget),
        Providers.normalizer("step-table", Builtins::stepTable),
        Providers.normalizer("categorical", Builtins::categorical),
        Providers.normalizer("base-score", Builtins::baseScore));
  }

  static List<AggregatorProvider> aggregators() {
    return List.of(
        Providers.aggregator("weighted-mean", p -> new WeightedMean()),
        Providers.aggregator("geometric-mean", p -> new GeometricMean()),
        Providers.aggregator("point-sum", Builtins::pointSum));
  }

  // ------------------------------------------------------------------ normalizers

  /** A fit that needs no population: the same mapping for every column. */
  abstract static class FixedNormalizer implements Normalizer, Normalizer.Fit {
    private final Range range;
    private final Map<String, Double> parameters;

    FixedNormalizer(Range range, Map<String, Double> parameters) {
      this.range = range;
      this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override
    public Range range() {
      return range;
    }

    @Override
    public Fit fit(double[] column) {
      return this;
    }

    @Override
    public Map<String, Double> parameters() {
      return parameters;
    }
  }

  /**
   * {@code scale × clamp((worst − x) / (worst − best), 0, 1) ^ power}: Doing Business's distance to frontier.
   * Works for both directions: for "higher is better" best is greater than worst.
   */
  static Normalizer distanceToFrontier(Parameters p) {
    double best = p.number("best");
    double worst = p.number("worst");
    double power = p.number("power", 1);
    double scale = p.number("scale", 100);
    if (best == worst) {
      p.problem("worst", "best and worst are both " + Numbers.plain(best) + "; they must differ");
    } else if (Double.isFinite(best) && Double.isFinite(worst)) {
      boolean lowerBetter = best < worst;
      if (lowerBetter != (p.direction() == Direction.LOWER_IS_BETTER)) {
        p.problem("best", "best " + Numbers.plain(best) + " and worst " + Numbers.plain(worst) + " say " + (lowerBetter ? "lower" : "higher")
            + " is better, but the indicator's direction is " + p.direction().code());
      }
    }
    if (!(power > 0)) {
      p.problem("power", "power " + Numbers.plain(power) + " must be greater than 0");
    }
    if (!(scale > 0)) {
      p.problem("scale", "scale " + Numbers.plain(scale) + " must be greater than 0");
    }
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("best", best);
    params.put("worst", worst);
    if (power != 1) {
      params.put("power", power);
    }
    double span = worst - best;
    return new FixedNormalizer(Range.of(0, Math.max(0, scale)), params) {
      @Override
      public double apply(double x) {
        double s = Math.max(0, Math.min(1, (worst - x) / span));
        return scale * (power == 1 ? s : Math.pow(s, power));
      }

      @Override
      public void applyAll(double[] raw, double[] out) {
        for (int i = 0; i < raw.length; i++) {
          double s = Math.max(0, Math.min(1, (worst - raw[i]) / span));
          out[i] = scale * (power == 1 ? s : Math.pow(s, power));
        }
      }
    };
  }

  /**
   * Min-max as COINr defines it: with d = ±1 the direction, {@code (x·d − min)/(max − min) × (upper − lower) +
   * lower}, min and max over the column's {@code x·d}; fitted. A constant column scores {@code constant}.
   */
  static Normalizer minMax(Parameters p) {
    double lower = p.number("lower", 0);
    double upper = p.number("upper", 100);
    String constant = p.text("constant", "midpoint");
    if (!(lower < upper)) {
      p.problem("upper", "upper " + Numbers.plain(upper) + " must be greater than lower " + Numbers.plain(lower));
    }
    if (!List.of("midpoint", "upper", "lower").contains(constant)) {
      p.problem("constant", "constant \"" + constant + "\" is not one of midpoint, upper, lower");
    }
    double d = p.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
    double constantScore = constant.equals("upper") ? upper : constant.equals("lower") ? lower : (lower + upper) / 2;
    Range range = Range.of(Math.min(lower, upper), Math.max(lower, upper));
    return new Normalizer() {
      @Override
      public Range range() {
        return range;
      }

      @Override
      public Fit fit(double[] column) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : column) {
          if (x == x) {
            min = Math.min(min, x * d);
            max = Math.max(max, x * d);
          }
        }
        double lo = min;
        double span = max - min;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("min", d > 0 ? min : -max);
        params.put("max", d > 0 ? max : -min);
        params.put("lower", lower);
        params.put("upper", upper);
        double width = upper - lower;
        return new Fit() {
          @Override
          public double apply(double raw) {
            return raw != raw ? Double.NaN : span > 0 ? (raw * d - lo) / span * width + lower : constantScore;
          }

          @Override
          public void applyAll(double[] raw, double[] out) {
            if (span > 0) {
              for (int i = 0; i < raw.length; i++) {
                out[i] = (raw[i] * d - lo) / span * width + lower; // NaN stays NaN
              }
            } else {
              for (int i = 0; i < raw.length; i++) {
                out[i] = raw[i] != raw[i] ? Double.NaN : constantScore;
              }
            }
          }

          @Override
          public Map<String, Double> parameters() {
            return params;
          }
        };
      }
    };
  }

  /** COINr's goalposts: {@code (x − lower) / (upper − lower) × scale}, reversed for "lower is better". */
  static Normalizer goalposts(Parameters p) {
    double lower = p.number("lower");
    double upper = p.number("upper");
    double scale = p.number("scale", 100);
    boolean truncate = p.flag("truncate", true);
    if (!(lower < upper)) {
      p.problem("upper", "upper goalpost " + Numbers.plain(upper) + " must be greater than lower goalpost "
          + Numbers.plain(lower));
    }
    if (!(scale > 0)) {
      p.problem("scale", "scale " + Numbers.plain(scale) + " must be greater than 0");
    }
    boolean reverse = p.direction() == Direction.LOWER_IS_BETTER;
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("lower", lower);
    params.put("upper", upper);
    params.put("scale", scale);
    Range range = truncate ? Range.of(0, Math.max(0, scale)) : Range.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    return new FixedNormalizer(range, params) {
      @Override
      public double apply(double x) {
        double s = reverse ? (upper - x) / (upper - lower) : (x - lower) / (upper - lower);
        if (truncate) {
          s = Math.max(0, Math.min(1, s));
        }
        return s * scale;
      }

      @Override
      public void applyAll(double[] raw, double[] out) {
        double span = upper - lower;
        for (int i = 0; i < raw.length; i++) {
          double s = reverse ? (upper - raw[i]) / span : (raw[i] - lower) / span;
          out[i] = (truncate ? Math.max(0, Math.min(1, s)) : s) * scale;
        }
      }
    };
  }

  /**
   * Distance to a target: {@code scale × (x − min) / (target − min)}, capped at {@code scale}; for "lower is
   * better" {@code (max − x) / (max − target)}. {@code min}/{@code max} are fitted on the column unless given.
   */
  static Normalizer distanceToTarget(Parameters p) {
    double target = p.number("target");
    double scale = p.number("scale", 100);
    double fixedWorst = p.number("worst", Double.NaN);
    boolean cap = p.flag("cap", true);
    boolean reverse = p.direction() == Direction.LOWER_IS_BETTER;
    if (!(scale > 0)) {
      p.problem("scale", "scale " + Numbers.plain(scale) + " must be greater than 0");
    }
    if (fixedWorst == target) {
      p.problem("worst", "target and worst are both " + Numbers.plain(target) + "; they must differ, or every value "
          + "would score the same");
    } else if (fixedWorst == fixedWorst && target == target && (reverse ? fixedWorst < target : fixedWorst > target)) {
      p.problem("worst", "worst " + Numbers.plain(fixedWorst) + " is better than the target " + Numbers.plain(target)
          + " for an indicator whose direction is " + p.direction().code() + "; the worst value must be "
          + (reverse ? "greater" : "less") + " than the target");
    }
    Range range = cap ? Range.of(0, Math.max(0, scale)) : Range.of(0, Double.POSITIVE_INFINITY);
    return new Normalizer() {
      @Override
      public Range range() {
        return range;
      }

      @Override
      public Fit fit(double[] column) {
        double worst = fixedWorst;
        if (worst != worst) {
          worst = reverse ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
          for (double x : column) {
            if (x == x) {
              worst = reverse ? Math.max(worst, x) : Math.min(worst, x);
            }
          }
        }
        double w = worst;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("target", target);
        params.put("worst", w);
        return new Fit() {
          @Override
          public double apply(double x) {
            if (x != x) {
              return Double.NaN;
            }
            double span = target - w;
            if (span == 0 || Double.isInfinite(w)) {
              return scale;
            }
            double s = (x - w) / span;
            s = Math.max(0, cap ? Math.min(1, s) : s);
            return s * scale;
          }

          @Override
          public Map<String, Double> parameters() {
            return params;
          }
        };
      }
    };
  }

  /**
   * A step table: for "higher is better", the score of the first step whose {@code atLeast} the value
   * reaches (steps from the highest threshold down); for "lower is better", {@code atMost}. Below every step:
   * {@code otherwise} (default 0).
   */
  static Normalizer stepTable(Parameters p) {
    boolean lowerBetter = p.direction() == Direction.LOWER_IS_BETTER;
    String key = lowerBetter ? "atMost" : "atLeast";
    List<Parameters> steps = p.objects("steps");
    double otherwise = p.number("otherwise", 0);
    int n = steps.size();
    double[] thresholds = new double[n];
    double[] scores = new double[n];
    double min = otherwise;
    double max = otherwise;
    for (int i = 0; i < n; i++) {
      thresholds[i] = steps.get(i).number(key);
      scores[i] = steps.get(i).number("score");
      min = Math.min(min, scores[i]);
      max = Math.max(max, scores[i]);
      if (i > 0 && !(lowerBetter ? thresholds[i] > thresholds[i - 1] : thresholds[i] < thresholds[i - 1])) {
        p.problem("steps", "step " + (i + 1) + ": " + key + " " + Numbers.plain(thresholds[i]) + " must be "
            + (lowerBetter ? "greater" : "less") + " than the previous step's " + Numbers.plain(thresholds[i - 1]));
      }
      if (i > 0 && scores[i] > scores[i - 1]) {
        p.problem("steps", "step " + (i + 1) + ": score " + Numbers.plain(scores[i]) + " is higher than the previous, better step's "
            + Numbers.plain(scores[i - 1]));
      }
    }
    if (n == 0) {
      p.problem("steps", "a step table needs at least one step");
    }
    Map<String, Double> params = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      params.put(key + " " + Numbers.plain(thresholds[i]), scores[i]);
    }
    params.put("otherwise", otherwise);
    return new FixedNormalizer(Range.of(Math.min(min, max), max), params) {
      @Override
      public double apply(double x) {
        if (x != x) {
          return Double.NaN;
        }
        for (int i = 0; i < n; i++) {
          if (lowerBetter ? x <= thresholds[i] : x >= thresholds[i]) {
            return scores[i];
          }
        }
        return otherwise;
      }
    };
  }

  /**
   * The start of a deduction scheme (扣分制): every unit with a value in the column — whatever the value — starts
   * from {@code base} (default 100), and the node's rules deduct from there; a unit without a value (nothing to
   * assess) is missing. The range is [0, base], so deductions floor at 0.
   */
  static Normalizer baseScore(Parameters p) {
    double base = p.number("base", 100);
    if (!(base > 0)) {
      p.problem("base", "base " + Numbers.plain(base) + " must be greater than 0");
    }
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("base", base);
    double b = Math.max(0, base);
    return new FixedNormalizer(Range.of(0, b), params) {
      @Override
      public double apply(double x) {
        return x != x ? Double.NaN : b;
      }
    };
  }

  /**
   * Text codes to scores ({@code scores}). A number is looked up by its plain form ({@code 3} for 3.0), so that
   * Likert answers coded as numbers work; the engine reports any other number as a data problem.
   */
  static Normalizer categorical(Parameters p) {
    Map<String, Double> scores = p.numbers("scores");
    if (scores.isEmpty()) {
      p.problem("scores", "a categorical normalizer needs at least one code with its score");
    }
    double min = scores.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return new CategoricalNormalizer(Range.of(min, max), scores);
  }

  /** A normalizer of text codes (and of numbers written as codes), scored through {@link #codeScore}. */
  static final class CategoricalNormalizer extends FixedNormalizer {
    private final Map<String, Double> scores;

    CategoricalNormalizer(Range range, Map<String, Double> scores) {
      super(range, scores);
      this.scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    @Override
    public OptionalDouble codeScore(String code) {
      Double s = scores.get(code);
      return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    @Override
    public boolean accepts(double raw) {
      return scores.containsKey(Numbers.plain(raw));
    }

    @Override
    public boolean acceptsEveryNumber() {
      return false;
    }

    @Override
    public double apply(double x) {
      if (x != x) {
        return Double.NaN;
      }
      Double s = scores.get(Numbers.plain(x));
      return s != null ? s : Double.NaN;
    }
  }

  // ------------------------------------------------------------------ aggregators

  /** Σ wᵢ sᵢ over the available children, weights renormalized. */
  static final class WeightedMean implements Aggregator {
    @Override
    public double aggregate(double[] scores, double[] weights, int count) {
      double sum = 0;
      for (int i = 0; i < count; i++) {
        sum += weights[i] * scores[i];
      }
      return sum;
    }

    @Override
    public Range range(List<Range> children) {
      return hull(children);
    }

    @Override
    public boolean additive() {
      return true;
    }
  }

  /** Π sᵢ^wᵢ over the available children, weights renormalized; every input must be positive. */
  static final class GeometricMean implements Aggregator {
    @Override
    public double aggregate(double[] scores, double[] weights, int count) {
      double log = 0;
      for (int i = 0; i < count; i++) {
        log += weights[i] * Math.log(scores[i]);
      }
      return Math.exp(log);
    }

    @Override
    public Range range(List<Range> children) {
      return hull(children);
    }

    @Override
    public boolean requiresPositiveInputs() {
      return true;
    }
  }

  /**
   * Σ sᵢ over the available children (weights ignored), then capped at {@code cap} and floored at {@code floor}.
   * With {@code redistribute}, a missing child's points go to the others (B-READY): {@code by-weight} scales the sum
   * by the applicable weight over the weight present, {@code Σ sᵢ / share}; {@code equally} gives each of the
   * {@code k} children present an equal part of the missing weight, {@code Σ sᵢ (1 + (1/share − 1) / (k wᵢ))} with
   * {@code wᵢ} its weight among those present — in both the children's weights stand for their maximum points.
   */
  static Aggregator pointSum(Parameters p) {
    double cap = p.number("cap", Double.POSITIVE_INFINITY);
    double floor = p.number("floor", Double.NEGATIVE_INFINITY);
    String redistribute = p.text("redistribute", "none");
    if (!(cap > 0)) {
      p.problem("cap", "cap " + Numbers.plain(cap) + " must be greater than 0: it is the most points the sum may "
          + "reach");
    } else if (!(floor < cap)) {
      p.problem("floor", "floor " + Numbers.plain(floor) + " must be less than the cap " + Numbers.plain(cap));
    }
    if (!List.of("none", "equally", "by-weight").contains(redistribute)) {
      p.problem("redistribute", "redistribute \"" + redistribute + "\" is not one of none, equally, by-weight");
    }
    return redistribute.equals("none") ? new PointSum(cap, floor) : new RedistributingSum(cap, floor, redistribute);
  }

  /** The point sum, capped and floored. */
  static class PointSum implements Aggregator {
    final double cap;
    final double floor;

    PointSum(double cap, double floor) {
      this.cap = cap;
      this.floor = floor;
    }

    @Override
    public double aggregate(double[] scores, double[] weights, int count) {
      double sum = 0;
      for (int i = 0; i < count; i++) {
        sum += scores[i];
      }
      return Math.max(floor, Math.min(cap, sum));
    }

    @Override
    public Range range(List<Range> children) {
      // Only the children a unit has are summed, so any child may be left out.
      double lo = 0;
      double hi = 0;
      for (Range r : children) {
        lo += Math.min(0, r.min());
        hi += Math.max(0, r.max());
      }
      double min = Math.max(floor, Math.min(cap, lo));
      return Range.of(min, Math.max(min, Math.min(cap, hi)));
    }

    @Override
    public boolean additive() {
      return true;
    }
  }

  /** The point sum where a missing child's points go to the others, equally or by weight (B-READY). */
  static final class RedistributingSum extends PointSum {
    final String how;

    RedistributingSum(double cap, double floor, String how) {
      super(cap, floor);
      this.how = how;
    }

    @Override
    public double aggregate(double[] scores, double[] weights, int count, double share) {
      double sum = 0;
      if (share >= 1) {
        for (int i = 0; i < count; i++) {
          sum += scores[i];
        }
      } else if (how.equals("by-weight")) {
        for (int i = 0; i < count; i++) {
          sum += scores[i];
        }
        sum /= share;
      } else {
        double extra = 1 / share - 1;
        for (int i = 0; i < count; i++) {
          sum += scores[i] * (1 + extra / (count * weights[i]));
        }
      }
      return Math.max(floor, Math.min(cap, sum));
    }

    @Override
    public Range range(List<Range> children) {
      // Scaling up the children present can reach any multiple of their points, so only the signs bound the sum.
      boolean negative = false;
      boolean positive = false;
      for (Range r : children) {
        negative |= r.min() < 0;
        positive |= r.max() > 0;
      }
      double lo = negative ? Double.NEGATIVE_INFINITY : 0;
      double hi = positive ? Double.POSITIVE_INFINITY : 0;
      double min = Math.max(floor, Math.min(cap, lo));
      return Range.of(min, Math.max(min, Math.min(cap, hi)));
    }
  }

  static Range hull(List<Range> children) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Range r : children) {
      lo = Math.min(lo, r.min());
      hi = Math.max(hi, r.max());
    }
    return children.isEmpty() ? Range.of(0, 0) : Range.of(lo, hi);
  }

}
