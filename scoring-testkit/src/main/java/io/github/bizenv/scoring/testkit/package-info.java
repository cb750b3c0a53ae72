/**
 * Seeded, size-controlled generators of valid model values. Start at
 * {@link io.github.bizenv.scoring.testkit.ProgrammeGenerator}.
 */
package io.github.bizenv.scoring.testkit;
