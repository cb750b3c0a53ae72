package io.github.bizenv.scoring.methodology;

/**
 * Which scores a ranking or grading compares: the unrounded scores, or the scores as the methodology presents them
 * (rounded half up to the node's decimals), so that units shown with equal scores share a rank and a band.
 *
 * <p>A closed set; in files each constant is written as its {@link #code()} under {@code "on"}.
 */
public enum ScoreBasis {
  /** The scores as computed, unrounded (the default). */
  UNROUNDED,
  /** The scores rounded half up (四舍五入) to the node's decimals, as a report shows them. */
  PRESENTED;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code presented}
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
  public static ScoreBasis fromCode(String code) {
    return Codes.parse(ScoreBasis.class, code);
  }
}
