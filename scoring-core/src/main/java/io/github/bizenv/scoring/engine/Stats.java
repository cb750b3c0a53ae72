package io.github.bizenv.scoring.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Arrays;

/** Column statistics as R computes them, for the pipeline steps. */
final class Stats {

  private Stats() {}

  /**
   * The mean, correctly rounded: summed exactly, then divided, so that it does not depend on the order of the
   * values (R's {@code mean} accumulates in extended precision and gets the same result). The exact sum is the
   * quotient's dividend rounded to 34 digits ({@link MathContext#DECIMAL128}), then to a double.
   *
   * <p>The sum is taken in binary, each value being {@code m·2^e} with an integer m: a {@code long} while it fits,
   * else a {@link BigInteger}, scaled once by the smallest e; the result is the same number {@code Σ new
   * BigDecimal(v)} would give, at a fraction of the cost.
   */
  static double mean(double[] v, int n) {
    int emin = Integer.MAX_VALUE;
    for (int k = 0; k < n; k++) {
      double x = v[k];
      if (!Double.isFinite(x)) {
        return meanOfDecimals(v, n); // throws as new BigDecimal(x) does
      }
      if (x != 0) {
        emin = Math.min(emin, exponent(x));
      }
    }
    if (emin == Integer.MAX_VALUE) {
      return 0;
    }
    long small = 0;
    BigInteger big = null;
    for (int k = 0; k < n; k++) {
      double x = v[k];
      if (x == 0) {
        continue;
      }
      long m = significand(x);
      int shift = exponent(x) - emin;
      if (big == null && shift < Long.numberOfLeadingZeros(m) - 1) {
        long t = x < 0 ? -(m << shift) : m << shift;
        long sum = small + t;
        if (((small ^ sum) & (t ^ sum)) >= 0) {
          small = sum;
          continue;
        }
      }
      if (big == null) {
        big = BigInteger.valueOf(small);
      }
      BigInteger t = BigInteger.valueOf(m).shiftLeft(shift);
      big = x < 0 ? big.subtract(t) : big.add(t);
    }
    BigInteger sum = big == null ? BigInteger.valueOf(small) : big;
    BigDecimal exact = emin >= 0 ? new BigDecimal(sum.shiftLeft(emin))
        : new BigDecimal(sum.multiply(BigInteger.valueOf(5).pow(-emin)), -emin);
    return exact.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
  }

  /** The definition {@link #mean} computes faster: each value as its exact decimal, summed, then divided. */
  static double meanOfDecimals(double[] v, int n) {
    BigDecimal s = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      s = s.add(new BigDecimal(v[k]));
    }
    return s.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
  }

  /** The odd integer m (or 0) with |x| = m·2^e, for finite x. */
  private static long significand(double x) {
    long bits = Double.doubleToRawLongBits(x);
    long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long m = biased == 0 ? fraction : fraction | 0x0010_0000_0000_0000L;
    return m >>> Long.numberOfTrailingZeros(m);
  }

  /** The e of {@link #significand}, for finite non-zero x. */
  private static int exponent(double x) {
    long bits = Double.doubleToRawLongBits(x);
    long fraction = bits & 0x000F_FFFF_FFFF_FFFFL;
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long m = biased == 0 ? fraction : fraction | 0x0010_0000_0000_0000L;
    int e = biased == 0 ? -1074 : biased - 1075;
    return e + Long.numberOfTrailingZeros(m);
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
