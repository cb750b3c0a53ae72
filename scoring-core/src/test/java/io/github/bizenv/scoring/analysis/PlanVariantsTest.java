package io.github.bizenv.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Aggregators;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.testkit.MethodologyGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * What the analyses evaluate is what the changed methodology gives when compiled and evaluated afresh, bit for bit,
 * however the variant was derived (a weight variant, a kept structure with other weights, a structure met for the
 * first time) and in whatever order: over generated methodologies with every built-in strategy and pipeline step,
 * and variants changing weights, winmax, the imputation, the default normalizer and aggregator and leaving leaves
 * out, each structure met several times.
 */
class PlanVariantsTest {

  static final long BASE = Seeds.base("PlanVariantsTest");
  static final Engine ENGINE = Engine.create();

  static Variant randomVariant(SplittableRandom r, Plan p, List<Variant> structures) {
    Variant v = new Variant();
    if (!structures.isEmpty() && r.nextInt(3) > 0) {
      Variant s = structures.get(r.nextInt(structures.size()));
      v = s.withoutWeights();
    } else {
      if (r.nextInt(3) == 0) {
        v.winmax = 1 + r.nextInt(5);
      }
      if (r.nextInt(4) == 0) {
        v.imputationSet = true;
        v.imputation = r.nextBoolean() ? null : Impute.of(r.nextBoolean() ? ImputationMethod.MEDIAN
            : ImputationMethod.ROW_MEAN);
      }
      if (r.nextInt(3) == 0) {
        v.normalizer = r.nextBoolean() ? Normalizers.minMax(1, 100) : Normalizers.zScore(10, 2);
      }
      if (r.nextInt(3) == 0) {
        v.aggregator = r.nextBoolean() ? Aggregators.weightedMean() : Aggregators.geometricMean();
      }
      List<String> leaves = p.leavesUnder(p.root());
      if (leaves.size() > 2 && r.nextInt(4) == 0) {
        v.leftOut.add(leaves.get(r.nextInt(leaves.size())));
      }
      structures.add(v.withoutWeights());
    }
    for (String node : p.nodes()) {
      if (!node.equals(p.root()) && r.nextInt(3) == 0) {
        v.weights.put(node, p.weight(node) * (0.5 + r.nextDouble()));
      }
    }
    return v;
  }

  /** The scores of every unit at every node, or the failure's message. */
  static String outcome(java.util.function.Supplier<Evaluation> evaluation) {
    Evaluation e;
    try {
      e = evaluation.get();
    } catch (ValidationException x) {
      return "failed: " + x.problems();
    }
    StringBuilder out = new StringBuilder();
    for (String u : e.units()) {
      for (String node : e.plan().nodes()) {
        out.append(u).append(' ').append(node).append(' ').append(e.score(u, node)).append(' ')
            .append(e.notApplicable(u, node)).append('\n');
      }
      out.append(u).append(" rank ").append(e.rank(u)).append(" grade ").append(e.grade(u)).append('\n');
    }
    return out.toString();
  }

  @RepeatedTest(60)
  void aVariantEvaluatesAsItsMethodologyCompiledAfresh(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan plan = ENGINE.compile(g.methodology());
      Dataset data = Dataset.builder().observations(g.data(r, 8 + r.nextInt(20))).build();
      PlanVariants variants;
      try {
        variants = new PlanVariants(plan, data, null);
      } catch (ValidationException e) {
        return; // the nominal methodology does not evaluate on these data
      }
      List<Variant> structures = new ArrayList<>();
      for (int k = 0; k < 12; k++) {
        Variant v = randomVariant(r, plan, structures);
        String expected;
        try {
          Methodology changed = PlanVariants.apply(plan.methodology(), v);
          expected = outcome(() -> ENGINE.compile(changed).evaluate(data));
        } catch (ValidationException e) {
          expected = "failed: " + e.problems();
        }
        String actual;
        try {
          actual = outcome(() -> variants.evaluate(v));
        } catch (ValidationException e) {
          actual = "failed: " + e.problems();
        }
        assertEquals(expected.startsWith("failed"), actual.startsWith("failed"), v + ": " + expected + " / "
            + actual);
        if (!expected.startsWith("failed")) {
          assertEquals(expected, actual, v.toString());
        }
      }
    });
  }
}
