package io.github.bizenv.scoring.methodology;

/**
 * How a {@link Survey} step turns the answers of a unit's respondents into the unit's value.
 *
 * <p>A closed set with one exact definition each, so that survey-based indicators are reproducible and explained
 * by name. Each answer counts with its sample weight when the step names a weight column, with 1 otherwise. In
 * files each constant is written as its {@link #code()}.
 */
public enum SurveyStatistic {
  /** The weighted mean {@code Σ wᵢxᵢ / Σ wᵢ} (B-READY's firm-survey shares and counts). */
  MEAN,
  /**
   * The weighted median: answers sorted, the smallest answer at which the running weight reaches half the total;
   * when the running weight equals exactly half (within 10⁻¹² of the total), the mean of that answer and the next.
   * With equal weights this is the ordinary median, the mean of the two middle answers of an even count — so
   * an even split of yes/no (1/0) answers gives 0.5, as B-READY scores expert answers; B-READY's time and cost
   * from firm surveys are weighted medians.
   */
  MEDIAN,
  /**
   * The answer with the largest total weight (the most frequent, without weights); when several answers tie, the
   * ordinary median of those answers (B-READY's single-choice expert questions: several modes give the median of
   * their scores).
   */
  MODE;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code median}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static SurveyStatistic fromCode(String code) {
    return Codes.parse(SurveyStatistic.class, code);
  }
}
