package io.github.bizenv.scoring.analysis;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One unit's ranks and scores over the replications of an uncertainty analysis, as COINr's {@code RankStats}:
 * the nominal rank, the mean and median rank and the 5th and 95th percentile ranks (R's type-7 quantiles), over the
 * replications where the unit has a score; and the same statistics of its score. Immutable.
 */
public final class RankStatistics {

  private final String unit;
  private final double nominalScore;
  private final int nominalRank;
  private final double[] v;
  private final int replications;

  RankStatistics(String unit, double nominalScore, int nominalRank, double[] ranks, double[] scores) {
    this.unit = unit;
    this.nominalScore = nominalScore;
    this.nominalRank = nominalRank;
    this.replications = Stats.present(scores).length;
    double[] r = sorted(ranks);
    double[] s = sorted(scores);
    this.v = new double[] {Stats.mean(ranks), median(r), Stats.quantile7Sorted(r, 0.05), Stats.quantile7Sorted(r, 0.95),
        Stats.mean(scores), median(s), Stats.quantile7Sorted(s, 0.05), Stats.quantile7Sorted(s, 0.95)};
  }

  /** The values present, sorted once for the median and both percentiles. */
  private static double[] sorted(double[] x) {
    double[] s = Stats.present(x);
    java.util.Arrays.sort(s);
    return s;
  }

  /** {@link Stats#median} of sorted values. */
  private static double median(double[] s) {
    int n = s.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static OptionalDouble opt(double d) {
    return d == d ? OptionalDouble.of(d) : OptionalDouble.empty();
  }

  /**
   * The unit.
   *
   * @return its id
   */
  public String unit() {
    return unit;
  }

  /**
   * The unit's score in the nominal evaluation.
   *
   * @return the score; empty when missing
   */
  public OptionalDouble nominalScore() {
    return opt(nominalScore);
  }

  /**
   * The unit's rank in the nominal evaluation (highest score first, ties sharing the best rank).
   *
   * @return the rank; empty when the score is missing
   */
  public OptionalInt nominalRank() {
    return nominalRank > 0 ? OptionalInt.of(nominalRank) : OptionalInt.empty();
  }

  /**
   * The number of replications where the unit has a score.
   *
   * @return the count
   */
  public int replications() {
    return replications;
  }

  /**
   * The mean rank.
   *
   * @return the mean; empty without replications
   */
  public OptionalDouble meanRank() {
    return opt(v[0]);
  }

  /**
   * The median rank.
   *
   * @return the median; empty without replications
   */
  public OptionalDouble medianRank() {
    return opt(v[1]);
  }

  /**
   * The 5th percentile rank ({@code Q5}).
   *
   * @return the percentile; empty without replications
   */
  public OptionalDouble rank5() {
    return opt(v[2]);
  }

  /**
   * The 95th percentile rank ({@code Q95}).
   *
   * @return the percentile; empty without replications
   */
  public OptionalDouble rank95() {
    return opt(v[3]);
  }

  /**
   * The mean score.
   *
   * @return the mean; empty without replications
   */
  public OptionalDouble meanScore() {
    return opt(v[4]);
  }

  /**
   * The median score.
   *
   * @return the median; empty without replications
   */
  public OptionalDouble medianScore() {
    return opt(v[5]);
  }

  /**
   * The 5th percentile score.
   *
   * @return the percentile; empty without replications
   */
  public OptionalDouble score5() {
    return opt(v[6]);
  }

  /**
   * The 95th percentile score.
   *
   * @return the percentile; empty without replications
   */
  public OptionalDouble score95() {
    return opt(v[7]);
  }

  @Override
  public String toString() {
    return unit + ": nominal " + nominalRank + ", mean " + v[0] + ", median " + v[1] + ", 5% " + v[2] + ", 95% "
        + v[3];
  }
}
