package io.github.bizenv.scoring.model;

/**
 * How a finding (督查发现) came to light: by supervision — an on-site inspection at a key date, a random spot
 * check, a "four nos, two straights" visit, an unannounced visit — or through the 12345 hotline.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum FindingKind {
  /** An on-site inspection at a key date of the plan (实地督察). */
  ON_SITE_INSPECTION("实地督察", "on-site inspection"),
  /** A random spot check (随机抽查). */
  RANDOM_SPOT_CHECK("随机抽查", "random spot check"),
  /**
   * A "four nos, two straights" visit (四不两直: no notice, no greeting, no briefing, no escort; straight to the
   * grass roots, straight to the scene).
   */
  FOUR_NOS_TWO_STRAIGHTS("“四不两直”检查", "unannounced check (\"four nos, two straights\")"),
  /** An unannounced visit, e.g. a mystery-shopper check of a service hall (暗访). */
  UNANNOUNCED_VISIT("暗访", "unannounced visit"),
  /** A 12345 hotline complaint (投诉). */
  HOTLINE_COMPLAINT("12345投诉", "12345 complaint"),
  /** A 12345 hotline report of wrongdoing (举报). */
  HOTLINE_REPORT("12345举报", "12345 report"),
  /** A 12345 hotline suggestion (建议). */
  HOTLINE_SUGGESTION("12345建议", "12345 suggestion");

  private final String zh;
  private final String en;

  FindingKind(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * The Chinese name of the kind, as a 通报 writes it.
   *
   * @return e.g. 实地督察, 12345投诉
   */
  public String zh() {
    return zh;
  }

  /**
   * The English name of the kind.
   *
   * @return e.g. on-site inspection, 12345 complaint
   */
  public String en() {
    return en;
  }

  /**
   * Whether the finding came through the 12345 hotline.
   *
   * @return {@code true} for complaints, reports and suggestions
   */
  public boolean hotline() {
    return this == HOTLINE_COMPLAINT || this == HOTLINE_REPORT || this == HOTLINE_SUGGESTION;
  }

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
