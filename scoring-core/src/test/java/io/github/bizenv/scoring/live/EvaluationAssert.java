package io.github.bizenv.scoring.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bizenv.scoring.engine.Evaluation;

/** Exact equality of two evaluations: every unit × node score (bit for bit), rank, group, grade and reason. */
public final class EvaluationAssert {

  private EvaluationAssert() {}

  /**
   * Fails unless the two evaluations agree on everything an evaluation answers.
   *
   * @param expected the batch evaluation
   * @param actual the live one
   * @param where what is compared, for the message
   */
  public static void assertSameEvaluation(Evaluation expected, Evaluation actual, String where) {
    assertEquals(expected.units(), actual.units(), where + ": units");
    for (String u : expected.units()) {
      for (String node : expected.plan().nodes()) {
        assertEquals(expected.score(u, node), actual.score(u, node), where + ": score of " + u + " at " + node);
        assertEquals(expected.notApplicable(u, node), actual.notApplicable(u, node), where + ": n/a " + u + " " + node);
      }
      assertEquals(expected.rank(u), actual.rank(u), where + ": rank of " + u);
      assertEquals(expected.group(u), actual.group(u), where + ": group of " + u);
      assertEquals(expected.grade(u), actual.grade(u), where + ": grade of " + u);
      assertEquals(expected.gradeReasons(u), actual.gradeReasons(u), where + ": grade reasons of " + u);
      assertEquals(expected.excludedFromTop(u), actual.excludedFromTop(u), where + ": top-band exclusion of " + u);
      assertEquals(expected.unranked(u), actual.unranked(u), where + ": why " + u + " is not ranked");
    }
  }
}
