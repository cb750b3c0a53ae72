package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quintile groups by position with a declared tie rule, at any node, in files and in the CSV and JSON results. */
class QuantilesTest {

  static final Engine ENGINE = Engine.create();

  static Plan plan(String ranking) {
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root','aggregator':'weighted-mean'},"
        + "{'id':'x','parent':'root','source':'x','normalizer':'identity'}]" + ranking + "}").replace('\'', '"'), "t");
  }

  static Dataset scores(double... s) {
    Dataset.Builder b = Dataset.builder();
    for (int k = 0; k < s.length; k++) {
      b.value("u" + k, "x", s[k]);
    }
    return b.build();
  }

  static Map<String, Integer> groups(Evaluation e) {
    return new LinkedHashMap<>(e.quantiles("x"));
  }

  @Test
  void tenUnitsMakeFiveGroupsOfTwo() {
    Evaluation e = plan(",'ranking':{'quantiles':{'count':5,'ties':'better'}}").evaluate(scores(10, 9, 8, 7, 6, 5,
        4, 3, 2, 1));
    assertEquals(Map.of("u0", 1, "u1", 1, "u2", 2, "u3", 2, "u4", 3, "u5", 3, "u6", 4, "u7", 4, "u8", 5, "u9", 5),
        groups(e));
    assertEquals(java.util.List.of("root"), e.quantileNodes());
  }

  @Test
  void tiesJoinTheBetterOrTheWorseGroupAsDeclared() {
    // 9, 8, 8, 7 …: the tied pair holds positions 2 and 3; ceil(5 × 2 / 10) = 1, ceil(5 × 3 / 10) = 2
    double[] s = {9, 8, 8, 7, 6, 5, 4, 3, 2, 1};
    Evaluation better = plan(",'ranking':{'quantiles':{'ties':'better'}}").evaluate(scores(s));
    assertEquals(1, better.quantile("u1", "x").getAsInt());
    assertEquals(1, better.quantile("u2", "x").getAsInt());
    assertEquals(2, better.quantile("u3", "x").getAsInt(), "position 4");
    Evaluation worse = plan(",'ranking':{'quantiles':{'ties':'worse'}}").evaluate(scores(s));
    assertEquals(2, worse.quantile("u1", "x").getAsInt());
    assertEquals(2, worse.quantile("u2", "x").getAsInt());
    assertEquals(1, worse.quantile("u0", "x").getAsInt());
  }

  @Test
  void groupsDifferInSizeByAtMostOneAndHonourTheTolerance() {
    // 26 economies (B-READY's subset): positions 1–5, 6–10, 11–15, 16–20, 21–26
    double[] s = new double[26];
    for (int k = 0; k < 26; k++) {
      s[k] = 100 - k;
    }
    Evaluation e = plan(",'ranking':{'quantiles':{}}").evaluate(scores(s));
    int[] sizes = new int[6];
    e.quantiles("x").values().forEach(q -> sizes[q]++);
    assertEquals(java.util.List.of(5, 5, 5, 5, 6), java.util.List.of(sizes[1], sizes[2], sizes[3], sizes[4], sizes[5]));
    Evaluation tolerant = plan(",'ranking':{'tolerance':1.5,'quantiles':{'ties':'worse'}}").evaluate(scores(10, 9,
        8.5, 3, 1));
    // 10, 9 and 8.5 lie within 1.5 of the top of their tie: positions 1–3 share position 3, ceil(5 × 3 / 5) = 3
    assertEquals(3, tolerant.quantile("u0", "x").getAsInt());
    assertTrue(tolerant.quantile("u4", "root").isPresent(), "any node");
  }

  @Test
  void reportsShowTheDeclaredNodesAndFilesKeepTheRule() {
    Plan p = plan(",'ranking':{'quantiles':{'count':4,'ties':'worse','nodes':['x','root']}}");
    Evaluation e = p.evaluate(scores(4, 3, 2, 1));
    String csv = e.toCsv();
    assertTrue(csv.startsWith("unit,root,x,group,rank,grade,quantile.x,quantile.root\n"), csv);
    assertTrue(csv.contains("u3,1.00,1.00,,4,,4,4\n"), csv);
    assertTrue(e.toJson().replaceAll("\\s+", " ").contains("\"quantiles\": { \"x\": 1, \"root\": 1 }"), e.toJson());
    Methodology m = p.methodology();
    String text = Documents.create().toJson(m);
    assertTrue(text.contains("\"quantiles\": {\"count\": 4, \"ties\": \"worse\", \"nodes\": [\"x\", \"root\"]}"), text);
    assertEquals(m, Documents.create().readMethodology(text, "t.json"));
    assertEquals(java.util.List.of("x", "root"), e.quantileNodes());
  }
}
