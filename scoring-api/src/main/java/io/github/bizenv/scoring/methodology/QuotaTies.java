package io.github.bizenv.scoring.methodology;

/**
 * What happens to units tied at a quota's cut.
 *
 * <p>A closed set: these are the published conventions a methodology can name, each with one exact meaning, so
 * that results are reproducible; they are not extension points. In files each constant is written as its
 * {@link #code()}.
 */
public enum QuotaTies {
  /** Every unit tied at the cut leaves the band, so the band never exceeds its quota. */
  DEMOTE,
  /** Every unit tied at the cut stays, so the band may exceed its quota by the tie. */
  KEEP;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code demote}
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
  public static QuotaTies fromCode(String code) {
    return Codes.parse(QuotaTies.class, code);
  }
}
