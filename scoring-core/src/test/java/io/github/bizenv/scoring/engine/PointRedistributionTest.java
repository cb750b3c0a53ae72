package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * B-READY's missing-data rule for point sums, by hand: a missing indicator's points go equally to the other
 * indicators of its subcategory, a missing subcategory's to its siblings in proportion to their weights, capped.
 */
class PointRedistributionTest {

  static final Engine ENGINE = Engine.create();

  /** A sum of a, b and c with the given weights (their maximum points) and redistribution. */
  static Plan sum(String redistribute, double wa, double wb, double wc, String cap) {
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'s','aggregator':{'name':'point-sum','redistribute':'" + redistribute + "'" + cap + "},"
        + "'missing':{'minShare':0}},"
        + "{'id':'a','parent':'s','weight':" + wa + ",'source':'a','normalizer':'identity'},"
        + "{'id':'b','parent':'s','weight':" + wb + ",'source':'b','normalizer':'identity'},"
        + "{'id':'c','parent':'s','weight':" + wc + ",'source':'c','normalizer':'identity'}]}").replace('\'', '"'), "t");
  }

  static Dataset abc(Double a, Double b, Double c) {
    Dataset.Builder d = Dataset.builder().unit("u").column("a").column("b").column("c");
    if (a != null) {
      d.value("u", "a", a);
    }
    if (b != null) {
      d.value("u", "b", b);
    }
    if (c != null) {
      d.value("u", "c", c);
    }
    return d.build();
  }

  static double score(Plan p, Double a, Double b, Double c) {
    return p.evaluate(abc(a, b, c)).score("u").orElse(Double.NaN);
  }

  @Test
  void nothingMissingIsThePlainSum() {
    assertEquals(7.5, score(sum("equally", 1, 3, 4, ""), 0.5, 3.0, 4.0), 1e-12);
    assertEquals(7.5, score(sum("by-weight", 1, 3, 4, ""), 0.5, 3.0, 4.0), 1e-12);
  }

  @Test
  void equallyGivesEachRemainingIndicatorAnEqualPartOfTheMissingPoints() {
    // maxima 2, 2, 4 with c missing: a and b each get 4 / 2 = 2 more, so their maxima double: 1 × 2 + 2 × 2 = 6
    assertEquals(6, score(sum("equally", 2, 2, 4, ""), 1.0, 2.0, null), 1e-12);
    // maxima 1, 3, 4 with c missing: a's maximum 1 → 3 (× 3), b's 3 → 5 (× 5/3): 0.5 × 3 + 1.5 × 5/3 = 4
    assertEquals(4, score(sum("equally", 1, 3, 4, ""), 0.5, 1.5, null), 1e-12);
    // a alone, maxima 1, 3, 4: it carries all 8 points, × 8: 0.5 → 4
    assertEquals(4, score(sum("equally", 1, 3, 4, ""), 0.5, null, null), 1e-12);
  }

  @Test
  void byWeightScalesTheRemainingSubcategoriesInProportion() {
    // weights 10, 20, 15 with c missing: (5 + 10) × 45 / 30 = 22.5
    assertEquals(22.5, score(sum("by-weight", 10, 20, 15, ""), 5.0, 10.0, null), 1e-12);
    assertEquals(20, score(sum("by-weight", 10, 20, 15, ",'cap':20"), 5.0, 10.0, null), 1e-12, "capped");
    assertEquals(15, score(sum("none", 10, 20, 15, ""), 5.0, 10.0, null), 1e-12, "without redistribution");
  }

  @Test
  void aBReadyPillarRedistributesAtEveryLevel() {
    // subcategory s1 (indicators i1, i2, i3 of 2 points each; i3 missing) and s2 (weight 4) make category k1
    // (weight 10 of 20); category k2 (weight 10) is missing entirely; the pillar is capped at 100 points
    Plan p = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'pillar','aggregator':{'name':'point-sum','cap':100,'redistribute':'by-weight'},'missing':{'minShare':0}},"
        + "{'id':'k1','parent':'pillar','weight':10,'aggregator':{'name':'point-sum','redistribute':'by-weight'},"
        + "'missing':{'minShare':0}},"
        + "{'id':'k2','parent':'pillar','weight':10,'aggregator':{'name':'point-sum','redistribute':'by-weight'},"
        + "'missing':{'minShare':0}},"
        + "{'id':'s1','parent':'k1','weight':6,'aggregator':{'name':'point-sum','redistribute':'equally'},"
        + "'missing':{'minShare':0}},"
        + "{'id':'i1','parent':'s1','weight':2,'source':'i1','normalizer':{'name':'identity','min':0,'max':2}},"
        + "{'id':'i2','parent':'s1','weight':2,'source':'i2','normalizer':{'name':'identity','min':0,'max':2}},"
        + "{'id':'i3','parent':'s1','weight':2,'source':'i3','normalizer':{'name':'identity','min':0,'max':2}},"
        + "{'id':'s2','parent':'k1','weight':4,'source':'s2','normalizer':{'name':'identity','min':0,'max':4}},"
        + "{'id':'j1','parent':'k2','weight':10,'source':'j1','normalizer':{'name':'identity','min':0,'max':10}}"
        + "]}").replace('\'', '"'), "t");
    Dataset d = Dataset.builder().value("u", "i1", 2).value("u", "i2", 1).value("u", "s2", 3).column("i3")
        .column("j1").build();
    Evaluation e = p.evaluate(d);
    // s1 = (2 + 1) × 3/2 = 4.5; k1 = 4.5 + 3 = 7.5 (nothing missing); pillar = 7.5 × 20/10 = 15
    assertEquals(4.5, e.score("u", "s1").getAsDouble(), 1e-12);
    assertEquals(7.5, e.score("u", "k1").getAsDouble(), 1e-12);
    assertTrue(e.score("u", "k2").isEmpty());
    assertEquals(15, e.score("u").getAsDouble(), 1e-12);
    String text = e.explain("u", "pillar").text();
    assertTrue(text.contains("the missing children's points go to the others by-weight: the children present carry 0.5 "
        + "of the weight"), text);
    assertEquals(io.github.bizenv.scoring.spi.Range.of(0, 100), p.range("pillar"));
  }

  @Test
  void anUnknownRuleIsASettingProblem() {
    ValidationException e = assertThrows(ValidationException.class, () -> sum("pro-rata", 1, 1, 1, ""));
    assertEquals("/nodes/0/aggregator/redistribute", e.problems().get(0).path());
    assertTrue(e.problems().get(0).message().contains("not one of none, equally, by-weight"), e.getMessage());
  }
}
