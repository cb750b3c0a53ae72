package io.github.bizenv.scoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.analysis.Audit;
import io.github.bizenv.scoring.analysis.CorrelationMethod;
import io.github.bizenv.scoring.analysis.Dimension;
import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.Stage;
import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit's and the analyses' tables: the same stable keys and numbers in both languages, unrounded CSV, and
 * the analyses' warnings put into Chinese.
 */
class AnalysisTablesTest {

  static final Texts EN = Texts.english();
  static final Texts ZH = Texts.chinese();

  static Plan plan() {
    return Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'small','name':{'en':'Small'},"
        + "'pipeline':[{'step':'screen','minShare':0}],"
        + "'defaults':{'normalizer':{'name':'min-max','lower':0,'upper':100}},"
        + "'nodes':[{'id':'I'},{'id':'G1','parent':'I','name':{'zh':'第一组','en':'Group one'}},{'id':'G2','parent':'I'},"
        + "{'id':'x1','parent':'G1','source':'x1'},{'id':'x2','parent':'G1','source':'x2'},"
        + "{'id':'x3','parent':'G2','source':'x3','direction':'lower-is-better'},{'id':'x4','parent':'G2','source':'x4'}]}")
        .replace('\'', '"'), "small.json");
  }

  static Dataset data() {
    double[][] x = {{1, 2, 3, 4, 5, 10}, {2, 1, 4, 3, 6, 5}, {10, 8, 7, 6, 4, 2}, {0, 0, 1, 1, 2, 7}};
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 6; u++) {
      for (int i = 0; i < 4; i++) {
        b.value("u" + u, "x" + (i + 1), x[i][u] / 3);
      }
    }
    return b.build();
  }

  static List<String> keys(Table t) {
    List<String> out = new ArrayList<>();
    t.columns().forEach(c -> out.add(c.key()));
    return out;
  }

  @Test
  void auditTablesHaveTheSameKeysAndNumbersInBothLanguages() {
    Audit audit = Audit.of(plan(), data());
    List<Table> en = new ArrayList<>();
    List<Table> zh = new ArrayList<>();
    for (Texts t : List.of(EN, ZH)) {
      List<Table> out = t == EN ? en : zh;
      out.add(AnalysisTables.statistics(audit, Stage.RAW, t));
      out.add(AnalysisTables.correlations(audit, Stage.AGGREGATED, CorrelationMethod.SPEARMAN, t));
      out.add(AnalysisTables.correlationFlags(audit, Stage.NORMALISED, CorrelationMethod.PEARSON, 0.5, -0.2, t));
      out.add(AnalysisTables.parentCorrelations(audit, CorrelationMethod.PEARSON, t));
      out.add(AnalysisTables.cronbach(audit, t));
      out.addAll(AnalysisTables.pca(audit, 1, audit.pca(Stage.NORMALISED, "I", 1, true), t));
      out.addAll(AnalysisTables.removal(audit, 2, audit.removalEffects(2), t));
      out.add(AnalysisTables.unitSummary(audit, "u0", t));
      out.add(AnalysisTables.strengthsAndWeaknesses(audit, audit.strengthsAndWeaknesses("u0", Stage.NORMALISED, 1, 1),
          Stage.NORMALISED, t));
    }
    for (int k = 0; k < en.size(); k++) {
      assertEquals(keys(en.get(k)), keys(zh.get(k)), en.get(k).id());
      assertEquals(en.get(k).rows().size(), zh.get(k).rows().size(), en.get(k).id());
      assertFalse(en.get(k).title().equals(zh.get(k).title()), "translated: " + en.get(k).title());
      for (int r = 0; r < en.get(k).rows().size(); r++) {
        for (int c = 0; c < en.get(k).columns().size(); c++) {
          Object a = en.get(k).rows().get(r).get(c);
          if (a instanceof Number) {
            assertEquals(a, zh.get(k).rows().get(r).get(c), en.get(k).id() + " row " + r);
          }
        }
      }
    }
    Table stats = en.get(0);
    assertEquals(4, stats.rows().size());
    assertEquals("x1", stats.rows().get(0).get(0));
    String csv = Report.of("s", "s", List.of(), List.of(stats)).toCsvUnrounded();
    assertTrue(csv.contains(",0.3333333333333333,"), "unrounded: " + csv);
    assertTrue(Report.of("s", "s", List.of(), List.of(stats)).toCsv().contains(",0.333,"), "rounded for people");
    assertEquals(6 * 7 / 2, en.get(1).rows().size(), "every pair of the 7 nodes once");
    assertEquals("第一组", zh.get(3).rows().get(0).get(4), "names in the reader's language");
    assertEquals(List.of("group", "node", "name", "units", "weight", "loading-1", "loading-2"), keys(en.get(5)));
  }

  @Test
  void theAnalysesWarningsAndTheirTablesInChinese() {
    UncertaintySpec spec = UncertaintySpec.builder().id("s")
        .dimension(Dimension.winmax("winmax", 1, 2))
        .dimension(Dimension.aggregators("agg", List.of(Map.of("name", "weighted-mean"),
            Map.of("name", "geometric-mean"))))
        .build();
    SensitivityResult s = UncertaintyAnalysis.builder(plan(), data(), spec).seed(3).threads(1).build()
        .sensitivity(8, 5);
    assertTrue(s.warnings().size() >= 3, s.warnings().toString());
    for (String w : s.warnings()) {
      assertTrue(ZH.translates(w), "translated: " + w + " → " + ZH.sentence(w));
    }
    assertEquals("不确定因素“winmax”不会改变任何结果：该评价体系没有异常值处理步骤", AnalysisTables.warning(s.warnings().get(0), ZH));
    assertTrue(s.warnings().get(1).startsWith("no Sobol index could be estimated, as "), s.warnings().get(1));
    assertTrue(AnalysisTables.warning(s.warnings().get(1), ZH).startsWith("无法估计任何索博尔指数："),
        AnalysisTables.warning(s.warnings().get(1), ZH));
    Table indices = AnalysisTables.sensitivityIndices(s, ZH);
    assertEquals(List.of("dimension", "first-order", "first-order-5", "first-order-95", "total-effect",
        "total-effect-5", "total-effect-95"), keys(indices));
    assertEquals("不确定的假设", indices.columns().get(0).header());
    Table outputs = AnalysisTables.sensitivityOutputs(s, List.of("winmax", "agg"), EN);
    assertEquals(8 * 4, outputs.rows().size());
    assertEquals(List.of("A", "B", "AB_winmax", "AB_agg"), List.of(outputs.rows().get(0).get(1),
        outputs.rows().get(8).get(1), outputs.rows().get(16).get(1), outputs.rows().get(24).get(1)));
    Table failures = AnalysisTables.failures(s.uncertainty(), ZH);
    assertEquals(s.uncertainty().failures().size(), failures.rows().size());
    assertTrue(failures.rows().size() > 0);
    assertTrue(AnalysisTables.rankStatistics(s.uncertainty(), EN).rows().get(0).get(1).equals(1),
        "units in nominal rank order");
  }
}
