package io.github.bizenv.scoring.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.ImmutableTask;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workflow's mechanisms on a small programme whose numbers are worked out by hand. */
class WorkflowTest {

  static final LocalizedText T = LocalizedText.zhOnly("任务");

  static LocalDate d(int month, int day) {
    return LocalDate.of(2021, month, day);
  }

  static Milestone m(int month, int day, double planned) {
    return Milestone.builder().due(d(month, day)).plannedProgress(planned).description(T).build();
  }

  static ImmutableTask.Builder task(String id, String lead, LocalDate deadline) {
    return Task.builder().id(id).area("sb").description(T).lead(lead).deadline(deadline);
  }

  static Measure measure(String indicator, double baseline, double benchmark, double target) {
    return Measure.builder().indicator(indicator).baseline(baseline).benchmark(benchmark).target(target).build();
  }

  /** Days (lower is better, Shenzhen 1) and online rate (higher is better, Shenzhen 100). */
  static final Programme P = Programme.builder().id("p").name(T).period(Period.year(2021))
      .benchmark(Benchmark.builder().jurisdiction(LocalizedText.zhOnly("深圳市")).build())
      .addAreas(Area.of("sb", T), Area.of("gs", T))
      .addUnit(Unit.builder().id("city").name(T).kind(UnitKind.CITY).build())
      .addUnit(Unit.builder().id("amr").name(T).kind(UnitKind.DEPARTMENT).head(LocalizedText.zhOnly("张局长")).build())
      .addUnit(Unit.builder().id("gsd").name(T).kind(UnitKind.DEPARTMENT).build())
      .addUnit(Unit.builder().id("dc").name(T).kind(UnitKind.DISTRICT).build())
      .addIndicator(Indicator.builder().id("days").name(T).measurementUnit("days").direction(Direction.LOWER_IS_BETTER)
          .build())
      .addIndicator(Indicator.builder().id("online").name(T).measurementUnit("%")
          .direction(Direction.HIGHER_IS_BETTER).build())
      .addIndicator(Indicator.builder().id("eval-sb").name(T).measurementUnit("points")
          .direction(Direction.HIGHER_IS_BETTER).lead("amr").build())
      .addTask(task("T1", "amr", d(6, 30)).measure(measure("days", 3, 1, 1)).addResponsible("dc")
          .addMilestones(m(3, 31, 50), m(6, 30, 100)).build())
      // B: at the benchmark; the target does not improve on it — a contradiction
      .addTask(task("T2", "amr", d(12, 31)).area("gs").measure(measure("online", 100, 100, 100)).addResponsible("dc")
          .addMilestones(m(6, 30, 40), m(12, 31, 100)).build())
      // A, but the target stops short of the benchmark
      .addTask(task("T3", "gsd", d(9, 30)).measure(measure("days", 5, 1, 3)).addResponsible("dc", "amr")
          .addMilestones(m(3, 31, 30), m(6, 30, 60), m(9, 30, 100)).build())
      // computed A (95 < 100 online), declared B with a reason; within a 10 % tolerance it would be B anyway
      .addTask(task("T4", "gsd", d(12, 31)).area("gs").measure(measure("online", 95, 100, 100))
          .declaredClass(DeclaredClass.of(TaskClass.B, LocalizedText.zhOnly("口径差异"))).build())
      .addTask(task("T5", "gsd", d(12, 31)).declaredClass(DeclaredClass.of(TaskClass.C, T)).legalAuthorisation(true)
          .build())
      .build();

  static ProgressReport r(String task, String unit, LocalDate date, double progress) {
    return ProgressReport.builder().task(task).unit(unit).date(date).progress(progress).build();
  }

