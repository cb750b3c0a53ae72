package io.github.bizenv.scoring.analysis;

import java.util.OptionalDouble;

/**
 * The statistics of one column (an indicator or an aggregate) at one stage, as COINr's {@code get_stats}
 * computes them: over the n units of the stage, the {@code count} present values give the minimum, maximum,
 * mean, median, standard deviation (n − 1), skewness and kurtosis (type 2, as COINr's {@code skew} and
 * {@code kurt}), the number of non-zero, unique and most-repeated values, their fractions and the four flags.
 * Immutable.
 */
public final class IndicatorStatistics {

  private final String node;
  private final int units;
  private final double[] v;
  private final int count;
  private final int nonZero;
  private final int unique;
  private final int same;
  private final StatisticsThresholds t;

  IndicatorStatistics(String node, double[] column, StatisticsThresholds t) {
    this.node = node;
    this.units = column.length;
    this.t = t;
    double[] x = Stats.present(column);
    this.count = x.length;
    int nz = 0;
    for (double a : x) {
      if (a != 0) {
        nz++;
      }
    }
    this.nonZero = nz;
    double[] s = x.clone();
    java.util.Arrays.sort(s);
    int u = 0;
    int run = 0;
    int maxRun = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        u++;
        run = 1;
      } else {
        run++;
      }
      maxRun = Math.max(maxRun, run);
    }
    this.unique = u;
    this.same = maxRun;
    double min = s.length == 0 ? Double.NaN : s[0];
    double max = s.length == 0 ? Double.NaN : s[s.length - 1];
    this.v = new double[] {min, max, Stats.mean(x), Stats.median(x), Stats.sd(x), Stats.skew(x), Stats.kurtosis(x)};
  }

  private static OptionalDouble opt(double d) {
    return d == d ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /**
   * The column.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The number of units at the stage (COINr's {@code nrow}).
   *
   * @return n
   */
  public int units() {
    return units;
  }

  /**
   * The number of values present ({@code N.Avail}).
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The fraction of values present ({@code Frc.Avail = N.Avail / n}).
   *
   * @return the fraction
   */
  public double availability() {
    return units == 0 ? 0 : (double) count / units;
  }

  /**
   * The fraction of values missing, {@code 1 − availability()}.
   *
   * @return the fraction
   */
  public double missingShare() {
    return 1 - availability();
  }

  /**
   * The minimum.
   *
   * @return the minimum; empty without values
   */
  public OptionalDouble min() {
    return opt(v[0]);
  }

  /**
   * The maximum.
   *
   * @return the maximum; empty without values
   */
  public OptionalDouble max() {
    return opt(v[1]);
  }

  /**
   * The arithmetic mean.
   *
   * @return the mean; empty without values
   */
  public OptionalDouble mean() {
    return opt(v[2]);
  }

  /**
   * The median (the mean of the two middle values when their number is even).
   *
   * @return the median; empty without values
   */
  public OptionalDouble median() {
    return opt(v[3]);
  }

  /**
   * The sample standard deviation (n − 1).
   *
   * @return the standard deviation; empty below two values
   */
  public OptionalDouble standardDeviation() {
    return opt(v[4]);
  }

  /**
   * The skewness, type 2: {@code √n·Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2)} with d the deviations from the mean.
   *
   * @return the skewness; empty below three values (where COINr stops with an error)
   */
  public OptionalDouble skewness() {
    return opt(v[5]);
  }

  /**
   * The kurtosis, type 2 (excess): {@code r = n·Σd⁴/(Σd²)²}, {@code ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))}.
   *
   * @return the kurtosis; empty below four values (where COINr stops with an error)
   */
  public OptionalDouble kurtosis() {
    return opt(v[6]);
  }

  /**
   * The number of non-zero values ({@code N.NonZero}).
   *
   * @return the count
   */
  public int nonZero() {
    return nonZero;
  }

  /**
   * The number of values equal to zero, {@code count() − nonZero()}.
   *
   * @return the count
   */
  public int zeros() {
    return count - nonZero;
  }

  /**
   * The number of distinct values ({@code N.Unique}).
   *
   * @return the count
   */
  public int unique() {
    return unique;
  }

  /**
   * The largest number of values that are equal ({@code N.Same}).
   *
   * @return the count
   */
  public int same() {
    return same;
  }

  /**
   * {@code Frc.NonZero = N.NonZero / N.Avail}.
   *
   * @return the fraction; 0 without values
   */
  public double nonZeroShare() {
    return count == 0 ? 0 : (double) nonZero / count;
  }

  /**
   * {@code Frc.Unique = N.Unique / N.Avail}.
   *
   * @return the fraction; 0 without values
   */
  public double uniqueShare() {
    return count == 0 ? 0 : (double) unique / count;
  }

  /**
   * {@code Frc.Same = N.Same / N.Avail}.
   *
   * @return the fraction; 0 without values
   */
  public double sameShare() {
    return count == 0 ? 0 : (double) same / count;
  }

  /**
   * {@code Flag.Avail}: availability below its threshold.
   *
   * @return {@code true} for COINr's {@code "LOW"}
   */
  public boolean lowAvailability() {
    return availability() < t.availability();
  }

  /**
   * {@code Flag.NonZero}: non-zero values over all n units (not over the values present, as the share is) below
   * the threshold.
   *
   * @return {@code true} for COINr's {@code "LOW"}
   */
  public boolean lowNonZero() {
    return units == 0 || (double) nonZero / units < t.nonZero();
  }

  /**
   * {@code Flag.Unique}: unique values over all n units below the threshold.
   *
   * @return {@code true} for COINr's {@code "LOW"}
   */
  public boolean lowUnique() {
    return units == 0 || (double) unique / units < t.unique();
  }

  /**
   * {@code Flag.SkewKurt}, the outlier flag: {@code |skewness| > skew threshold} and
   * {@code kurtosis > kurtosis threshold}.
   *
   * @return {@code true} for COINr's {@code "OUT"}
   */
  public boolean outliers() {
    return Math.abs(v[5]) > t.skew() && v[6] > t.kurtosis();
  }

  /**
   * The thresholds the flags used.
   *
   * @return the thresholds
   */
  public StatisticsThresholds thresholds() {
    return t;
  }

  @Override
  public String toString() {
    return node + ": n=" + count + "/" + units + " min=" + v[0] + " max=" + v[1] + " mean=" + v[2] + " median="
        + v[3] + " sd=" + v[4] + " skew=" + v[5] + " kurt=" + v[6];
  }
}
