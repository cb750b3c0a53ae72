package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.spi.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The arrays of one evaluation, shared with {@link Evaluation}: every unit's score at every node, not-applicable
 * marks, ranks, groups and grades. Written only while the evaluation runs; read-only afterwards. Arrays of leaves
 * reused from an earlier evaluation are never written.
 */
final class EvalState {
  final Plan plan;
  final Dataset.Table table;
  final List<String> units;
  final Map<String, Integer> unitIndex;
  final double[][] scores;
  final boolean[][] na;
  final boolean[][] composed;
  final int[] row;
  /** Whether unit u's data is in row u of the table (no scope, no pipeline, no composite units). */
  final boolean rowsAreUnits;
  Pipeline.Result prepared;
  final Normalizer.Fit[] fits;
  final int[] rank;
  final String[] group;
  final String[] grade;
  final int[] band;
  final boolean[] quotaDemoted;
  final int[] graded;
  final int[] quotaAllowed;
  final String[] forcedGrade;
  final String[] forcedReason;
  final String[] excludedTop;
  /** Problems found while evaluating: strategies that failed or returned scores outside their range. */
  final List<Problem> problems = new ArrayList<>();
  private final RuleRunner.Recorder[] traces;

  EvalState(Plan p, Dataset.Table t, List<String> units, Map<String, Integer> unitIndex, int[] rows) {
    int count = units.size();
    this.plan = p;
    this.table = t;
    this.units = Collections.unmodifiableList(units);
    this.unitIndex = unitIndex;
    this.scores = new double[p.size()][];
    this.na = new boolean[p.size()][];
    this.row = rows;
    boolean same = rows.length == t.units.size();
    for (int u = 0; u < rows.length && same; u++) {
      same = rows[u] == u;
    }
    this.rowsAreUnits = same;
    this.composed = new boolean[p.size()][];
    this.fits = new Normalizer.Fit[p.size()];
    this.rank = new int[count];
    this.group = new String[count];
    this.grade = new String[count];
    this.band = new int[count];
    this.quotaDemoted = new boolean[count];
    this.graded = new int[count];
    this.quotaAllowed = new int[count];
    this.forcedGrade = new String[count];
    this.forcedReason = new String[count];
    this.excludedTop = new String[count];
    this.traces = new RuleRunner.Recorder[count];
  }

  int count() {
    return units.size();
  }

  void markNotApplicable(int i, int u) {
    if (na[i] == null) {
      na[i] = new boolean[units.size()];
    }
    na[i][u] = true;
  }

  void compositeAt(int i, int u) {
    if (composed[i] == null) {
      composed[i] = new boolean[units.size()];
    }
    composed[i][u] = true;
  }

  boolean isNa(int i, int u) {
    return na[i] != null && na[i][u];
  }

  RuleRunner.Recorder trace(int u) {
    RuleRunner.Recorder r = traces[u];
    if (r == null) {
      r = new RuleRunner.Recorder(this, u, false);
      traces[u] = r;
    }
    return r;
  }

  /** Records a strategy's failure or bad result: the strategy, the node and the unit. */
  void strategyProblem(int i, String kind, String name, String unit, String what) {
    if (problems.size() < 100) {
      problems.add(Problem.of(Problem.STRATEGY_FAILED, plan.path(i), kind + " \"" + name + "\" of node \""
          + plan.id(i) + "\"" + (unit == null ? "" : " for unit \"" + unit + "\"") + " " + what));
    }
  }
}
