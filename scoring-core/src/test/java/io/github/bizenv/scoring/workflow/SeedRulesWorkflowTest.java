package io.github.bizenv.scoring.workflow;

import static io.github.bizenv.scoring.workflow.SeedRulesFixture.D;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.DEPARTMENTS;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.DISTRICTS;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.ENV;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.P;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.QUARTERLY;
import static io.github.bizenv.scoring.workflow.SeedRulesFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Role;
import io.github.bizenv.scoring.model.Task;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of the seed article on the small city of {@link SeedRulesFixture}, the numbers worked out by hand. */
class SeedRulesWorkflowTest {

  static final LocalDate YEAR_END = d(12, 31);

  static Assessment departments(LocalDate asOf) {
    return Assessment.run(DEPARTMENTS, P, D, asOf, List.of());
  }

  static double fact(String unit, String column, LocalDate asOf) {
    return ProgrammeFacts.of(P, D, asOf, DispatchRules.defaults()).value(P.period(), unit, column)
        .orElseThrow(() -> new AssertionError(unit + " has no " + column));
  }

  static OptionalDouble maybe(String unit, String column, LocalDate asOf) {
    return ProgrammeFacts.of(P, D, asOf, DispatchRules.defaults()).value(P.period(), unit, column);
  }

  @Test
  void fullMarksMeanTheWholeAssessmentAndTheHeadIsGraded优秀() {
    Evaluation e = departments(YEAR_END).evaluation();
    // amr's tasks: T2 (class B, workload 2) was 80 % at its deadline → −8 × 2; milestones T1 2-28 and T2 6-30 missed →
    // −2 × 2: 100 − 16 − 4 = 80. No ratings received: the department scores 80 on tasks alone.
    assertEquals(80, e.score("amr", "tasks").getAsDouble(), 1e-12);
    // 开办企业, which amr leads, ranked 6th of 80 in the 2020 national evaluation (published 2021-07-19): the whole
    // assessment gets full marks, and amr is rated 优秀.
    assertEquals(100, e.score("amr").getAsDouble(), 1e-12);
    assertEquals("优秀", e.grade("amr").orElseThrow());
    assertEquals(1, e.rank("amr").getAsInt());
    HeadGrade head = departments(YEAR_END).head("amr").orElseThrow();
    assertEquals("优秀", head.grade());
    assertEquals("张局长", head.head().text(true));
    assertFalse(head.recommendation());
    assertEquals("单位等次 优秀 → 优秀（forced to 优秀: 牵头指标国评前10或省评第1）", head.reason());
    // The 2021 results (amr's indicator 30th) are published on 2022-07-01: not used at the 2021 year end; before the
    // 2020 results were published, the override did not apply either.
    assertEquals(6, fact("amr", "eval.national-rank", YEAR_END), 1e-12);
    assertEquals(30, fact("amr", "eval.national-rank", LocalDate.of(2022, 7, 2)), 1e-12);
    Evaluation july = departments(d(7, 1)).evaluation();
    assertTrue(maybe("amr", "eval.national-rank", d(7, 1)).isEmpty());
    assertEquals(80, july.score("amr").getAsDouble(), 1e-12);
    assertEquals("良好", july.grade("amr").orElseThrow());
  }

  @Test
  void aVerticallyManagedUnitsHeadGetsARecommendation() {
    Assessment a = departments(YEAR_END);
    // tax, vertically managed, leads 纳税, first in the province (2020, published 2021-05-10): full marks and 优秀 —
    // even though it answers for one task only, which alone would keep it out of 优秀.
    assertEquals(100, a.evaluation().score("tax").getAsDouble(), 1e-12);
    assertEquals(List.of("score 100 → 优秀 (≥ 90)", "kept out of 优秀: 承担任务不足2项，不评优秀",
        "forced to 优秀: 牵头指标国评前10或省评第1"), a.evaluation().gradeReasons("tax"));
    HeadGrade head = a.head("tax").orElseThrow();
    assertTrue(head.recommendation());
    assertEquals("优秀", head.grade());
    assertEquals("建议评定为优秀（报上级主管部门）", head.text());
  }

  @Test
  void headsAreGradedInTheCivilServiceScheme() {
    Assessment a = departments(YEAR_END);
    Evaluation e = a.evaluation();
    // eco: T3 (A) late −10, milestones T3 3-31 and 6-30 missed −4: 86 → 良好 → head 称职.
    assertEquals(86, e.score("eco").getAsDouble(), 1e-12);
    assertEquals("称职", a.head("eco").orElseThrow().grade());
    // housing: T7 (C) never applied for −6, its milestone missed −2: 92 on tasks; rated 80 by eco on T3 → 50 on
    // collaboration; 0.6 × 92 + 0.4 × 50 = 75.2 → 一般 → head 称职.
    assertEquals(75.2, e.score("housing").getAsDouble(), 1e-9);
    assertEquals("一般", e.grade("housing").orElseThrow());
    assertEquals("称职", a.head("housing").orElseThrow().grade());
  }

