package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a programme's facts into per-unit values that assessment methodologies score: task performance as lead
 * and as responsible unit, ratings received, supervision findings, and the outside evaluation ranks of the
 * indicators a unit leads — plus every observation of the programme's period, under its indicator id.
 *
 * <p>The data set has one period, the programme's (e.g. {@code 2021}), and these columns per unit:
 *
 * <table>
 *   <caption>Derived columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>{@code kind}</td><td>the unit's kind, as a text code ({@code department}, {@code district}…)</td></tr>
 *   <tr><td>{@code lead.tasks}</td><td>tasks the unit leads</td></tr>
 *   <tr><td>{@code lead.on-time-rate}</td><td>% of its led tasks due by the date that were done by their deadline</td></tr>
 *   <tr><td>{@code lead.done-rate}</td><td>% of its led tasks done by the date</td></tr>
 *   <tr><td>{@code lead.milestones-on-time-rate}</td><td>% of the milestones of its led tasks due by the date that a
 *       report on or before the due date showed reached</td></tr>
 *   <tr><td>{@code lead.green-share}</td><td>% of its led tasks done or on track (green or blue) at the date</td></tr>
 *   <tr><td>{@code lead.red}</td><td>led tasks red at the date</td></tr>
 *   <tr><td>{@code resp.tasks}, {@code resp.done-rate}</td><td>tasks it is responsible for, and % done</td></tr>
 *   <tr><td>{@code ratings.mean}, {@code ratings.count}</td><td>ratings it received (mean of all ratings, or of
 *       per-task means when weighting by task)</td></tr>
 *   <tr><td>{@code findings.minor}, {@code findings.general}, {@code findings.serious}</td><td>findings about it by
 *       severity</td></tr>
 *   <tr><td>{@code findings.overdue}</td><td>findings not rectified by their deadline, as of the date</td></tr>
 *   <tr><td>{@code findings.hotline}, {@code findings.hotline-serious}</td><td>12345 complaints and reports; the
 *       serious ones</td></tr>
 *   <tr><td>{@code eval.national-rank}, {@code eval.provincial-rank}, {@code eval.national-score}</td><td>the best
 *       outside-evaluation result among the indicators it leads</td></tr>
 * </table>
 *
 * <p>Rates a unit has nothing to count for (no task due yet) are missing, not 0. Only facts dated on or before the
 * date count.
 */
public final class ProgrammeFacts {

  /** Every derived column; each exists in the data set even when no unit has a value in it. */
  public static final List<String> COLUMNS = List.of("kind", "lead.tasks", "lead.on-time-rate", "lead.done-rate",
      "lead.milestones-on-time-rate", "lead.green-share", "lead.red", "resp.tasks", "resp.done-rate", "ratings.mean",
      "ratings.count", "findings.minor", "findings.general", "findings.serious", "findings.overdue",
      "findings.hotline", "findings.hotline-serious", "eval.national-rank", "eval.provincial-rank",
      "eval.national-score");

  private ProgrammeFacts() {}

  /**
   * The facts as of a date, ratings weighted equally.
   *
   * @param programme the programme
   * @param data its data
   * @param asOf the date
   * @param rules the battle map's thresholds (for {@code lead.green-share} and {@code lead.red})
   * @return the data set
   */
  public static Dataset of(Programme programme, ProgrammeData data, LocalDate asOf, DispatchRules rules) {
    return of(programme, data, asOf, rules, List.of(), false);
  }

