package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.live.Change;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something a {@link ProgrammeMonitor} saw change: a task's traffic light, an escalation step a red task reached, a
 * finding that became overdue, or a unit's standing in one of the monitored assessments (its score, its rank, its
 * grade). Events are numbered in the order they happened. Immutable.
 */
public final class MonitorEvent {

  /** What changed. */
  public enum Kind {
    /** A task's traffic light changed ({@link #task()}, {@link #statusBefore()}, {@link #statusAfter()}). */
    TASK_STATUS,
    /** A red task reached an escalation step ({@link #task()}, {@link #escalation()}). */
    TASK_ESCALATED,
    /** A finding passed its rectification deadline unrectified ({@link #finding()}). */
    FINDING_OVERDUE,
    /** A unit's standing in a monitored assessment changed ({@link #plan()}, {@link #standing()}). */
    STANDING
  }

  private final long sequence;
  private final LocalDate date;
  private final Kind kind;
  private final String unit;
  private final String task;
  private final Status before;
  private final Status after;
  private final Escalation escalation;
  private final String finding;
  private final String plan;
  private final Change standing;

  private MonitorEvent(long sequence, LocalDate date, Kind kind, String unit, String task, Status before, Status after,
      Escalation escalation, String finding, String plan, Change standing) {
    this.sequence = sequence;
    this.date = date;
    this.kind = kind;
    this.unit = unit;
    this.task = task;
    this.before = before;
    this.after = after;
    this.escalation = escalation;
    this.finding = finding;
    this.plan = plan;
    this.standing = standing;
  }

  static MonitorEvent status(long seq, LocalDate date, String lead, String task, Status before, Status after) {
    return new MonitorEvent(seq, date, Kind.TASK_STATUS, lead, task, before, after, null, null, null, null);
  }

  static MonitorEvent escalated(long seq, LocalDate date, String lead, String task, Escalation e) {
    return new MonitorEvent(seq, date, Kind.TASK_ESCALATED, lead, task, null, null, e, null, null, null);
  }

  static MonitorEvent overdue(long seq, LocalDate date, String unit, String finding) {
    return new MonitorEvent(seq, date, Kind.FINDING_OVERDUE, unit, null, null, null, null, finding, null, null);
  }

  static MonitorEvent standing(long seq, LocalDate date, String plan, Change c) {
    return new MonitorEvent(seq, date, Kind.STANDING, c.unit(), null, null, null, null, null, plan, c);
  }

  /**
   * The event's number: events of one monitor are numbered 1, 2, 3 … in the order they happened.
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }

  /**
   * The monitor's date when it happened.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * What changed.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The unit concerned: the task's lead unit, the finding's unit, or the unit whose standing changed.
   *
   * @return the unit id
   */
  public String unit() {
    return unit;
  }

  /**
   * The task, for task events.
   *
   * @return the task id
   */
  public Optional<String> task() {
    return Optional.ofNullable(task);
  }

  /**
   * The traffic light before, for {@link Kind#TASK_STATUS}.
   *
   * @return the status
   */
  public Optional<Status> statusBefore() {
    return Optional.ofNullable(before);
  }

  /**
   * The traffic light after, for {@link Kind#TASK_STATUS}.
   *
   * @return the status
   */
  public Optional<Status> statusAfter() {
    return Optional.ofNullable(after);
  }

  /**
   * The step reached, for {@link Kind#TASK_ESCALATED}.
   *
   * @return the escalation
   */
  public Optional<Escalation> escalation() {
    return Optional.ofNullable(escalation);
  }

  /**
   * The finding, for {@link Kind#FINDING_OVERDUE}.
   *
   * @return the finding id
   */
  public Optional<String> finding() {
    return Optional.ofNullable(finding);
  }

  /**
   * The assessment, for {@link Kind#STANDING}.
   *
   * @return the methodology's id
   */
  public Optional<String> plan() {
    return Optional.ofNullable(plan);
  }

  /**
   * The change of standing, for {@link Kind#STANDING}.
   *
   * @return the change
   */
  public Optional<Change> standing() {
    return Optional.ofNullable(standing);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MonitorEvent)) {
      return false;
    }
    MonitorEvent e = (MonitorEvent) o;
    return e.sequence == sequence && e.date.equals(date) && e.kind == kind && e.unit.equals(unit)
        && Objects.equals(e.task, task) && e.before == before && e.after == after
        && Objects.equals(e.escalation, escalation) && Objects.equals(e.finding, finding)
        && Objects.equals(e.plan, plan) && Objects.equals(e.standing, standing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, kind, unit);
  }

  @Override
  public String toString() {
    switch (kind) {
      case TASK_STATUS:
        return "#" + sequence + " " + date + " task " + task + " " + before.label() + " → " + after.label();
      case TASK_ESCALATED:
        return "#" + sequence + " " + date + " task " + task + " escalated: " + escalation;
      case FINDING_OVERDUE:
        return "#" + sequence + " " + date + " finding " + finding + " of " + unit + " overdue";
      default:
        return "#" + sequence + " " + date + " " + plan + " " + standing;
    }
  }
}
