package io.github.bizenv.scoring.methodology;

/**
 * A data-preparation step that a methodology applies to its leaves' raw values, in the declared order, before
 * they are normalized: {@link Survey}, {@link Denominate}, {@link Impute}, {@link Screen} or {@link Treat}.
 *
 * <p>A closed family, not an extension point: each step has one exact published definition (COINr's), its result
 * is recorded as a stage of the evaluation, and explanations describe what it did to each value. The only
 * implementations are the five step types of this package.
 */
public abstract class PipelineStep {

  PipelineStep() {}

  /**
   * The step's name in files ({@code "step": "impute"}).
   *
   * @return {@code survey}, {@code denominate}, {@code impute}, {@code screen} or {@code treat}
   */
  public abstract String step();

  /**
   * The name of the stage the step records ({@code surveyed}, {@code denominated}, {@code imputed},
   * {@code screened}, {@code treated}); a repeated step's stages are numbered ({@code imputed-2}).
   *
   * @return the stage name of the first step of this kind
   */
  public abstract String stage();
}
