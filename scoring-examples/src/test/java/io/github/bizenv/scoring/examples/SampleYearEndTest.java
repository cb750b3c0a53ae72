package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.TaskGap;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled sample exercises every mechanism of the year-end workflow. */
class SampleYearEndTest {

  static final Programme P = SampleCity.programme();
  static final ProgrammeData D = SampleCity.data(P);
  static final LocalDate YEAR_END = LocalDate.of(2021, 12, 31);

  static Plan bundled(String name) {
    return Engine.create().compile(SampleYearEndTest.class.getResourceAsStream("/io/github/bizenv/scoring/methodologies/" + name), name);
  }

  @Test
  void departmentsGetTheOverrideAndTheirHeadsTheGrade() {
    Assessment a = Assessment.run(bundled("assessment-departments-2021.json"), P, D, YEAR_END, List.of());
    Evaluation e = a.evaluation();
    assertEquals(49, e.units().size(), "only departments");
    // 市市场监管局 leads 开办企业, 6th of 80 nationally: the override fires.
    assertEquals(100, e.score("amr", "evaluation").getAsDouble(), 1e-9);
    assertEquals("优秀", e.grade("amr").orElseThrow());
    assertEquals("优秀", a.headGrade("amr").orElseThrow());
    assertTrue(e.gradeReasons("amr").contains("forced to 优秀: 牵头指标国评前10或省评第1"), e.gradeReasons("amr").toString());
    String why = e.explain("amr", "evaluation").text();
    assertTrue(why.contains("rule 牵头指标国评前10或省评第1: eval.national-rank = 6 ≤ 10 → full marks 100; "
        + "the unit is graded 优秀 (95 → 100)"), why);
    // 国网示例供电公司 is first in the province: the override fires through the other condition.
    assertTrue(e.explain("power", "evaluation").text().contains("eval.provincial-rank = 1 = 1"));
  }

  @Test
  void districtsGetAnEightyPointShareAVetoAndAQuota() {
    Assessment a = Assessment.run(bundled("assessment-districts-2021.json"), P, D, YEAR_END, SampleCity.districts(P));
    Evaluation e = a.evaluation();
    assertEquals(12, e.units().size());
    assertTrue(e.units().stream().allMatch(u -> e.score(u).getAsDouble() <= 80), "scaled to 80 points");
    assertEquals(List.of("hitech", "etdz"), e.ranked("development-zone"), "ranked per kind");
    assertTrue(e.gradeReasons("dongcheng").stream().anyMatch(r -> r.startsWith("kept out of 优秀")), "veto");
    assertTrue(e.gradeReasons("jiangbin").stream().anyMatch(r -> r.startsWith("quota: at most 20% of 12 units")),
        "quota cut");
    assertEquals(2, e.units().stream().filter(u -> e.grade(u).orElse("").equals("优秀")).count());
  }

  @Test
  void aTaskIsRedThreeMonthsInARowAndEscalated() {
    TaskStatus t023 = BattleMap.at(P, D, LocalDate.of(2021, 9, 30), DispatchRules.defaults()).task("T023");
    assertTrue(t023.monthsRed() >= 3, "months red: " + t023.monthsRed());
    assertTrue(t023.escalated());
  }

  @Test
  void declaredClassesOverrideComputedOnesAndFindingsGoUnrectified() {
    assertTrue(GapAnalysis.of(P).tasks().stream().anyMatch(TaskGap::declaredOverridesComputed));
    assertTrue(D.findings().stream().anyMatch(f -> f.rectificationDeadline().isPresent() && f.rectified().isEmpty()
        && !f.rectifiedInTime(YEAR_END)), "a finding never rectified");
  }
}
