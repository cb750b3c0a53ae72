package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.HeadGrade;
import io.github.bizenv.scoring.workflow.ProgrammeFacts;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import io.github.bizenv.scoring.workflow.Shortfall;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskGap;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled sample exercises every rule of the seed article, as the demo shows it. */
class SampleYearEndTest {

  static final Programme P = SampleCity.programme();
  static final ProgrammeData D = SampleCity.data(P);
  static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);

  static Plan bundled(String name) {
    return Engine.create().compile(SampleYearEndTest.class.getResourceAsStream("/io/github/bizenv/scoring/methodologies/" + name), name);
  }

  @Test
  void aDepartmentWithATopTenIndicatorGetsFullMarksForTheWholeAssessment() {
    Assessment a = Assessment.run(bundled("assessment-departments-2021.json"), P, D, YEAR_END, List.of());
    Evaluation e = a.evaluation();
    assertEquals(49, e.units().size(), "only departments");
    // 市市场监管局 leads 开办企业, 6th of 80 in the 2020 national evaluation published 2021-07-19.
    assertEquals(100, e.score("amr").getAsDouble(), 1e-9, "the root, not one component");
    assertTrue(e.score("amr", "tasks").getAsDouble() < 100, "its tasks alone would not give full marks");
    assertEquals("优秀", e.grade("amr").orElseThrow());
    assertEquals("优秀", a.head("amr").orElseThrow().grade());
    String why = e.explain("amr", "department").text();
    assertTrue(why.contains("eval.national-rank = 6 ≤ 10 → full marks 100; the unit is graded 优秀"), why);
    assertEquals(1, e.rank("amr").getAsInt());
  }

  @Test
  void aVerticallyManagedUnitsHeadGetsARecommendation() {
    Assessment a = Assessment.run(bundled("assessment-departments-2021.json"), P, D, YEAR_END, List.of());
    // The tax bureau, vertically managed, leads 纳税, first in the province (2020).
    HeadGrade tax = a.head("tax").orElseThrow();
    assertTrue(tax.recommendation());
    assertEquals("建议评定为优秀（报上级主管部门）", tax.text());
    assertEquals(List.of("优秀", "称职", "基本称职", "不称职"), a.evaluation().plan().methodology().heads().orElseThrow().grades());
    assertTrue(P.units().stream().filter(u -> a.head(u.id()).isPresent()).map(u -> a.head(u.id()).get().grade())
        .allMatch(g -> Set.of("优秀", "称职", "基本称职", "不称职").contains(g)), "heads graded in their own scheme");
  }

  @Test
  void unitsAnsweringForFewTasksDoNotTopTheList() {
    Evaluation e = Assessment.run(bundled("assessment-departments-2021.json"), P, D, YEAR_END, List.of()).evaluation();
    List<String> few = e.units().stream().filter(u -> e.unranked(u).isPresent()).collect(Collectors.toList());
    assertFalse(few.isEmpty());
    for (String u : few) {
      assertTrue(e.rank(u).isEmpty());
      assertFalse(e.grade(u).orElse("").equals("优秀") && e.gradeReasons(u).stream()
          .noneMatch(r -> r.startsWith("forced")), u + " answers for fewer than 3 tasks");
    }
  }

  @Test
  void districtsAreCutWithinTheirGroupAndAMatterCountsOnce() {
    Evaluation e = Assessment.run(bundled("assessment-districts-2021.json"), P, D, YEAR_END, SampleCity.districts(P))
        .evaluation();
    assertEquals(12, e.units().size());
    assertEquals(80, e.plan().range("district").max(), 1e-12);
    assertTrue(e.units().stream().allMatch(u -> e.score(u).getAsDouble() <= 80), "scaled to 80 points");
    assertEquals(List.of("hitech", "etdz"), e.ranked("development-zone"), "ranked per kind");
    List<String> cut = e.units().stream().filter(u -> e.gradeReasons(u).stream()
        .anyMatch(r -> r.startsWith("quota:") && r.contains(" units in "))).collect(Collectors.toList());
    assertFalse(cut.isEmpty(), "a quota cut within a group");
    assertTrue(e.units().stream().anyMatch(u -> e.gradeReasons(u).stream()
        .anyMatch(r -> r.contains("逾期未整改") || r.contains("逾期未办结"))) || e.units().stream()
        .anyMatch(u -> e.explain(u, "district").text().contains("不评优秀")), "a veto naming the kind of finding");
    // A matter found twice (a 12345 complaint and a spot check) deducts once.
    String unit = D.findings().stream().filter(f -> f.matter().isPresent() && e.units().contains(f.unit()))
        .findFirst().orElseThrow().unit();
    long records = D.findings().stream().filter(f -> f.unit().equals(unit) && !f.kind().equals(
        io.github.bizenv.scoring.model.FindingKind.HOTLINE_SUGGESTION)).count();
    double matters = ProgrammeFacts.of(P, D, YEAR_END, DispatchRules.defaults()).value(P.period(), unit,
        "findings.matters")
        .getAsDouble();
    assertTrue(matters < records, unit + ": " + records + " findings are " + matters + " matters");
  }

  @Test
  void classCTasksAreJudgedByTheirSteps() {
    BattleMap dec = BattleMap.at(P, D, YEAR_END, DispatchRules.defaults());
    Set<Status> c = dec.tasks().stream().filter(s -> s.task().legalAuthorisation()).map(TaskStatus::status)
        .collect(Collectors.toSet());
    assertTrue(c.containsAll(Set.of(Status.DONE, Status.AWAITING_AUTHORISATION, Status.RED)), c.toString());
  }

  @Test
  void aRedTaskClimbsTheLadderTo约谈() {
    List<String> reached = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      BattleMap map = BattleMap.at(P, D, YearMonth.of(2021, m).atEndOfMonth(), DispatchRules.defaults());
      map.redList().forEach(s -> s.escalation().ifPresent(x -> reached.add(x.step().name().text(true))));
    }
    assertTrue(reached.contains("约谈"), reached.toString());
  }

  @Test
  void theQuarterlyMeetingNamesUnitsWithTheirProblems() {
    QuarterlyReport q4 = QuarterlyReport.of(bundled("quarterly-progress.json"), P, D, Period.quarter(2021, 4), 3);
    assertEquals(List.of("市直部门", "区县和开发区"), q4.groups());
    for (String g : q4.groups()) {
      assertEquals(3, q4.praised(g).units().size(), g);
      for (String u : q4.named(g).units()) {
        List<Shortfall> s = q4.shortfalls(u);
        assertFalse(s.isEmpty(), u + " is named with its problems");
      }
    }
  }

  @Test
  void declaredClassesOverrideComputedOnesAndFindingsGoUnrectified() {
    assertTrue(GapAnalysis.of(P).tasks().stream().anyMatch(TaskGap::declaredOverridesComputed));
    assertTrue(D.findings().stream().anyMatch(f -> f.rectificationDeadline().isPresent() && f.rectified().isEmpty()
        && !f.rectifiedInTime(YEAR_END)), "a finding never rectified");
  }

  /**
   * One matter deducts once, at its highest applicable amount: the facts count it in the cell of its most severe
   * finding (supervision before hotline at equal severity), so a methodology's amounts must not grow along that order.
   */
  @Test
  void bundledDeductionAmountsFollowTheMatterPrecedence() throws IOException {
    List<String> cells = List.of("findings.supervision.serious", "findings.hotline.serious",
        "findings.supervision.general", "findings.hotline.general", "findings.supervision.minor",
        "findings.hotline.minor");
    List<String> bonuses = List.of("adopted.national", "firsts.national", "adopted.provincial", "firsts.provincial");
    for (String name : List.of("assessment-departments-2021.json", "assessment-districts-2021.json")) {
      JsonNode items;
      try (InputStream in = SampleYearEndTest.class.getResourceAsStream("/io/github/bizenv/scoring/methodologies/"
          + name)) {
        items = new ObjectMapper().readTree(in).get("nodes").get(0).get("rules").get(0).get("items");
      }
      for (List<String> order : List.of(cells, bonuses)) {
        double previous = Double.POSITIVE_INFINITY;
        for (String column : order) {
          for (JsonNode item : items) {
            if (item.get("indicator").asText().equals(column)) {
              double amount = Math.abs(item.get("amount").asDouble());
              assertTrue(amount <= previous, name + ": " + column + " " + amount + " after " + previous);
              previous = amount;
            }
          }
        }
      }
    }
  }
}
