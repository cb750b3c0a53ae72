package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Reported progress of a task (进展) by a date, by a unit, with evidence: the cumulative share done, or — for a
 * task that needs legal authorisation (class C) — the authorisation step reached. A report has exactly one of
 * the two.
 */
@Value.Immutable
public abstract class ProgressReport {

  ProgressReport() {}

  /**
   * The task reported on.
   *
   * @return a task id of the programme
   */
  public abstract String task();

  /**
   * The reporting unit: the task's lead or one of its responsible units.
   *
   * @return a unit id of the programme
   */
  public abstract String unit();

  /**
   * The day the progress refers to.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The cumulative progress by {@link #date()}.
   *
   * @return a percentage in [0, 100], unless the report gives an authorisation step
   */
  public abstract OptionalDouble progress();

  /**
   * The authorisation step reached by {@link #date()} (class C tasks).
   *
   * @return the step, unless the report gives a percentage
   */
  public abstract Optional<AuthorisationStep> step();

  /**
   * What shows the progress (a document, a link, a count).
   *
   * @return the evidence, if given
   */
  public abstract Optional<LocalizedText> evidence();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/task", task());
    c.id("/unit", unit());
    progress().ifPresent(p -> c.range("/progress", p, 0, 100, "progress"));
    if (progress().isPresent() == step().isPresent()) {
      c.add(Problem.INCONSISTENT, "/progress", "a progress report gives either a percentage or an authorisation "
          + "step, " + (step().isPresent() ? "not both" : "and this one gives neither"));
    }
    c.throwIfAny("ProgressReport");
  }
}