  @Test
  void aUnitWithOneTaskDoesNotTopTheListAndForcedGradesHoldTheQuota() {
    Evaluation e = departments(YEAR_END).evaluation();
    // stats and drc answer for one task each, done (drc's class C task waits for its authorisation, so nothing is
    // late): 100, but not 优秀.
    assertEquals(100, e.score("stats").getAsDouble(), 1e-12);
    assertEquals("良好", e.grade("stats").orElseThrow());
    assertEquals("kept out of 优秀: 承担任务不足2项，不评优秀", e.gradeReasons("drc").get(1));
    // 优秀 ≤ 30 % of the 7 departments graded → 2; amr and tax are forced to 优秀 and take both places: court, 100 with
    // two tasks, is cut.
    assertEquals("良好", e.grade("court").orElseThrow());
    assertEquals("quota: at most 30% of 7 units (2, floor) may be 优秀, 2 of them forced to 优秀; moved to 良好",
        e.gradeReasons("court").get(1));
    // Equal shown scores share a rank: five departments at 100.00 are all first.
    assertEquals(List.of(1, 1, 1, 1, 1, 6, 7), List.of("amr", "court", "drc", "stats", "tax", "eco", "housing")
        .stream().map(u -> e.rank(u).getAsInt()).collect(Collectors.toList()));
    assertTrue(e.score("reform").isEmpty(), "the reform office leads and answers for no task");
  }

  @Test
  void aDeductionSchemeWeightsLateTasksByClassAndWorkload() {
    assertEquals(2, fact("amr", "lead.late.B", YEAR_END), 1e-12, "T2, workload 2");
    assertEquals(0, fact("amr", "lead.late.A", YEAR_END), 1e-12);
    assertEquals(100.0 / 3, fact("amr", "lead.on-time-rate", YEAR_END), 1e-9, "workload 1 of 3 on time");
    assertEquals(2, fact("amr", "lead.milestones-missed", YEAR_END), 1e-12);
    assertEquals(1, fact("eco", "lead.late.A", YEAR_END), 1e-12);
    assertEquals(1, fact("housing", "lead.late.C", YEAR_END), 1e-12);
    assertEquals(3, fact("housing", "tasks.total", YEAR_END), 1e-12, "two led, one as responsible unit");
    assertEquals(1, fact("drc", "tasks.total", YEAR_END), 1e-12, "supporting T1 does not count");
    assertEquals(1, fact("drc", "support.tasks", YEAR_END), 1e-12);
  }

  @Test
  void classCTasksAreJudgedByTheirAuthorisationSteps() {
    BattleMap dec = BattleMap.at(P, D, YEAR_END, DispatchRules.defaults());
    // T4: applied 2-20, authorised 5-10, implemented 9-20 before its 9-30 deadline.
    assertEquals(Status.DONE, dec.task("T4").status());
    assertEquals(AuthorisationStep.IMPLEMENTED, dec.task("T4").reachedStep().orElseThrow());
    // T9: applied 3-15 and still waiting for the grant at its deadline: not late — the grant is not the city's.
    assertEquals(Status.AWAITING_AUTHORISATION, dec.task("T9").status());
    assertEquals(AuthorisationStep.IMPLEMENTED, dec.task("T9").plannedStep().orElseThrow());
    assertTrue(maybe("drc", "lead.on-time-rate", YEAR_END).isEmpty(), "not counted as due");
    assertEquals(100, fact("drc", "lead.milestones-on-time-rate", YEAR_END), 1e-12,
        "the application milestone met; the grant and the implementation not the unit's yet");
    // T7: the application was due 3-31 and never made: red since March, 10 months, through the whole ladder.
    TaskStatus t7 = dec.task("T7");
    assertEquals(Status.RED, t7.status());
    assertEquals(10, t7.monthsRed());
    assertEquals(List.of("提醒 2021-03", "催办 2021-04", "督办函 2021-05", "约谈 2021-06"),
        t7.escalations().stream().map(Escalation::toString).collect(Collectors.toList()));
    // In May T4 had its authorisation (获得授权) and its 落地实施 step was not due yet: on track.
    assertEquals(Status.ON_TRACK, BattleMap.at(P, D, d(5, 31), DispatchRules.defaults()).task("T4").status());
  }

