package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Range;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The composite-index normalizers and aggregators, defined as in COINr: every normalizer first multiplies values
 * by the direction (d = ±1); min, max, mean and sd are over the non-missing values of {@code x·d}.
 */
final class IndexBuiltins {

  private IndexBuiltins() {}

  static List<NormalizerProvider> normalizers() {
    return List.of(
        Providers.normalizer("z-score", IndexBuiltins::zScore),
        Providers.normalizer("rank", p -> ranks(p, "rank")),
        Providers.normalizer("percentile-rank", p -> ranks(p, "percentile-rank")),
        Providers.normalizer("borda", p -> ranks(p, "borda")),
        Providers.normalizer("distance-to-max", IndexBuiltins::distanceToMax),
        Providers.normalizer("fraction-of-max", IndexBuiltins::fractionOfMax),
        Providers.normalizer("distance-to-reference", IndexBuiltins::distanceToReference));
  }

  static List<AggregatorProvider> aggregators() {
    return List.of(
        Providers.aggregator("harmonic-mean", p -> new Harmonic()),
        Providers.aggregator("generalised-mean", IndexBuiltins::generalised),
        Providers.aggregator("copeland", p -> new Copeland()));
  }

  /** Values times direction, NaN kept. */
  static double sign(Parameters p) {
    return p.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
  }

  /** A fit from a mapping of x·d and its parameters. */
  static Normalizer.Fit fit(double d, DoubleUnaryOperator f, Map<String, Double> params) {
    return new Normalizer.Fit() {
      @Override
      public double apply(double raw) {
        return raw != raw ? Double.NaN : f.applyAsDouble(raw * d);
      }

      @Override
      public Map<String, Double> parameters() {
        return params;
      }
    };
  }

  /** A normalizer whose fit looks at the column. */
  abstract static class Fitted implements Normalizer {
    private final Range range;

    Fitted(Range range) {
      this.range = range;
    }

    @Override
    public Range range() {
      return range;
    }
  }

  static double[] stats(double[] column, double d) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    int n = 0;
    for (double x : column) {
      if (x == x) {
        double v = x * d;
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    double ss = 0;
    for (double x : column) {
      if (x == x) {
        double dev = x * d - mean;
        ss += dev * dev;
      }
    }
    return new double[] {min, max, mean, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN, n};
  }

  /** {@code (x·d − mean)/sd · s + m}, sd the sample standard deviation; a constant column scores {@code m}. */
  static Normalizer zScore(Parameters p) {
    double m = p.number("mean", 0);
    double s = p.number("sd", 1);
    if (!(s > 0)) {
      p.problem("sd", "sd " + Numbers.plain(s) + " must be greater than 0");
    }
    double d = sign(p);
    return new Fitted(Range.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)) {
      @Override
      public Fit fit(double[] column) {
        double[] st = stats(column, d);
        double mean = st[2];
        double sd = st[3];
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("column mean", mean);
        params.put("column sd", sd);
        params.put("mean", m);
        params.put("sd", s);
        return IndexBuiltins.fit(d, v -> sd > 0 ? (v - mean) / sd * s + m : m, params);
      }
    };
  }

  /**
   * Ranks of {@code x·d} ascending, ties taking the lowest rank (so the best value gets the largest number):
   * {@code rank}; {@code percentile-rank} = (rank − 1)/(n − 1) (1 for a single value); {@code borda} = rank − 1.
   */
  static Normalizer ranks(Parameters p, String kind) {
    double d = sign(p);
    // The kind is settled here, once, so that scoring a value compares no strings.
    boolean percentile = kind.equals("percentile-rank");
    double offset = kind.equals("rank") ? 0 : -1;
    Range range = percentile ? Range.of(0, 1) : Range.of(1 + offset, Double.POSITIVE_INFINITY);
    return new Fitted(range) {
      @Override
      public Fit fit(double[] column) {
        double[] sorted = Arrays.stream(column).filter(x -> x == x).map(x -> x * d).sorted().toArray();
        int n = sorted.length;
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("n", (double) n);
        return IndexBuiltins.fit(d, v -> {
          double rank = lowerBound(sorted, v) + 1;
          if (!percentile) {
            return rank + offset;
          }
          return n > 1 ? (rank - 1) / (n - 1) : 1;
        }, params);
      }
    };
  }

