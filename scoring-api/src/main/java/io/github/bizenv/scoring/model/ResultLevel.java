package io.github.bizenv.scoring.model;

/**
 * The level of an outside evaluation.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum ResultLevel {
  /** The national evaluation (国评). */
  NATIONAL,
  /** A provincial evaluation (省评). */
  PROVINCIAL;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code national}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code national}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static ResultLevel fromCode(String code) {
    return Codes.parse(ResultLevel.class, code);
  }
}
