package io.github.bizenv.scoring.model;

/**
 * What kind of recognition a reform received: done first (首创) or copied by others (复制推广). The two are
 * distinct bonus items.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum RecognitionKind {
  /** A national or provincial first (首创, "全国第一个"): no one had done it before. */
  FIRST,
  /** Adopted by the province or the nation for others to copy (复制推广). */
  ADOPTED;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code first}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code adopted}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static RecognitionKind fromCode(String code) {
    return Codes.parse(RecognitionKind.class, code);
  }
}
