package io.github.bizenv.scoring.methodology;

/**
 * How an {@link Impute} step fills a missing value, as COINr defines each method.
 *
 * <p>A closed set rather than a strategy interface: each method has one exact published definition that the
 * conformance tests reproduce, and imputations are reported by method in explanations. In files each constant is
 * written as its {@link #code()}.
 */
public enum ImputationMethod {
  /** The mean of the indicator's values (COINr {@code i_mean}). */
  MEAN,
  /** The median of the indicator's values (COINr {@code i_median}). */
  MEDIAN,
  /** The mean of the values of units in the same group of a data column (COINr {@code i_mean_grp}). */
  GROUP_MEAN,
  /** The median of the values of units in the same group (COINr {@code i_median_grp}). */
  GROUP_MEDIAN,
  /**
   * The mean of the unit's other indicators under the same parent, after min-max normalizing each indicator
   * with its direction, mapped back to this indicator's scale (COINr {@code Impute(f_i = "i_mean", impute_by =
   * "row", group_level = 2, normalise_first = TRUE)}).
   */
  ROW_MEAN;

  /**
   * Whether the method needs a group column.
   *
   * @return {@code true} for {@link #GROUP_MEAN} and {@link #GROUP_MEDIAN}
   */
  public boolean grouped() {
    return this == GROUP_MEAN || this == GROUP_MEDIAN;
  }

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code group-mean}
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
  public static ImputationMethod fromCode(String code) {
    return Codes.parse(ImputationMethod.class, code);
  }
}
