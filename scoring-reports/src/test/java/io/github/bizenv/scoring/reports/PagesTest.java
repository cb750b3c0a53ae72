package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.workflow.Escalation;
import io.github.bizenv.scoring.workflow.EscalationStep;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.HeadGrade;
import io.github.bizenv.scoring.workflow.ProgrammeFacts;
import io.github.bizenv.scoring.workflow.TaskGap;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What each page says, checked against the results it shows; the browser test checks how it is drawn. */
class PagesTest {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  /** The page's own text: everything before the inlined ECharts library. */
  static String own(Page p) {
    String h = p.html();
    return h.substring(0, h.indexOf("<script>"));
  }

  static void selfContained(Page p, boolean zh) {
    String h = own(p);
    assertTrue(h.startsWith("<!DOCTYPE html>\n<html lang=\"" + (zh ? "zh-CN" : "en") + "\">"), p.kind());
    assertFalse(PLACEHOLDER.matcher(h).find(), p.kind() + ": a text kept its placeholder");
    assertFalse(p.html().contains("<script src") || p.html().contains("<link ") || h.contains("url(http"),
        p.kind() + " fetches nothing");
    assertTrue(h.contains("@media print") && h.contains("size: A4"), "print stylesheet");
    assertEquals(p.chartCount(), h.split("class=\"chart\" id=").length - 1);
  }

  static Table table(Page p, String id) {
    return p.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void quarterlyShowsEveryRankingGroupWithThePraisedAndNamedMarked() {
    Quarterly q = Fixtures.quarterly(Fixtures.Q3);
    assertEquals(List.of("市直部门", "区县和开发区"), q.rankings().stream().map(r -> r.group).toList(),
        "the bundled methodology ranks the departments and, apart, the districts, counties and zones");
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      Page p = Pages.quarterly(q, t);
      selfContained(p, t.isChinese());
      assertEquals(q.rankings().size() + 1, p.chartCount(), "a chart per ranking group and the battle map");
      for (Quarterly.Ranking r : q.rankings()) {
        Table ranking = table(p, QuarterlyPage.rankingId(q, r));
        assertEquals(r.evaluation().ranked(r.group).size(), ranking.rows().size());
        assertEquals(r.praised.size(), marked(ranking, Table.Tone.GREEN));
        assertEquals(r.named.size(), marked(ranking, Table.Tone.RED));
        long ineligible = r.units.stream().filter(u -> r.evaluation().excludedFromTop(u).isPresent()
            && !r.named.contains(u)).count();
        assertEquals(ineligible, marked(ranking, Table.Tone.GREY), "units a rule keeps off the praise list");
        assertTrue(ineligible == 0 || own(p).contains(Html.esc(t.name(r.praiseList.note().orElseThrow()))),
            "the praise list says why it leaves units out");
      }
      assertEquals(q.rankings().stream().mapToLong(r -> r.praised.size()).sum(), q.praised().size());
      Table map = table(p, "quarterly.map");
      assertEquals(Fixtures.PROGRAMME.areas().size() + 1, map.rows().size(), "areas and the total");
      assertEquals(9 + 2, map.columns().size(), "January to September, and yellow at the quarter's end");
      // The total red count at September's end is the red list of the dispatch at that date.
      assertEquals(q.quarterEnd().redList().size(), ((Number) map.rows().get(map.rows().size() - 1).get(9)).intValue());
      // The red list is the command line's, with the step of the escalation ladder each task reached.
      Table red = table(p, "dispatch.red-list");
      assertEquals(q.quarterEnd().redList().size(), red.rows().size());
      Words w = Words.of(t);
      for (List<Object> row : red.rows()) {
        TaskStatus s = q.quarterEnd().task((String) row.get(0));
        Escalation x = s.escalation().orElseThrow();
        assertEquals(t.get("dispatch.escalation", t.name(x.step().name()), t.period(Period.month(x.reached()))),
            row.get(3), "the command line's red list: the step reached and its month");
        assertEquals(DispatchRules.defaults().escalation().stream().filter(e -> e.months() <= s.monthsRed())
            .reduce((a, b) -> b).orElseThrow(), x.step());
      }
      for (EscalationStep step : q.rules().escalation()) {
        assertTrue(red.notes().stream().anyMatch(n -> n.contains(t.name(step.name()))), red.notes().toString());
      }
    }
    String zh = own(Pages.quarterly(q, Texts.chinese()));
    assertTrue(zh.contains("通报单位存在问题") && zh.contains("督办升级：任务连续红灯1个月提醒，2个月催办，3个月督办函，4个月约谈。"));
    // Each named unit with its problems: the report's shortfalls, in their order.
    Words w = Words.of(Texts.chinese());
    for (String u : q.named()) {
      List<Quarterly.Problem> ps = q.problems(u);
      Quarterly.Ranking r = q.rankings().stream().filter(x -> x.named.contains(u)).findFirst().orElseThrow();
      assertEquals(r.report.shortfalls(u), ps.stream().map(x -> x.shortfall).toList());
      for (Quarterly.Problem x : ps) {
        assertTrue(zh.contains(Html.esc(QuarterlyPage.problemText(x, u, q, w))), u);
      }
    }
  }

