package io.github.bizenv.scoring.model;

/**
 * How serious a finding is.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum Severity {
  /** Minor (轻微). */
  MINOR,
  /** General (一般). */
  GENERAL,
  /** Serious (严重). */
  SERIOUS;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code minor}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code minor}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static Severity fromCode(String code) {
    return Codes.parse(Severity.class, code);
  }
}