  static final ProgrammeData D = ProgrammeData.builder().programme("p")
      .addProgressReports(r("T1", "amr", d(3, 31), 50), r("T1", "amr", d(6, 15), 100))
      .addProgressReports(r("T2", "amr", d(6, 30), 20), r("T2", "amr", d(9, 30), 60))
      .addProgressReports(r("T3", "gsd", d(3, 31), 10), r("T3", "gsd", d(6, 30), 20), r("T3", "gsd", d(9, 30), 50),
          r("T3", "gsd", d(11, 30), 90))
      .addRating(Rating.builder().task("T1").rater("amr").ratee("dc").score(90).date(d(12, 20)).build())
      .addRating(Rating.builder().task("T2").rater("amr").ratee("dc").score(80).date(d(12, 20)).build())
      .addRating(Rating.builder().task("T3").rater("gsd").ratee("dc").score(70).date(d(12, 20)).build())
      .addRating(Rating.builder().task("T3").rater("gsd").ratee("amr").score(95).date(d(12, 20)).build())
      .addFinding(Finding.builder().id("F1").kind(FindingKind.HOTLINE_COMPLAINT).unit("dc").severity(Severity.SERIOUS)
          .found(d(5, 1)).rectificationDeadline(d(5, 31)).description(T).build())
      .addFinding(Finding.builder().id("F2").kind(FindingKind.ON_SITE_INSPECTION).unit("dc").severity(Severity.MINOR)
          .found(d(7, 1)).rectificationDeadline(d(7, 31)).rectified(d(7, 20)).description(T).build())
      .addExternalResult(ExternalResult.builder().level(ResultLevel.NATIONAL).unit("city").indicator("eval-sb")
          .period(Period.year(2021)).rank(7).outOf(80).score(88.5).build())
      .addExternalResult(ExternalResult.builder().level(ResultLevel.PROVINCIAL).unit("city").indicator("eval-sb")
          .period(Period.year(2021)).rank(2).outOf(21).build())
      .addObservation(Observation.of("city", "days", Period.year(2020), 3))
      .addObservation(Observation.of("city", "days", Period.year(2021), 1))
      .addObservation(Observation.of("city", "online", Period.year(2021), 100))
      .build();

  @Test
  void gapAnalysisClassesTasksAndFindsContradictions() {
    GapAnalysis g = GapAnalysis.of(P);
    Map<String, TaskGap> by = g.tasks().stream().collect(Collectors.toMap(t -> t.task().id(), t -> t));
    assertEquals(TaskClass.A, by.get("T1").taskClass().orElseThrow());
    assertEquals(2, by.get("T1").gap().getAsDouble(), 1e-12, "3 days against Shenzhen's 1: 2 days behind");
    assertEquals(2, by.get("T1").relativeGap().getAsDouble(), 1e-12);
    assertEquals(TaskClass.B, by.get("T2").taskClass().orElseThrow());
    assertEquals(TaskClass.A, by.get("T4").computedClass().orElseThrow());
    assertEquals(TaskClass.B, by.get("T4").taskClass().orElseThrow());
    assertTrue(by.get("T4").declaredOverridesComputed());
    assertEquals(TaskClass.C, by.get("T5").taskClass().orElseThrow());
    assertEquals(List.of("T2", "T3", "T4"), g.contradictions().stream().map(t -> t.task().id()).collect(Collectors.toList()));
    assertEquals("class A: the target 3 does not reach the benchmark 1",
        by.get("T3").contradiction().orElseThrow());
    assertEquals(Map.of(TaskClass.A, 2, TaskClass.C, 1), g.byArea().get("sb"));
    assertEquals(Map.of(TaskClass.B, 2), g.byArea().get("gs"));
    assertEquals(Map.of(TaskClass.A, 1, TaskClass.B, 1, TaskClass.C, 1), g.byLead().get("gsd"));
    assertEquals(TaskClass.B, GapAnalysis.of(P, 0.1).tasks().get(3).computedClass().orElseThrow(),
        "95 is within 10 % of 100");
    // 2021: city's days = 1 reaches Shenzhen's 1 → T1 and T3 closed; not yet by the end of 2020.
    assertEquals(List.of("T1", "T3"), g.closedBy(D, "city", d(12, 31)).stream().map(t -> t.task().id())
        .collect(Collectors.toList()));
    assertEquals(List.of(), g.closedBy(D, "city", d(6, 30)));
  }

