package io.github.bizenv.scoring.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Reported progress of a task (进展): the cumulative share done by a date, by a unit, with evidence. */
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
   * @return a percentage in [0, 100]
   */
  public abstract double progress();

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
    c.range("/progress", progress(), 0, 100, "progress");
    c.throwIfAny("ProgressReport");
  }
}
