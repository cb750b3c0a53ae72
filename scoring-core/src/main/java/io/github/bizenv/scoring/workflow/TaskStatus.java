package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.Task;
import java.time.LocalDate;

/** A task on the battle map at a date: planned and reported progress, status, and how long it has been red. */
public final class TaskStatus {

  private final Task task;
  private final LocalDate date;
  private final double planned;
  private final double reported;
  private final Status status;
  private final int monthsRed;
  private final boolean escalated;

  TaskStatus(Task task, LocalDate date, double planned, double reported, Status status, int monthsRed,
      boolean escalated) {
    this.task = task;
    this.date = date;
    this.planned = planned;
    this.reported = reported;
    this.status = status;
    this.monthsRed = monthsRed;
    this.escalated = escalated;
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
   *
   * @return a percentage
   */
  public double planned() {
    return planned;
  }

  /**
   * The latest reported cumulative progress on or before the date (0 when none).
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
   * Whether the task has been red for the rules' escalation count of months in a row.
   *
   * @return {@code true} when escalated
   */
  public boolean escalated() {
    return escalated;
  }
}
