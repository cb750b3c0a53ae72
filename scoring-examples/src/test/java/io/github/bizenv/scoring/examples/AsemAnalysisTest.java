package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bizenv.scoring.analysis.Audit;
import io.github.bizenv.scoring.analysis.CorrelationMethod;
import io.github.bizenv.scoring.analysis.IndicatorStatistics;
import io.github.bizenv.scoring.analysis.PrincipalComponents;
import io.github.bizenv.scoring.analysis.RankStatistics;
import io.github.bizenv.scoring.analysis.RemovalEffect;
import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.Stage;
import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit and the uncertainty analysis of the bundled asem.json: the statistics COINr printed while building
 * the index (../shared/data/asem/pipeline, skipped when absent) within 1e-9, and COINr's four-dimension spec.
 */
class AsemAnalysisTest {

  static Plan plan;
  static Dataset data;
  static Audit audit;

  @BeforeAll
  static void build() {
    assumeTrue(Files.isRegularFile(AsemConformanceTest.DATA.resolve("ASEM_iData.csv")),
        "skipped: reference data ../shared/data/asem is not beside the repository");
    plan = Engine.create().compile(io.github.bizenv.scoring.methodologies.Catalogue.bundled().methodology("asem"));
    data = Dataset.readCsv(AsemConformanceTest.DATA.resolve("ASEM_iData.csv"), plan.unitColumn(),
        plan.periodColumn().orElse(null), DocumentLimits.defaults());
    audit = Audit.of(plan, data);
  }

  static Map<String, IndicatorStatistics> stats(Stage stage) {
    Map<String, IndicatorStatistics> out = new HashMap<>();
    audit.statistics(stage).forEach(s -> out.put(s.node(), s));
    return out;
  }

  /** COINr's treat_details.csv: skew and kurtosis of each indicator before and after winsorisation. */
  @Test
  void skewAndKurtosisAreCoinrsTreatmentFigures() throws IOException {
    Map<String, IndicatorStatistics> before = stats(Stage.SCREENED);
    Map<String, IndicatorStatistics> after = stats(Stage.TREATED);
    int compared = 0;
    for (Map<String, String> d : AsemConformanceTest.table("treat_details.csv")) {
      IndicatorStatistics s = before.get(d.get("iCode"));
      assertEquals(Double.parseDouble(d.get("check_SkewKurt0.Skew")), s.skewness().getAsDouble(), 1e-9, d.get("iCode"));
      assertEquals(Double.parseDouble(d.get("check_SkewKurt0.Kurt")), s.kurtosis().getAsDouble(), 1e-9, d.get("iCode"));
      assertEquals(!Boolean.parseBoolean(d.get("check_SkewKurt0.Pass").toLowerCase()), s.outliers(),
          "Flag.SkewKurt flags what treatment treats: " + d.get("iCode"));
      if (!d.get("winsorise.nwin").isEmpty()) {
        IndicatorStatistics t = after.get(d.get("iCode"));
        assertEquals(Double.parseDouble(d.get("check_SkewKurt1.Skew")), t.skewness().getAsDouble(), 1e-9);
        assertEquals(Double.parseDouble(d.get("check_SkewKurt1.Kurt")), t.kurtosis().getAsDouble(), 1e-9);
      }
      compared++;
    }
    assertEquals(49, compared);
  }

  /** Every stage's statistics are those of COINr's own output of that stage. */
  @Test
  void statisticsOfEveryStageMatchCoinrsDataSets() throws IOException {
    Map<Stage, String> files = Map.of(Stage.RAW, "1_Raw.csv", Stage.DENOMINATED, "2_Denominated.csv",
        Stage.IMPUTED, "3_Imputed.csv", Stage.TREATED, "5_Treated.csv", Stage.NORMALISED, "6_Normalised.csv",
        Stage.AGGREGATED, "7_Aggregated.csv");
    for (Map.Entry<Stage, String> f : files.entrySet()) {
      List<Map<String, String>> rows = AsemConformanceTest.table(f.getValue());
      Map<String, IndicatorStatistics> mine = stats(f.getKey());
      for (IndicatorStatistics s : mine.values()) {
        List<Double> col = new ArrayList<>();
        for (Map<String, String> r : rows) {
          String v = r.get(s.node());
          if (v != null && !v.isEmpty()) {
            col.add(Double.parseDouble(v));
          }
        }
        double mean = col.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = col.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        String what = f.getKey() + "/" + s.node();
        assertEquals(col.size(), s.count(), what);
        assertEquals(rows.size(), s.units(), what);
        assertEquals(mean, s.mean().getAsDouble(), 1e-9 * Math.max(1, Math.abs(mean)), what);
        assertEquals(Math.sqrt(ss / (col.size() - 1)), s.standardDeviation().getAsDouble(),
            1e-9 * Math.max(1, Math.abs(mean)), what);
        assertEquals(col.stream().mapToDouble(Double::doubleValue).min().getAsDouble(), s.min().getAsDouble(), 1e-9 * Math.max(1, Math.abs(mean)), what);
      }
      assertEquals(f.getKey() == Stage.AGGREGATED ? 60 : 49, mine.size(), f.getKey().toString());
    }
  }

  @Test
  void correlationsPcaAndRemovalOnTheIndex() {
    assertEquals(4, audit.levels());
    assertEquals(8, audit.nodes("Index", 2).size());
    audit.correlationsWithParent(1, CorrelationMethod.PEARSON).forEach(c ->
        assertTrue(c.value().isPresent(), c.toString()));
    assertTrue(audit.cronbachAlpha(Stage.NORMALISED, "Index", 1).getAsDouble() > 0.5);
    List<PrincipalComponents> pca = audit.pca(Stage.AGGREGATED, "Index", 2, true);
    assertEquals(List.of("Conn", "Sust"), pca.stream().map(p -> p.group().orElseThrow()).collect(
        java.util.stream.Collectors.toList()));
    assertEquals(51, pca.get(0).units().size());
    List<RemovalEffect> pillars = audit.removalEffects(2);
    assertEquals(8, pillars.size());
    for (RemovalEffect e : pillars) {
      assertTrue(e.meanAbsoluteRankChange().getAsDouble() > 0, e.toString());
      assertEquals(51, e.units().size());
    }
    assertEquals(List.of("CHE", "NLD", "DNK", "NOR", "BEL"), audit.unitSummary("CHE").isEmpty() ? List.of()
        : audit.evaluation().ranked("").subList(0, 5));
    assertEquals(1, audit.unitSummary("CHE").get(0).rank().getAsInt());
    assertEquals(5, audit.strengthsAndWeaknesses("CHN", Stage.NORMALISED, 5, 5).strengths().size());
  }

  static UncertaintySpec spec() throws IOException {
    try (InputStream in = AsemAnalysisTest.class.getResourceAsStream("/uncertainty/asem-coinr.json")) {
      return UncertaintySpec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "asem-coinr.json");
    }
  }

  @Test
  void coinrsFourDimensionsOnTheIndex() throws IOException {
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(plan, data, spec()).seed(2024).threads(2).build();
    assertEquals(List.of(), ua.warnings());
    UncertaintyResult u = ua.uncertainty(16);
    RankStatistics che = u.rankStatistics("CHE");
    assertEquals(1, che.nominalRank().getAsInt());
    System.out.println("ASEM uncertainty, N = 16: " + u.failures().size() + " failed replications; " + che);
    for (RankStatistics r : u.rankStatistics()) {
      assertTrue(r.rank5().getAsDouble() <= r.medianRank().getAsDouble()
          && r.medianRank().getAsDouble() <= r.rank95().getAsDouble(), r.toString());
    }
  }
}
