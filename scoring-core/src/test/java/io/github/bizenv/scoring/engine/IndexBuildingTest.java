package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The composite-index normalizers, aggregators and pipeline steps against hand-computed values. */
class IndexBuildingTest {

  static final Engine ENGINE = Engine.create();

  static Plan leaf(String settings) {
    return StrategiesTest.leaf(settings);
  }

  static double s(Evaluation e, String unit) {
    return e.score(unit, "x").orElse(Double.NaN);
  }

  static Dataset column(Object... unitValues) {
    return StrategiesTest.column(unitValues);
  }

  @Test
  void zScoreUsesTheSampleStandardDeviation() {
    // 2, 4, 6: mean 4, sample sd 2
    Evaluation e = leaf("'normalizer':{'name':'z-score','mean':10,'sd':2}").evaluate(column("a", 2, "b", 4, "c", 6,
        "m", null));
    assertEquals(8, s(e, "a"), 1e-12);
    assertEquals(10, s(e, "b"), 1e-12);
    assertEquals(12, s(e, "c"), 1e-12);
    assertTrue(e.score("m", "x").isEmpty());
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'z-score'}").evaluate(column("a", 2,
        "b", 4, "c", 6));
    assertEquals(1, s(down, "a"), 1e-12, "direction −1: the lowest value is the best");
    Evaluation flat = leaf("'normalizer':{'name':'z-score','mean':10}").evaluate(column("a", 3, "b", 3));
    assertEquals(10, s(flat, "a"), 1e-12, "a constant column scores the declared mean, never NaN");
  }

  @Test
  void ranksPercentileRanksAndBordaWithTies() {
    Dataset d = column("a", 10, "b", 20, "c", 20, "e", 30, "m", null);
    Evaluation rank = leaf("'normalizer':{'name':'rank'}").evaluate(d);
    assertEquals(List.of(1.0, 2.0, 2.0, 4.0), List.of(s(rank, "a"), s(rank, "b"), s(rank, "c"), s(rank, "e")),
        "ascending, ties take the lowest rank, the best gets the largest");
    Evaluation prank = leaf("'normalizer':{'name':'percentile-rank'}").evaluate(d);
    assertEquals(1.0 / 3, s(prank, "b"), 1e-12);
    assertEquals(1, s(prank, "e"), 1e-12);
    Evaluation borda = leaf("'normalizer':{'name':'borda'}").evaluate(d);
    assertEquals(3, s(borda, "e"), 1e-12);
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'rank'}").evaluate(d);
    assertEquals(4, s(down, "a"), 1e-12);
    assertEquals(1, s(down, "e"), 1e-12);
    assertTrue(prank.score("m", "x").isEmpty());
  }

  @Test
  void distanceToMaxFractionOfMaxAndReference() {
    Dataset d = column("a", 10, "b", 20, "c", 50);
    Evaluation d2max = leaf("'normalizer':{'name':'distance-to-max'}").evaluate(d);
    assertEquals(0.25, s(d2max, "b"), 1e-12);
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'distance-to-max'}").evaluate(d);
    assertEquals(1, s(down, "a"), 1e-12);
    assertEquals(0.75, s(down, "b"), 1e-12, "on x·d: −20 in [−50, −10] → 1 − (−10 + 20)/40");
    assertEquals(1, s(leaf("'normalizer':{'name':'distance-to-max'}").evaluate(column("a", 3, "b", 3)), "a"),
        "constant column: the declared 1");
    Evaluation frac = leaf("'normalizer':{'name':'fraction-of-max'}").evaluate(d);
    assertEquals(0.4, s(frac, "b"), 1e-12);
    Evaluation ref = leaf("'normalizer':{'name':'distance-to-reference','unit':'b'}").evaluate(d);
    assertEquals(0, s(ref, "a"), 1e-12);
    assertEquals(1, s(ref, "b"), 1e-12);
    assertEquals(4, s(ref, "c"), 1e-12, "1 − (20 − 50)/(20 − 10)");
    Evaluation capped = leaf("'normalizer':{'name':'distance-to-reference','unit':'b','cap':true}").evaluate(d);
    assertEquals(1, s(capped, "c"), 1e-12);
  }

  static Plan tree(String aggregator) {
    return StrategiesTest.tree(aggregator, "1,1,2", "{'name':'goalposts','lower':0,'upper':100}");
  }

  @Test
  void harmonicAndGeneralisedMeans() {
    Plan harmonic = StrategiesTest.tree("'harmonic-mean'", "1,1,2", "{'name':'min-max','lower':1,'upper':100}");
    // u: a 1 (min), b 100, c 100 (v has 1 everywhere): Σw/Σ(w/x) = 1 / (0.25/1 + 0.25/100 + 0.5/100)
    assertEquals(1 / (0.25 + 0.0025 + 0.005), harmonic.evaluate(StrategiesTest.abc(0.0, 30.0, 40.0))
        .score("u").getAsDouble(), 1e-12);
    Plan quadratic = tree("{'name':'generalised-mean','p':2}");
    assertEquals(Math.sqrt(0.25 * 100 + 0.25 * 400 + 0.5 * 1600), quadratic.evaluate(StrategiesTest.abc(10.0, 20.0,
        40.0)).score("u").getAsDouble(), 1e-12);
    assertTrue(quadratic.evaluate(StrategiesTest.abc(10.0, null, 40.0)).score("u").isEmpty(),
        "the generalised mean is missing as soon as a child is");
    assertEquals(Problem.INVALID_SETTING, assertThrows(ValidationException.class,
        () -> tree("{'name':'generalised-mean','p':0}")).problems().get(0).code());
    assertEquals(Problem.INCOMPATIBLE, assertThrows(ValidationException.class,
        () -> tree("'harmonic-mean'")).problems().get(0).code(), "no harmonic mean over scores that can be 0");
  }

  @Test
  void copelandCountsPairwiseWinsAndTheMatrixShowsDominance() {
    Plan copeland = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'c','name':{'en':'c'},'nodes':["
        + "{'id':'root','aggregator':'copeland'},"
        + "{'id':'a','parent':'root','source':'a','normalizer':{'name':'goalposts','lower':0,'upper':100}},"
        + "{'id':'b','parent':'root','source':'b','normalizer':{'name':'goalposts','lower':0,'upper':100}},"
        + "{'id':'c','parent':'root','weight':2,'source':'c','normalizer':{'name':'goalposts','lower':0,'upper':100}}]}")
        .replace('\'', '"'), "c");
    Dataset d = Dataset.builder()
        .value("x", "a", 90).value("x", "b", 90).value("x", "c", 90)
        .value("y", "a", 50).value("y", "b", 95).value("y", "c", 50)
        .value("z", "a", 10).value("z", "b", 10).value("z", "c", 10).build();
    Evaluation e = copeland.evaluate(d);
    // weights 0.25, 0.25, 0.5. x vs y: a 0.25 + b 0 + c 0.5 = 0.75 > ½ → +1; x vs z: 1 → +1. x = 2.
    // y vs x: 0.25 → −1; y vs z: 1 → +1: y = 0. z loses both: −2.
    assertEquals(List.of(2.0, 0.0, -2.0), List.of(e.score("x").getAsDouble(), e.score("y").getAsDouble(),
        e.score("z").getAsDouble()));
    Outranking o = Outranking.of(e, "root");
    assertEquals(0.75, o.value("x", "y"), 1e-12);
    assertEquals(List.of(List.of("x", "z"), List.of("y", "z")), o.dominancePairs());
  }

  @Test
  void theDefaultColumnWiseAggregationRenormalizesOverPresentChildren() {
    double[] out = new double[3];
    new Builtins.WeightedMean().aggregateColumns(
        new double[][] {{10, 20, Double.NaN}, {30, Double.NaN, Double.NaN}}, new double[] {0.25, 0.75}, out);
    assertEquals(25, out[0], 1e-12);
    assertEquals(20, out[1], 1e-12, "the only child present takes all the weight");
    assertTrue(Double.isNaN(out[2]), "no child present: missing");
    assertThrows(IllegalStateException.class, () -> new IndexBuiltins.Copeland().aggregate(new double[] {1},
        new double[] {1}, 1));
  }

  static Plan pipeline(String steps, String extraLeaves) {
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'p','name':{'en':'p'},'pipeline':[" + steps + "],"
        + "'defaults':{'normalizer':{'name':'goalposts','lower':0,'upper':1000,'truncate':false,'scale':1000}},"
        + "'nodes':[{'id':'root','missing':{'minShare':0}},{'id':'x','parent':'root','source':'x'}" + extraLeaves
        + "]}").replace('\'', '"'), "p");
  }

  static Dataset grouped(Object... rows) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < rows.length; i += 3) {
      String u = (String) rows[i];
      b.code(u, "g", (String) rows[i + 1]);
      if (rows[i + 2] != null) {
        b.value(u, "x", ((Number) rows[i + 2]).doubleValue());
      } else {
        b.unit(u);
      }
    }
    b.column("x");
    return b.build();
  }

  @Test
  void imputeByColumnAndGroupMeansAndMedians() {
    Dataset d = grouped("a", "Asia", 1, "b", "Asia", 3, "c", "Asia", null, "e", "Europe", 10, "f", "Europe", 20,
        "h", "Europe", 60, "k", "Europe", null);
    Evaluation mean = pipeline("{'step':'impute','method':'mean'}", "").evaluate(d);
    assertEquals(94.0 / 5, mean.stageValue("imputed", "c", "x").getAsDouble(), 1e-12);
    Evaluation median = pipeline("{'step':'impute','method':'median'}", "").evaluate(d);
    assertEquals(10, median.stageValue("imputed", "k", "x").getAsDouble(), 1e-12);
    Evaluation group = pipeline("{'step':'impute','method':'group-mean','groupColumn':'g'}", "").evaluate(d);
    assertEquals(2, group.stageValue("imputed", "c", "x").getAsDouble(), 1e-12);
    assertEquals(30, group.stageValue("imputed", "k", "x").getAsDouble(), 1e-12);
    Evaluation groupMedian = pipeline("{'step':'impute','method':'group-median','groupColumn':'g'}", "").evaluate(d);
    assertEquals(20, groupMedian.stageValue("imputed", "k", "x").getAsDouble(), 1e-12);
    assertEquals(2, group.imputations().size());
    assertEquals("mean of g = Europe", group.imputations().get(1).method());
    assertTrue(group.explain("k", "x").text().contains("imputed (mean of g = Europe): 30"), group.explain("k", "x").text());
  }

  @Test
  void rowMeanImputesFromTheSiblingsNormalizedValues() {
    Plan p = pipeline("{'step':'impute','method':'row-mean'}", ",{'id':'y','parent':'root','source':'y'}");
    Dataset d = Dataset.builder().value("a", "x", 10).value("a", "y", 0)
        .value("b", "x", 20).value("b", "y", 100)
        .value("c", "y", 25).unit("c").build();
    // c's y normalized on [0, 100] is 0.25; mapped back onto x's [10, 20]: 12.5
    assertEquals(12.5, p.evaluate(d).stageValue("imputed", "c", "x").getAsDouble(), 1e-12);
  }

  @Test
  void screeningKeepsUnitsWithEnoughDataAndSaysWhy() {
    Plan p = pipeline("{'step':'screen','minShare':0.6,'include':['forced'],'exclude':['out']}",
        ",{'id':'y','parent':'root','source':'y'},{'id':'z','parent':'root','source':'z'}");
    Dataset d = Dataset.builder().value("full", "x", 1).value("full", "y", 1).value("full", "z", 1)
        .value("thin", "x", 1).value("forced", "y", 2).value("out", "x", 1).value("out", "y", 1)
        .value("out", "z", 1).build();
    Evaluation e = p.evaluate(d);
    assertEquals(List.of("full", "forced"), e.units());
    assertEquals(Map.of("thin", "has 1 of 3 values (33.33 %), below the minimum share 60 %",
        "out", "excluded by the methodology"), e.excluded());
    assertEquals(List.of("full", "thin", "forced", "out"), e.stageUnits("raw"));
    assertEquals(List.of(OptionalDouble.of(1), OptionalDouble.of(1), OptionalDouble.empty(), OptionalDouble.of(1)),
        e.stageColumn("raw", "x"), "in the order of the stage's units");
    assertEquals(List.of(OptionalDouble.of(1), OptionalDouble.of(2)), e.stageColumn("screened", "y"));
    for (String stage : e.stages()) {
      for (String leaf : List.of("x", "y", "z")) {
        List<OptionalDouble> column = e.stageColumn(stage, leaf);
        assertEquals(e.stageUnits(stage).size(), column.size());
        for (int u = 0; u < column.size(); u++) {
          assertEquals(e.stageValue(stage, e.stageUnits(stage).get(u), leaf), column.get(u), stage + " " + leaf);
        }
      }
    }
    assertThrows(IllegalArgumentException.class, () -> e.stageColumn("treated", "x"));
    assertThrows(IllegalArgumentException.class, () -> e.stageColumn("raw", "root"));
  }

  @Test
  void treatmentWinsorisesTheSkewedSideThenFallsBackToLogs() {
    // 1..9 and one outlier 100: skew and kurtosis fail; one pass sets 100 to 9, then the column passes.
    StringBuilder steps = new StringBuilder("{'step':'treat','winmax':5}");
    Dataset.Builder b = Dataset.builder();
    for (int i = 1; i <= 9; i++) {
      b.value("u" + i, "x", i);
    }
    b.value("out", "x", 100);
    Evaluation e = pipeline(steps.toString(), "").evaluate(b.build());
    Treatment t = e.treatment("x").orElseThrow();
    assertTrue(!t.passedBefore());
    assertEquals(List.of("out"), t.winsorisedUnits());
    assertTrue(t.highSide());
    assertEquals(1, t.winsorisedInLastPass().getAsInt());
    assertEquals(9, e.stageValue("treated", "out", "x").getAsDouble(), 1e-12);
    double[] before = Stats.skewKurt(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
    assertEquals(before[0], t.skewBefore(), 1e-12);
    // a negative outlier is winsorised on the low side
    Dataset.Builder low = Dataset.builder();
    for (int i = 1; i <= 9; i++) {
      low.value("u" + i, "x", i);
    }
    low.value("out", "x", -100);
    Treatment lt = pipeline(steps.toString(), "").evaluate(low.build()).treatment("x").orElseThrow();
    assertTrue(!lt.highSide());
    // winmax 1 on a column with two separate outliers: one pass is not enough, so the log of the original values
    Dataset.Builder two = Dataset.builder();
    for (int i = 1; i <= 12; i++) {
      two.value("u" + i, "x", i);
    }
    Dataset twoOutliers = two.value("o1", "x", 500).value("o2", "x", 1000).build();
    Evaluation logged = pipeline("{'step':'treat','winmax':1}", "").evaluate(twoOutliers);
    assertTrue(logged.treatment("x").orElseThrow().logTransformed());
    assertEquals(Math.log(1 - 1 + 0.01 * 999), logged.stageValue("treated", "u1", "x").getAsDouble(), 1e-12);
    Evaluation exempt = pipeline("{'step':'treat','overrides':{'x':'none'}}", "").evaluate(twoOutliers);
    assertTrue(exempt.treatment("x").isEmpty());
  }

  @Test
  void skewAndKurtosisAreTheType2Estimators() {
    // Hand-computed for 1, 2, 3, 10: mean 4, d = −3, −2, −1, 6; Σd² = 50, Σd³ = 180, Σd⁴ = 1394
    double[] sk = Stats.skewKurt(new double[] {1, 2, 3, 10, Double.NaN});
    double g = 2 * 180 / Math.pow(50, 1.5);
    assertEquals(g * Math.sqrt(12) / 2, sk[0], 1e-12);
    double r = 4 * 1394 / 2500.0;
    assertEquals((5 * (r - 3) + 6) * 3 / (2.0 * 1), sk[1], 1e-12);
  }

  @Test
  void denominateDividesByTheDenominatorColumn() {
    Plan p = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'p','name':{'en':'p'},"
        + "'pipeline':[{'step':'denominate','scale':1000}],'nodes':[{'id':'root'},{'id':'x','parent':'root',"
        + "'source':'x','denominator':'pop','normalizer':{'name':'goalposts','lower':0,'upper':10,'truncate':false}}]}")
        .replace('\'', '"'), "p");
    Evaluation e = p.evaluate(Dataset.builder().value("a", "x", 30).value("a", "pop", 6000).build());
    assertEquals(5, e.stageValue("denominated", "a", "x").getAsDouble(), 1e-12);
  }

  @Test
  void effectiveWeightsMultiplyNormalizedWeightsDownTheTree() {
    Plan p = StrategiesTest.tree("'weighted-mean'", "1,1,2", "{'name':'goalposts','lower':0,'upper':100}");
    assertEquals(Map.of("root", 1.0, "a", 0.25, "b", 0.25, "c", 0.5), p.effectiveWeights());
  }

  @Test
  void settingsMayNameTheLeafsMetadata() {
    Plan p = leaf("'meta':{'target':80},'normalizer':{'name':'distance-to-target','target':'meta.target'}");
    assertEquals(50, s(p.evaluate(column("a", 20, "b", 50)), "b"), 1e-12);
    assertEquals("/nodes/1/normalizer/target", assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'distance-to-target','target':'meta.goal'}")).problems().get(0).path());
  }
}
