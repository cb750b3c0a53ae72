package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.testkit.MethodologyGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.ArrayList;
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

  /** Everything the pipeline recorded agrees exactly: every stage's units and values, imputations, exclusions. */
  static void assertSamePreparation(Evaluation a, Evaluation b, String what) {
    assertEquals(a.stages(), b.stages(), what + ": stages");
    for (String stage : a.stages()) {
      assertEquals(a.stageUnits(stage), b.stageUnits(stage), what + ": units of " + stage);
      for (String leaf : a.plan().leavesUnder(a.plan().root())) {
        for (String u : a.stageUnits(stage)) {
          assertEquals(a.stageValue(stage, u, leaf), b.stageValue(stage, u, leaf), what + ": " + stage + " " + u
              + " " + leaf);
        }
      }
    }
    assertEquals(a.imputations().toString(), b.imputations().toString(), what + ": imputations");
    assertEquals(a.excluded(), b.excluded(), what + ": excluded");
    for (String leaf : a.plan().leavesUnder(a.plan().root())) {
      assertEquals(a.treatment(leaf).map(MethodologyProperties::describe), b.treatment(leaf).map(
          MethodologyProperties::describe), what + ": treatment of " + leaf);
    }
  }

  static String describe(Treatment t) {
    return t.passedBefore() + " " + t.skewBefore() + " " + t.kurtosisBefore() + " " + t.winsorisedInLastPass() + " "
        + t.winsorisedUnits() + " " + t.highSide() + " " + t.logTransformed() + " " + t.skewAfter() + " "
        + t.kurtosisAfter() + " " + t.passedAfter();
  }

  @RepeatedTest(150)
  void aVariantWithAnotherPipelineTailResumesAfterTheSharedStepsAndEqualsOneEvaluatedAfresh(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      if (g.methodology().pipeline().isEmpty()) {
        return;
      }
      Plan p = ENGINE.compile(g.methodology());
      Dataset d = data(g, r);
      Evaluation base;
      try {
        base = p.evaluate(d);
      } catch (ValidationException e) {
        return; // e.g. screening left no unit for a ranking node
      }
      List<PipelineStep> steps = new ArrayList<>(p.methodology().pipeline());
      int last = steps.size() - 1;
      PipelineStep step = steps.get(last);
      if (step instanceof Treat) {
        steps.set(last, ImmutableTreat.copyOf((Treat) step).withWinmax(1 + (((Treat) step).winmax() + r.nextInt(4)) % 5));
      } else if (step instanceof Impute) {
        steps.set(last, Impute.of(((Impute) step).method() == ImputationMethod.MEDIAN ? ImputationMethod.ROW_MEAN
            : ImputationMethod.MEDIAN));
      } else {
        steps.add(Treat.builder().winmax(1 + r.nextInt(5)).build());
      }
      Plan variant = p.withPipeline(steps);
      Evaluation fresh;
      try {
        fresh = variant.evaluate(d);
      } catch (ValidationException e) {
        return;
      }
      Evaluation resumed = variant.evaluate(base);
      assertSame(fresh, resumed, "resumed pipeline");
      assertSamePreparation(fresh, resumed, "resumed pipeline");
      String before = base.stages().get(Math.min(last, base.stages().size() - 1));
      if (last > 0) {
        assertTrue(resumed.prepared().stages.get(before) == base.prepared().stages.get(before),
            "the shared steps did not run again (" + before + ")");
      }
    });
  }
}
