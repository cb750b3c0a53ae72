package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.TaskGap;
import java.util.List;
import java.util.Set;
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
  void quarterlyShowsEveryRankedUnitWithThePraisedAndNamedMarked() {
    Quarterly q = Fixtures.quarterly(Fixtures.Q3);
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      Page p = Pages.quarterly(q, t);
      selfContained(p, t.isChinese());
      assertEquals(2, p.chartCount());
      Table ranking = table(p, "quarterly.ranking");
      Evaluation e = q.rankings().get(0).evaluation();
      assertEquals(e.ranked("").size(), ranking.rows().size());
      long praised = ranking.rows().stream().filter(r -> r.get(4) instanceof Table.Mark
          && ((Table.Mark) r.get(4)).tone() == Table.Tone.GREEN).count();
      long named = ranking.rows().stream().filter(r -> r.get(4) instanceof Table.Mark
          && ((Table.Mark) r.get(4)).tone() == Table.Tone.RED).count();
      assertEquals(q.praised().size(), praised);
      assertEquals(q.named().size(), named);
      Table map = table(p, "quarterly.map");
      assertEquals(Fixtures.PROGRAMME.areas().size() + 1, map.rows().size(), "areas and the total");
      assertEquals(9 + 2, map.columns().size(), "January to September, and yellow at the quarter's end");
      // The total red count at September's end is the red list of the dispatch at that date.
      assertEquals(q.quarterEnd().redList().size(), ((Number) map.rows().get(map.rows().size() - 1).get(9)).intValue());
      // The dispatch lists come from Tables, as the command line prints them.
      table(p, "dispatch.red-list");
    }
    assertTrue(own(Pages.quarterly(q, Texts.chinese())).contains("通报单位存在问题"));
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
    Page p = Fixtures.yearEndPage(Texts.chinese());
    selfContained(p, true);
    // The results tables are Tables.assessment's; one waterfall per unit, one bar chart per group.
    table(p, "assessment.district");
    table(p, "assessment.adjustments");
    int units = Fixtures.assessments().stream().mapToInt(a -> a.evaluation().units().size()).sum();
    assertEquals(units + 3 + 1, p.chartCount(), "a card per unit, a chart per group (3 district groups, 1 of departments)");
    assertTrue(own(p).contains("名额限制：12个单位中至多20%（2个，向下取整）可评为优秀；调整为良好"));
  }

  @Test
  void gapTargetsShortOfTheBenchmarkAreTheContradictionsOfClassA() {
    GapAnalysis gap = GapAnalysis.of(Fixtures.PROGRAMME);
    Set<String> shortOf = gap.tasks().stream()
        .filter(g -> g.taskClass().orElse(null) == TaskClass.A && g.gap().isPresent() && g.gap().getAsDouble() != 0
            && GapPage.closedShare(g) < 100 - 1e-9)
        .map(g -> g.task().id()).collect(Collectors.toSet());
    Set<String> contradicting = gap.contradictions().stream().filter(g -> g.taskClass().orElse(null) == TaskClass.A)
        .map(g -> g.task().id()).collect(Collectors.toSet());
    assertEquals(contradicting, shortOf);
    Page p = Fixtures.gapPage(Texts.chinese());
    selfContained(p, true);
    assertEquals(3, p.chartCount());
    Table targets = table(p, "gap.targets");
    assertEquals(shortOf.size(), targets.rows().stream().filter(r -> ((Number) r.get(6)).doubleValue() < 100 - 1e-9)
        .count());
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
    Page p = Pages.quarterly(Fixtures.quarterly(io.github.bizenv.scoring.model.Period.quarter(2021, 1)), Texts.english());
    selfContained(p, false);
    assertTrue(table(p, "quarterly.ranking").rows().stream().allMatch(r -> "".equals(r.get(3))), "no movement");
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
