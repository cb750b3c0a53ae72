package io.github.bizenv.scoring.methodology;

/**
 * How tied and following units are numbered.
 *
 * <p>A closed set: these are the published conventions a methodology can name, each with one exact meaning, so
 * that results are reproducible; they are not extension points. In files each constant is written as its
 * {@link #code()}.
 */
public enum RankMethod {
  /** Competition ranking ("1224"): tied units share a rank and the next rank skips. */
  COMPETITION,
  /** Dense ranking ("1223"): tied units share a rank and the next rank follows on. */
  DENSE;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code competition}
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
  public static RankMethod fromCode(String code) {
    return Codes.parse(RankMethod.class, code);
  }
}