  @Test
  void quotasApplyWithinTheGroupsThatAreRanked() {
    Evaluation e = Assessment.run(DISTRICTS, P, D, YEAR_END, ENV).evaluation();
    // d4 96 → 76.8 of 80; d2 94 → 75.2 − 2 matters = 73.2: both 优秀 by score, but 4 districts × 30 % = 1.2 → 1.
    assertEquals(76.8, e.score("d4").getAsDouble(), 1e-9);
    assertEquals(73.2, e.score("d2").getAsDouble(), 1e-9);
    assertEquals("优秀", e.grade("d4").orElseThrow());
    assertEquals("良好", e.grade("d2").orElseThrow());
    assertEquals("quota: at most 30% of 4 units in district (1, round) may be 优秀; moved to 良好",
        e.gradeReasons("d2").get(1));
    // The counties are ranked and cut apart: 2 × 30 % = 0.6 → 1; c2 (72.8) keeps it, not cut against the districts.
    assertEquals("优秀", e.grade("c2").orElseThrow());
    assertEquals(List.of("d4", "d2", "d1", "d3"), e.ranked("district"));
    assertEquals(List.of("c1", "c2"), e.ranked("county"));
    assertEquals(80, DISTRICTS.range("district").max(), 1e-12, "scores out of 80, said so");
  }

  @Test
  void aMatterIsDeductedOnceAndAVetoNamesTheKindOfFinding() {
    Evaluation e = Assessment.run(DISTRICTS, P, D, YEAR_END, ENV).evaluation();
    // d1: F1 (12345, general) and F2 (inspection, serious, rectified late) are matter M1: one serious supervision
    // matter −2, overdue −1; F3 (12345, minor) −0.25. 95 → 76 − 3.25 = 72.75. Counted twice it would be 72.25.
    assertEquals(1, fact("d1", "findings.supervision.serious", YEAR_END), 1e-12);
    assertEquals(0, fact("d1", "findings.hotline.general", YEAR_END), 1e-12);
    assertEquals(2, fact("d1", "findings.matters", YEAR_END), 1e-12);
    assertEquals(72.75, e.score("d1").getAsDouble(), 1e-9);
    // d2: F4 (四不两直) one matter; F5 and F6 (暗访, reported twice) another: −1 − 1.
    assertEquals(2, fact("d2", "findings.supervision.general", YEAR_END), 1e-12);
    // The vetoes say which kind of finding was overdue.
    assertEquals("kept out of 优秀: 督查问题逾期未整改", e.gradeReasons("d1").get(1));
    assertEquals("kept out of 优秀: 12345投诉举报逾期未办结", e.gradeReasons("c1").get(1));
    assertEquals(1, fact("c1", "findings.overdue.hotline", YEAR_END), 1e-12);
    assertEquals(0, fact("c1", "findings.overdue.supervision", YEAR_END), 1e-12);
  }

  @Test
  void firstsAreNotCopies() {
    // amr's 一照多址 was a national first (R1) and then adopted by the province (R2): one reform, counted once, as
    // its highest — a national first. tax's 非接触式办税 was adopted nationally.
    assertEquals(1, fact("amr", "firsts.national", YEAR_END), 1e-12);
    assertEquals(0, fact("amr", "adopted.provincial", YEAR_END), 1e-12);
    assertEquals(1, fact("tax", "adopted.national", YEAR_END), 1e-12);
    assertEquals(0, fact("tax", "firsts.national", YEAR_END), 1e-12);
    // Before the adoption, and before the first: nothing yet.
    assertEquals(0, fact("amr", "firsts.national", d(3, 31)), 1e-12);
  }

