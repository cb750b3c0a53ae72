package io.github.bizenv.scoring.workflow;

import java.time.YearMonth;
import java.util.Objects;

/** An escalation step a red task reached, and the month it reached it in. Immutable. */
public final class Escalation {

  private final EscalationStep step;
  private final YearMonth reached;

  Escalation(EscalationStep step, YearMonth reached) {
    this.step = step;
    this.reached = reached;
  }

  /**
   * The step.
   *
   * @return the step of the ladder
   */
  public EscalationStep step() {
    return step;
  }

  /**
   * The month the task reached the step.
   *
   * @return the month
   */
  public YearMonth reached() {
    return reached;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Escalation && ((Escalation) o).step.equals(step) && ((Escalation) o).reached.equals(reached);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, reached);
  }

  @Override
  public String toString() {
    return step.name().text(true) + " " + reached;
  }
}