  @Test
  void battleMapTrafficLights() {
    BattleMap june = BattleMap.at(P, D, d(6, 30), DispatchRules.defaults());
    assertEquals(Status.DONE, june.task("T1").status());
    // T2: planned 40 by 6-30, reported 20 → 20 behind: yellow
    assertEquals(Status.BEHIND, june.task("T2").status());
    assertEquals(20, june.task("T2").behind(), 1e-12);
    // T3: planned 60, reported 20 → 40 behind: red
    assertEquals(Status.RED, june.task("T3").status());
    assertEquals(Status.NOT_STARTED, june.task("T4").status());
    assertEquals(Status.RED, BattleMap.at(P, D, d(9, 20), DispatchRules.defaults()).task("T3").status(),
        "T3 on 9-20: planned 60 (6-30), reported 20 → 40 behind");
    // T2 on 12-20: planned 40, reported 60 → ahead, but 11 days from its deadline: blue
    assertEquals(Status.APPROACHING, BattleMap.at(P, D, d(12, 20), DispatchRules.defaults()).task("T2").status());
    assertEquals(Status.ON_TRACK, BattleMap.at(P, D, d(10, 1), DispatchRules.defaults()).task("T2").status());
    BattleMap dec = BattleMap.at(P, D, d(12, 31), DispatchRules.defaults());
    TaskStatus t3 = dec.task("T3");
    assertEquals(Status.RED, t3.status(), "past its deadline and not done");
    // Red at the ends of December, November, October, September, August, July and June; green in May (planned 30,
    // reported 10 → 20 behind: yellow) — so 7 months in a row: the ladder's 提醒 in June, 催办 in July, 督办函 in
    // August, 约谈 in September.
    assertEquals(7, t3.monthsRed());
    assertTrue(t3.escalated());
    assertEquals(List.of("提醒 2021-06", "催办 2021-07", "督办函 2021-08", "约谈 2021-09"),
        t3.escalations().stream().map(Escalation::toString).collect(Collectors.toList()));
    assertEquals("约谈", t3.escalation().orElseThrow().step().name().text(true));
    // In June T3 has been red one month: a reminder only.
    assertEquals(List.of("提醒 2021-06"), BattleMap.at(P, D, d(6, 30), DispatchRules.defaults()).task("T3")
        .escalations().stream().map(Escalation::toString).collect(Collectors.toList()));
    assertFalse(BattleMap.at(P, D, d(6, 30), DispatchRules.defaults().withEscalation(List.of(
        EscalationStep.of(2, LocalizedText.zhOnly("督办函"))))).task("T3").escalated());
    assertEquals(Status.RED, dec.task("T2").status(), "T2 on 12-31: planned 100, reported 60 → 40 behind");
    // T4 has no milestones: due on 12-31 with nothing reported, it is 100 points behind. T5 needs legal
    // authorisation and plans no step: nothing is late until its deadline has passed.
    assertEquals(List.of("T3", "T2", "T4"), dec.redList().stream().map(s -> s.task().id())
        .collect(Collectors.toList()), "longest red first, then by id");
    assertEquals(Status.NOT_STARTED, dec.task("T5").status());
  }

