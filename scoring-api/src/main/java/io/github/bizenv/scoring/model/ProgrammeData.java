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
 * recognitions of its reforms, outside evaluation results and indicator observations.
 *
 * <p>Building one checks what can be checked alone (finding and recognition ids are unique; the findings of one
 * matter are about one unit; a unit reports on a task once a date, a lead rates a responsible unit for a task once a
 * date, an outside result is given once per level, unit, indicator and period, and each (unit, indicator, period) is
 * observed at most once).
 * {@link #problemsAgainst(Programme)} checks the rest against the programme the data belongs to: every task,
 * unit, area and indicator named is declared there, dates fall in its period, progress comes from a task's lead
 * or responsible units (as a step for a task that needs legal authorisation, as a percentage otherwise),
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
   * Recognitions of the programme's reforms (首创, 复制推广), in document order.
   *
   * @return the recognitions
   */
  public abstract List<Recognition> recognitions();

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
    c.unique("/recognitions", recognitions(), Recognition::id, "recognition");
    Map<String, String> matterUnit = new HashMap<>();
    for (int i = 0; i < findings().size(); i++) {
      Finding f = findings().get(i);
      if (f.matter().isPresent()) {
        String first = matterUnit.putIfAbsent(f.matter().get(), f.unit());
        if (first != null && !first.equals(f.unit())) {
          c.add(Problem.INCONSISTENT, "/findings/" + i + "/matter", "matter " + Checks.quote(f.matter().get())
              + " is about unit " + Checks.quote(first) + ", but finding " + Checks.quote(f.id()) + " is about "
              + Checks.quote(f.unit()) + "; one matter concerns one unit");
        }
      }
    }
    Map<String, Integer> reports = new HashMap<>();
    for (int i = 0; i < progressReports().size(); i++) {
      ProgressReport r = progressReports().get(i);
      Integer first = reports.putIfAbsent(r.task() + "\u0000" + r.unit() + "\u0000" + r.date(), i);
      if (first != null) {
        c.add(Problem.DUPLICATE_ID, "/progressReports/" + i, "unit " + Checks.quote(r.unit()) + " reports on task "
            + Checks.quote(r.task()) + " at " + r.date() + " twice (first in /progressReports/" + first
            + "); one report per task, unit and date");
      }
    }
    Map<String, Integer> rated = new HashMap<>();
    for (int i = 0; i < ratings().size(); i++) {
      Rating r = ratings().get(i);
      Integer first = rated.putIfAbsent(r.task() + "\u0000" + r.rater() + "\u0000" + r.ratee() + "\u0000" + r.date(), i);
      if (first != null) {
        c.add(Problem.DUPLICATE_ID, "/ratings/" + i, "unit " + Checks.quote(r.rater()) + " rates "
            + Checks.quote(r.ratee()) + " for task " + Checks.quote(r.task()) + " at " + r.date()
            + " twice (first in /ratings/" + first + "); one rating per task, units and date");
      }
    }
    Map<String, Integer> results = new HashMap<>();
    for (int i = 0; i < externalResults().size(); i++) {
      ExternalResult r = externalResults().get(i);
      Integer first = results.putIfAbsent(r.level() + "\u0000" + r.unit() + "\u0000" + r.indicator() + "\u0000"
          + r.period(), i);
      if (first != null) {
        c.add(Problem.DUPLICATE_ID, "/externalResults/" + i, r.level().code() + " result of unit "
            + Checks.quote(r.unit()) + " in indicator " + Checks.quote(r.indicator()) + " for " + r.period()
            + " is given twice (first in /externalResults/" + first + "); one result per level, unit, indicator and "
            + "period");
      }
    }
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
    for (int i = 0; i < progressReports().size(); i++) {
      check(c, progressReports().get(i), p, "/progressReports/" + i);
    }
    for (int i = 0; i < ratings().size(); i++) {
      check(c, ratings().get(i), p, "/ratings/" + i);
    }
    for (int i = 0; i < findings().size(); i++) {
      check(c, findings().get(i), p, "/findings/" + i);
    }
    for (int i = 0; i < recognitions().size(); i++) {
      check(c, recognitions().get(i), p, "/recognitions/" + i);
    }
    for (int i = 0; i < externalResults().size(); i++) {
      check(c, externalResults().get(i), p, "/externalResults/" + i);
    }
    for (int i = 0; i < observations().size(); i++) {
      check(c, observations().get(i), p, "/observations/" + i);
    }
    return c.problems();
  }

  /**
   * Checks one progress report against a programme: its task and unit are declared, the unit is the task's lead or
   * a responsible unit, the date is in the period, and it gives a step for a task that needs legal authorisation
   * and a percentage otherwise.
   *
   * @param r the report
   * @param p the programme
   * @return the problems, paths relative to the report; empty when it fits
   */
  public static List<Problem> problemsOf(ProgressReport r, Programme p) {
    Checks c = new Checks();
    check(c, r, p, "");
    return c.problems();
  }

  /**
   * Checks one rating against a programme: its task and units are declared, it goes from the task's lead to one of
   * its responsible units, the date is in the period.
   *
   * @param r the rating
   * @param p the programme
   * @return the problems, paths relative to the rating; empty when it fits
   */
  public static List<Problem> problemsOf(Rating r, Programme p) {
    Checks c = new Checks();
    check(c, r, p, "");
    return c.problems();
  }

  /**
   * Checks one finding against a programme: its unit, task and area are declared, the date is in the period.
   *
   * @param f the finding
   * @param p the programme
   * @return the problems, paths relative to the finding; empty when it fits
   */
  public static List<Problem> problemsOf(Finding f, Programme p) {
    Checks c = new Checks();
    check(c, f, p, "");
    return c.problems();
  }

  /**
   * Checks one recognition against a programme: its unit and task are declared, the date is in the period.
   *
   * @param r the recognition
   * @param p the programme
   * @return the problems, paths relative to the recognition; empty when it fits
   */
  public static List<Problem> problemsOf(Recognition r, Programme p) {
    Checks c = new Checks();
    check(c, r, p, "");
    return c.problems();
  }

  /**
   * Checks one outside result against a programme: its unit and indicator are declared.
   *
   * @param r the result
   * @param p the programme
   * @return the problems, paths relative to the result; empty when it fits
   */
  public static List<Problem> problemsOf(ExternalResult r, Programme p) {
    Checks c = new Checks();
    check(c, r, p, "");
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
    Checks c = new Checks();
    check(c, o, p, "");
    return c.problems();
  }

  private static void unit(Checks c, Programme p, String path, String id) {
    if (p.unit(id).isEmpty()) {
      c.add(Problem.UNKNOWN_REFERENCE, path, "unit " + Checks.quote(id) + " is not declared in the programme's units");
    }
  }

  private static Optional<Task> task(Checks c, Programme p, String path, String id) {
    Optional<Task> t = p.task(id);
    if (t.isEmpty()) {
      c.add(Problem.UNKNOWN_REFERENCE, path, "task " + Checks.quote(id) + " is not declared in the programme's tasks");
    }
    return t;
  }

  private static void check(Checks c, ProgressReport r, Programme p, String path) {
    Optional<Task> task = task(c, p, path + "/task", r.task());
    unit(c, p, path + "/unit", r.unit());
    inPeriod(c, p, path + "/date", r.date());
    task.ifPresent(t -> {
      if (p.unit(r.unit()).isPresent() && !t.lead().equals(r.unit()) && !t.responsible().contains(r.unit())) {
        c.add(Problem.INCONSISTENT, path + "/unit", "unit " + Checks.quote(r.unit())
            + " is neither the lead nor a responsible unit of task " + Checks.quote(t.id()));
      }
      if (t.legalAuthorisation() && r.step().isEmpty()) {
        c.add(Problem.INCONSISTENT, path + "/progress", "task " + Checks.quote(t.id()) + " needs legal "
            + "authorisation, so its progress is reported as a step (application-submitted, authorisation-granted, "
            + "implemented), not a percentage");
      }
      if (!t.legalAuthorisation() && r.step().isPresent()) {
        c.add(Problem.INCONSISTENT, path + "/step", "task " + Checks.quote(t.id()) + " needs no legal "
            + "authorisation, so its progress is reported as a percentage, not the step " + r.step().get().code());
      }
    });
  }

  private static void check(Checks c, Rating r, Programme p, String path) {
    Optional<Task> task = task(c, p, path + "/task", r.task());
    unit(c, p, path + "/rater", r.rater());
    unit(c, p, path + "/ratee", r.ratee());
    inPeriod(c, p, path + "/date", r.date());
    task.ifPresent(t -> {
      if (p.unit(r.rater()).isPresent() && !t.lead().equals(r.rater())) {
        c.add(Problem.INCONSISTENT, path + "/rater", "unit " + Checks.quote(r.rater())
            + " is not the lead of task " + Checks.quote(t.id()) + " (" + Checks.quote(t.lead())
            + "), so it cannot rate for it");
      }
      if (p.unit(r.ratee()).isPresent() && !t.responsible().contains(r.ratee())) {
        c.add(Problem.INCONSISTENT, path + "/ratee", "unit " + Checks.quote(r.ratee())
            + " is not a responsible unit of task " + Checks.quote(t.id())
            + (t.supporting().contains(r.ratee()) ? " (it is a supporting unit, which is not rated)" : ""));
      }
    });
  }

  private static void check(Checks c, Finding f, Programme p, String path) {
    unit(c, p, path + "/unit", f.unit());
    f.task().ifPresent(t -> task(c, p, path + "/task", t));
    f.area().ifPresent(a -> {
      if (p.area(a).isEmpty()) {
        c.add(Problem.UNKNOWN_REFERENCE, path + "/area", "area " + Checks.quote(a)
            + " is not declared in the programme's areas");
      }
    });
    inPeriod(c, p, path + "/found", f.found());
  }

  private static void check(Checks c, Recognition r, Programme p, String path) {
    unit(c, p, path + "/unit", r.unit());
    r.task().ifPresent(t -> task(c, p, path + "/task", t));
    inPeriod(c, p, path + "/date", r.date());
  }

  private static void check(Checks c, ExternalResult r, Programme p, String path) {
    unit(c, p, path + "/unit", r.unit());
    if (p.indicator(r.indicator()).isEmpty()) {
      c.add(Problem.UNKNOWN_REFERENCE, path + "/indicator", "indicator " + Checks.quote(r.indicator())
          + " is not declared in the programme's indicators");
    }
  }

  private static void check(Checks c, Observation o, Programme p, String path) {
    unit(c, p, path + "/unit", o.unit());
    Optional<Indicator> indicator = p.indicator(o.indicator());
    if (indicator.isEmpty()) {
      c.add(Problem.UNKNOWN_REFERENCE, path + "/indicator", "indicator " + Checks.quote(o.indicator())
          + " is not declared in the programme's indicators");
    } else if (o.code().isPresent() && !indicator.get().textCodes().contains(o.code().get())) {
      Set<String> codes = indicator.get().textCodes();
      c.add(Problem.WRONG_TYPE, path + "/value", "value " + Checks.quote(o.code().get()) + " is neither a number nor "
          + (codes.isEmpty() ? "a text code (indicator " + Checks.quote(o.indicator()) + " declares none)"
              : "a text code of indicator " + Checks.quote(o.indicator()) + " " + codes));
    }
  }

  private static void inPeriod(Checks c, Programme p, String path, LocalDate d) {
    if (!p.period().contains(d)) {
      c.add(Problem.OUT_OF_PERIOD, path, "date " + d + " is outside the programme period " + p.period());
    }
  }
}
