package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The traffic light of one task at a date, from its milestones and its own progress reports: the one definition
 * that the battle map, the facts and the monitor share.
 */
final class TaskStates {

  private TaskStates() {}

  /** The status of a task at a date, with its red history and escalation. */
  static TaskStatus status(Task t, List<ProgressReport> reports, LocalDate date, DispatchRules rules,
      LocalDate programmeStart) {
    Status now = light(t, reports, date, rules);
    int red = 0;
    if (now == Status.RED) {
      // The date counts as one month; then count back over the month-ends before it while the task was red.
      red = 1;
      LocalDate d = YearMonth.from(date).minusMonths(1).atEndOfMonth();
      while (!d.isBefore(programmeStart) && light(t, reports, d, rules) == Status.RED) {
        red++;
        d = YearMonth.from(d).minusMonths(1).atEndOfMonth();
      }
    }
    List<Escalation> escalations = new ArrayList<>();
    for (EscalationStep step : rules.escalation()) {
      if (step.months() <= red) {
        escalations.add(new Escalation(step, YearMonth.from(date).minusMonths(red - step.months())));
      }
    }
    if (t.legalAuthorisation()) {
      return new TaskStatus(t, date, 0, 0, plannedStep(t, date), reachedStep(reports, date), now, red, escalations);
    }
    return new TaskStatus(t, date, planned(t, date), reported(reports, date), null, null, now, red, escalations);
  }

  /** The traffic light alone. */
  static Status light(Task t, List<ProgressReport> reports, LocalDate date, DispatchRules rules) {
    return t.legalAuthorisation() ? authorisationLight(t, reports, date, rules) : progressLight(t, reports, date, rules);
  }

  private static Status progressLight(Task t, List<ProgressReport> reports, LocalDate date, DispatchRules rules) {
    double reported = reported(reports, date);
    double planned = planned(t, date);
    if (reported >= 100) {
      return Status.DONE;
    }
    if (date.isAfter(t.deadline()) || planned - reported > rules.seriouslyBehind()) {
      return Status.RED;
    }
    if (planned - reported > rules.behind()) {
      return Status.BEHIND;
    }
    if (planned == 0 && reported == 0) {
      return Status.NOT_STARTED;
    }
    if (ChronoUnit.DAYS.between(date, t.deadline()) <= rules.approachingDays()) {
      return Status.APPROACHING;
    }
    return Status.ON_TRACK;
  }

  /**
   * A class C task, judged by its authorisation steps (申请提交 → 获得授权 → 落地实施): 落地实施 is done; an
   * application submitted and not yet authorised waits for the higher authority (never late for that); no
   * application once it is due, or authorisation granted with the measure not yet in effect (落地实施) once that
   * step is due or the deadline has passed, is red.
   */
  private static Status authorisationLight(Task t, List<ProgressReport> reports, LocalDate date,
      DispatchRules rules) {
    AuthorisationStep reached = reachedStep(reports, date);
    AuthorisationStep planned = plannedStep(t, date);
    if (reached == AuthorisationStep.IMPLEMENTED) {
      return Status.DONE;
    }
    if (reached == AuthorisationStep.APPLICATION_SUBMITTED) {
      return Status.AWAITING_AUTHORISATION;
    }
    if (reached == null) {
      return planned != null || date.isAfter(t.deadline()) ? Status.RED : Status.NOT_STARTED;
    }
    // Authorised, not yet implemented.
    if (date.isAfter(t.deadline()) || planned == AuthorisationStep.IMPLEMENTED) {
      return Status.RED;
    }
    return ChronoUnit.DAYS.between(date, t.deadline()) <= rules.approachingDays() ? Status.APPROACHING
        : Status.ON_TRACK;
  }

  /** The planned progress at a date: that of the last milestone due by then; 0 or 100 for a task without any. */
  static double planned(Task t, LocalDate date) {
    if (t.milestones().isEmpty()) {
      return date.isBefore(t.deadline()) ? 0 : 100;
    }
    double planned = 0;
    for (Milestone m : t.milestones()) {
      if (!m.due().isAfter(date) && m.plannedProgress().isPresent()) {
        planned = m.plannedProgress().getAsDouble();
      }
    }
    return planned;
  }

  /** The latest reported percentage on or before a date (the larger of two on the same day); 0 when none. */
  static double reported(List<ProgressReport> reports, LocalDate date) {
    ProgressReport latest = null;
    for (ProgressReport r : reports) {
      if (r.progress().isEmpty() || r.date().isAfter(date)) {
        continue;
      }
      if (latest == null || r.date().isAfter(latest.date())
          || (r.date().equals(latest.date()) && r.progress().getAsDouble() > latest.progress().getAsDouble())) {
        latest = r;
      }
    }
    return latest == null ? 0 : latest.progress().getAsDouble();
  }

  /** The step of the last step milestone due on or before a date; null before the first. */
  static AuthorisationStep plannedStep(Task t, LocalDate date) {
    AuthorisationStep planned = null;
    for (Milestone m : t.milestones()) {
      if (!m.due().isAfter(date) && m.step().isPresent()) {
        planned = m.step().get();
      }
    }
    return planned;
  }

  /** The furthest step reported on or before a date; null when none. */
  static AuthorisationStep reachedStep(List<ProgressReport> reports, LocalDate date) {
    AuthorisationStep reached = null;
    for (ProgressReport r : reports) {
      if (r.step().isPresent() && !r.date().isAfter(date)
          && (reached == null || r.step().get().compareTo(reached) > 0)) {
        reached = r.step().get();
      }
    }
    return reached;
  }
}
