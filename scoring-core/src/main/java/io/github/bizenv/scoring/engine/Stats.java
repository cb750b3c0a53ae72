package io.github.bizenv.scoring.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/** Column statistics as R computes them, for the pipeline steps. */
final class Stats {

  private Stats() {}

  /**
   * The mean, correctly rounded: summed exactly, then divided, so that it does not depend on the order of the
   * values (R's {@code mean} accumulates in extended precision and gets the same result).
   */
  static double mean(double[] v, int n) {
    BigDecimal s = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      s = s.add(new BigDecimal(v[k]));
    }
    return s.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  static double[] minMax(double[] x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v == v) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return new double[] {lo, hi};
  }

  /** Sample skewness and excess kurtosis, both type 2 (as R's e1071 and COINr), over non-missing values. */
  static double[] skewKurt(double[] x) {
    int n = 0;
    double sum = 0;
    for (double v : x) {
      if (v == v) {
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      if (v == v) {
        double d = v - mean;
        double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
      }
    }
    double g = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
    double skew = g * Math.sqrt((double) n * (n - 1)) / (n - 2);
    double r = n * m4 / (m2 * m2);
    double kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    return new double[] {skew, kurt};
  }
}
