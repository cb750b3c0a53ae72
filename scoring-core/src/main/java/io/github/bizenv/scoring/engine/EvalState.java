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
  /** The scope each unit's grade quota was applied in, or null. */
  final QuotaScope[] quotaScope;
  final String[] forcedGrade;
  final String[] forcedReason;
  final String[] excludedTop;
  /** Why a unit with a score is not ranked (it fails the ranking's eligibility), or null. */
  final String[] unranked;
  /** The ranking node's scores as presented, when the ranking compares those; else null. */
  double[] rankCompared;
  /** The grading node's scores as presented, when the grading compares those; else null. */
  double[] gradeCompared;
  /** The node whose rules are running: the rules' forced grades and exclusions are kept per node. */
  int ruleNode;
  /** Per node with rules that fired, per unit: the grade forced, its reason, the exclusion from the top band. */
  private final String[][] forcedAt;
  private final String[][] forcedWhyAt;
  private final String[][] excludedAt;
  /** The nodes that have rules, in evaluation order: the only ones that can force a grade or exclude. */
  private final int[] ruleNodes;
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
    this.quotaScope = new QuotaScope[count];
    this.forcedGrade = new String[count];
    this.forcedReason = new String[count];
    this.excludedTop = new String[count];
    this.unranked = new String[count];
    this.traces = new RuleRunner.Recorder[count];
    this.forcedAt = new String[p.size()][];
    this.forcedWhyAt = new String[p.size()][];
    this.excludedAt = new String[p.size()][];
    int k = 0;
    int[] withRules = new int[p.size()];
    for (int i = 0; i < p.size(); i++) {
      if (p.rules(i).length > 0) {
        withRules[k++] = i;
      }
    }
    this.ruleNodes = java.util.Arrays.copyOf(withRules, k);
  }

  /**
   * A deep copy over a copy of the table, for a snapshot that later changes cannot reach (rule marks per node are
   * not copied: a snapshot is only read).
   */
  EvalState copy(Dataset.Table t) {
    EvalState c = new EvalState(plan, t, new ArrayList<>(units), new java.util.HashMap<>(unitIndex), row.clone());
    for (int i = 0; i < scores.length; i++) {
      c.scores[i] = scores[i] == null ? null : scores[i].clone();
      c.na[i] = na[i] == null ? null : na[i].clone();
      c.composed[i] = composed[i] == null ? null : composed[i].clone();
    }
    c.prepared = prepared;
    System.arraycopy(fits, 0, c.fits, 0, fits.length);
    System.arraycopy(rank, 0, c.rank, 0, rank.length);
    System.arraycopy(group, 0, c.group, 0, group.length);
    System.arraycopy(grade, 0, c.grade, 0, grade.length);
    System.arraycopy(band, 0, c.band, 0, band.length);
    System.arraycopy(quotaDemoted, 0, c.quotaDemoted, 0, quotaDemoted.length);
    System.arraycopy(quotaScope, 0, c.quotaScope, 0, quotaScope.length);
    System.arraycopy(forcedGrade, 0, c.forcedGrade, 0, forcedGrade.length);
    System.arraycopy(forcedReason, 0, c.forcedReason, 0, forcedReason.length);
    System.arraycopy(excludedTop, 0, c.excludedTop, 0, excludedTop.length);
    System.arraycopy(unranked, 0, c.unranked, 0, unranked.length);
    return c;
  }

  /** A rule forces unit u's grade: the latest node's forced grade stands, as rules run bottom up. */
  void forceGrade(int u, String grade, String reason) {
    forcedGrade[u] = grade;
    forcedReason[u] = reason;
    if (forcedAt[ruleNode] == null) {
      forcedAt[ruleNode] = new String[count()];
      forcedWhyAt[ruleNode] = new String[count()];
    }
    forcedAt[ruleNode][u] = grade;
    forcedWhyAt[ruleNode][u] = reason;
  }

  /** A rule keeps unit u out of the top band. */
  void excludeFromTop(int u, String reason) {
    excludedTop[u] = reason;
    if (excludedAt[ruleNode] == null) {
      excludedAt[ruleNode] = new String[count()];
    }
    excludedAt[ruleNode][u] = reason;
  }

  /** Forgets what node i's rules forced, for every unit (before they run again). */
  void clearRuleMarks(int i) {
    forcedAt[i] = null;
    forcedWhyAt[i] = null;
    excludedAt[i] = null;
  }

  /** Forgets what node i's rules forced for unit u. */
  void clearRuleMarks(int i, int u) {
    if (forcedAt[i] != null) {
      forcedAt[i][u] = null;
      forcedWhyAt[i][u] = null;
    }
    if (excludedAt[i] != null) {
      excludedAt[i][u] = null;
    }
  }

  /** Unit u's forced grade and exclusion from what each node's rules recorded: the last node's stands. */
  void settleRuleMarks(int u) {
    forcedGrade[u] = null;
    forcedReason[u] = null;
    excludedTop[u] = null;
    for (int i : ruleNodes) {
      if (forcedAt[i] != null && forcedAt[i][u] != null) {
        forcedGrade[u] = forcedAt[i][u];
        forcedReason[u] = forcedWhyAt[i][u];
      }
      if (excludedAt[i] != null && excludedAt[i][u] != null) {
        excludedTop[u] = excludedAt[i][u];
      }
    }
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

  /** The scope a grade quota was applied in: its name (a ranking group, a column value, or ""), size, places, forced. */
  static final class QuotaScope {
    final String name;
    final int size;
    final int allowed;
    final int forced;

    QuotaScope(String name, int size, int allowed, int forced) {
      this.name = name;
      this.size = size;
      this.allowed = allowed;
      this.forced = forced;
    }
  }
}
