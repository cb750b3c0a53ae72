package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What is gathered about a programme while it runs: progress reports, ratings, supervision findings,
 * outside evaluation results and indicator observations.
 *
 * <p>Building one checks what can be checked alone (finding ids are unique; each (unit, indicator, period)
 * is observed at most once). {@link #problemsAgainst(Programme)} checks the rest against the programme the
 * data belongs to: every task, unit, area and indicator named is declared there, dates fall in its period,
 * ratings go from a task's lead to its responsible units, text codes are declared by their indicator.
 */
@Value.Immutable
public abstract class ProgrammeData {

  ProgrammeData() {}

  /**
   * The programme this data belongs to.
   *
   * @return the programme's id
   */
  public abstract String programme();

  /**
   * Progress reports, in document order.
   *
   * @return the reports
   */
  public abstract List<ProgressReport> progressReports();

  /**
   * Ratings, in document order.
   *
   * @return the ratings
   */
  public abstract List<Rating> ratings();

  /**
   * Supervision findings, in document order.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Outside evaluation results, in document order.
   *
   * @return the results
   */
  public abstract List<ExternalResult> externalResults();

  /**
   * Indicator observations, in document order.
   *
   * @return the observations
   */
  public abstract List<Observation> observations();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableProgrammeData.Builder builder() {
    return ImmutableProgrammeData.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/programme", programme());
    c.unique("/findings", findings(), Finding::id, "finding");
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < observations().size(); i++) {
      Observation o = observations().get(i);
      String key = o.unit() + "\u0000" + o.indicator() + "\u0000" + o.period();
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        c.add(Problem.DUPLICATE_ID, "/observations/" + i, "unit " + Checks.quote(o.unit()) + ", indicator "
            + Checks.quote(o.indicator()) + ", period " + o.period() + " is observed more than once");
      }
    }
    c.throwIfAny("ProgrammeData for " + Checks.quote(programme()));
  }

  /**
   * Checks this data against its programme.
   *
   * @param p the programme the data belongs to
   * @return every problem found, with JSON pointers into the data document; empty when the data fits
   */
  public List<Problem> problemsAgainst(Programme p) {
    Checks c = new Checks();
    if (!p.id().equals(programme())) {
      c.add(Problem.UNKNOWN_REFERENCE, "/programme", "data is for programme " + Checks.quote(programme())
          + ", not " + Checks.quote(p.id()));
    }
    Set<String> units = p.units().stream().map(Unit::id).collect(Collectors.toSet());
    Set<String> tasks = p.tasks().stream().map(Task::id).collect(Collectors.toSet());
    Set<String> areas = p.areas().stream().map(Area::id).collect(Collectors.toSet());
    Set<String> indicators = p.indicators().stream().map(Indicator::id).collect(Collectors.toSet());

    for (int i = 0; i < progressReports().size(); i++) {
      ProgressReport r = progressReports().get(i);
      String path = "/progressReports/" + i;
      Programme.ref(c, path + "/task", "task", r.task(), tasks, "the programme's tasks");
      Programme.ref(c, path + "/unit", "unit", r.unit(), units, "the programme's units");
      inPeriod(c, p, path + "/date", r.date());
      p.task(r.task()).ifPresent(t -> {
        if (!t.lead().equals(r.unit()) && !t.responsible().contains(r.unit())) {
          c.add(Problem.INCONSISTENT, path + "/unit", "unit " + Checks.quote(r.unit())
              + " is neither the lead nor a responsible unit of task " + Checks.quote(t.id()));
        }
      });
    }
    for (int i = 0; i < ratings().size(); i++) {
      Rating r = ratings().get(i);
      String path = "/ratings/" + i;
      Programme.ref(c, path + "/task", "task", r.task(), tasks, "the programme's tasks");
      Programme.ref(c, path + "/rater", "unit", r.rater(), units, "the programme's units");
      Programme.ref(c, path + "/ratee", "unit", r.ratee(), units, "the programme's units");
      inPeriod(c, p, path + "/date", r.date());
      p.task(r.task()).ifPresent(t -> {
        if (!t.lead().equals(r.rater())) {
          c.add(Problem.INCONSISTENT, path + "/rater", "unit " + Checks.quote(r.rater())
              + " is not the lead of task " + Checks.quote(t.id()) + " (" + Checks.quote(t.lead())
              + "), so it cannot rate for it");
        }
        if (!t.responsible().contains(r.ratee())) {
          c.add(Problem.INCONSISTENT, path + "/ratee", "unit " + Checks.quote(r.ratee())
              + " is not a responsible unit of task " + Checks.quote(t.id()));
        }
      });
    }
    for (int i = 0; i < findings().size(); i++) {
      Finding f = findings().get(i);
      String path = "/findings/" + i;
      Programme.ref(c, path + "/unit", "unit", f.unit(), units, "the programme's units");
      f.task().ifPresent(t -> Programme.ref(c, path + "/task", "task", t, tasks, "the programme's tasks"));
      f.area().ifPresent(a -> Programme.ref(c, path + "/area", "area", a, areas, "the programme's areas"));
      inPeriod(c, p, path + "/found", f.found());
    }
    for (int i = 0; i < externalResults().size(); i++) {
      ExternalResult r = externalResults().get(i);
      String path = "/externalResults/" + i;
      Programme.ref(c, path + "/unit", "unit", r.unit(), units, "the programme's units");
      Programme.ref(c, path + "/indicator", "indicator", r.indicator(), indicators,
          "the programme's indicators");
    }
    for (int i = 0; i < observations().size(); i++) {
      String path = "/observations/" + i;
      for (Problem x : problemsOf(observations().get(i), p, units)) {
        c.addAll(List.of(x.under(path)));
      }
    }
    return c.problems();
  }

  /**
   * Checks one observation against a programme; paths are relative to the observation.
   *
   * @param o the observation
   * @param p the programme
   * @return the problems, empty when the observation fits
   */
  public static List<Problem> problemsOf(Observation o, Programme p) {
    return problemsOf(o, p, p.units().stream().map(Unit::id).collect(Collectors.toSet()));
  }

  private static List<Problem> problemsOf(Observation o, Programme p, Set<String> units) {
    Checks c = new Checks();
    Programme.ref(c, "/unit", "unit", o.unit(), units, "the programme's units");
    Optional<Indicator> indicator = p.indicator(o.indicator());
    if (indicator.isEmpty()) {
      c.add(Problem.UNKNOWN_REFERENCE, "/indicator", "indicator " + Checks.quote(o.indicator())
          + " is not declared in the programme's indicators");
    } else if (o.code().isPresent() && !indicator.get().textCodes().contains(o.code().get())) {
      Set<String> codes = indicator.get().textCodes();
      c.add(Problem.WRONG_TYPE, "/value", "value " + Checks.quote(o.code().get()) + " is neither a number nor "
          + (codes.isEmpty() ? "a text code (indicator " + Checks.quote(o.indicator()) + " declares none)"
              : "a text code of indicator " + Checks.quote(o.indicator()) + " " + codes));
    }
    return c.problems();
  }

  private static void inPeriod(Checks c, Programme p, String path, LocalDate d) {
    if (!p.period().contains(d)) {
      c.add(Problem.OUT_OF_PERIOD, path, "date " + d + " is outside the programme period " + p.period());
    }
  }
}
