package io.github.bizenv.scoring.methodology;

/**
 * Which group units tied at a quantile boundary join.
 *
 * <p>A closed set with one exact meaning each, so that published groups are reproducible. In files each constant is
 * written as its {@link #code()}.
 */
public enum QuantileTies {
  /** Tied units join the group of the best-placed of them: the group of their first position. */
  BETTER,
  /** Tied units join the group of the worst-placed of them: the group of their last position. */
  WORSE;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code better}
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
  public static QuantileTies fromCode(String code) {
    return Codes.parse(QuantileTies.class, code);
  }
}
