package io.github.bizenv.scoring.analysis;

/**
 * The thresholds of the flags of {@link IndicatorStatistics}, COINr's {@code get_stats} arguments {@code t_skew},
 * {@code t_kurt}, {@code t_avail}, {@code t_zero} and {@code t_unq}. Immutable.
 */
public final class StatisticsThresholds {

  private static final StatisticsThresholds DEFAULTS = new StatisticsThresholds(2, 3.5, 0.65, 0.5, 0.5);

  private final double skew;
  private final double kurtosis;
  private final double availability;
  private final double nonZero;
  private final double unique;

  private StatisticsThresholds(double skew, double kurtosis, double availability, double nonZero, double unique) {
    this.skew = skew;
    this.kurtosis = kurtosis;
    this.availability = availability;
    this.nonZero = nonZero;
    this.unique = unique;
  }

  /**
   * COINr's defaults: |skew| 2, kurtosis 3.5, availability 0.65, non-zero 0.5, unique 0.5.
   *
   * @return the defaults
   */
  public static StatisticsThresholds defaults() {
    return DEFAULTS;
  }

  /**
   * Thresholds of one's own.
   *
   * @param skew the absolute skewness above which (with the kurtosis) a column is flagged for outliers
   * @param kurtosis the kurtosis above which (with the skewness) a column is flagged
   * @param availability the share of values present below which a column is flagged
   * @param nonZero the share of non-zero values below which a column is flagged
   * @param unique the share of unique values below which a column is flagged
   * @return the thresholds
   * @throws IllegalArgumentException if a share is outside [0, 1] or a number is not finite
   */
  public static StatisticsThresholds of(double skew, double kurtosis, double availability, double nonZero,
      double unique) {
    for (double d : new double[] {skew, kurtosis, availability, nonZero, unique}) {
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("threshold " + d + " is not finite");
      }
    }
    for (double d : new double[] {availability, nonZero, unique}) {
      if (d < 0 || d > 1) {
        throw new IllegalArgumentException("share threshold " + d + " is outside [0, 1]");
      }
    }
    return new StatisticsThresholds(skew, kurtosis, availability, nonZero, unique);
  }

  /**
   * The absolute skewness threshold.
   *
   * @return {@code t_skew}
   */
  public double skew() {
    return skew;
  }

  /**
   * The kurtosis threshold.
   *
   * @return {@code t_kurt}
   */
  public double kurtosis() {
    return kurtosis;
  }

  /**
   * The availability threshold.
   *
   * @return {@code t_avail}
   */
  public double availability() {
    return availability;
  }

  /**
   * The non-zero share threshold.
   *
   * @return {@code t_zero}
   */
  public double nonZero() {
    return nonZero;
  }

  /**
   * The unique share threshold.
   *
   * @return {@code t_unq}
   */
  public double unique() {
    return unique;
  }

  @Override
  public String toString() {
    return "skew " + skew + ", kurtosis " + kurtosis + ", availability " + availability + ", non-zero " + nonZero
        + ", unique " + unique;
  }
}
