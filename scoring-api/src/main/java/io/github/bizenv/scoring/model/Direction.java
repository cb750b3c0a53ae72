package io.github.bizenv.scoring.model;

/**
 * Which way an indicator improves.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum Direction {
  /** Smaller values are better (days, procedures, cost). */
  LOWER_IS_BETTER,
  /** Larger values are better (rates, index points). */
  HIGHER_IS_BETTER;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code lower-is-better}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code lower-is-better}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static Direction fromCode(String code) {
    return Codes.parse(Direction.class, code);
  }
}
