/**
 * The library's exceptions: {@link io.github.bizenv.scoring.ScoringException} is the root of every
 * exception thrown on purpose; {@link io.github.bizenv.scoring.ValidationException} lists every
 * {@link io.github.bizenv.scoring.Problem} found in some input.
 */
package io.github.bizenv.scoring;
