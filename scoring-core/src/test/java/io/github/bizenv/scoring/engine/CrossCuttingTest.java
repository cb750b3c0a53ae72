package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cross-cutting nodes: two topics of two pillars each, the economy pillars as views over the topics' pillars, and a
 * theme inside the tree gathering indicators of both topics — scores, order, explanations, checks and files.
 */
class CrossCuttingTest {

  static final Engine ENGINE = Engine.create();
  static final Documents DOCS = Documents.create();

  /** index = mean(t1, t2); t = mean(p1, p2); views P1 = mean(t1.p1, t2.p1), P2 = (t1.p2 + 3 t2.p2) / 4. */
  static Methodology topics() {
    return Methodology.builder().id("ready").name(LocalizedText.of("就绪", "ready"))
        .defaultNormalizer(Normalizers.identity(0, 100))
        .addNode(Node.root("index").build())
        .addNode(Node.inner("t1", "index").build())
        .addNode(Node.leaf("t1.p1", "t1", "t1.p1").build())
        .addNode(Node.leaf("t1.p2", "t1", "t1.p2").build())
        .addNode(Node.inner("t2", "index").build())
        .addNode(Node.leaf("t2.p1", "t2", "t2.p1").build())
        .addNode(Node.leaf("t2.p2", "t2", "t2.p2").build())
        .addNode(Node.crossCutting("P1", "t1.p1", "t2.p1").name(LocalizedText.of("监管框架", "Regulatory Framework"))
            .build())
        .addNode(Node.builder().id("P2").putMember("t1.p2", 1.0).putMember("t2.p2", 3.0).build())
        .build();
  }

  static Dataset data() {
    return Dataset.builder().value("u", "t1.p1", 80).value("u", "t1.p2", 40).value("u", "t2.p1", 60)
        .value("u", "t2.p2", 20).value("v", "t1.p1", 10).value("v", "t1.p2", 20).value("v", "t2.p1", 30)
        .value("v", "t2.p2", 40).build();
  }

  @Test
  void viewsAggregateTheirMembersOutsideTheRootsScore() {
    Plan p = ENGINE.compile(topics());
    Evaluation e = p.evaluate(data());
    assertEquals(70, e.score("u", "P1").getAsDouble(), 1e-12);
    assertEquals((40 + 3 * 20) / 4.0, e.score("u", "P2").getAsDouble(), 1e-12);
    assertEquals(50, e.score("u").getAsDouble(), 1e-12, "(60 + 40) / 2: the views do not count in the root");
    assertEquals("index", p.root());
    assertEquals(List.of("index", "t1", "t1.p1", "t1.p2", "t2", "t2.p1", "t2.p2", "P1", "P2"), p.nodesTopDown());
    assertEquals(Map.of("t1.p1", 1.0, "t2.p1", 1.0), p.members("P1"));
    assertEquals(List.of(), p.children("P1"));
    assertTrue(p.parent("P1").isEmpty());
    assertEquals(List.of("t1.p2", "t2.p2"), p.leavesUnder("P2"));
    assertEquals(2, p.level("P1"));
    List<String> order = p.nodes();
    assertTrue(order.indexOf("t2.p1") < order.indexOf("P1") && order.indexOf("t1.p1") < order.indexOf("P1"));
    assertEquals(1.0, p.effectiveWeights().get("P1"), 0);
    assertEquals(0.25, p.effectiveWeights().get("t1.p1"), 1e-12, "members keep their weight in the tree");
  }

  @Test
  void anExplanationOfAViewShowsTheMembersItAverages() {
    Evaluation e = ENGINE.compile(topics()).evaluate(data());
    Explanation x = e.explain("u", "P1");
    assertEquals(List.of("t1.p1", "t2.p1"), x.children().stream().map(Explanation::node).collect(
        java.util.stream.Collectors.toList()));
    assertEquals(0.5, x.children().get(0).weightUsed(), 1e-12);
    String text = x.text();
    assertTrue(text.contains("cross-cutting: 2 members, under t1, t2"), text);
    assertTrue(text.contains("weighted-mean: 0.5 × 80 + 0.5 × 60 = 70"), text);
    assertTrue(e.explain("v", "P2").text().contains("0.25 × 20 + 0.75 × 40 = 35"));
    assertEquals(List.of("t1", "t2"), e.explain("u", "index").children().stream().map(Explanation::node)
        .collect(java.util.stream.Collectors.toList()));
    assertEquals("交叉汇总：2个成员，分属t1, t2", io.github.bizenv.scoring.text.Texts.chinese()
        .sentence("cross-cutting: 2 members, under t1, t2"));
  }

