package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A reform programme (改革工程): the task list of a city benchmarking itself against another, with the
 * areas, units and indicators the tasks refer to, the benchmark, and the period it runs over.
 *
 * <p>Building a programme checks it whole: ids are unique per kind; every area, unit and indicator a task,
 * indicator, member, competence, organiser or benchmark value names is declared; deadlines and milestones fall
 * within {@link #period()}; member units form no cycle. All problems are reported at once, with the JSON pointer
 * each would have in the programme document ({@code /tasks/17/lead}). What is probably wrong but allowed — a
 * lead without the competence for its task, a target worse than its baseline — is listed by
 * {@link #warnings()}.
 */
@Value.Immutable
public abstract class Programme {

  Programme() {}

  /**
   * The programme's id; data documents name it.
   *
   * @return an id in the {@link Ids} alphabet
   */
  public abstract String id();

  /**
   * The programme's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The period the programme runs over; deadlines and milestones fall within it.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The jurisdiction the programme benchmarks against.
   *
   * @return the benchmark
   */
  public abstract Benchmark benchmark();

  /**
   * The areas, in programme order.
   *
   * @return the areas
   */
  public abstract List<Area> areas();

  /**
   * The units that organise the programme (牵头推进单位), e.g. the party committee's reform office (市委改革办)
   * and the development and reform commission (市发改委).
   *
   * @return unit ids, possibly empty
   */
  public abstract List<String> organisers();

  /**
   * The units, in programme order.
   *
   * @return the units
   */
  public abstract List<Unit> units();

  /**
   * The indicators, in programme order.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * The tasks, in programme order.
   *
   * @return the tasks
   */
  public abstract List<Task> tasks();

  /**
   * Finds a unit by id.
   *
   * @param id the unit's id
   * @return the unit, if declared
   */
  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(unitsById().get(id));
  }

  /**
   * Finds a task by id.
   *
   * @param id the task's id
   * @return the task, if declared
   */
  public Optional<Task> task(String id) {
    return Optional.ofNullable(tasksById().get(id));
  }

  /**
   * Finds an indicator by id.
   *
   * @param id the indicator's id
   * @return the indicator, if declared
   */
  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(indicatorsById().get(id));
  }

  /**
   * Finds an area by id.
   *
   * @param id the area's id
   * @return the area, if declared
   */
  public Optional<Area> area(String id) {
    return Optional.ofNullable(areasById().get(id));
  }

  @Value.Lazy
  Map<String, Unit> unitsById() {
    return units().stream().collect(Collectors.toMap(Unit::id, u -> u));
  }

  @Value.Lazy
  Map<String, Task> tasksById() {
    return tasks().stream().collect(Collectors.toMap(Task::id, t -> t));
  }

  @Value.Lazy
  Map<String, Indicator> indicatorsById() {
    return indicators().stream().collect(Collectors.toMap(Indicator::id, t -> t));
  }

  @Value.Lazy
  Map<String, Area> areasById() {
    return areas().stream().collect(Collectors.toMap(Area::id, t -> t));
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableProgramme.Builder builder() {
    return ImmutableProgramme.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.unique("/areas", areas(), Area::id, "area");
    c.unique("/units", units(), Unit::id, "unit");
    c.unique("/indicators", indicators(), Indicator::id, "indicator");
    c.unique("/tasks", tasks(), Task::id, "task");
    Set<String> areaIds = areas().stream().map(Area::id).collect(Collectors.toSet());
    Set<String> unitIds = units().stream().map(Unit::id).collect(Collectors.toSet());
    Set<String> indicatorIds = indicators().stream().map(Indicator::id).collect(Collectors.toSet());

    for (int i = 0; i < organisers().size(); i++) {
      ref(c, "/organisers/" + i, "unit", organisers().get(i), unitIds, "/units");
    }
    for (int i = 0; i < areas().size(); i++) {
      int j = 0;
      for (String ind : areas().get(i).serves()) {
        ref(c, "/areas/" + i + "/serves/" + j++, "indicator", ind, indicatorIds, "/indicators");
      }
    }
    for (int i = 0; i < units().size(); i++) {
      int j = 0;
      for (String a : units().get(i).competences()) {
        ref(c, "/units/" + i + "/competences/" + j++, "area", a, areaIds, "/areas");
      }
    }
    for (int i = 0; i < units().size(); i++) {
      List<Member> members = units().get(i).members();
      for (int j = 0; j < members.size(); j++) {
        ref(c, "/units/" + i + "/members/" + j + "/unit", "unit", members.get(j).unit(), unitIds, "/units");
      }
    }
    memberCycles(c);
    for (int i = 0; i < indicators().size(); i++) {
      String path = "/indicators/" + i;
      indicators().get(i).area().ifPresent(a -> ref(c, path + "/area", "area", a, areaIds, "/areas"));
      indicators().get(i).lead().ifPresent(u -> ref(c, path + "/lead", "unit", u, unitIds, "/units"));
    }
    for (String k : benchmark().values().keySet()) {
      ref(c, "/benchmark/values/" + k, "indicator", k, indicatorIds, "/indicators");
    }
    for (String k : benchmark().standards().keySet()) {
      ref(c, "/benchmark/standards/" + k, "indicator", k, indicatorIds, "/indicators");
    }
    for (int i = 0; i < tasks().size(); i++) {
      Task t = tasks().get(i);
      String p = "/tasks/" + i;
      ref(c, p + "/area", "area", t.area(), areaIds, "/areas");
      ref(c, p + "/lead", "unit", t.lead(), unitIds, "/units");
      int j = 0;
      for (String r : t.responsible()) {
        ref(c, p + "/responsible/" + j++, "unit", r, unitIds, "/units");
      }
      j = 0;
      for (String r : t.supporting()) {
        ref(c, p + "/supporting/" + j++, "unit", r, unitIds, "/units");
      }
      t.measure().ifPresent(m -> ref(c, p + "/measure/indicator", "indicator", m.indicator(), indicatorIds,
          "/indicators"));
      if (!period().contains(t.deadline())) {
        c.add(Problem.OUT_OF_PERIOD, p + "/deadline",
            "deadline " + t.deadline() + " is outside the programme period " + period());
      }
      for (int k = 0; k < t.milestones().size(); k++) {
        Milestone m = t.milestones().get(k);
        if (!period().contains(m.due())) {
          c.add(Problem.OUT_OF_PERIOD, p + "/milestones/" + k + "/due",
              "milestone due " + m.due() + " is outside the programme period " + period());
        }
      }
    }
    c.throwIfAny("Programme " + Checks.quote(id()));
  }

  /**
   * What is probably wrong but allowed: a task led by a unit that declares competences but not the task's area
   * ({@link Problem#COMPETENCE}); a measure whose target is worse than its baseline, by the indicator's
   * direction, with no {@link Measure#worseningReason()} ({@link Problem#TARGET_WORSENS}).
   *
   * @return the warnings, in task order, with JSON pointers; empty when there are none
   */
  public List<Problem> warnings() {
    Checks c = new Checks();
    for (int i = 0; i < tasks().size(); i++) {
      Task t = tasks().get(i);
      String p = "/tasks/" + i;
      Unit lead = unitsById().get(t.lead());
      if (lead != null && !lead.competences().isEmpty() && !lead.competences().contains(t.area())) {
        c.add(Problem.COMPETENCE, p + "/lead", "unit " + Checks.quote(t.lead()) + " leads task " + Checks.quote(t.id())
            + " in area " + Checks.quote(t.area()) + ", which is not among its competences " + lead.competences());
      }
      if (t.measure().isPresent() && t.measure().get().worseningReason().isEmpty()) {
        Measure m = t.measure().get();
        Indicator ind = indicatorsById().get(m.indicator());
        if (ind != null) {
          boolean worse = ind.direction() == Direction.LOWER_IS_BETTER ? m.target() > m.baseline()
              : m.target() < m.baseline();
          if (worse) {
            c.add(Problem.TARGET_WORSENS, p + "/measure/target", "target " + Checks.fmt(m.target()) + " of task "
                + Checks.quote(t.id()) + " is worse than its baseline " + Checks.fmt(m.baseline()) + " ("
                + ind.direction().code() + "); give a worseningReason if that is meant");
          }
        }
      }
    }
    return List.copyOf(c.problems());
  }

  private void memberCycles(Checks c) {
    Map<String, List<String>> edges = new HashMap<>();
    for (Unit u : units()) {
      edges.put(u.id(), u.members().stream().map(Member::unit).collect(Collectors.toList()));
    }
    Set<String> done = new HashSet<>();
    for (int i = 0; i < units().size(); i++) {
      String start = units().get(i).id();
      if (reaches(edges, start, start, new HashSet<>()) && done.add(start)) {
        c.add(Problem.INCONSISTENT, "/units/" + i + "/members",
            "unit " + Checks.quote(start) + " is, through its members, a member of itself");
      }
    }
  }

  private static boolean reaches(Map<String, List<String>> edges, String from, String target, Set<String> seen) {
    for (String next : edges.getOrDefault(from, List.of())) {
      if (next.equals(target)) {
        return true;
      }
      if (seen.add(next) && reaches(edges, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  static void ref(Checks c, String path, String kind, String id, Set<String> declared, String where) {
    if (!declared.contains(id)) {
      c.add(Problem.UNKNOWN_REFERENCE, path, kind + " " + Checks.quote(id) + " is not declared in " + where);
    }
  }
}
