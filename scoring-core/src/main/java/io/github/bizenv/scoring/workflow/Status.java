package io.github.bizenv.scoring.workflow;

/** The traffic light of a task on the battle map (作战图) at a date. */
public enum Status {
  /** Reported 100 % done. */
  DONE("done"),
  /** Past its deadline and not done, or seriously behind plan (red). */
  RED("red"),
  /** Behind plan (yellow). */
  BEHIND("yellow"),
  /** Nothing planned yet and nothing reported. */
  NOT_STARTED("not started"),
  /** Unfinished and within days of its deadline (blue). */
  APPROACHING("blue"),
  /** On or ahead of plan (green). */
  ON_TRACK("green");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /**
   * The label used in reports.
   *
   * @return e.g. {@code red}, {@code green}
   */
  public String label() {
    return label;
  }
}