  @Test
  void rolesAreDistinctAndOnlyResponsibleUnitsAreRated() {
    Task t1 = P.task("T1").orElseThrow();
    assertEquals(Role.LEAD, t1.role("amr").orElseThrow());
    assertEquals(Role.RESPONSIBLE, t1.role("d1").orElseThrow());
    assertEquals(Role.SUPPORTING, t1.role("drc").orElseThrow());
    assertEquals("配合单位", Role.SUPPORTING.zh());
    List<Problem> p = ProgrammeData.problemsOf(Rating.builder().task("T1").rater("amr").ratee("drc").score(90)
        .date(d(12, 20)).build(), P);
    assertEquals(List.of("/ratee"), p.stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(p.get(0).message().contains("it is a supporting unit, which is not rated"), p.toString());
  }

  @Test
  void leadsWithoutTheCompetenceAndWorseningTargetsAreWarned() {
    assertEquals(List.of("/tasks/5/lead"), P.warnings().stream().map(Problem::path).collect(Collectors.toList()));
    assertEquals("unit \"eco\" leads task \"T6\" in area \"reg\", which is not among its competences [build]",
        P.warnings().get(0).message());
    Measure worse = Measure.builder().indicator("days").baseline(3).benchmark(1).target(4).build();
    Programme p = Programme.builder().from(P).tasks(List.of(Task.builder().from(P.tasks().get(0)).measure(worse)
        .build())).build();
    assertEquals(List.of(Problem.TARGET_WORSENS), p.warnings().stream().map(Problem::code).collect(Collectors.toList()));
    Programme flagged = Programme.builder().from(P).tasks(List.of(Task.builder().from(P.tasks().get(0))
        .measure(Measure.builder().from(worse).worseningReason(LocalizedText.zhOnly("统计口径调整")).build()).build()))
        .build();
    assertEquals(List.of(), flagged.warnings());
  }

  @Test
  void dispatchIsViewedPerDistrictAndPerLeadUnit() {
    BattleMap dec = BattleMap.at(P, D, YEAR_END, DispatchRules.defaults());
    assertEquals(Map.of(Status.DONE, 1, Status.RED, 1), dec.byDistrict().get("d1"), "T1 done, T3 red");
    assertEquals(Map.of(Status.DONE, 2), dec.byDistrict().get("d2"));
    assertFalse(dec.byDistrict().containsKey("d4"), "d4 takes part in no task");
    assertEquals(Map.of(Status.DONE, 1, Status.RED, 1), dec.byLead().get("housing"));
    assertEquals(List.of("T1", "T3"), dec.forUnit("d1").stream().map(s -> s.task().id()).collect(Collectors.toList()));
  }

  @Test
  void theQuarterlyMeetingRanksDepartmentsAndDistrictsPraisesNamesAndSaysWhy() {
    QuarterlyReport q4 = QuarterlyReport.of(QUARTERLY, P, D, Period.quarter(2021, 4), 1);
    assertEquals(List.of("department", "district"), q4.groups());
    // Departments: amr, court (two tasks each, all green) share first place with tax, stats and drc, which answer for
    // one task each and are not praised. Both tied units at the cut are listed, and the note says so.
    Listing praised = q4.praised("department");
    assertEquals(List.of("amr", "court"), praised.units());
    assertEquals(1, praised.size());
    assertEquals("第1名2个单位并列，均予列入，共2个；3个单位不列入表扬（承担任务不足2项）", praised.note().orElseThrow().text(true));
    Listing leftOut = QuarterlyReport.of(QUARTERLY, P, D, Period.quarter(2021, 4), 1, Listing.Ties.LEAVE_OUT)
        .praised("department");
    assertEquals(List.of(), leftOut.units());
    assertTrue(leftOut.note().orElseThrow().text(true).startsWith("第1名2个单位并列，均不列入，共0个"));
    // housing: led 50 % green (T4 done, T7 red), responsible 0 % (T3 red): 25, last; named with its problems.
    assertEquals(List.of("housing"), q4.named("department").units());
    assertEquals(25, q4.evaluation().score("housing").getAsDouble(), 1e-12);
    assertEquals(List.of("T7 任务T7（牵头）：红灯，连续10个月，计划申请提交、实际尚未申请",
        "T3 任务T3（责任）：红灯，连续7个月，计划100%、实际60%",
        "牵头任务绿灯率 50.00分（同组平均85.71分）"),
        q4.shortfalls("housing").stream().map(Shortfall::toString).collect(Collectors.toList()));
    // Districts: d2 100 (d3 also 100 but answers for one task), d1 50 (T1 done, T3 red).
    assertEquals(List.of("d2"), q4.praised("district").units());
    assertEquals(List.of("d1"), q4.named("district").units());
    assertEquals(List.of("T3 任务T3（责任）：红灯，连续7个月，计划100%、实际60%", "责任任务绿灯率 50.00分（同组平均83.33分）",
        "F2 问题F2（实地督察，整改期限2021-03-20，逾期未整改）"),
        q4.shortfalls("d1").stream().map(Shortfall::toString).collect(Collectors.toList()));
    // Since Q3: eco 0 → 50 (T6 done) rose from 7th to 6th; housing fell from 6th to 7th.
    assertEquals(1, q4.movement("eco").getAsInt());
    assertEquals(-1, q4.movement("housing").getAsInt());
  }

  @Test
  void factsAreOneDefinitionForBatchAndIncrementalUse() {
    Dataset a = ProgrammeFacts.of(P, D, YEAR_END, DispatchRules.defaults(), ENV, false);
    assertEquals(OptionalDouble.of(94), a.value(P.period(), "c1", "env"));
    assertTrue(a.columns(P.period()).containsAll(ProgrammeFacts.COLUMNS));
  }
}
