package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The benchmark gap analysis of a programme (对标分析): each task classed A (worse than the benchmark: close the
 * gap), B (at or better, within a relative tolerance: widen the lead) or C (declared, needs legal
 * authorisation), with its gap, the targets that contradict their class, and summaries by area and lead unit.
 * Immutable.
 */
public final class GapAnalysis {

  private final Programme programme;
  private final double tolerance;
  private final List<TaskGap> tasks;

  private GapAnalysis(Programme programme, double tolerance) {
    this.programme = programme;
    this.tolerance = tolerance;
    List<TaskGap> out = new ArrayList<>();
    for (Task t : programme.tasks()) {
      out.add(gap(t));
    }
    this.tasks = Collections.unmodifiableList(out);
  }

  /**
   * Analyses a programme with no tolerance: a baseline equal to the benchmark is B, anything worse is A.
   *
   * @param programme the programme
   * @return the analysis
   */
  public static GapAnalysis of(Programme programme) {
    return of(programme, 0);
  }

  /**
   * Analyses a programme.
   *
   * @param programme the programme
   * @param tolerance a baseline worse than the benchmark by at most {@code tolerance × |benchmark|} still counts
   *     as B; at least 0
   * @return the analysis
   */
  public static GapAnalysis of(Programme programme, double tolerance) {
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance " + tolerance + " must be at least 0");
    }
    return new GapAnalysis(Objects.requireNonNull(programme, "programme"), tolerance);
  }

  private boolean lowerIsBetter(Measure m) {
    return programme.indicator(m.indicator()).orElseThrow().direction() == Direction.LOWER_IS_BETTER;
  }

  /** How much worse {@code a} is than {@code b} by the indicator's direction (negative when better). */
  private double worseBy(Measure m, double a, double b) {
    return lowerIsBetter(m) ? a - b : b - a;
  }

  private TaskGap gap(Task t) {
    Optional<TaskClass> computed = Optional.empty();
    OptionalDouble gap = OptionalDouble.empty();
    OptionalDouble relative = OptionalDouble.empty();
    Optional<String> contradiction = Optional.empty();
    if (t.measure().isPresent()) {
      Measure m = t.measure().get();
      double g = worseBy(m, m.baseline(), m.benchmark());
      gap = OptionalDouble.of(g);
      if (m.benchmark() != 0) {
        relative = OptionalDouble.of(g / Math.abs(m.benchmark()));
      }
      computed = Optional.of(g > tolerance * Math.abs(m.benchmark()) ? TaskClass.A : TaskClass.B);
    }
    Optional<TaskClass> fromMeasure = computed;
    Optional<TaskClass> effective = t.declaredClass().map(d -> d.taskClass()).or(() -> fromMeasure);
    if (t.measure().isPresent() && effective.isPresent()) {
      Measure m = t.measure().get();
      if (effective.get() == TaskClass.A && worseBy(m, m.target(), m.benchmark()) > 0) {
        contradiction = Optional.of("class A: the target " + fmt(m.target()) + " does not reach the benchmark "
            + fmt(m.benchmark()));
      } else if (effective.get() == TaskClass.B && worseBy(m, m.target(), m.benchmark()) >= 0) {
        contradiction = Optional.of("class B: the target " + fmt(m.target()) + " does not improve on the benchmark "
            + fmt(m.benchmark()));
      }
    }
    return new TaskGap(t, computed, effective, gap, relative, contradiction);
  }

  /**
   * The programme analysed.
   *
   * @return the programme
   */
  public Programme programme() {
    return programme;
  }

  /**
   * The relative tolerance for class B.
   *
   * @return the tolerance
   */
  public double tolerance() {
    return tolerance;
  }

  /**
   * Every task, in programme order.
   *
   * @return the tasks' gaps
   */
  public List<TaskGap> tasks() {
    return tasks;
  }

  /**
   * The tasks whose target contradicts their class.
   *
   * @return those tasks, in programme order
   */
  public List<TaskGap> contradictions() {
    List<TaskGap> out = new ArrayList<>();
    tasks.forEach(t -> t.contradiction().ifPresent(c -> out.add(t)));
    return out;
  }

  /**
   * Counts of tasks per class and area.
   *
   * @return area id → class → count, areas in programme order
   */
  public Map<String, Map<TaskClass, Integer>> byArea() {
    Map<String, Map<TaskClass, Integer>> out = new LinkedHashMap<>();
    programme.areas().forEach(a -> out.put(a.id(), new EnumMap<>(TaskClass.class)));
    for (TaskGap g : tasks) {
      g.taskClass().ifPresent(c -> out.get(g.task().area()).merge(c, 1, Integer::sum));
    }
    return out;
  }

  /**
   * Counts of tasks per class and lead unit.
   *
   * @return unit id → class → count, units in programme order
   */
  public Map<String, Map<TaskClass, Integer>> byLead() {
    Map<String, Map<TaskClass, Integer>> out = new LinkedHashMap<>();
    programme.units().forEach(u -> out.put(u.id(), new EnumMap<>(TaskClass.class)));
    for (TaskGap g : tasks) {
      g.taskClass().ifPresent(c -> out.get(g.task().lead()).merge(c, 1, Integer::sum));
    }
    out.values().removeIf(Map::isEmpty);
    return out;
  }

  /**
   * The A tasks whose gap was closed by a date: the unit's latest observation of the task's indicator, in a period
   * ending on or before the date, is at or better than the benchmark.
   *
   * @param data observations of the programme
   * @param unit the unit whose values are measured (usually the city)
   * @param date the date
   * @return those tasks, in programme order
   * @throws ValidationException if the data is another programme's, the unit is not declared, or the unit has no
   *     value of any measured task's indicator by the date (then no gap could be told closed, and "none" would mislead)
   */
  public List<TaskGap> closedBy(ProgrammeData data, String unit, LocalDate date) {
    measured(data, unit, date);
    List<TaskGap> out = new ArrayList<>();
    for (TaskGap g : tasks) {
      if (g.taskClass().orElse(null) == TaskClass.A && g.task().measure().isPresent()) {
        Measure m = g.task().measure().get();
        OptionalDouble v = latest(data, unit, m.indicator(), date);
        if (v.isPresent() && worseBy(m, v.getAsDouble(), m.benchmark()) <= 0) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /**
   * The B tasks that widened their lead by a date: the unit's latest value is better than the baseline.
   *
   * @param data observations of the programme
   * @param unit the unit whose values are measured
   * @param date the date
   * @return those tasks, in programme order
   * @throws ValidationException as {@link #closedBy}
   */
  public List<TaskGap> widenedBy(ProgrammeData data, String unit, LocalDate date) {
    measured(data, unit, date);
    List<TaskGap> out = new ArrayList<>();
    for (TaskGap g : tasks) {
      if (g.taskClass().orElse(null) == TaskClass.B && g.task().measure().isPresent()) {
        Measure m = g.task().measure().get();
        OptionalDouble v = latest(data, unit, m.indicator(), date);
        if (v.isPresent() && worseBy(m, v.getAsDouble(), m.baseline()) < 0) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /**
   * Checks that the data is this programme's, the unit is declared, and the unit has a value of at least one measured
   * task's indicator by the date.
   */
  private void measured(ProgrammeData data, String unit, LocalDate date) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(date, "date");
    String source = "gap analysis of programme \"" + programme.id() + "\"";
    if (!data.programme().equals(programme.id())) {
      throw new ValidationException(source, List.of(Problem.of(Problem.UNKNOWN_REFERENCE, "/programme",
          "data is for programme \"" + data.programme() + "\", not \"" + programme.id() + "\"")));
    }
    if (programme.unit(unit).isEmpty()) {
      throw new ValidationException(source, List.of(Problem.of(Problem.UNKNOWN_REFERENCE, "/units",
          "unit \"" + unit + "\" is not declared in the programme's units")));
    }
    java.util.Set<String> indicators = new java.util.TreeSet<>();
    for (Task t : programme.tasks()) {
      t.measure().ifPresent(m -> indicators.add(m.indicator()));
    }
    if (indicators.isEmpty()) {
      return; // no task is measured: nothing to close or widen
    }
    for (String indicator : indicators) {
      if (latest(data, unit, indicator, date).isPresent()) {
        return;
      }
    }
    List<String> some = new ArrayList<>(indicators).subList(0, Math.min(5, indicators.size()));
    String named = indicators.size() <= 5 ? some.toString()
        : some.toString().replace("]", ", … (" + indicators.size() + " in all)]");
    throw new ValidationException(source, List.of(Problem.of(Problem.MISSING_DATA, "/observations",
        "unit \"" + unit + "\" has no observation of any measured task's indicator " + named + " by " + date
            + "; without one no gap can be told closed or a lead widened")));
  }

  private static OptionalDouble latest(ProgrammeData data, String unit, String indicator, LocalDate date) {
    Observation best = null;
    for (Observation o : data.observations()) {
      if (o.unit().equals(unit) && o.indicator().equals(indicator) && o.number().isPresent()
          && !o.period().end().isAfter(date) && (best == null || o.period().end().isAfter(best.period().end()))) {
        best = o;
      }
    }
    return best == null ? OptionalDouble.empty() : best.number();
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
