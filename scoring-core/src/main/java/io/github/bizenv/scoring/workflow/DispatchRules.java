package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The thresholds of the battle map's traffic lights — how far behind plan is yellow and red, how near the deadline
 * is blue — and the escalation ladder a task climbs while it stays red (提醒 → 催办 → 督办函 → 约谈). Immutable;
 * {@code with*} methods return a copy.
 */
public final class DispatchRules {

  private static final List<EscalationStep> LADDER = List.of(
      EscalationStep.of(1, LocalizedText.of("提醒", "reminder")),
      EscalationStep.of(2, LocalizedText.of("催办", "chase")),
      EscalationStep.of(3, LocalizedText.of("督办函", "supervision letter")),
      EscalationStep.of(4, LocalizedText.of("约谈", "formal talk with the head")));
  private static final DispatchRules DEFAULTS = new DispatchRules(10, 30, 15, LADDER);

  private final double behind;
  private final double seriouslyBehind;
  private final int approachingDays;
  private final List<EscalationStep> escalation;

  private DispatchRules(double behind, double seriouslyBehind, int approachingDays, List<EscalationStep> escalation) {
    if (!(behind >= 0) || !(seriouslyBehind >= behind) || approachingDays < 0) {
      throw new IllegalArgumentException("dispatch rules need 0 ≤ behind (" + behind + ") ≤ seriously behind ("
          + seriouslyBehind + ") and approaching days ≥ 0 (" + approachingDays + ")");
    }
    List<EscalationStep> steps = new ArrayList<>();
    for (EscalationStep s : Objects.requireNonNull(escalation, "escalation")) {
      Objects.requireNonNull(s, "escalation step");
      if (!steps.isEmpty() && s.months() <= steps.get(steps.size() - 1).months()) {
        throw new IllegalArgumentException("escalation steps must need more red months one after the other: " + s
            + " after " + steps.get(steps.size() - 1));
      }
      steps.add(s);
    }
    this.behind = behind;
    this.seriouslyBehind = seriouslyBehind;
    this.approachingDays = approachingDays;
    this.escalation = List.copyOf(steps);
  }

  /**
   * The defaults: yellow more than 10 points behind plan, red more than 30 points behind or past the deadline,
   * blue within 15 days of the deadline; a task red 1 month in a row gets a reminder (提醒), 2 a chase (催办), 3 a
   * supervision letter (督办函), 4 a formal talk with the unit's head (约谈).
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
   * The escalation ladder, lowest step first.
   *
   * @return the steps, each needing more red months than the one before; possibly empty
   */
  public List<EscalationStep> escalation() {
    return escalation;
  }

  /**
   * A copy with other yellow and red thresholds.
   *
   * @param behind points behind plan for yellow
   * @param seriouslyBehind points behind plan for red, at least {@code behind}
   * @return the new rules
   */
  public DispatchRules withThresholds(double behind, double seriouslyBehind) {
    return new DispatchRules(behind, seriouslyBehind, approachingDays, escalation);
  }

  /**
   * A copy with another blue window.
   *
   * @param days days before the deadline
   * @return the new rules
   */
  public DispatchRules withApproachingDays(int days) {
    return new DispatchRules(behind, seriouslyBehind, days, escalation);
  }

  /**
   * A copy with another escalation ladder.
   *
   * @param steps the steps, lowest first, each needing more red months than the one before
   * @return the new rules
   */
  public DispatchRules withEscalation(List<EscalationStep> steps) {
    return new DispatchRules(behind, seriouslyBehind, approachingDays, steps);
  }
}