  static long marked(Table ranking, Table.Tone tone) {
    return ranking.rows().stream().filter(r -> r.get(4) instanceof Table.Mark && ((Table.Mark) r.get(4)).tone() == tone)
        .count();
  }

  @Test
  void yearEndPartsAddUpToTheScoreBeforeAdjustmentsAndTheAdjustmentsToTheScore() {
    for (Assessment a : Fixtures.assessments()) {
      Evaluation e = a.evaluation();
      for (String u : e.units()) {
        if (e.score(u).isEmpty()) {
          continue;
        }
        YearEndPage.Build b = YearEndPage.build(e, u, Texts.chinese());
        double parts = b.contributions.stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(b.subtotal, parts, 1e-9, u + ": parts");
        double end = b.steps.isEmpty() ? b.subtotal : b.steps.get(b.steps.size() - 1).after;
        assertEquals(e.score(u).getAsDouble(), end, 1e-6, u + ": after the rules");
        for (int i = 1; i < b.steps.size(); i++) {
          assertEquals(b.steps.get(i - 1).after, b.steps.get(i).before, 1e-6, u + ": rules follow each other");
        }
      }
    }
  }

  @Test
  void yearEndShowsEveryScoredUnitItsHeadAndWhereItStandsAgainstTheQuota() {
    List<Assessment> as = Fixtures.assessments();
    Page p = Fixtures.yearEndPage(Texts.chinese());
    selfContained(p, true);
    String html = own(p);
    Words w = Words.of(Texts.chinese());
    int charts = 0;
    for (Assessment a : as) {
      Evaluation e = a.evaluation();
      long scored = e.units().stream().filter(u -> e.score(u).isPresent()).count();
      long groups = YearEndPage.groups(e).stream().filter(g -> !e.ranked(g).isEmpty()).count();
      charts += scored + groups;
      // The command line's results tables: the ranked units of a group, then those not ranked.
      for (String g : YearEndPage.groups(e)) {
        long unranked = e.units().stream().filter(u -> e.group(u).orElse("").equals(g) && e.unranked(u).isPresent())
            .count();
        assertEquals(e.ranked(g).size() + unranked,
            table(p, g.isEmpty() ? "assessment" : "assessment." + g).rows().size(),
            "the ranked units, then those not ranked, each with its reason");
      }
      for (String u : e.units()) {
        String name = Html.esc(Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese()));
        a.head(u).ifPresent(h -> assertTrue(html.contains(h.recommendation()
            ? "主要负责人" + h.head().text(true) + "：建议评定为" + h.grade() + "（垂直管理单位，报上级主管部门）"
            : "主要负责人" + h.head().text(true) + "：" + h.grade()), u + " " + h));
        e.unranked(u).ifPresent(r -> assertTrue(html.contains(name + "：" + Charts.two(e.score(u).getAsDouble())
            + "分，") && html.contains("不参与排名原因：" + r), u));
      }
    }
    assertEquals(charts, p.chartCount(), "a card per unit scored, a chart per ranking group");
    Assessment departments = as.get(1);
    Evaluation d = departments.evaluation();
    List<String> unranked = d.units().stream().filter(u -> d.rank(u).isEmpty() && d.score(u).isPresent()).toList();
    assertFalse(unranked.isEmpty(), "the sample has departments answering for fewer than 3 tasks");
    assertEquals(unranked, table(p, "assessment.unranked").rows().stream().map(r -> (String) r.get(1)).toList());
    List<String> vertical = d.units().stream().filter(u -> departments.head(u).map(HeadGrade::recommendation)
        .orElse(false)).toList();
    assertFalse(vertical.isEmpty(), "the sample has vertically managed departments");
    Table results = table(p, "assessment");
    for (List<Object> row : results.rows()) {
      HeadGrade h = departments.head((String) row.get(2)).orElseThrow();
      assertEquals(h.recommendation() ? "建议评定为" + h.grade() + "（报上级主管部门）" : h.grade(),
          row.get(row.size() - 2));
    }
    assertTrue(html.contains("名额：优秀等次不超过参评单位的20%（四舍五入）。名额在各排名组（区、县（市）和开发区）内分别计算。"),
        "the districts' quota is counted within each group");
  }

  /** The quota places a card shows are the engine's: the same scope, size, allowance and forced places. */
  @Test
  void quotaPlacesAreCountedWithinEachScopeAsTheEngineCountsThem() {
    Pattern reason = Pattern.compile("quota: at most [0-9.]+% of ([0-9]+) units(?: in (.+?))? \\(([0-9]+), \\w+\\) "
        + "may be (\\S+)(?:, ([0-9]+) of them forced to \\S+)?; moved to \\S+");
    int demoted = 0;
    for (Assessment a : Fixtures.assessments()) {
      Evaluation e = a.evaluation();
      Quota q = YearEndPage.quota(e.plan()).orElseThrow();
      for (String u : e.units()) {
        if (e.score(u).isEmpty()) {
          continue;
        }
        YearEndPage.Places places = YearEndPage.places(e, u, q);
        assertEquals(e.group(u).orElse(""), places.scope, u);
        for (String r : e.gradeReasons(u)) {
          Matcher m = reason.matcher(r);
          if (r.startsWith("quota:")) {
            assertTrue(m.matches(), r);
            demoted++;
            assertEquals(Integer.parseInt(m.group(1)), places.size, r);
            assertEquals(m.group(2) == null ? "" : m.group(2), places.scope, r);
            assertEquals(Integer.parseInt(m.group(3)), places.allowed, r);
            assertEquals(m.group(5) == null ? 0 : Integer.parseInt(m.group(5)), places.forced, r);
            assertTrue(places.place > places.allowed - places.forced || places.place == 0, u + " " + r);
          }
        }
        // A unit competing for the band at a place within the allowance keeps the band.
        if (places.place > 0 && places.place <= places.allowed) {
          assertEquals(q.band(), e.grade(u).orElseThrow(), u + " at place " + places.place);
        }
        if (places.forcedSelf) {
          assertEquals(q.band(), e.grade(u).orElseThrow(), u);
        }
      }
    }
    assertTrue(demoted >= 3, "the sample cuts places within a group: " + demoted);
  }

  /** Both readers of the engine's rule steps — the command line's table and the page's — see the same changes. */
  @Test
  void adjustmentsAreReadAsTheCommandLineReadsThem() {
    for (Assessment a : Fixtures.assessments()) {
      Evaluation e = a.evaluation();
      Table cli = Tables.assessment(a, Fixtures.PROGRAMME, Integer.MAX_VALUE, Texts.english()).tables().stream()
          .filter(t -> t.id().equals("assessment.adjustments")).findFirst().orElseThrow();
      // The command line lists the ranked units; the page every unit scored, those not ranked last.
      List<String> ranked = YearEndPage.groups(e).stream().flatMap(g -> e.ranked(g).stream()).toList();
      Table page = YearEndPage.adjustments(Fixtures.PROGRAMME, e, ranked, Words.of(Texts.english()));
      assertEquals(cli.rows().size(), page.rows().size());
      assertTrue(page.rows().size() > 10, "the sample's rules change scores");
      Set<String> cliRows = new java.util.HashSet<>();
      Set<String> pageRows = new java.util.HashSet<>();
      for (int i = 0; i < page.rows().size(); i++) {
        cliRows.add(key(cli.rows().get(i)));
        pageRows.add(key(page.rows().get(i)));
      }
      assertEquals(cliRows, pageRows);
    }
    // What the engine writes: a condition label with brackets and arrows, a base score, a score from nothing.
    RuleEffects.Effect x = RuleEffects.parse("department", "rule 牵头指标国评前10（或省评第1）: eval.national-rank = 6 ≤ 10 "
        + "→ full marks 100; the unit is graded 优秀 (94.734119 → 100)").orElseThrow();
    assertEquals("牵头指标国评前10（或省评第1）: eval.national-rank = 6 ≤ 10 → full marks 100; the unit is graded 优秀",
        x.rule);
    assertEquals(94.734119, x.before);
    assertEquals(100, x.after);
    x = RuleEffects.parse("tasks", "rule bonus-deduction: lead.late.A × 1 → -5; x × 1 → -1 (matter M1, counted once "
        + "at its largest) (100 → 94)").orElseThrow();
    assertTrue(x.bonusDeduction() && x.before == 100 && x.after == 94 && x.change() == -6);
    x = RuleEffects.parse("d", "rule override: a = 1 → full marks 100 (NaN → 100)").orElseThrow();
    assertEquals(100, x.change());
    assertEquals(5.0E-4, RuleEffects.parse("d", "rule veto: a → the node scores 0 (5.0E-4 → 0)").orElseThrow().before);
    assertTrue(RuleEffects.parse("d", "rule veto: a → not in the top band (87.5 → 87.5)").isEmpty(), "no change");
    assertTrue(RuleEffects.parse("d", "rules bonus-deduction: no effect").isEmpty());
  }

  /** A row of an adjustments table by what it means: the unit, the scores before and after. */
  static String key(List<Object> row) {
    return row.get(1) + " " + (row.get(4) == null ? "-" : Charts.two(((Number) row.get(4)).doubleValue())) + " → "
        + Charts.two(((Number) row.get(5)).doubleValue());
  }

  @Test
  void everyFactOfTheProgrammeHasANameInBothLanguages() {
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      Words w = Words.of(t);
      for (String c : ProgrammeFacts.COLUMNS) {
        assertTrue(w.hasOwn("fact." + c), c + " has no name in " + t.locale());
        String named = w.rule("bonus-deduction: " + c + " × 1 → -1");
        assertTrue(named.contains(w.get("fact." + c) + " × 1"), named);
      }
    }
    assertEquals("加减分：督查发现严重问题 × 2 → -6；逾期整改事项 × 1 → -2",
        Words.of(Texts.chinese()).rule("bonus-deduction: findings.supervision.serious × 2 → -6; findings.overdue × 1 → -2"));
  }

  @Test
  void gapTargetsShortOfTheBenchmarkAreTheContradictionsOfClassA() {
    GapAnalysis gap = GapAnalysis.of(Fixtures.PROGRAMME);
    Set<String> shortOf = gap.tasks().stream()
        .filter(g -> g.taskClass().orElse(null) == TaskClass.A && g.gap().isPresent() && g.gap().getAsDouble() != 0
            && GapPage.closedShare(g).orElse(100) < 100 - 1e-9)
        .map(g -> g.task().id()).collect(Collectors.toSet());
    Set<String> contradicting = gap.contradictions().stream().filter(g -> g.taskClass().orElse(null) == TaskClass.A)
        .map(g -> g.task().id()).collect(Collectors.toSet());
    assertEquals(contradicting, shortOf);
    Page p = Fixtures.gapPage(Texts.chinese());
    selfContained(p, true);
    assertEquals(3, p.chartCount());
    Table targets = table(p, "gap.targets");
    assertEquals(shortOf.size(), targets.rows().stream().filter(r -> r.get(6) != null
        && ((Number) r.get(6)).doubleValue() < 100 - 1e-9).count());
    // A task declared A although its baseline is not behind the benchmark has no share, and the table says so.
    long ahead = gap.tasks().stream().filter(g -> g.taskClass().orElse(null) == TaskClass.A && g.gap().isPresent()
        && g.gap().getAsDouble() < 0).count();
    assertEquals(ahead, targets.rows().stream().filter(r -> r.get(6) == null).count());
    assertEquals(gap.tasks().stream().filter(g -> g.gap().isPresent()).count(), table(p, "gap.indicators").rows().size());
    List<TaskGap> closed = gap.closedBy(Fixtures.DATA, "sample-city", Fixtures.PROGRAMME.period().end());
    assertEquals(closed.size(), table(p, "gap.closed").rows().size());
  }

  @Test
  void indexQuartilesAreRsTypeSeven() {
    // R: quantile(c(1, 2, 4, 7, 11), c(.25, .5, .75)) = 2 4 7; quantile(c(3, 1, 2, 10), .25) = 1.75
    assertArrayEquals(new double[] {1, 2, 4, 7, 11}, IndexPage.quartiles(new double[] {1, 2, 4, 7, 11}), 1e-12);
    assertEquals(1.75, IndexPage.quantile(new double[] {1, 2, 3, 10}, 0.25), 1e-12);
  }

  @Test
  void indexOfAsem() {
    Fixtures.assumeAsem();
    Page p = Fixtures.indexPage(Texts.english());
    selfContained(p, false);
    assertEquals(5, p.chartCount());
    Table ranking = table(p, "index.ranking");
    assertEquals(51, ranking.rows().size());
    assertEquals("CHE", ranking.rows().get(0).get(1), "COINr's ASEM leader");
    assertEquals(51, table(p, "index.uncertainty").rows().size());
    assertEquals(Fixtures.asemPlan().nodes().size(), table(p, "index.tree").rows().size());
  }

  @Test
  void theFirstQuarterHasNoMovementAndAChartWithNothingToDrawIsLeftOut() {
    Quarterly q1 = Fixtures.quarterly(io.github.bizenv.scoring.model.Period.quarter(2021, 1));
    Page p = Pages.quarterly(q1, Texts.english());
    selfContained(p, false);
    for (Quarterly.Ranking r : q1.rankings()) {
      assertTrue(table(p, QuarterlyPage.rankingId(q1, r)).rows().stream().allMatch(x -> "".equals(x.get(3))),
          "no movement");
    }
    assertEquals(3, table(p, "quarterly.map").columns().size() - 2 + 0, "January to March");
    Html h = new Html("test", "t", Words.of(Texts.english()));
    h.chart(Table.builder("empty", "Nothing").column("a", "A", Table.Kind.TEXT).build(),
        Charts.bars(List.of(), List.of(), List.of(), List.of(), "x", null, null), 300);
    Page empty = h.build("");
    assertEquals(0, empty.chartCount());
    assertTrue(own(empty).contains("Nothing") && own(empty).contains("None"), "the table says there is nothing");
  }

  @Test
  void theSameInputsGiveTheSameBytes() {
    assertEquals(Fixtures.gapPage(Texts.english()).html(), Fixtures.gapPage(Texts.english()).html());
  }

  @Test
  void wrongInputsAreRefusedNamingThem() {
    assertThrows(IllegalArgumentException.class, () -> Pages.yearEnd(Fixtures.PROGRAMME, List.of(), Texts.english()));
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> Quarterly
        .builder(Fixtures.PROGRAMME, Fixtures.DATA, io.github.bizenv.scoring.model.Period.quarter(2022, 1)));
    assertTrue(x.getMessage().contains("2022"), x.getMessage());
    assertThrows(IllegalStateException.class, () -> Quarterly.builder(Fixtures.PROGRAMME, Fixtures.DATA, Fixtures.Q3)
        .build());
  }
}
