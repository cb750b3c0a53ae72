package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.time.LocalDate;
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
 * reported progress (or, for a task that needs legal authorisation, its planned against its reached authorisation
 * step), the resulting traffic light, its history of red months and the escalation steps reached; with views per
 * area, per lead unit and per district. Immutable.
 */
public final class BattleMap {

  private final Programme programme;
  private final LocalDate date;
  private final List<TaskStatus> tasks;
  private final DispatchRules rules;

  BattleMap(Programme programme, LocalDate date, List<TaskStatus> tasks, DispatchRules rules) {
    this.programme = programme;
    this.date = date;
    this.tasks = Collections.unmodifiableList(new ArrayList<>(tasks));
    this.rules = rules;
  }

  /**
   * The battle map of a programme at a date.
   *
   * @param programme the programme
   * @param data its progress reports
   * @param date the date
   * @param rules the traffic-light thresholds and the escalation ladder
   * @return the battle map
   * @throws ValidationException if the data does not fit the programme (another programme's data, records naming
   *     what the programme does not declare), or the date is before the programme's period (a date after it gives
   *     the programme's final state, as a {@link ProgrammeMonitor} kept running for late results shows it)
   */
  public static BattleMap at(Programme programme, ProgrammeData data, LocalDate date, DispatchRules rules) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rules, "rules");
    Arguments.fits(programme, data);
    Arguments.notBefore(programme, date, "the battle map's date");
    Map<String, List<ProgressReport>> reports = new HashMap<>();
    for (ProgressReport r : data.progressReports()) {
      reports.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
    }
    List<TaskStatus> out = new ArrayList<>();
    for (Task t : programme.tasks()) {
      out.add(TaskStates.status(t, reports.getOrDefault(t.id(), List.of()), date, rules, programme.period().start()));
    }
    return new BattleMap(programme, date, out, rules);
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
   * The rules the map was drawn with: the traffic-light thresholds and the escalation ladder.
   *
   * @return the rules
   */
  public DispatchRules rules() {
    return rules;
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
    Objects.requireNonNull(task, "task");
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
   * Counts of statuses per lead unit (牵头单位).
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
   * Counts of statuses per district, county and development zone, over the tasks each takes part in (as lead,
   * responsible or supporting unit): the dispatch view a district's leaders get.
   *
   * @return unit id → status → count, for districts, counties and zones that take part in tasks, in programme order
   */
  public Map<String, Map<Status, Integer>> byDistrict() {
    Map<String, Map<Status, Integer>> out = new LinkedHashMap<>();
    for (Unit u : programme.units()) {
      if (u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY || u.kind() == UnitKind.DEVELOPMENT_ZONE) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (TaskStatus s : tasks) {
          if (s.task().role(u.id()).isPresent()) {
            counts.merge(s.status(), 1, Integer::sum);
          }
        }
        if (!counts.isEmpty()) {
          out.put(u.id(), counts);
        }
      }
    }
    return out;
  }

  /**
   * The tasks a unit takes part in, whatever its role ({@link Task#role(String)} says which).
   *
   * @param unit a unit id
   * @return the statuses of its tasks, in programme order
   */
  public List<TaskStatus> forUnit(String unit) {
    Objects.requireNonNull(unit, "unit");
    List<TaskStatus> out = new ArrayList<>();
    tasks.forEach(s -> {
      if (s.task().role(unit).isPresent()) {
        out.add(s);
      }
    });
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

  @Override
  public boolean equals(Object o) {
    return o instanceof BattleMap && ((BattleMap) o).programme.equals(programme) && ((BattleMap) o).date.equals(date)
        && ((BattleMap) o).tasks.equals(tasks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(programme.id(), date, tasks);
  }
}
