/**
 * Live evaluation (即时评价): a compiled plan kept current over data that keeps arriving. {@link
 * io.github.bizenv.scoring.live.LiveEvaluation} accepts dated {@link io.github.bizenv.scoring.live.Updates} one at
 * a time or in batches, from any number of threads; keeps scores, ranks and grades current, recomputing only what an
 * update can reach; tells {@link io.github.bizenv.scoring.live.LiveEvaluation.Listener listeners} every
 * {@link io.github.bizenv.scoring.live.Change change} of a unit's standing, once, in order; and answers what the
 * evaluation was as of a past date, by evaluating the data known then.
 *
 * <p>The programme monitor ({@link io.github.bizenv.scoring.workflow.ProgrammeMonitor}) is built on it.
 */
package io.github.bizenv.scoring.live;