  @Test
  void aThemeInsideTheTreeCountsInItsParentAndIsEvaluatedAfterItsMembers() {
    Methodology m = Methodology.builder().from(topics())
        .addNode(Node.crossCutting("digital", "t1.p2", "t2.p1").parent("index").weight(2).build()).build();
    Plan p = ENGINE.compile(m);
    Evaluation e = p.evaluate(data());
    assertEquals(50, e.score("u", "digital").getAsDouble(), 1e-12, "(40 + 60) / 2");
    assertEquals((60 + 40 + 2 * 50) / 4.0, e.score("u").getAsDouble(), 1e-12, "t1, t2 and the theme, weighted 1, 1, 2");
    assertEquals(List.of("index", "t1", "t1.p1", "t1.p2", "t2", "t2.p1", "t2.p2", "digital", "P1", "P2"),
        p.nodesTopDown());
    assertEquals("index", p.nodes().get(p.nodes().size() - 3), "views come after the root in evaluation order");
  }

  @Test
  void aNodeMustNotDependOnItselfThroughMembersAndChildren() {
    ValidationException e = assertThrows(ValidationException.class, () -> Methodology.builder().from(topics())
        .addNode(Node.crossCutting("loop", "t1").parent("t1").build()).build());
    Problem cycle = e.problems().stream().filter(x -> x.code().equals(Problem.CYCLE)).findFirst().orElseThrow();
    assertEquals("/nodes/9/members/0", cycle.path());
    assertEquals("node \"t1\" depends on itself through members and children: t1 → loop → t1", cycle.message());
    ValidationException views = assertThrows(ValidationException.class, () -> Methodology.builder().from(topics())
        .addNode(Node.crossCutting("A", "B").build()).addNode(Node.crossCutting("B", "A").build()).build());
    assertTrue(views.problems().stream().anyMatch(x -> x.code().equals(Problem.CYCLE)
        && x.message().contains("A → B → A")), views.getMessage());
  }

  @Test
  void membersMustExistAndNothingHangsUnderACrossCuttingNode() {
    ValidationException e = assertThrows(ValidationException.class, () -> Methodology.builder().from(topics())
        .addNode(Node.crossCutting("P3", "t1.p3").build())
        .addNode(Node.leaf("x", "P1", "x").build()).build());
    assertEquals(List.of("/nodes/7", "/nodes/9/members/0"), e.problems().stream().map(Problem::path).sorted()
        .collect(java.util.stream.Collectors.toList()));
    assertTrue(e.getMessage().contains("cross-cutting node \"P1\" aggregates its members, so no node may name it as "
        + "parent, but 1 do"), e.getMessage());
    ValidationException self = assertThrows(ValidationException.class, () -> Node.crossCutting("P", "P").build());
    assertEquals("/members/0", self.problems().get(0).path());
    ValidationException leaf = assertThrows(ValidationException.class,
        () -> Node.leaf("x", "r", "x").putMember("y", 1.0).build());
    assertEquals("/members", leaf.problems().get(0).path());
  }

  @Test
  void aFileWritesMembersAsIdsOrWithTheirWeightAndReadsThemBack() {
    Methodology m = topics();
    String text = DOCS.toJson(m);
    assertTrue(text.contains("\"members\": [\"t1.p1\", \"t2.p1\"]"), text);
    assertTrue(text.contains("\"members\": [\"t1.p2\", {\"node\": \"t2.p2\", \"weight\": 3}]"), text);
    assertEquals(m, DOCS.readMethodology(text, "ready.json"));
    ValidationException e = assertThrows(ValidationException.class, () -> DOCS.readMethodology(text.replace(
        "\"members\": [\"t1.p1\", \"t2.p1\"]", "\"members\": [\"t1.p1\", \"nope\", \"t1.p1\"]"), "ready.json"));
    assertEquals(List.of("/nodes/7/members/1", "/nodes/7/members/2"), e.problems().stream().map(Problem::path)
        .sorted().collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void leavingOutANodeDropsItFromTheMembersAndAViewWithoutMembersGoes() {
    Plan p = ENGINE.compile(topics());
    Plan without = p.without("t1");
    assertEquals(Map.of("t2.p1", 1.0), without.members("P1"));
    assertEquals(60, without.evaluate(data()).score("u", "P1").getAsDouble(), 1e-12);
    Plan noP1 = without.without("t2.p1");
    assertFalse(noP1.hasNode("P1"));
    assertTrue(noP1.hasNode("P2"));
  }

  @Test
  void variantsWithOtherWeightsReuseTheLeavesAndAgreeWithAFreshEvaluation() {
    Plan p = ENGINE.compile(topics());
    Evaluation base = p.evaluate(data());
    Plan heavier = p.withWeights(Map.of("t1", 3.0));
    Evaluation varied = heavier.evaluate(base);
    assertEquals((3 * 60 + 40) / 4.0, varied.score("u").getAsDouble(), 1e-12);
    assertEquals(70, varied.score("u", "P1").getAsDouble(), 1e-12, "a view's member weights are its own");
    assertEquals(heavier.evaluate(data()).score("u").getAsDouble(), varied.score("u").getAsDouble(), 0);
  }
}
