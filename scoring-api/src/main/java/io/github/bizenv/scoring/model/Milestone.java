package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated step of a task's plan (时间节点): by {@link #due()} the task should have reached
 * {@link #plannedProgress()} percent in total.
 */
@Value.Immutable
public abstract class Milestone {

  Milestone() {}

  /**
   * The day the step is due.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * The planned cumulative progress by the due date.
   *
   * @return a percentage in (0, 100]
   */
  public abstract double plannedProgress();

  /**
   * What is to be done by then.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.finite("/plannedProgress", plannedProgress());
    c.require(!(plannedProgress() <= 0 || plannedProgress() > 100), Problem.OUT_OF_RANGE, "/plannedProgress",
        "planned progress " + Checks.fmt(plannedProgress()) + " is outside (0, 100]");
    c.throwIfAny("Milestone");
  }
}
