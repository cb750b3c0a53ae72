package io.github.bizenv.scoring.workflow;

/**
 * The thresholds of the battle map's traffic lights: how far behind plan is yellow and red, how near the
 * deadline is blue, and after how many red months in a row a task is escalated. Immutable; {@code with*} methods
 * return a copy.
 */
public final class DispatchRules {

  private static final DispatchRules DEFAULTS = new DispatchRules(10, 30, 15, 3);

  private final double behind;
  private final double seriouslyBehind;
  private final int approachingDays;
  private final int escalateAfterMonths;

  private DispatchRules(double behind, double seriouslyBehind, int approachingDays, int escalateAfterMonths) {
    if (!(behind >= 0) || !(seriouslyBehind >= behind) || approachingDays < 0 || escalateAfterMonths < 1) {
      throw new IllegalArgumentException("dispatch rules need 0 ≤ behind (" + behind + ") ≤ seriously behind ("
          + seriouslyBehind + "), approaching days ≥ 0 (" + approachingDays + ") and escalation after ≥ 1 month ("
          + escalateAfterMonths + ")");
    }
    this.behind = behind;
    this.seriouslyBehind = seriouslyBehind;
    this.approachingDays = approachingDays;
    this.escalateAfterMonths = escalateAfterMonths;
  }

  /**
   * The defaults: yellow more than 10 points behind plan, red more than 30 points behind or past the deadline,
   * blue within 15 days of the deadline, escalated after 3 red months in a row.
   *
   * @return the defaults
   */
  public static DispatchRules defaults() {
    return DEFAULTS;
  }

  /**
   * Points behind plan beyond which a task is yellow.
   *
   * @return the threshold
   */
  public double behind() {
    return behind;
  }

  /**
   * Points behind plan beyond which a task is red.
   *
   * @return the threshold
   */
  public double seriouslyBehind() {
    return seriouslyBehind;
  }

  /**
   * Days before the deadline from which an unfinished task is blue.
   *
   * @return the days
   */
  public int approachingDays() {
    return approachingDays;
  }

  /**
   * Red months in a row after which a task is escalated.
   *
   * @return the months
   */
  public int escalateAfterMonths() {
    return escalateAfterMonths;
  }

  /**
   * A copy with other yellow and red thresholds.
   *
   * @param behind points behind plan for yellow
   * @param seriouslyBehind points behind plan for red, at least {@code behind}
   * @return the new rules
   */
  public DispatchRules withThresholds(double behind, double seriouslyBehind) {
    return new DispatchRules(behind, seriouslyBehind, approachingDays, escalateAfterMonths);
  }

  /**
   * A copy with another blue window.
   *
   * @param days days before the deadline
   * @return the new rules
   */
  public DispatchRules withApproachingDays(int days) {
    return new DispatchRules(behind, seriouslyBehind, days, escalateAfterMonths);
  }

  /**
   * A copy with another escalation count.
   *
   * @param months red months in a row, at least 1
   * @return the new rules
   */
  public DispatchRules withEscalationAfter(int months) {
    return new DispatchRules(behind, seriouslyBehind, approachingDays, months);
  }
}
