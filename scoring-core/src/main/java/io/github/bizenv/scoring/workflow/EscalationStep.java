package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Objects;

/**
 * A step of the escalation ladder (督办升级): after how many red months in a row a task reaches it, and what it is
 * (提醒, 催办, 督办函, 约谈 …). Immutable.
 */
public final class EscalationStep {

  private final int months;
  private final LocalizedText name;

  private EscalationStep(int months, LocalizedText name) {
    if (months < 1) {
      throw new IllegalArgumentException("an escalation step needs at least 1 red month, got " + months);
    }
    this.months = months;
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * A step.
   *
   * @param months red months in a row that reach it, at least 1
   * @param name what the step is, e.g. 约谈
   * @return the step
   */
  public static EscalationStep of(int months, LocalizedText name) {
    return new EscalationStep(months, name);
  }

  /**
   * Red months in a row that reach this step.
   *
   * @return at least 1
   */
  public int months() {
    return months;
  }

  /**
   * What the step is.
   *
   * @return e.g. 督办函 (supervision letter)
   */
  public LocalizedText name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EscalationStep && ((EscalationStep) o).months == months
        && ((EscalationStep) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return months * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return name.text(true) + " (" + months + " red months)";
  }
}
