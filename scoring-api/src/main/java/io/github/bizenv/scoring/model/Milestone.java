package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A dated step of a task's plan (时间节点): by {@link #due()} the task should have reached
 * {@link #plannedProgress()} percent in total — or, for a task that needs legal authorisation (class C), the
 * authorisation {@link #step()}. A milestone has exactly one of the two.
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
   * @return a percentage in (0, 100], unless the milestone is an authorisation step
   */
  public abstract OptionalDouble plannedProgress();

  /**
   * The authorisation step due by then (class C tasks).
   *
   * @return the step, unless the milestone plans a progress percentage
   */
  public abstract Optional<AuthorisationStep> step();

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
    plannedProgress().ifPresent(p -> {
      c.finite("/plannedProgress", p);
      c.require(!(p <= 0 || p > 100), Problem.OUT_OF_RANGE, "/plannedProgress",
          "planned progress " + Checks.fmt(p) + " is outside (0, 100]");
    });
    if (plannedProgress().isPresent() == step().isPresent()) {
      c.add(Problem.INCONSISTENT, "/plannedProgress", "a milestone has either a planned progress or an "
          + "authorisation step, " + (step().isPresent() ? "not both" : "and this one has neither"));
    }
    c.throwIfAny("Milestone");
  }
}
