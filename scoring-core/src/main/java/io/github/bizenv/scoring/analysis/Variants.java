package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.engine.Evaluation;

/**
 * The seam where a changed methodology becomes an evaluation. Every analysis that re-evaluates (removing elements,
 * uncertainty and sensitivity analysis) goes through it, so that a cheaper way of deriving and evaluating plan
 * variants replaces one class. Implementations are thread-safe: the runner calls {@link #evaluate} from several
 * threads at once.
 */
interface Variants {

  /**
   * The nominal evaluation.
   *
   * @return the evaluation of the unchanged methodology
   */
  Evaluation nominal();

  /**
   * Evaluates a variant.
   *
   * @param variant the changes
   * @return the evaluation
   * @throws io.github.bizenv.scoring.ScoringException if the changed methodology does not compile or evaluate
   */
  Evaluation evaluate(Variant variant);
}
