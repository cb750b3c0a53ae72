package io.github.bizenv.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The audit's figures against hand-computed values (checked independently with NumPy/SciPy and, for the exact
 * Spearman p-value, by enumerating all 720 permutations), and against the output COINr's documentation prints for
 * {@code get_stats(mtcars)}.
 */
class AuditTest {

  static final double EPS = 1e-12;

  /** Four indicators in two groups of a one-index tree; x3 is lower-is-better and has a gap. */
  static final String SMALL = ("{'schema':'bizenv.methodology/1','id':'small','name':{'en':'Small'},'pipeline':[{'step':'screen','minShare':0}],"
      + "'defaults':{'normalizer':{'name':'min-max','lower':0,'upper':100}},"
      + "'nodes':[{'id':'I','missing':{'minShare':0}},{'id':'G1','parent':'I','missing':{'minShare':0}},"
      + "{'id':'G2','parent':'I','missing':{'minShare':0}},"
      + "{'id':'x1','parent':'G1','source':'x1'},{'id':'x2','parent':'G1','source':'x2'},"
      + "{'id':'x3','parent':'G2','source':'x3','direction':'lower-is-better'},{'id':'x4','parent':'G2','source':'x4'}]}")
      .replace('\'', '"');

  static Audit small() {
    Plan plan = Engine.create().compile(SMALL, "small.json");
    double[][] x = {{1, 2, 3, 4, 5, 10}, {2, 1, 4, 3, 6, 5}, {10, 8, Double.NaN, 6, 4, 2}, {0, 0, 1, 1, 2, 7}};
    String[] units = {"a", "b", "c", "d", "e", "f"};
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 6; u++) {
      b.unit(units[u]);
      for (int i = 0; i < 4; i++) {
        if (!Double.isNaN(x[i][u])) {
          b.value(units[u], "x" + (i + 1), x[i][u]);
        }
      }
    }
    return Audit.of(plan, b.build());
  }

  @Test
  void levelsAndSelections() {
    Audit a = small();
    assertEquals(3, a.levels());
    assertEquals(List.of("x1", "x2", "x3", "x4"), a.nodes("I", 1));
    assertEquals(List.of("x3", "x4"), a.nodes("G2", 1));
    assertEquals(List.of("G1", "G2"), a.nodes("I", 2));
    assertEquals(List.of(Stage.RAW, Stage.SCREENED, Stage.NORMALISED, Stage.AGGREGATED), a.stages());
    assertThrows(IllegalArgumentException.class, () -> a.statistics(Stage.TREATED));
    assertThrows(IllegalArgumentException.class, () -> a.nodes("I", 4));
  }

  @Test
  void statisticsOfAColumnWithAGap() {
    List<IndicatorStatistics> raw = small().statistics(Stage.RAW);
    assertEquals(List.of("x1", "x2", "x3", "x4"), raw.stream().map(IndicatorStatistics::node)
        .collect(Collectors.toList()));
    IndicatorStatistics x1 = raw.get(0);
    assertEquals(6, x1.count());
    assertEquals(25.0 / 6, x1.mean().getAsDouble(), EPS);
    assertEquals(3.5, x1.median().getAsDouble(), EPS);
    assertEquals(3.1885210782848317, x1.standardDeviation().getAsDouble(), EPS);
    IndicatorStatistics x3 = raw.get(2);
    assertEquals(5, x3.count());
    assertEquals(6, x3.units());
    assertEquals(1.0 / 6, x3.missingShare(), EPS);
    assertEquals(6, x3.median().getAsDouble(), EPS);
    assertEquals(0, x3.skewness().getAsDouble(), EPS, "2, 4, 6, 8, 10 is symmetric");
    assertEquals(-1.2, x3.kurtosis().getAsDouble(), EPS, "type 2 kurtosis of five equally spaced values");
    IndicatorStatistics x4 = raw.get(3);
    assertEquals(2, x4.zeros());
    assertEquals(4, x4.nonZero());
    assertEquals(4, x4.unique());
    assertEquals(2, x4.same());
    assertEquals(4.0 / 6, x4.uniqueShare(), EPS);
  }

  /** mtcars as COINr's documentation prints {@code get_stats(mtcars)} (3 significant figures). */
  @Test
  void mtcarsAsCoinrDocumentsIt() {
    double[][] cols = {
        {21.0, 21.0, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4,
            30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26.0, 30.4, 15.8, 19.7, 15.0, 21.4},
        {6, 6, 4, 6, 8, 6, 8, 4, 4, 6, 6, 8, 8, 8, 8, 8, 8, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 4, 8, 6, 8, 4},
        {0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1},
        {4, 4, 1, 1, 2, 1, 4, 2, 2, 4, 4, 3, 3, 3, 4, 4, 4, 1, 2, 1, 1, 2, 2, 4, 2, 1, 2, 2, 4, 6, 8, 2}};
    StatisticsThresholds t = StatisticsThresholds.defaults();
    IndicatorStatistics mpg = new IndicatorStatistics("mpg", cols[0], t);
    IndicatorStatistics cyl = new IndicatorStatistics("cyl", cols[1], t);
    IndicatorStatistics vs = new IndicatorStatistics("vs", cols[2], t);
    IndicatorStatistics carb = new IndicatorStatistics("carb", cols[3], t);
    // mpg 10.40 33.90 20.100 19.20 6.030 0.672 -0.022 32 32 | 25 2 1 1.000 0.7810 0.0625 ok ok ok ok
    assertEquals(0.672, signif(mpg.skewness().getAsDouble()));
    assertEquals(-0.022, signif(mpg.kurtosis().getAsDouble()));
    assertEquals(6.03, signif(mpg.standardDeviation().getAsDouble()));
    assertEquals(25, mpg.unique());
    assertEquals(2, mpg.same());
    assertEquals(0.0625, mpg.sameShare(), EPS);
    // cyl: skew -0.192, kurt -1.760, N.Unique 3, N.Same 14, Frc.Unique 0.0938, Flag.Unique LOW
    assertEquals(-0.192, signif(cyl.skewness().getAsDouble()));
    assertEquals(-1.76, signif(cyl.kurtosis().getAsDouble()));
    assertEquals(14, cyl.same());
    assertEquals(0.0938, signif(cyl.uniqueShare()));
    assertTrue(cyl.lowUnique());
    assertFalse(cyl.lowNonZero());
    // vs: 0.438 mean, median 0, sd 0.504, skew 0.265, kurt -2.06, N.NonZero 14, Frc.NonZero 0.438, LOW, LOW
    assertEquals(0.438, signif(vs.mean().getAsDouble()));
    assertEquals(0.504, signif(vs.standardDeviation().getAsDouble()));
    assertEquals(0.265, signif(vs.skewness().getAsDouble()));
    assertEquals(-2.06, signif(vs.kurtosis().getAsDouble()));
    assertEquals(14, vs.nonZero());
    assertEquals(18, vs.same());
    assertTrue(vs.lowNonZero());
    assertTrue(vs.lowUnique());
    // carb: mean 2.81, median 2, sd 1.62, skew 1.16, kurt 2.02, Unique 6, Same 10; not flagged for outliers
    assertEquals(1.16, signif(carb.skewness().getAsDouble()));
    assertEquals(2.02, signif(carb.kurtosis().getAsDouble()));
    assertEquals(1.1570911127381496, carb.skewness().getAsDouble(), EPS);
    assertEquals(2.0200593080811724, carb.kurtosis().getAsDouble(), EPS);
    assertEquals(2, carb.median().getAsDouble(), EPS);
    assertFalse(carb.outliers());
    assertTrue(new IndicatorStatistics("carb", cols[3], StatisticsThresholds.of(1, 2, 0.65, 0.5, 0.5)).outliers());
  }

  static double signif(double x) {
    return new java.math.BigDecimal(x).round(new java.math.MathContext(3)).doubleValue();
  }

  @Test
  void correlationsOverCompletePairsWithRsPValues() {
    Audit a = small();
    CorrelationMatrix p = a.correlations(Stage.RAW, List.of("x1"), List.of("x2", "x3", "x4"), CorrelationMethod.PEARSON);
    Correlation x13 = p.get("x1", "x3");
    assertEquals(5, x13.pairs());
    assertEquals(-0.946753116400804, x13.value().getAsDouble(), EPS);
    assertEquals(0.01463105693056532, x13.pValue().getAsDouble(), 1e-12);
    assertEquals(0.0007009594024010823, p.get("x1", "x4").pValue().getAsDouble(), 1e-14);
    CorrelationMatrix s = a.correlations(Stage.RAW, List.of("x1"), List.of("x2", "x3", "x4"), CorrelationMethod.SPEARMAN);
    Correlation x12 = s.get("x1", "x2");
    assertEquals(0.8285714285714287, x12.value().getAsDouble(), EPS);
    assertEquals(42.0 / 720, x12.pValue().getAsDouble(), EPS, "exact: 42 of the 720 permutations have S ≤ 6");
    assertTrue(x12.significant(0.05).isEmpty(), "COINr's get_corr drops it at pval = 0.05");
    assertEquals(0.8285714285714287, x12.significant(0).getAsDouble(), EPS);
    assertEquals(-1, s.get("x1", "x3").value().getAsDouble(), EPS);
    assertEquals(2.0 / 120, s.get("x1", "x3").pValue().getAsDouble(), EPS, "exact, the one extreme permutation");
    Correlation x14 = s.get("x1", "x4");
    assertEquals(0.9710083124552245, x14.value().getAsDouble(), EPS);
    assertEquals(0.001248592903197677, x14.pValue().getAsDouble(), 1e-13, "ties: the t approximation");
  }

  @Test
  void spearmanPValuesAboveNineUnitsUseTheEdgeworthSeries() {
    double[] x = new double[12];
    for (int i = 0; i < 12; i++) {
      x[i] = i + 1;
    }
    double[] r = Stats.correlation(x, new double[] {3, 1, 2, 6, 4, 5, 12, 8, 7, 9, 11, 10}, true);
    assertEquals(0.8391608391608393, r[0], EPS);
    assertEquals(0.0011918743865398018, r[1], 1e-15, "AS 89's Edgeworth series at S = 46, as R's prho");
    double[] strong = Stats.correlation(x, new double[] {2, 1, 4, 3, 6, 5, 8, 7, 10, 12, 9, 11}, true);
    assertEquals(0, strong[1], "the series goes below 0 and R's prho clamps it");
    assertEquals(0.5, Stats.normalCdf(0), 1e-16);
    assertEquals(0.9750021048517795, Stats.normalCdf(1.96), 1e-15);
    assertEquals(0.022750131948179195, Stats.normalCdf(-2), 1e-15);
  }

  @Test
  void parentCorrelationsFlagsAndCronbach() {
    Audit a = small();
    List<Correlation> withParent = a.correlationsWithParent(2, CorrelationMethod.PEARSON);
    assertEquals("G1", withParent.get(0).first());
    assertEquals("I", withParent.get(0).second());
    assertEquals(0.9769241414955817, withParent.get(0).value().getAsDouble(), EPS);
    assertEquals(0.9806891293904467, withParent.get(1).value().getAsDouble(), EPS);
    List<Correlation> low = a.correlationFlags(Stage.RAW, CorrelationMethod.PEARSON, 0, false, 2);
    assertEquals(1, low.size());
    assertEquals("G2", low.get(0).group().orElseThrow());
    assertEquals(-0.8677218312746247, low.get(0).value().getAsDouble(), EPS);
    List<Correlation> high = a.correlationFlags(Stage.RAW, CorrelationMethod.PEARSON, 0.5, true, 2);
    assertEquals(List.of("x1"), high.stream().map(Correlation::first).collect(Collectors.toList()));
    assertEquals(0.6873224701593483, high.get(0).value().getAsDouble(), EPS);
    assertEquals(0.75, a.cronbachAlpha(Stage.RAW, "G1", 1).getAsDouble(), EPS);
  }

  @Test
  void principalComponentsOfTheNormalisedIndicators() {
    List<PrincipalComponents> all = small().pca(Stage.NORMALISED, "I", 1, false);
    PrincipalComponents p = all.get(0);
    assertEquals(List.of("a", "b", "d", "e", "f"), p.units(), "c lacks x3");
    double[] sdev = {1.8761800988579702, 0.6316088436888736, 0.2818208150563121, 0.03994412878380636};
    double[] w = {0.5212926905665617, 0.45524272125917586, 0.5198035626998917, 0.5008115930236792};
    for (int i = 0; i < 4; i++) {
      assertEquals(sdev[i], p.standardDeviations().get(i), 1e-12);
      assertEquals(w[i], p.weights().get(i), 1e-12);
    }
    assertEquals(1, p.varianceShares().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
    List<PrincipalComponents> groups = small().pca(Stage.NORMALISED, "I", 1, true);
    assertEquals(List.of("G1", "G2"), groups.stream().map(g -> g.group().orElseThrow()).collect(Collectors.toList()));
    assertEquals(List.of("x3", "x4"), groups.get(1).nodes());
  }

  @Test
  void removingAnElementRanksWithoutIt() {
    Audit a = small();
    List<RemovalEffect> level1 = a.removalEffects(1);
    assertEquals(List.of("x1", "x2", "x3", "x4"), level1.stream().map(RemovalEffect::element)
        .collect(Collectors.toList()));
    RemovalEffect x1 = level1.get(0);
    assertEquals(2.0 / 3, x1.meanAbsoluteRankChange().getAsDouble(), EPS);
    assertEquals(5, x1.rank("a").getAsInt(), "a rises from 6th to 5th");
    assertEquals(-1, x1.rankChange("b").getAsInt(), "b falls from 5th to 6th");
    assertEquals((0 + 12.5) / 2, x1.score("b").getAsDouble(), 1e-12, "G1 is x2 alone, 0 for b");
    RemovalEffect g2 = a.removalEffects(2).get(1);
    assertEquals("G2", g2.element());
    assertEquals(2.0 / 3, g2.meanAbsoluteRankChange().getAsDouble(), EPS);
    assertEquals(5.555555555555555, g2.score("b").getAsDouble(), 1e-12, "the index is G1 alone");
    assertThrows(IllegalArgumentException.class, () -> a.removalEffects(3));
  }

  @Test
  void strengthsWeaknessesAndUnitSummary() {
    Audit a = small();
    StrengthsAndWeaknesses d = a.strengthsAndWeaknesses("d", Stage.NORMALISED, 2, 2);
    assertEquals(List.of("x1", "x3"), d.strengths().stream().map(UnitResult::node).collect(Collectors.toList()));
    assertEquals(List.of("x4", "x2"), d.weaknesses().stream().map(UnitResult::node).collect(Collectors.toList()));
    assertEquals("G2", d.strengths().get(1).group().orElseThrow());
    assertEquals(50, d.strengths().get(1).value().getAsDouble(), EPS);
    assertEquals(4, d.weaknesses().get(1).rank().getAsInt());
    StrengthsAndWeaknesses worst = a.strengthsAndWeaknesses("a", Stage.NORMALISED, 3, 3);
    assertEquals(List.of("x2"), worst.strengths().stream().map(UnitResult::node).collect(Collectors.toList()),
        "x1, x3 and x4 are a's last ranks (min_discard)");
    StrengthsAndWeaknesses raw = a.strengthsAndWeaknesses("f", Stage.RAW, 1, 1);
    assertEquals("x1", raw.strengths().get(0).node(), "ties broken by indicator order");
    assertEquals(1, raw.strengths().get(0).rank().getAsInt());
    List<UnitResult> summary = a.unitSummary("c");
    assertEquals(List.of("I", "G1", "G2", "x1", "x2", "x3", "x4"), summary.stream().map(UnitResult::node)
        .collect(Collectors.toList()));
    assertEquals(27.6984126984127, summary.get(0).value().getAsDouble(), 1e-12);
    assertEquals(4, summary.get(0).rank().getAsInt());
    assertTrue(summary.get(5).value().isEmpty());
    assertEquals(List.of("G1", "G2"), a.unitSummary("c", 2).stream().map(UnitResult::node)
        .collect(Collectors.toList()));
  }

  @Test
  void quantilesAreRsTypeSeven() {
    double[] x = {3, 1, 2, 10, Double.NaN};
    assertEquals(1.15, Stats.quantile7(x, 0.05), EPS);
    assertEquals(8.95, Stats.quantile7(x, 0.95), EPS);
    assertEquals(2.5, Stats.quantile7(x, 0.5), EPS);
    assertEquals(2.5, Stats.median(x), EPS);
    assertEquals(7, Stats.quantile7(new double[] {7}, 0.3), EPS);
  }
}
