package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Range;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The normalizers of the World Bank's B-READY: points as published ({@code identity}), and Pillar III's scoring of
 * operational-efficiency measures between the 5th and 95th percentiles of the economies, linearly
 * ({@code percentile-linear}) or along a normal curve ({@code normal-cdf}).
 *
 * <p>Pillar III, as the B-READY 2025 methodology describes it: values are multiplied by the direction (d = ±1),
 * declared "no practice" codes never enter the fit (text codes never do), values further than {@code outliers}
 * sample standard deviations from the mean are left out of the fit (but still scored), and the percentiles are
 * R's type 7 ({@code h = (n − 1) p}, linear between the order statistics around {@code h}), the default of R's
 * {@code quantile} and of Excel's {@code PERCENTILE.INC}.
 */
final class ReadyBuiltins {

  private ReadyBuiltins() {}

  static List<NormalizerProvider> normalizers() {
    return List.of(
        Providers.normalizer("identity", ReadyBuiltins::identity),
        Providers.normalizer("percentile-linear", p -> percentiles(p, false)),
        Providers.normalizer("normal-cdf", p -> percentiles(p, true)));
  }

  /**
   * The raw value is the score; a value outside {@code [min, max]} is not accepted; only for "higher is better"
   * (points).
   */
  static Normalizer identity(Parameters p) {
    double min = p.number("min", Double.NEGATIVE_INFINITY);
    double max = p.number("max", Double.POSITIVE_INFINITY);
    if (!(min <= max)) {
      p.problem("max", "max " + Numbers.plain(max) + " must be at least min " + Numbers.plain(min));
    }
    if (p.direction() == io.github.bizenv.scoring.model.Direction.LOWER_IS_BETTER) {
      p.problem("", "the identity keeps each value as its score, so its indicator must be higher-is-better, "
          + "not lower-is-better");
    }
    Map<String, Double> params = new LinkedHashMap<>();
    if (Double.isFinite(min)) {
      params.put("min", min);
    }
    if (Double.isFinite(max)) {
      params.put("max", max);
    }
    Range range = min <= max ? Range.of(min, max) : Range.of(0, 0);
    return new Builtins.FixedNormalizer(range, params) {
      @Override
      public boolean accepts(double raw) {
        return raw >= min && raw <= max;
      }

      @Override
      public boolean acceptsEveryNumber() {
        return min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY;
      }

      @Override
      public double apply(double x) {
        return x;
      }

      @Override
      public void applyAll(double[] raw, double[] out) {
        System.arraycopy(raw, 0, out, 0, raw.length);
      }
    };
  }

  /** Percentile-linear or normal-curve scoring, fitted on the column. */
  static Normalizer percentiles(Parameters p, boolean curve) {
    double lower = p.number("lower", 5);
    double upper = p.number("upper", 95);
    double outliers = p.number("outliers", 3);
    double scale = p.number("scale", 100);
    double tail = curve ? p.number("tail", 0.0049999) : Double.NaN;
    if (!(lower > 0 && lower < upper && upper < 100)) {
      p.problem("lower", "percentiles lower " + Numbers.plain(lower) + " and upper " + Numbers.plain(upper) + " must satisfy 0 < lower < upper < 100");
    }
    if (!(outliers >= 0)) {
      p.problem("outliers", "outliers " + Numbers.plain(outliers) + " must be at least 0 (0 keeps every value)");
    }
    if (!(scale > 0)) {
      p.problem("scale", "scale " + Numbers.plain(scale) + " must be greater than 0");
    }
    if (curve && !(tail > 0 && tail < 0.5)) {
      p.problem("tail", "tail " + Numbers.plain(tail) + " must be between 0 and 0.5");
    }
    double d = IndexBuiltins.sign(p);
    double z = curve ? Normal.quantile(tail) : Double.NaN;
    return new IndexBuiltins.Fitted(Range.of(0, Math.max(0, scale))) {
      @Override
      public Fit fit(double[] column) {
        double[] kept = kept(column, d, outliers);
        double lo = quantile7(kept, lower / 100);
        double hi = quantile7(kept, upper / 100);
        Map<String, Double> params = new LinkedHashMap<>();
        params.put("p" + Numbers.plain(lower), d * lo);
        params.put("p" + Numbers.plain(upper), d * hi);
        params.put("values fitted", (double) kept.length);
        params.put("values left out", (double) (present(column) - kept.length));
        if (!curve) {
          return IndexBuiltins.fit(d, v -> {
            if (!(hi > lo)) {
              return v >= hi ? scale : 0;
            }
            return scale * Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
          }, params);
        }
        double mid = (lo + hi) / 2;
        double coef = (lo - mid) / z;
        params.put("mid", d * mid);
        params.put("coef", coef);
        return IndexBuiltins.fit(d, v -> {
          if (!(coef > 0)) {
            return v >= mid ? scale : 0;
          }
          return scale * Normal.cdf((v - mid) / coef);
        }, params);
      }
    };
  }

  private static int present(double[] column) {
    int n = 0;
    for (double x : column) {
      if (x == x) {
        n++;
      }
    }
    return n;
  }

  /**
   * The values {@code x·d} a percentile fit uses, sorted: the numbers of the column, without those further than
   * {@code k} sample standard deviations from the mean ({@code k} = 0 keeps all).
   */
  static double[] kept(double[] column, double d, double k) {
    double[] v = new double[present(column)];
    int n = 0;
    for (double x : column) {
      if (x == x) {
        v[n++] = x * d;
      }
    }
    if (k > 0 && n > 1) {
      double mean = Stats.mean(v, n);
      double ss = 0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      double sd = Math.sqrt(ss / (n - 1));
      if (sd > 0) {
        int m = 0;
        for (double x : v) {
          if (Math.abs(x - mean) <= k * sd) {
            v[m++] = x;
          }
        }
        v = Arrays.copyOf(v, m);
      }
    }
    Arrays.sort(v);
    return v;
  }

  /** R's type-7 quantile of sorted values: {@code h = (n − 1) p}, linear between the order statistics around h. */
  static double quantile7(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
