package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.testkit.MethodologyGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A variant whose pipeline differs from an earlier evaluation's only after some steps starts after them, and gives
 * what evaluating it afresh gives, bit for bit: every score, rank and grade, every stage's values, the imputations,
 * exclusions and treatments. Over methodologies generated with every pipeline step; seeds as in
 * {@link MethodologyProperties} (replay with -Dbizenv.seed=N).
 */
class PipelineResumeProperties {

  static final long BASE = Seeds.base("PipelineResumeProperties");

  static long seed(RepetitionInfo info) {
    return Seeds.of(BASE, info.getCurrentRepetition());
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
      assertEquals(a.treatment(leaf).map(PipelineResumeProperties::describe), b.treatment(leaf).map(
          PipelineResumeProperties::describe), what + ": treatment of " + leaf);
    }
  }

  static String describe(Treatment t) {
    return t.passedBefore() + " " + t.skewBefore() + " " + t.kurtosisBefore() + " " + t.winsorisedInLastPass() + " "
        + t.winsorisedUnits() + " " + t.highSide() + " " + t.logTransformed() + " " + t.skewAfter() + " "
        + t.kurtosisAfter() + " " + t.passedAfter();
  }

  @RepeatedTest(300)
  void aVariantWithAnotherPipelineTailResumesAfterTheSharedStepsAndEqualsOneEvaluatedAfresh(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      if (g.methodology().pipeline().isEmpty()) {
        return;
      }
      Plan p = MethodologyProperties.ENGINE.compile(g.methodology());
      Dataset d = MethodologyProperties.data(g, r);
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
      MethodologyProperties.assertSame(fresh, resumed, "resumed pipeline");
      assertSamePreparation(fresh, resumed, "resumed pipeline");
      String before = base.stages().get(Math.min(last, base.stages().size() - 1));
      if (last > 0) {
        assertTrue(resumed.prepared().stages.get(before) == base.prepared().stages.get(before),
            "the shared steps did not run again (" + before + ")");
      }
    });
  }
}
