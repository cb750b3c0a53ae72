/**
 * The scoring engine: methodologies compiled into {@link io.github.bizenv.scoring.engine.Plan}s and evaluated
 * over {@link io.github.bizenv.scoring.engine.Dataset}s into explainable
 * {@link io.github.bizenv.scoring.engine.Evaluation}s. Start at {@link io.github.bizenv.scoring.engine.Engine}.
 */
package io.github.bizenv.scoring.engine;
