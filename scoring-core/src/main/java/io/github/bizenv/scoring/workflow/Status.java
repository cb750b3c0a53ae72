package io.github.bizenv.scoring.workflow;

/** The traffic light of a task on the battle map (作战图) at a date. */
public enum Status {
  /** Reported 100 % done, or (class C) implemented. */
  DONE("done", "已完成"),
  /** Past its deadline and not done, or seriously behind plan (red). */
  RED("red", "红灯"),
  /** Behind plan (yellow). */
  BEHIND("yellow", "黄灯"),
  /** Nothing planned yet and nothing reported. */
  NOT_STARTED("not started", "未启动"),
  /**
   * A class C task whose application for authorisation was submitted and which waits for the higher authority
   * to grant it (待授权): not late, whatever the date, because the grant is not in the unit's hands.
   */
  AWAITING_AUTHORISATION("awaiting authorisation", "待授权"),
  /** Unfinished and within days of its deadline (blue). */
  APPROACHING("blue", "蓝灯"),
  /** On or ahead of plan (green). */
  ON_TRACK("green", "绿灯");

  private final String label;
  private final String zh;

  Status(String label, String zh) {
    this.label = label;
    this.zh = zh;
  }

  /**
   * The label used in reports.
   *
   * @return e.g. {@code red}, {@code green}
   */
  public String label() {
    return label;
  }

  /**
   * The Chinese label used in reports.
   *
   * @return e.g. 红灯, 绿灯, 待授权
   */
  public String zh() {
    return zh;
  }
}
