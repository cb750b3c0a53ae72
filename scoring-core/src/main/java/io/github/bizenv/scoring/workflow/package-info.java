/**
 * The reform-programme workflow: A/B/C classes against the benchmark ({@link
 * io.github.bizenv.scoring.workflow.GapAnalysis}), the battle map and monthly dispatch ({@link
 * io.github.bizenv.scoring.workflow.BattleMap}), per-unit facts for assessments ({@link
 * io.github.bizenv.scoring.workflow.ProgrammeFacts}), quarterly rankings and year-end assessments, and the
 * real-time loop ({@link io.github.bizenv.scoring.workflow.ProgrammeMonitor}). The workflow grows no scoring code of
 * its own: it derives per-unit facts and lets methodology files score them.
 */
package io.github.bizenv.scoring.workflow;