  /**
   * The facts as of a date, with extra observations (e.g. a CSV table of district indicators).
   *
   * @param programme the programme
   * @param data its data
   * @param asOf the date
   * @param rules the battle map's thresholds
   * @param extra more observations; those of the programme's period become columns too
   * @param ratingsByTask {@code true} to average each task's ratings first, so every task weighs the same
   * @return the data set
   */
  public static Dataset of(Programme programme, ProgrammeData data, LocalDate asOf, DispatchRules rules,
      List<Observation> extra, boolean ratingsByTask) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    Period period = programme.period();
    Dataset.Builder b = Dataset.builder();
    for (String column : COLUMNS) {
      b.column(period, column);
    }
    BattleMap map = BattleMap.at(programme, data, asOf, rules);
    Map<String, List<ProgressReport>> reports = new HashMap<>();
    for (ProgressReport r : data.progressReports()) {
      reports.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
    }
    for (Unit u : programme.units()) {
      String id = u.id();
      b.unit(period, id);
      b.code(period, id, "kind", u.kind().code());
      int led = 0;
      int due = 0;
      int onTime = 0;
      int done = 0;
      int milestonesDue = 0;
      int milestonesMet = 0;
      int green = 0;
      int red = 0;
      int resp = 0;
      int respDone = 0;
      for (TaskStatus s : map.tasks()) {
        Task t = s.task();
        List<ProgressReport> rs = reports.getOrDefault(t.id(), List.of());
        boolean isDone = s.status() == Status.DONE;
        if (t.lead().equals(id)) {
          led++;
          if (isDone) {
            done++;
          }
          if (!t.deadline().isAfter(asOf)) {
            due++;
            if (BattleMap.reported(rs, t.deadline()) >= 100) {
              onTime++;
            }
          }
          for (Milestone m : t.milestones()) {
            if (!m.due().isAfter(asOf)) {
              milestonesDue++;
              if (BattleMap.reported(rs, m.due()) >= m.plannedProgress()) {
                milestonesMet++;
              }
            }
          }
          if (isDone || s.status() == Status.ON_TRACK || s.status() == Status.APPROACHING) {
            green++;
          }
          if (s.status() == Status.RED) {
            red++;
          }
        } else if (t.responsible().contains(id)) {
          resp++;
          if (isDone) {
            respDone++;
          }
        }
      }
      if (led > 0) {
        b.value(period, id, "lead.tasks", led);
        b.value(period, id, "lead.done-rate", 100.0 * done / led);
        b.value(period, id, "lead.green-share", 100.0 * green / led);
        b.value(period, id, "lead.red", red);
      }
      if (due > 0) {
        b.value(period, id, "lead.on-time-rate", 100.0 * onTime / due);
      }
      if (milestonesDue > 0) {
        b.value(period, id, "lead.milestones-on-time-rate", 100.0 * milestonesMet / milestonesDue);
      }
      if (resp > 0) {
        b.value(period, id, "resp.tasks", resp);
        b.value(period, id, "resp.done-rate", 100.0 * respDone / resp);
      }
    }
    ratings(b, period, data, asOf, ratingsByTask);
    findings(b, period, programme, data, asOf);
    external(b, period, programme, data);
    Set<String> seen = new HashSet<>();
    List<Observation> all = new ArrayList<>(data.observations());
    all.addAll(extra);
    for (Observation o : all) {
      if (o.period().equals(programme.period()) && seen.add(o.unit() + "\u0000" + o.indicator())) {
        if (o.number().isPresent()) {
          b.value(period, o.unit(), o.indicator(), o.number().getAsDouble());
        } else {
          b.code(period, o.unit(), o.indicator(), o.code().orElseThrow());
        }
      }
    }
    return b.build();
  }

  private static void ratings(Dataset.Builder b, Period period, ProgrammeData data, LocalDate asOf, boolean byTask) {
    Map<String, Map<String, double[]>> perUnitTask = new HashMap<>();
    for (Rating r : data.ratings()) {
      if (!r.date().isAfter(asOf)) {
        double[] sumCount = perUnitTask.computeIfAbsent(r.ratee(), k -> new java.util.LinkedHashMap<>())
            .computeIfAbsent(byTask ? r.task() : "all", k -> new double[2]);
        sumCount[0] += r.score();
        sumCount[1]++;
      }
    }
    perUnitTask.forEach((unit, tasks) -> {
      double sum = 0;
      int count = 0;
      int ratings = 0;
      for (double[] sc : tasks.values()) {
        sum += sc[0] / sc[1];
        count++;
        ratings += (int) sc[1];
      }
      b.value(period, unit, "ratings.mean", sum / count);
      b.value(period, unit, "ratings.count", ratings);
    });
  }

  private static void findings(Dataset.Builder b, Period period, Programme p, ProgrammeData data, LocalDate asOf) {
    Map<String, int[]> counts = new HashMap<>();
    for (Finding f : data.findings()) {
      if (f.found().isAfter(asOf)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(f.unit(), k -> new int[6]);
      c[f.severity() == Severity.MINOR ? 0 : f.severity() == Severity.GENERAL ? 1 : 2]++;
      if (!f.rectifiedInTime(asOf)) {
        c[3]++;
      }
      if (f.kind() == FindingKind.HOTLINE_COMPLAINT || f.kind() == FindingKind.HOTLINE_REPORT) {
        c[4]++;
        if (f.severity() == Severity.SERIOUS) {
          c[5]++;
        }
      }
    }
    for (Unit u : p.units()) {
      int[] c = counts.getOrDefault(u.id(), new int[6]);
      b.value(period, u.id(), "findings.minor", c[0]);
      b.value(period, u.id(), "findings.general", c[1]);
      b.value(period, u.id(), "findings.serious", c[2]);
      b.value(period, u.id(), "findings.overdue", c[3]);
      b.value(period, u.id(), "findings.hotline", c[4]);
      b.value(period, u.id(), "findings.hotline-serious", c[5]);
    }
  }

  private static void external(Dataset.Builder b, Period period, Programme p, ProgrammeData data) {
    Map<String, double[]> best = new HashMap<>();
    for (ExternalResult r : data.externalResults()) {
      Indicator ind = p.indicator(r.indicator()).orElse(null);
      if (ind == null || ind.lead().isEmpty() || r.period().end().isBefore(p.period().start())
          || r.period().start().isAfter(p.period().end())) {
        continue;
      }
      double[] v = best.computeIfAbsent(ind.lead().get(), k -> new double[] {Double.NaN, Double.NaN, Double.NaN});
      if (r.level() == ResultLevel.NATIONAL) {
        if (!(v[0] <= r.rank())) {
          v[0] = r.rank();
          v[2] = r.score().orElse(Double.NaN);
        }
      } else if (!(v[1] <= r.rank())) {
        v[1] = r.rank();
      }
    }
    best.forEach((unit, v) -> {
      if (v[0] == v[0]) {
        b.value(period, unit, "eval.national-rank", v[0]);
      }
      if (v[1] == v[1]) {
        b.value(period, unit, "eval.provincial-rank", v[1]);
      }
      if (v[2] == v[2]) {
        b.value(period, unit, "eval.national-score", v[2]);
      }
    });
  }
}