  @Test
  void factsAreCountedByHand() {
    Dataset f = ProgrammeFacts.of(P, D, d(12, 31), DispatchRules.defaults());
    Plan read = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'f','name':{'en':'f'},'nodes':["
        + "{'id':'r','aggregator':'point-sum'}," + leaves("lead.tasks", "lead.on-time-rate", "lead.done-rate",
            "lead.milestones-on-time-rate", "lead.green-share", "lead.red", "resp.tasks", "resp.done-rate",
            "ratings.mean", "ratings.count", "findings.supervision.minor", "findings.hotline.serious",
            "findings.overdue", "findings.overdue.hotline", "findings.matters", "eval.national-rank",
            "eval.provincial-rank", "eval.national-score") + "]}")
        .replace('\'', '"'), "f");
    Evaluation e = read.evaluate(f);
    // amr leads T1 (done 6-15, on time; milestones 3-31 and 6-30 both met) and T2 (60 % by 12-31, due 12-31:
    // not on time; milestones 6-30 (40 planned, 20 reported) missed, 12-31 missed).
    assertEquals(2, v(e, "amr", "lead.tasks"));
    assertEquals(50, v(e, "amr", "lead.on-time-rate"));
    assertEquals(50, v(e, "amr", "lead.done-rate"));
    assertEquals(50, v(e, "amr", "lead.milestones-on-time-rate"));
    assertEquals(7, v(e, "amr", "eval.national-rank"), "amr leads eval-sb, ranked 7th nationally");
    assertEquals(2, v(e, "amr", "eval.provincial-rank"));
    assertEquals(88.5, v(e, "amr", "eval.national-score"));
    assertEquals(95, v(e, "amr", "ratings.mean"));
    // dc: responsible for T1 (done), T2, T3 → 1 of 3; rated 90, 80, 70 → 80
    assertEquals(3, v(e, "dc", "resp.tasks"));
    assertEquals(100.0 / 3, v(e, "dc", "resp.done-rate"), 1e-9);
    assertEquals(80, v(e, "dc", "ratings.mean"));
    assertEquals(3, v(e, "dc", "ratings.count"));
    assertEquals(1, v(e, "dc", "findings.hotline.serious"), "F1, a serious 12345 complaint");
    assertEquals(1, v(e, "dc", "findings.supervision.minor"), "F2, a minor inspection finding");
    assertEquals(2, v(e, "dc", "findings.matters"));
    assertEquals(1, v(e, "dc", "findings.overdue"), "F1 was never rectified; F2 was, in time");
    assertEquals(1, v(e, "dc", "findings.overdue.hotline"));
    assertTrue(e.score("gsd", "eval.national-rank").isEmpty(), "gsd leads no evaluated indicator");
    // ratings weighted by task: dc 90, 80, 70 — one each, the same mean; amr's one rating too.
    Dataset byTask = ProgrammeFacts.of(P, D, d(12, 31), DispatchRules.defaults(), List.of(), true);
    assertEquals(80, v(read.evaluate(byTask), "dc", "ratings.mean"));
  }

  static String leaves(String... columns) {
    return java.util.Arrays.stream(columns).map(c -> "{'id':'" + c + "','parent':'r','source':'" + c
        + "','normalizer':{'name':'goalposts','lower':0,'upper':100,'truncate':false}}")
        .collect(Collectors.joining(","));
  }

  /** A fact, read back through an identity normalizer (so rounded to 1e-9). */
  static double v(Evaluation e, String unit, String column) {
    double x = e.score(unit, column).orElseThrow(() -> new AssertionError(unit + " has no " + column));
    return Math.round(x * 1e9) / 1e9;
  }

  @Test
  void theOverrideGradesTheDepartmentAndItsHead() {
    Plan plan = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'a','name':{'en':'a'},"
        + "'scope':{'column':'kind','values':['department']},'nodes':["
        + "{'id':'dept','missing':{'minShare':0.4}},"
        + "{'id':'tasks','parent':'dept','source':'lead.on-time-rate','normalizer':{'name':'goalposts','lower':0,'upper':100}},"
        + "{'id':'eval','parent':'dept','source':'eval.national-rank','direction':'lower-is-better',"
        + "'normalizer':{'name':'step-table','steps':[{'atMost':5,'score':100},{'atMost':20,'score':80}],'otherwise':50},"
        + "'rules':[{'name':'override','label':'国评前10','any':[{'indicator':'eval.national-rank','atMost':10}],"
        + "'grade':'优秀'}]}],"
        + "'grades':{'bands':[{'name':'优秀','min':90},{'name':'良好','min':60},{'name':'一般'}]}}").replace('\'', '"'), "a");
    Assessment a = Assessment.run(plan, P, D, d(12, 31), List.of());
    // amr: tasks 50, eval: rank 7 → 80, override to full marks 100; dept = (50 + 100) / 2 = 75 → 良好 by score,
    // forced 优秀.
    assertEquals(75, a.evaluation().score("amr").getAsDouble(), 1e-12);
    assertEquals("优秀", a.evaluation().grade("amr").orElseThrow());
    assertEquals("优秀", a.head("amr").orElseThrow().grade(), "no scheme for heads: the unit's grade");
    assertEquals("张局长", a.head("amr").orElseThrow().head().text(true));
    assertTrue(a.head("gsd").isEmpty(), "gsd has no head named");
    assertEquals(List.of("amr", "gsd"), a.evaluation().units(), "districts are out of scope");
    assertTrue(a.evaluation().explain("amr", "eval").text().contains("国评前10: eval.national-rank = 7 ≤ 10 → full marks 100"));
  }

  @Test
  void quarterlyReportPraisesNamesAndMoves() {
    Plan plan = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'q','name':{'en':'q'},"
        + "'scope':{'column':'kind','values':['department']},'nodes':[{'id':'q'},"
        + "{'id':'m','parent':'q','source':'lead.milestones-on-time-rate','normalizer':{'name':'goalposts','lower':0,'upper':100}}]}")
        .replace('\'', '"'), "q");
    QuarterlyReport q2 = QuarterlyReport.of(plan, P, D, Period.quarter(2021, 2), 1);
    // By 6-30: amr met T1's 3-31 and 6-30 milestones, missed T2's 6-30 (2 of 3); gsd missed T3's 3-31 and 6-30.
    assertEquals(200.0 / 3, q2.evaluation().score("amr").getAsDouble(), 1e-12);
    assertEquals(0, q2.evaluation().score("gsd").getAsDouble(), 1e-12);
    assertEquals(List.of("amr"), q2.praised("").units());
    assertEquals(List.of("gsd"), q2.named("").units());
    // By 3-31 both had 1 of 1 and 0 of 1: amr 100, gsd 0 → the same places: no movement.
    assertEquals(0, q2.movement("amr").getAsInt());
    assertTrue(QuarterlyReport.of(plan, P, D, Period.quarter(2021, 1), 1).movement("amr").isEmpty(), "no Q4 2020");
  }
}
