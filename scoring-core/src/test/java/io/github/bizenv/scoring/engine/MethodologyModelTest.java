package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.MissingFieldException;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Aggregators;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Range;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The methodology model built in code, its checks, the plan's accessors and variants, with hand-checked numbers. */
class MethodologyModelTest {

  static final LocalizedText NAME = LocalizedText.of("开办企业", "Starting a business");

  static ImmutableMethodology.Builder startingABusiness() {
    return Methodology.builder().id("sb").name(NAME)
        .addNode(Node.root("sb").build())
        .addNode(Node.leaf("procedures", "sb", "Procedures (number)").direction(Direction.LOWER_IS_BETTER)
            .normalizer(Normalizers.distanceToFrontier(1, 18)).build())
        .addNode(Node.leaf("time", "sb", "Time (days)").direction(Direction.LOWER_IS_BETTER).weight(3)
            .normalizer(Normalizers.distanceToFrontier(0.5, 100)).build());
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Test
  void aMethodologyBuiltInCodeEqualsTheSameFileAndScoresAsBySpelledOutArithmetic() {
    Methodology code = startingABusiness().build();
    Methodology file = Documents.create().readMethodology(("{'schema':'bizenv.methodology/1','id':'sb',"
        + "'name':{'zh':'开办企业','en':'Starting a business'},'nodes':[{'id':'sb'},"
        + "{'id':'procedures','parent':'sb','source':'Procedures (number)','direction':'lower-is-better',"
        + "'normalizer':{'name':'distance-to-frontier','best':1,'worst':18}},"
        + "{'id':'time','parent':'sb','weight':3,'source':'Time (days)','direction':'lower-is-better',"
        + "'normalizer':{'name':'distance-to-frontier','worst':100,'best':0.5}}]}").replace('\'', '"'), "sb.json");
    assertEquals(code, file);
    Evaluation e = Engine.create().compile(code).evaluate(Dataset.builder()
        .value("CHN", "Procedures (number)", 4).value("CHN", "Time (days)", 9).build());
    // procedures: (18 − 4)/(18 − 1) × 100 = 82.352941…; time: (100 − 9)/(99.5) × 100 = 91.457286…
    double procedures = 14.0 / 17 * 100;
    double time = 91.0 / 99.5 * 100;
    assertEquals(procedures, e.score("CHN", "procedures").getAsDouble(), 1e-12);
    assertEquals(0.25 * procedures + 0.75 * time, e.score("CHN").getAsDouble(), 1e-12);
  }

  @Test
  void aBuilderWithoutARequiredFieldFailsLikeAFileWithout() {
    MissingFieldException e = assertThrows(MissingFieldException.class, () -> Node.builder().parent("sb").build());
    assertEquals(List.of("/id"), paths(e));
    assertEquals(Problem.MISSING_FIELD, e.problems().get(0).code());
    ValidationException m = assertThrows(ValidationException.class, () -> Methodology.builder().name(NAME).build());
    assertEquals(List.of("/id"), paths(m));
  }

  @Test
  void theModelReportsTheProblemsTheReaderReportsWithTheSamePaths() {
    ValidationException code = assertThrows(ValidationException.class, () -> startingABusiness()
        .addNode(Node.leaf("cost", "nowhere", "Cost").normalizer(Normalizers.goalposts(0, 100)).build())
        .addNode(Node.inner("empty", "sb").build())
        .build());
    assertEquals(List.of("/nodes/3/parent", "/nodes/4"), paths(code));
    ValidationException node = assertThrows(ValidationException.class, () -> Node.leaf("x", "sb", "x").weight(0)
        .normalizer(Normalizers.minMax()).build());
    assertEquals(List.of("/weight"), paths(node));
    assertTrue(node.getMessage().contains("weight 0 must be greater than 0"), node.getMessage());
  }

  @Test
  void thePlanTellsWhatExplanationsAndAnalysesNeed() {
    Plan p = Engine.create().compile(startingABusiness().build());
    assertEquals(startingABusiness().build(), p.methodology());
    assertEquals("Time (days)", p.source("time").orElseThrow());
    assertTrue(p.source("sb").isEmpty());
    assertEquals(Normalizers.distanceToFrontier(0.5, 100), p.strategy("time"));
    assertEquals(Aggregators.weightedMean(), p.strategy("sb"), "the default aggregator, spelled out");
    assertEquals(List.of("procedures", "time"), p.children("sb"));
    assertEquals(3, p.weight("time"));
    assertEquals(Range.of(0, 100), p.range("sb"));
    assertEquals(2, p.level("sb"));
    assertEquals(Map.of("sb", 1.0, "procedures", 0.25, "time", 0.75), p.effectiveWeights());
  }

  @Test
  void variantsShareWhatDidNotChangeAndAgreeWithARecompile() {
    Plan p = Engine.create().compile(startingABusiness().build());
    Dataset d = Dataset.builder().value("a", "Procedures (number)", 4).value("a", "Time (days)", 9)
        .value("b", "Procedures (number)", 7).value("b", "Time (days)", 30).build();
    Evaluation base = p.evaluate(d);
    Plan equal = p.withWeights(Map.of("time", 1.0));
    Evaluation e = equal.evaluate(base);
    assertEquals((14.0 / 17 * 100 + 91.0 / 99.5 * 100) / 2, e.score("a").getAsDouble(), 1e-12);
    assertTrue(e.state().scores[p.node("time")] == base.state().scores[p.node("time")], "leaves not re-normalized");
    assertEquals(1.0, equal.methodology().node("time").orElseThrow().weight());
    Plan minMax = p.withNormalizer("time", Normalizers.minMax());
    Evaluation mm = minMax.evaluate(base);
    assertEquals(100, mm.score("a", "time").getAsDouble(), 1e-12);
    assertEquals(0, mm.score("b", "time").getAsDouble(), 1e-12);
    assertTrue(mm.state().scores[p.node("procedures")] == base.state().scores[p.node("procedures")]);
    assertFalse(mm.state().scores[p.node("time")] == base.state().scores[p.node("time")]);
    Plan without = p.without("time");
    assertEquals(List.of("procedures", "sb"), without.nodes());
    assertEquals(14.0 / 17 * 100, without.evaluate(base).score("a").getAsDouble(), 1e-12);
    ValidationException bad = assertThrows(ValidationException.class, () -> p.withWeights(Map.of("time", -1.0)));
    assertEquals(List.of("/nodes/2/weight"), paths(bad));
    assertThrows(ValidationException.class, () -> p.without("sb"), "the root cannot go");
  }

  @Test
  void pointsOverAnUnboundedChildAreRejectedWhenCompiling() {
    ValidationException e = assertThrows(ValidationException.class, () -> Engine.create().compile(Methodology
        .builder().id("m").name(NAME).addNode(Node.root("root").points(80).build())
        .addNode(Node.leaf("x", "root", "x").normalizer(Normalizers.zScore()).build()).build()));
    assertEquals(List.of("/nodes/0/points"), paths(e));
    assertEquals(Problem.INCOMPATIBLE, e.problems().get(0).code());
    assertTrue(e.getMessage().contains("its scores are unbounded"), e.getMessage());
  }

  /** A user's normalizer that goes wrong for one value. */
  static Strategies broken(Normalizer.Fit fit) {
    return Strategies.builder().register(Providers.normalizer("broken", p -> new Normalizer() {
      @Override
      public Range range() {
        return Range.of(0, 100);
      }

      @Override
      public Fit fit(double[] column) {
        return fit;
      }
    })).build();
  }

  @Test
  void aUserStrategyThatFailsOrLeavesItsRangeIsReportedNeverReplaced() {
    Methodology m = Methodology.builder().id("m").name(NAME).addNode(Node.root("root").build())
        .addNode(Node.leaf("x", "root", "x").normalizer(StrategySpec.of("broken")).build()).build();
    Dataset d = Dataset.builder().value("a", "x", 1).value("b", "x", 2).value("c", "x", 3).build();
    ValidationException outside = assertThrows(ValidationException.class, () -> Engine.create(broken(
        new Normalizer.Fit() {
          @Override
          public double apply(double raw) {
            return raw == 2 ? Double.POSITIVE_INFINITY : raw == 3 ? 101 : 50;
          }

          @Override
          public Map<String, Double> parameters() {
            return Map.of();
          }
        })).compile(m).evaluate(d));
    assertEquals(List.of(Problem.STRATEGY_FAILED, Problem.STRATEGY_FAILED),
        outside.problems().stream().map(Problem::code).collect(Collectors.toList()));
    assertEquals(List.of("/nodes/1", "/nodes/1"), paths(outside));
    assertTrue(outside.getMessage().contains("normalizer \"broken\" of node \"x\" for unit \"b\" returned Infinity"),
        outside.getMessage());
    assertTrue(outside.getMessage().contains("for unit \"c\" returned 101.0 for the value 3, outside its declared "
        + "range [0.0, 100.0]"), outside.getMessage());
    ValidationException threw = assertThrows(ValidationException.class, () -> Engine.create(broken(
        new Normalizer.Fit() {
          @Override
          public double apply(double raw) {
            throw new ArithmeticException("boom");
          }

          @Override
          public Map<String, Double> parameters() {
            return Map.of();
          }
        })).compile(m).evaluate(d));
    assertTrue(threw.getMessage().contains("normalizer \"broken\" of node \"x\" failed: ArithmeticException: boom"),
        threw.getMessage());
  }

  @Test
  void copelandIsCoinrsAcopelandWithTiesAndMissingValues() {
    Methodology m = Methodology.builder().id("c").name(NAME)
        .addNode(Node.root("root").aggregator(Aggregators.copeland()).build())
        .addNode(Node.leaf("a", "root", "a").normalizer(Normalizers.goalposts(0, 100)).build())
        .addNode(Node.leaf("b", "root", "b").normalizer(Normalizers.goalposts(0, 100)).build())
        .addNode(Node.leaf("c", "root", "c").weight(2).normalizer(Normalizers.goalposts(0, 100)).build()).build();
    // weights ¼ ¼ ½. x: 50 50 50; y: 50 60 40; z: 50 — (b missing) — 50; w: 10 10 10.
    Dataset d = Dataset.builder()
        .value("x", "a", 50).value("x", "b", 50).value("x", "c", 50)
        .value("y", "a", 50).value("y", "b", 60).value("y", "c", 40)
        .value("z", "a", 50).value("z", "c", 50).unit("z")
        .value("w", "a", 10).value("w", "b", 10).value("w", "c", 10).build();
    Evaluation e = Engine.create().compile(m).evaluate(d);
    // o(x,y) = a tie ⅛ + c ½ = ⅝ → x +1, y −1 (y: 1 − ⅝ = ⅜).
    // o(x,z) = a tie ⅛ + c tie ¼ = ⅜ (b missing counts for neither) → x −1; z: 1 − ⅜ = ⅝ → z +1.
    // o(x,w) = 1 → x +1, w −1.   o(y,z) = a tie ⅛ = ⅛ → y −1; z ⅞ → +1.   o(y,w) = 1: y +1, w −1.
    // o(z,w) = ¼ + ½ = ¾ → z +1, w −1.
    assertEquals(1, e.score("x").getAsDouble());
    assertEquals(-1, e.score("y").getAsDouble());
    assertEquals(3, e.score("z").getAsDouble());
    assertEquals(-3, e.score("w").getAsDouble());
    Outranking o = Outranking.of(e, "root");
    assertEquals(0.375, o.value("x", "z"), 1e-15);
    assertEquals(0.625, o.value("z", "x"), 1e-15, "the later unit gets 1 − o, missing weight included");
    assertTrue(e.explain("z", "root").text().contains("copeland: in pairwise comparisons with the other units, wins 3, losses 0"), e.explain("z", "root").text());
  }

  @Test
  void rowMeanImputationNormalizesWithDirectionsAndMapsBack() {
    Methodology m = Methodology.builder().id("r").name(NAME)
        .addPipeline(Impute.of(ImputationMethod.ROW_MEAN))
        .addNode(Node.root("root").build())
        .addNode(Node.leaf("up", "root", "up").normalizer(Normalizers.minMax()).build())
        .addNode(Node.leaf("down", "root", "down").direction(Direction.LOWER_IS_BETTER)
            .normalizer(Normalizers.minMax()).build())
        .addNode(Node.leaf("gap", "root", "gap").normalizer(Normalizers.minMax()).build()).build();
    // up: 0, 10, 20 → normalized 0, .5, 1.  down (lower better): 100, 50, 0 → ×(−1) = −100, −50, 0 → 0, .5, 1.
    // gap: 1, —, 5 for a, b, c. b's mean of its others is (.5 + .5)/2 = .5 → 1 + .5 × (5 − 1) = 3.
    Dataset d = Dataset.builder()
        .value("a", "up", 0).value("a", "down", 100).value("a", "gap", 1)
        .value("b", "up", 10).value("b", "down", 50).unit("b")
        .value("c", "up", 20).value("c", "down", 0).value("c", "gap", 5).build();
    assertEquals(3, Engine.create().compile(m).evaluate(d).stageValue("imputed", "b", "gap").getAsDouble(), 1e-12);
    Dataset skew = Dataset.builder()
        .value("a", "up", 0).value("a", "down", 100).value("a", "gap", 1)
        .value("b", "up", 20).value("b", "down", 50).unit("b")
        .value("c", "up", 10).value("c", "down", 0).value("c", "gap", 5).build();
    // b: up 20 → 1, down 50 → .5: mean .75. gap higher-is-better: 1 + .75 × 4 = 4.
    assertEquals(4, Engine.create().compile(m).evaluate(skew).stageValue("imputed", "b", "gap").getAsDouble(), 1e-12);
    Methodology reversed = ImmutableMethodology.copyOf(m).withNodes(m.nodes().stream()
        .map(n -> n.id().equals("gap") ? ImmutableNode.copyOf(n).withDirection(Direction.LOWER_IS_BETTER) : n)
        .collect(Collectors.toList()));
    // gap lower-is-better: ×(−1): −1, −5 → min −5, max −1 → −5 + .75 × 4 = −2 → × (−1) = 2.
    assertEquals(2, Engine.create().compile(reversed).evaluate(skew).stageValue("imputed", "b", "gap").getAsDouble(),
        1e-12);
  }

  @Test
  void rankAtAnyNodeHonoursTheGroupsAndExclusions() {
    Methodology m = startingABusiness().ranking(Ranking.builder().putGroup("cities", List.of("a", "b"))
        .putGroup("nations", List.of("c")).addExclude("d").build()).build();
    Dataset d = Dataset.builder()
        .value("a", "Procedures (number)", 4).value("a", "Time (days)", 9)
        .value("b", "Procedures (number)", 2).value("b", "Time (days)", 30)
        .value("c", "Procedures (number)", 9).value("c", "Time (days)", 90)
        .value("d", "Procedures (number)", 1).value("d", "Time (days)", 1).build();
    Evaluation e = Engine.create().compile(m).evaluate(d);
    assertEquals(2, e.rank("a", "procedures").getAsInt(), "b has fewer procedures");
    assertEquals(1, e.rank("c", "procedures").getAsInt(), "c is alone in its group");
    assertTrue(e.rank("d", "procedures").isEmpty(), "d is excluded");
    assertEquals(Map.of("a", 2, "b", 1, "c", 1), e.ranks("procedures"));
    assertEquals(List.of("cities", "nations"), e.groups());
  }
}
