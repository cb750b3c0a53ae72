package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The battle map (作战图) at a date: for every task, its planned progress from its milestones against its latest
 * reported progress, the resulting traffic light, and its history of red months. Immutable.
 */
public final class BattleMap {

  private final Programme programme;
  private final LocalDate date;
  private final DispatchRules rules;
  private final List<TaskStatus> tasks;

  private BattleMap(Programme programme, ProgrammeData data, LocalDate date, DispatchRules rules) {
    this.programme = programme;
    this.date = date;
    this.rules = rules;
    Map<String, List<ProgressReport>> reports = new HashMap<>();
    for (ProgressReport r : data.progressReports()) {
      reports.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
    }
    List<TaskStatus> out = new ArrayList<>();
    for (Task t : programme.tasks()) {
      List<ProgressReport> rs = reports.getOrDefault(t.id(), List.of());
      Status now = status(t, rs, date);
      int red = 0;
      if (now == Status.RED) {
        // The date counts as one month; then count back over the month-ends before it while the task was red.
        red = 1;
        LocalDate d = YearMonth.from(date).minusMonths(1).atEndOfMonth();
        while (!d.isBefore(programme.period().start()) && status(t, rs, d) == Status.RED) {
          red++;
          d = YearMonth.from(d).minusMonths(1).atEndOfMonth();
        }
      }
      out.add(new TaskStatus(t, date, planned(t, date), reported(rs, date), now, red,
          red >= rules.escalateAfterMonths()));
    }
    this.tasks = Collections.unmodifiableList(out);
  }

  /**
   * The battle map of a programme at a date.
   *
   * @param programme the programme
   * @param data its progress reports
   * @param date the date
   * @param rules the traffic-light thresholds
   * @return the battle map
   */
  public static BattleMap at(Programme programme, ProgrammeData data, LocalDate date, DispatchRules rules) {
    return new BattleMap(Objects.requireNonNull(programme, "programme"), Objects.requireNonNull(data, "data"),
        Objects.requireNonNull(date, "date"), Objects.requireNonNull(rules, "rules"));
  }

  static double planned(Task t, LocalDate date) {
    if (t.milestones().isEmpty()) {
      return date.isBefore(t.deadline()) ? 0 : 100;
    }
    double planned = 0;
    for (Milestone m : t.milestones()) {
      if (!m.due().isAfter(date)) {
        planned = m.plannedProgress();
      }
    }
    return planned;
  }

  static double reported(List<ProgressReport> reports, LocalDate date) {
    ProgressReport latest = null;
    for (ProgressReport r : reports) {
      if (!r.date().isAfter(date) && (latest == null || r.date().isAfter(latest.date())
          || (r.date().equals(latest.date()) && r.progress() > latest.progress()))) {
        latest = r;
      }
    }
    return latest == null ? 0 : latest.progress();
  }

  private Status status(Task t, List<ProgressReport> reports, LocalDate date) {
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
   * The date of the map.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The programme.
   *
   * @return the programme
   */
  public Programme programme() {
    return programme;
  }

  /**
   * Every task's status, in programme order.
   *
   * @return the statuses
   */
  public List<TaskStatus> tasks() {
    return tasks;
  }

  /**
   * One task's status.
   *
   * @param task the task id
   * @return its status
   * @throws IllegalArgumentException if the programme has no such task
   */
  public TaskStatus task(String task) {
    for (TaskStatus s : tasks) {
      if (s.task().id().equals(task)) {
        return s;
      }
    }
    throw new IllegalArgumentException("task \"" + task + "\" is not in programme \"" + programme.id() + "\"");
  }

  /**
   * Counts of statuses per area.
   *
   * @return area id → status → count, areas in programme order
   */
  public Map<String, Map<Status, Integer>> byArea() {
    Map<String, Map<Status, Integer>> out = new LinkedHashMap<>();
    programme.areas().forEach(a -> out.put(a.id(), new EnumMap<>(Status.class)));
    tasks.forEach(s -> out.get(s.task().area()).merge(s.status(), 1, Integer::sum));
    return out;
  }

  /**
   * Counts of statuses per lead unit.
   *
   * @return unit id → status → count, for units that lead tasks, in programme order
   */
  public Map<String, Map<Status, Integer>> byLead() {
    Map<String, Map<Status, Integer>> out = new LinkedHashMap<>();
    programme.units().forEach(u -> out.put(u.id(), new EnumMap<>(Status.class)));
    tasks.forEach(s -> out.get(s.task().lead()).merge(s.status(), 1, Integer::sum));
    out.values().removeIf(Map::isEmpty);
    return out;
  }

  /**
   * The red tasks, longest red first, then by task id.
   *
   * @return the red list
   */
  public List<TaskStatus> redList() {
    List<TaskStatus> red = new ArrayList<>();
    tasks.forEach(s -> {
      if (s.status() == Status.RED) {
        red.add(s);
      }
    });
    red.sort((a, b) -> a.monthsRed() != b.monthsRed() ? Integer.compare(b.monthsRed(), a.monthsRed())
        : a.task().id().compareTo(b.task().id()));
    return red;
  }
}
