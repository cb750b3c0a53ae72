package io.github.bizenv.scoring.methodology;

/**
 * Whether a score equal to a band's minimum belongs to that band.
 *
 * <p>A closed set: these are the published conventions a methodology can name, each with one exact meaning, so
 * that results are reproducible; they are not extension points. In files each constant is written as its
 * {@link #code()}.
 */
public enum GradeEdge {
  /** A score equal to the minimum is in the band (≥ min). */
  MIN_INCLUSIVE,
  /** A score must exceed the minimum (> min). */
  MIN_EXCLUSIVE;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code min-inclusive}
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
  public static GradeEdge fromCode(String code) {
    return Codes.parse(GradeEdge.class, code);
  }
}
