package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each built-in normalizer, aggregator and rule against hand-computed values. */
class StrategiesTest {

  static final Engine ENGINE = Engine.create();

  /** A one-leaf methodology with the given leaf settings (JSON, ' for "). */
  static Plan leaf(String settings) {
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root','aggregator':'weighted-mean'},"
        + "{'id':'x','parent':'root','source':'x'," + settings + "}]}").replace('\'', '"'), "test");
  }

  static Dataset column(Object... unitValues) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < unitValues.length; i += 2) {
      Object v = unitValues[i + 1];
      if (v instanceof Number) {
        b.value((String) unitValues[i], "x", ((Number) v).doubleValue());
      } else if (v == null) {
        b.unit((String) unitValues[i]);
      } else {
        b.code((String) unitValues[i], "x", (String) v);
      }
    }
    return b.build();
  }

  static double score(Evaluation e, String unit) {
    return e.score(unit, "x").orElse(Double.NaN);
  }

  @Test
  void distanceToFrontier() {
    Evaluation e = leaf("'direction':'lower-is-better','normalizer':{'name':'distance-to-frontier','best':1,'worst':18}")
        .evaluate(column("a", 1, "b", 18, "c", 4, "d", 30, "e", 0));
    assertEquals(100, score(e, "a"), 1e-12);
    assertEquals(0, score(e, "b"), 1e-12);
    assertEquals(100 * 14 / 17.0, score(e, "c"), 1e-12);
    assertEquals(0, score(e, "d"), 1e-12, "clamped below");
    assertEquals(100, score(e, "e"), 1e-12, "clamped above");
  }

  @Test
  void distanceToFrontierWithAPowerAsDoingBusinessTaxRate() {
    Evaluation e = leaf("'direction':'lower-is-better','normalizer':{'name':'distance-to-frontier','best':26.1,"
        + "'worst':84.0,'power':0.8}").evaluate(column("a", 40.0));
    assertEquals(100 * Math.pow((84.0 - 40.0) / (84.0 - 26.1), 0.8), score(e, "a"), 1e-12);
  }

  @Test
  void distanceToFrontierHigherIsBetter() {
    Evaluation e = leaf("'normalizer':{'name':'distance-to-frontier','best':8,'worst':0}").evaluate(column("a", 6));
    assertEquals(75, score(e, "a"), 1e-12);
  }

  @Test
  void minMaxHonoursDirectionAndDeclaresConstantColumns() {
    Evaluation up = leaf("'normalizer':{'name':'min-max'}").evaluate(column("a", 10, "b", 20, "c", 15, "m", null));
    assertEquals(0, score(up, "a"), 1e-12);
    assertEquals(100, score(up, "b"), 1e-12);
    assertEquals(50, score(up, "c"), 1e-12);
    assertTrue(up.score("m", "x").isEmpty(), "missing stays missing");
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'min-max','lower':1,'upper':10}")
        .evaluate(column("a", 10, "b", 20, "c", 15));
    assertEquals(10, score(down, "a"), 1e-12);
    assertEquals(1, score(down, "b"), 1e-12);
    assertEquals(5.5, score(down, "c"), 1e-12);
    Evaluation flat = leaf("'normalizer':{'name':'min-max','constant':'upper'}").evaluate(column("a", 3, "b", 3));
    assertEquals(100, score(flat, "a"), 1e-12);
    Evaluation mid = leaf("'normalizer':{'name':'min-max'}").evaluate(column("a", 3, "b", 3));
    assertEquals(50, score(mid, "b"), 1e-12, "a constant column scores the declared midpoint, never NaN");
  }

  @Test
  void goalposts() {
    Evaluation e = leaf("'normalizer':{'name':'goalposts','lower':20,'upper':70,'scale':10}")
        .evaluate(column("a", 45, "b", 90, "c", 0));
    assertEquals(5, score(e, "a"), 1e-12);
    assertEquals(10, score(e, "b"), 1e-12);
    assertEquals(0, score(e, "c"), 1e-12);
    Evaluation untruncated = leaf("'direction':'lower-is-better','normalizer':{'name':'goalposts','lower':20,"
        + "'upper':70,'truncate':false}").evaluate(column("a", 80));
    assertEquals(-20, score(untruncated, "a"), 1e-12);
  }

  @Test
  void distanceToTarget() {
    Evaluation e = leaf("'normalizer':{'name':'distance-to-target','target':80}")
        .evaluate(column("a", 20, "b", 50, "c", 95));
    assertEquals(0, score(e, "a"), 1e-12);
    assertEquals(50, score(e, "b"), 1e-12);
    assertEquals(100, score(e, "c"), 1e-12, "capped at the target");
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'distance-to-target','target':1,"
        + "'worst':5}").evaluate(column("a", 3));
    assertEquals(50, score(down, "a"), 1e-12);
  }

  @Test
  void stepTable() {
    Plan p = leaf("'normalizer':{'name':'step-table','steps':[{'atLeast':95,'score':10},{'atLeast':90,'score':8},"
        + "{'atLeast':80,'score':5}]}");
    Evaluation e = p.evaluate(column("a", 99, "b", 95, "c", 90.5, "d", 80, "e", 79.9));
    assertEquals(List.of(10.0, 10.0, 8.0, 5.0, 0.0), List.of(score(e, "a"), score(e, "b"), score(e, "c"),
        score(e, "d"), score(e, "e")), "a rate below 80 % scores 0");
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':{'name':'step-table','steps':["
        + "{'atMost':1,'score':3},{'atMost':3,'score':1}],'otherwise':-1}").evaluate(column("a", 1, "b", 2, "c", 9));
    assertEquals(List.of(3.0, 1.0, -1.0), List.of(score(down, "a"), score(down, "b"), score(down, "c")));
  }

  @Test
  void categoricalAndDeclaredCodes() {
    Evaluation e = leaf("'normalizer':{'name':'categorical','scores':{'yes':1,'partly':0.5,'no':0}}")
        .evaluate(column("a", "yes", "b", "partly", "c", "no"));
    assertEquals(List.of(1.0, 0.5, 0.0), List.of(score(e, "a"), score(e, "b"), score(e, "c")));
    Evaluation codes = leaf("'normalizer':{'name':'distance-to-frontier','best':10,'worst':0},"
        + "'codes':{'No Practice':{'score':0},'n/a':'not-applicable','..':'missing'}")
        .evaluate(column("a", "No Practice", "b", "n/a", "c", "..", "d", 5));
    assertEquals(0, score(codes, "a"));
    assertTrue(codes.notApplicable("b", "x"));
    assertTrue(codes.score("c", "x").isEmpty() && !codes.notApplicable("c", "x"));
    ValidationException unknown = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'distance-to-frontier','best':10,'worst':0}").evaluate(column("a", "maybe")));
    assertEquals("unit \"a\", column \"x\"", unknown.problems().get(0).path());
  }

  static Plan tree(String aggregator, String weights) {
    return tree(aggregator, weights, "{'name':'goalposts','lower':0,'upper':100}");
  }

  static Plan tree(String aggregator, String weights, String normalizer) {
    String[] w = weights.split(",");
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root','aggregator':" + aggregator + "},"
        + "{'id':'a','parent':'root','weight':" + w[0] + ",'source':'a','normalizer':" + normalizer + "},"
        + "{'id':'b','parent':'root','weight':" + w[1] + ",'source':'b','normalizer':" + normalizer + "},"
        + "{'id':'c','parent':'root','weight':" + w[2] + ",'source':'c','normalizer':" + normalizer + "}"
        + "],'missing':null}").replace(",'missing':null", "").replace('\'', '"'), "test");
  }

  static Dataset abc(Double a, Double b, Double c) {
    Dataset.Builder d = Dataset.builder().unit("u");
    if (a != null) {
      d.value("u", "a", a);
    }
    if (b != null) {
      d.value("u", "b", b);
    }
    if (c != null) {
      d.value("u", "c", c);
    }
    d.value("v", "a", 1).value("v", "b", 1).value("v", "c", 1);
    return d.build();
  }

  @Test
  void weightedArithmeticMean() {
    Evaluation e = tree("'weighted-mean'", "1,2,1").evaluate(abc(40.0, 60.0, 80.0));
    assertEquals((40 + 120 + 80) / 4.0, e.score("u").getAsDouble(), 1e-12);
  }

  @Test
  void geometricMean() {
    // min-max to [1, 100] over units u and v (v has 1 everywhere): u scores a 1, b 100, c 100.
    Evaluation e = tree("'geometric-mean'", "1,1,2", "{'name':'min-max','lower':1,'upper':100}")
        .evaluate(abc(0.0, 30.0, 40.0));
    assertEquals(Math.pow(1, 0.25) * Math.pow(100, 0.25) * Math.pow(100, 0.5), e.score("u").getAsDouble(), 1e-9);
  }

  @Test
  void aGeometricMeanOverScoresThatCanBeZeroIsRejected() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> tree("'geometric-mean'", "1,1,1"));
    assertEquals(List.of("/nodes/0/aggregator", "/nodes/0/aggregator", "/nodes/0/aggregator"), paths(e));
    assertTrue(e.problems().get(0).message().contains("needs scores greater than 0, but child \"a\" can score 0"));
    tree("'geometric-mean'", "1,1,1", "{'name':'min-max','lower':1,'upper':100}");
  }

  @Test
  void pointSumWithCapAndFloor() {
    assertEquals(150, tree("{'name':'point-sum','cap':150}", "1,1,1").evaluate(abc(60.0, 70.0, 80.0))
        .score("u").getAsDouble(), 1e-12);
    assertEquals(90, tree("{'name':'point-sum','cap':150,'floor':10}", "1,1,1").evaluate(abc(10.0, 0.0, 80.0))
        .score("u").getAsDouble(), 1e-12);
  }

  @Test
  void missingChildrenRenormalizeOnlyAboveTheMinimumShare() {
    Plan strict = tree("'weighted-mean'", "1,2,1");
    assertTrue(strict.evaluate(abc(40.0, null, 80.0)).score("u").isEmpty(), "default: every child needed");
    Plan lenient = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root','missing':{'minShare':0.5}},"
        + "{'id':'a','parent':'root','source':'a','normalizer':{'name':'goalposts','lower':0,'upper':100}},"
        + "{'id':'b','parent':'root','weight':2,'source':'b','normalizer':{'name':'goalposts','lower':0,'upper':100}},"
        + "{'id':'c','parent':'root','source':'c','normalizer':{'name':'goalposts','lower':0,'upper':100}}]}")
        .replace('\'', '"'), "t");
    Evaluation e = lenient.evaluate(abc(40.0, null, 80.0));
    assertEquals(60, e.score("u").getAsDouble(), 1e-12, "a and c renormalized to 0.5 each");
    assertTrue(e.explain("u", "root").text().contains("1 of 3 children left out"));
    assertTrue(lenient.evaluate(abc(40.0, null, null)).score("u").isEmpty(), "a alone is 1/4 < 0.5");
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'t-score'}"));
    assertEquals(Problem.UNKNOWN_STRATEGY, e.problems().get(0).code());
    assertTrue(e.problems().get(0).message().contains("known: base-score, borda, categorical, distance-to-frontier, "
        + "distance-to-max, distance-to-reference, distance-to-target, fraction-of-max, goalposts, identity, min-max, "
        + "normal-cdf, percentile-linear, percentile-rank, rank, step-table, z-score"), e.getMessage());
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }
}
