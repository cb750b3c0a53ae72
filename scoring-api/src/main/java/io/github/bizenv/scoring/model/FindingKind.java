package io.github.bizenv.scoring.model;

/**
 * How a supervision finding (督查发现) came to light.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum FindingKind {
  /** An on-site inspection at a milestone (现场督查). */
  ON_SITE_INSPECTION,
  /** A random spot check (随机抽查). */
  RANDOM_SPOT_CHECK,
  /** A 12345 hotline complaint (投诉). */
  HOTLINE_COMPLAINT,
  /** A 12345 hotline report of wrongdoing (举报). */
  HOTLINE_REPORT,
  /** A 12345 hotline suggestion (建议). */
  HOTLINE_SUGGESTION;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code on-site-inspection}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code on-site-inspection}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static FindingKind fromCode(String code) {
    return Codes.parse(FindingKind.class, code);
  }
}