  /** How many sorted values are strictly less than v. */
  static int lowerBound(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@code 1 − (max − x·d)/(max − min)}; a constant column scores {@code constant} (default 1). */
  static Normalizer distanceToMax(Parameters p) {
    double d = sign(p);
    double constant = p.number("constant", 1);
    return new Fitted(Range.of(Math.min(0, constant), Math.max(1, constant))) {
      @Override
      public Fit fit(double[] column) {
        double[] st = stats(column, d);
        double min = st[0];
        double max = st[1];
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("min", min);
        params.put("max", max);
        return IndexBuiltins.fit(d, v -> max > min ? 1 - (max - v) / (max - min) : constant, params);
      }
    };
  }

  /**
   * {@code x·d / max}; when the max is 0 every value scores {@code constant} (default 1). Monotone only when the
   * maximum is positive, so it declares itself not monotone.
   */
  static Normalizer fractionOfMax(Parameters p) {
    double d = sign(p);
    double constant = p.number("constant", 1);
    return new Fitted(Range.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)) {
      @Override
      public boolean monotone() {
        return false;
      }

      @Override
      public Fit fit(double[] column) {
        double max = stats(column, d)[1];
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("max", max);
        return IndexBuiltins.fit(d, v -> max != 0 ? v / max : constant, params);
      }
    };
  }

  /**
   * {@code 1 − (x_ref − x)/(x_ref − min)} on {@code x·d}, where {@code x_ref} is the reference unit's value;
   * capped at 1 when {@code cap}; {@code constant} (default 1) when the reference is the minimum.
   */
  static Normalizer distanceToReference(Parameters p) {
    double d = sign(p);
    String reference = p.text("unit", null);
    if (reference == null) {
      p.problem("unit", "required setting \"unit\" (the reference unit) is missing");
    }
    boolean cap = p.flag("cap", false);
    double constant = p.number("constant", 1);
    return new Fitted(Range.of(Math.min(0, constant), cap ? Math.max(1, constant) : Double.POSITIVE_INFINITY)) {
      @Override
      public Fit fit(double[] column) {
        return fit(column, List.of());
      }

      @Override
      public Fit fit(double[] column, List<String> units) {
        int at = units.indexOf(reference);
        double ref = at >= 0 && at < column.length ? column[at] * d : Double.NaN;
        double min = stats(column, d)[0];
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("reference", ref);
        params.put("min", min);
        return IndexBuiltins.fit(d, v -> {
          if (ref != ref) {
            return Double.NaN;
          }
          double s = ref > min ? 1 - (ref - v) / (ref - min) : constant;
          return cap ? Math.min(1, s) : s;
        }, params);
      }
    };
  }

  /** {@code Σw / Σ(w/x)}; every input must be positive. */
  static final class Harmonic implements Aggregator {
    @Override
    public double aggregate(double[] scores, double[] weights, int count) {
      double inv = 0;
      for (int i = 0; i < count; i++) {
        inv += weights[i] / scores[i];
      }
      return 1 / inv;
    }

    @Override
    public Range range(List<Range> children) {
      return Builtins.hull(children);
    }

    @Override
    public boolean requiresPositiveInputs() {
      return true;
    }
  }

  /** {@code (Σw·x^p)^(1/p)}, p ≠ 0; missing as soon as a child is. Needs positive inputs unless p is a whole number ≥ 1. */
  static Aggregator generalised(Parameters params) {
    double p = params.number("p");
    if (p == 0) {
      params.problem("p", "p must not be 0 (use the geometric mean)");
    }
    boolean positive = !(p >= 1 && p == Math.rint(p));
    return new Aggregator() {
      @Override
      public double aggregate(double[] scores, double[] weights, int count) {
        double s = 0;
        for (int i = 0; i < count; i++) {
          s += weights[i] * Math.pow(scores[i], p);
        }
        return Math.pow(s, 1 / p);
      }

      @Override
      public Range range(List<Range> children) {
        return Builtins.hull(children);
      }

      @Override
      public boolean requiresPositiveInputs() {
        return positive;
      }

      @Override
      public boolean needsAllChildren() {
        return true;
      }
    };
  }

  /**
   * Copeland's non-compensatory method, exactly as COINr's {@code a_copeland}: weights rescaled to sum to 1 over
   * all children; for each pair of units i before j in data order, {@code o(i,j)} sums the weights of the
   * children where i scores higher plus half the weights where they tie (a child missing for either unit adds
   * nothing), and {@code o(j,i) = 1 − o(i,j)}; a unit scores +1 for each other unit with o > ½, −1 for o < ½, 0
   * at ½. A unit with no child score at all has no score and is left out of the comparisons.
   */
  static final class Copeland implements Aggregator {
    /**
     * One unit alone has no one to compare with; the engine calls {@link #aggregateColumns} for a column-wise
     * aggregator, never this.
     *
     * @throws IllegalStateException always: Copeland scores need every unit ({@link #aggregateColumns})
     */
    @Override
    public double aggregate(double[] scores, double[] weights, int count) {
      throw new IllegalStateException("Copeland compares units with each other: call aggregateColumns");
    }

    @Override
    public boolean columnWise() {
      return true;
    }

    @Override
    public void aggregateColumns(double[][] children, double[] weights, double[] out) {
      int units = out.length;
      double[] w = normalized(weights);
      boolean[] any = new boolean[units];
      for (int u = 0; u < units; u++) {
        for (double[] c : children) {
          any[u] |= c[u] == c[u];
        }
      }
      int[] score = new int[units];
      for (int i = 0; i < units; i++) {
        if (!any[i]) {
          continue;
        }
        for (int j = i + 1; j < units; j++) {
          if (!any[j]) {
            continue;
          }
          double o = outranking(children, w, i, j);
          double back = 1 - o;
          score[i] += o > 0.5 ? 1 : o < 0.5 ? -1 : 0;
          score[j] += back > 0.5 ? 1 : back < 0.5 ? -1 : 0;
        }
      }
      for (int u = 0; u < units; u++) {
        out[u] = any[u] ? score[u] : Double.NaN;
      }
    }

    /** The weights divided by their sum, the sum taken exactly (R sums in extended precision). */
    static double[] normalized(double[] weights) {
      double total = exactSum(weights, weights.length);
      double[] w = new double[weights.length];
      for (int c = 0; c < w.length; c++) {
        w[c] = weights[c] / total;
      }
      return w;
    }

    /**
     * COINr's {@code sum(sum(w[x_i > x_j]), sum(w[x_i == x_j]) / 2)}, each sum exact: how far unit i outranks unit
     * j, for i before j in data order.
     */
    static double outranking(double[][] children, double[] w, int i, int j) {
      double[] better = new double[children.length];
      double[] tied = new double[children.length];
      int nb = 0;
      int nt = 0;
      for (int c = 0; c < children.length; c++) {
        double a = children[c][i];
        double b = children[c][j];
        if (a > b) {
          better[nb++] = w[c];
        } else if (a == b) {
          tied[nt++] = w[c];
        }
      }
      return exactSum(new double[] {exactSum(better, nb), exactSum(tied, nt) / 2}, 2);
    }

    static double exactSum(double[] v, int n) {
      java.math.BigDecimal s = java.math.BigDecimal.ZERO;
      for (int k = 0; k < n; k++) {
        s = s.add(new java.math.BigDecimal(v[k]));
      }
      return s.doubleValue();
    }

    @Override
    public Range range(List<Range> children) {
      return Range.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
  }
}
