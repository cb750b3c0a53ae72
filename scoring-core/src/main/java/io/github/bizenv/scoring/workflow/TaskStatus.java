package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task on the battle map at a date: planned and reported progress (or, for a task that needs legal
 * authorisation, the planned and reached authorisation steps), its traffic light, how long it has been red and
 * the escalation steps that reached. Immutable.
 */
public final class TaskStatus {

  private final Task task;
  private final LocalDate date;
  private final double planned;
  private final double reported;
  private final AuthorisationStep plannedStep;
  private final AuthorisationStep reachedStep;
  private final Status status;
  private final int monthsRed;
  private final List<Escalation> escalations;

  TaskStatus(Task task, LocalDate date, double planned, double reported, AuthorisationStep plannedStep,
      AuthorisationStep reachedStep, Status status, int monthsRed, List<Escalation> escalations) {
    this.task = task;
    this.date = date;
    this.planned = planned;
    this.reported = reported;
    this.plannedStep = plannedStep;
    this.reachedStep = reachedStep;
    this.status = status;
    this.monthsRed = monthsRed;
    this.escalations = List.copyOf(escalations);
  }

  /**
   * The task.
   *
   * @return the task
   */
  public Task task() {
    return task;
  }

  /**
   * The date of the battle map.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The planned cumulative progress: that of the last milestone due on or before the date (0 before the first).
   * A task that needs legal authorisation is planned by steps ({@link #plannedStep()}); this is 0 for it.
   *
   * @return a percentage
   */
  public double planned() {
    return planned;
  }

  /**
   * The latest reported cumulative progress on or before the date (0 when none). A task that needs legal
   * authorisation reports steps ({@link #reachedStep()}); this is 0 for it.
   *
   * @return a percentage
   */
  public double reported() {
    return reported;
  }

  /**
   * Points behind plan.
   *
   * @return planned minus reported, negative when ahead
   */
  public double behind() {
    return planned - reported;
  }

  /**
   * The authorisation step the plan says should be reached by the date (class C tasks).
   *
   * @return the step of the last step milestone due on or before the date; empty before the first, and for tasks
   *     that need no authorisation
   */
  public Optional<AuthorisationStep> plannedStep() {
    return Optional.ofNullable(plannedStep);
  }

  /**
   * The furthest authorisation step reported on or before the date (class C tasks).
   *
   * @return the step; empty when none was reported, and for tasks that need no authorisation
   */
  public Optional<AuthorisationStep> reachedStep() {
    return Optional.ofNullable(reachedStep);
  }

  /**
   * The traffic light.
   *
   * @return the status
   */
  public Status status() {
    return status;
  }

  /**
   * Red month-ends in a row, counting back from the latest month-end on or before the date (0 when not red then).
   *
   * @return the count
   */
  public int monthsRed() {
    return monthsRed;
  }

  /**
   * The escalation steps the task reached in its current red run, lowest first, each with its month.
   *
   * @return the steps, empty when the task is not red
   */
  public List<Escalation> escalations() {
    return escalations;
  }

  /**
   * The highest escalation step reached in the current red run.
   *
   * @return the step, if any
   */
  public Optional<Escalation> escalation() {
    return escalations.isEmpty() ? Optional.empty() : Optional.of(escalations.get(escalations.size() - 1));
  }

  /**
   * Whether the task reached at least the first escalation step.
   *
   * @return {@code true} when escalated
   */
  public boolean escalated() {
    return !escalations.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TaskStatus)) {
      return false;
    }
    TaskStatus s = (TaskStatus) o;
    return s.task.equals(task) && s.date.equals(date) && Double.compare(s.planned, planned) == 0
        && Double.compare(s.reported, reported) == 0 && s.plannedStep == plannedStep && s.reachedStep == reachedStep
        && s.status == status && s.monthsRed == monthsRed && s.escalations.equals(escalations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(task.id(), date, status, monthsRed);
  }

  @Override
  public String toString() {
    return task.id() + " " + date + " " + status.label() + (monthsRed > 0 ? " (" + monthsRed + " months red)" : "");
  }
}
