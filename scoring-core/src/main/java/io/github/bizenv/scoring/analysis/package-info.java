/**
 * How robust is each rank: the statistical audit of a composite index ({@link
 * io.github.bizenv.scoring.analysis.Audit}) and its uncertainty and sensitivity analysis ({@link
 * io.github.bizenv.scoring.analysis.UncertaintyAnalysis} over an {@link
 * io.github.bizenv.scoring.analysis.UncertaintySpec}; {@link io.github.bizenv.scoring.analysis.Sobol} for any model),
 * each figure defined as COINr defines it.
 */
package io.github.bizenv.scoring.analysis;
