package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.testkit.MethodologyGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of methodologies built in code and read from files alike, over methodologies generated with every
 * built-in strategy, text codes, missing values, rules, point budgets, pipeline steps and grades with quotas. Each
 * repetition uses seed base + n; the base is printed, and a failure names its seed (replay with
 * -Dbizenv.seed=N).
 */
class MethodologyProperties {

  static final long BASE = Seeds.base("MethodologyProperties");
  static final Documents DOCS = Documents.create();
  static final Engine ENGINE = Engine.create();

  static long seed(RepetitionInfo info) {
    return Seeds.of(BASE, info.getCurrentRepetition());
  }

  static Dataset data(MethodologyGenerator.Generated g, SplittableRandom r) {
    return Dataset.builder().observations(g.data(r, 2 + r.nextInt(30))).build();
  }

  /** Two evaluations agree exactly: every score (bit for bit), not-applicable mark, rank, group and grade. */
  static void assertSame(Evaluation a, Evaluation b, String what) {
    assertEquals(a.units(), b.units(), what + ": units");
    for (String u : a.units()) {
      for (String node : a.plan().nodes()) {
        assertEquals(a.score(u, node), b.score(u, node), what + ": " + u + " at " + node);
        assertEquals(a.notApplicable(u, node), b.notApplicable(u, node), what + ": " + u + " n/a at " + node);
      }
      assertEquals(a.rank(u), b.rank(u), what + ": rank of " + u);
      assertEquals(a.group(u), b.group(u), what + ": group of " + u);
      assertEquals(a.grade(u), b.grade(u), what + ": grade of " + u);
    }
  }

  @RepeatedTest(150)
  void aMethodologyWrittenAndReadBackIsEqualAndEvaluatesIdentically(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Methodology m = g.methodology();
      String text = DOCS.toJson(m);
      Methodology back = DOCS.readMethodology(text, "generated.json");
      assertEquals(m, back);
      assertEquals(text, DOCS.toJson(back), "writing is canonical");
      Dataset d = data(g, r);
      assertSame(ENGINE.compile(m).evaluate(d), ENGINE.compile(text, "generated.json").evaluate(d), "file vs code");
    });
  }

  @RepeatedTest(150)
  void scoresAreFiniteOrMissingAndWithinTheirRange(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation e = p.evaluate(data(g, r));
      for (String node : p.nodes()) {
        boolean rules = !p.rules(node).isEmpty() || !p.childrenInRange(p.node(node));
        for (String u : e.units()) {
          if (e.score(u, node).isPresent()) {
            double s = e.score(u, node).getAsDouble();
            assertTrue(Double.isFinite(s), node + " of " + u + " = " + s);
            if (!rules) {
              assertTrue(Leaves.within(s, p.range(node)), node + " of " + u + " = " + s + " outside " + p.range(node));
            }
          }
        }
      }
    });
  }

  @RepeatedTest(100)
  void aVariantEvaluatedOnAnEarlierEvaluationEqualsOneEvaluatedAfresh(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Dataset d = data(g, r);
      Evaluation base = p.evaluate(d);
      Map<String, Double> weights = new HashMap<>();
      for (String node : p.nodes()) {
        if (r.nextBoolean()) {
          weights.put(node, 0.05 + r.nextDouble() * 4);
        }
      }
      Plan reweighed = p.withWeights(weights);
      assertSame(reweighed.evaluate(d), reweighed.evaluate(base), "new weights");
      assertSame(ENGINE.compile(reweighed.methodology()).evaluate(d), reweighed.evaluate(base), "new weights, recompiled");
      List<String> leaves = p.leavesUnder(p.root());
      String leaf = leaves.get(r.nextInt(leaves.size()));
      if (p.strategy(leaf).name().equals("categorical")) {
        return; // its text answers need a categorical scale
      }
      StrategySpec other = Normalizers.minMax(1, 100);
      Plan renormalized;
      try {
        renormalized = p.withNormalizer(leaf, other);
      } catch (ValidationException e) {
        return; // e.g. text codes scored outside the new range: a legitimate refusal
      }
      assertSame(renormalized.evaluate(d), renormalized.evaluate(base), "new normalizer at " + leaf);
      if (!leaf.equals(p.root()) && leaves.size() > 1) {
        Plan without;
        try {
          without = p.without(leaf);
        } catch (ValidationException e) {
          return; // the leaf was all a ranking, grading or screening node had
        }
        assertSame(without.evaluate(d), without.evaluate(base), "without " + leaf);
        assertTrue(!without.hasNode(leaf));
      }
    });
  }

  @RepeatedTest(50)
  void newWeightsReuseThePreparedDataAndTheNormalizedLeaves(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation base = p.evaluate(data(g, r));
      Plan variant = p.withWeights(Map.of(p.root(), 2.0));
      Evaluation e = variant.evaluate(base);
      assertTrue(e.prepared() == base.prepared(), "the pipeline did not run again");
      for (String leaf : p.leavesUnder(p.root())) {
        int i = p.node(leaf);
        if (!p.hasPoints(i) && p.rules(i).length == 0 && p.composites().isEmpty()) {
          assertTrue(e.state().scores[i] == base.state().scores[i], leaf + " was not normalized again");
        }
      }
    });
  }
}
