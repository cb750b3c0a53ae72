package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A plan evaluated over data that changes cell by cell: the single-threaded core that
 * {@code io.github.bizenv.scoring.live} builds on. Stage changes with {@link #set}, {@link #setCode} and
 * {@link #clear}; {@link #commit()} brings scores, ranks and grades up to date and says which units' standing
 * changed. At every commit the state equals {@link Plan#evaluate(Dataset, Period)} on the current data, bit for bit.
 *
 * <p>A commit recomputes what the changes can reach: every node of each changed unit (its rules may read any
 * column); a leaf whose population-fitted normalizer (min-max, z-score…) moved, for every unit, a column at a time,
 * and the nodes above it; then ranks and grades, unless no score, group, forced grade or exclusion they follow
 * moved — when a single unit moved, its rank and grade are moved in place and the units around it follow, without
 * sorting. A plan with a data-preparation pipeline, composite units or an aggregator that compares units, and any
 * change of the set of units evaluated (a new unit, a change of the scope column), is evaluated again whole.
 *
 * <p>Not thread-safe: one thread at a time, or the lock of a wrapper such as
 * {@code io.github.bizenv.scoring.live.LiveEvaluation}.
 */
public final class Session {

  private static final int[] NONE = new int[0];

  private final Plan plan;
  private final Period period;
  private final Dataset.Table table;
  private final boolean incremental;
  private final Map<String, int[]> leavesByColumn = new HashMap<>();
  /** The inner nodes whose published column a column is. */
  private final Map<String, int[]> publishedByColumn = new HashMap<>();
  private final BitSet dirtyUnits = new BitSet();
  private final BitSet dirtyLeaves = new BitSet();
  private final double[] values;
  private final double[] weights;
  private EvalState st;
  private RuleRunner.Input input;
  private boolean rebuild;
  private boolean standingColumns;
  private Evaluation snapshot;
  private double[] scoreBefore;
  private int[] rankBefore;
  private String[] gradeBefore;
  private final List<UnitChange> left = new ArrayList<>();
  /** The cells staged since the last commit, with what they held, for {@link #rollback()}. */
  private final List<Staged> journal = new ArrayList<>();
  private int committedUnits;
  /** The nodes whose scores a change reports besides the root's, and their scores at the last commit. */
  private final int[] watched;
  private final List<String> watchedIds;
  private double[][] watchedBefore;

  private Session(Plan plan, Dataset data, Period period, List<String> watch) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.period = Objects.requireNonNull(period, "period");
    Dataset.Table t = Objects.requireNonNull(data, "data").table(period);
    if (t == null) {
      throw new ValidationException("data", List.of(Problem.of(Problem.MISSING_DATA, "",
          "no data for period " + period + "; the data has " + (data.periods().isEmpty() ? "no periods"
              : data.periods().toString()))));
    }
    this.table = copy(t);
    boolean columnWise = false;
    for (int i = 0; i < plan.size(); i++) {
      columnWise |= !plan.isLeaf(i) && plan.aggregator(i).columnWise();
    }
    this.incremental = !plan.pipeline().active && plan.composites().isEmpty() && !columnWise;
    Map<String, List<Integer>> leaves = new LinkedHashMap<>();
    for (int i = 0; i < plan.size(); i++) {
      if (plan.isLeaf(i)) {
        leaves.computeIfAbsent(plan.leaf(i).column, k -> new ArrayList<>()).add(i);
      }
    }
    leaves.forEach((c, is) -> leavesByColumn.put(c, is.stream().mapToInt(Integer::intValue).toArray()));
    for (int i = 0; i < plan.size(); i++) {
      String column = plan.published(i);
      if (column != null) {
        int[] before = publishedByColumn.getOrDefault(column, NONE);
        int[] with = Arrays.copyOf(before, before.length + 1);
        with[before.length] = i;
        publishedByColumn.put(column, with);
      }
    }
    this.values = new double[plan.maxChildren()];
    this.weights = new double[plan.maxChildren()];
    this.watched = new int[watch.size()];
    for (int k = 0; k < watched.length; k++) {
      watched[k] = plan.node(Objects.requireNonNull(watch.get(k), "node"));
    }
    this.watchedIds = watch;
    evaluateWhole();
    remember();
    committedUnits = table.units.size();
  }

  /**
   * Starts a session: evaluates the plan on one period of the data (a copy is kept; the data set is not read
   * again).
   *
   * @param plan the plan
   * @param data the data
   * @param period one of {@link Dataset#periods()}
   * @return the session
   * @throws ValidationException as {@link Plan#evaluate(Dataset, Period)} does
   */
  public static Session start(Plan plan, Dataset data, Period period) {
    return new Session(plan, data, period, List.of());
  }

  /**
   * Starts a session that also reports the scores of some nodes: a unit whose score at one of them moved is in a
   * commit's changes, with those scores before and after ({@link UnitChange#scoreBefore(String)}).
   *
   * @param plan the plan
   * @param data the data
   * @param period one of {@link Dataset#periods()}
   * @param watched node ids
   * @return the session
   * @throws IllegalArgumentException if a node is unknown
   * @throws ValidationException as {@link Plan#evaluate(Dataset, Period)} does
   */
  public static Session start(Plan plan, Dataset data, Period period, List<String> watched) {
    return new Session(plan, data, period, List.copyOf(Objects.requireNonNull(watched, "watched")));
  }

  /**
   * The nodes whose scores changes report besides the root's.
   *
   * @return node ids, as given at the start
   */
  public List<String> watched() {
    return watchedIds;
  }

  /**
   * The plan.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * The period evaluated.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Stages a number.
   *
   * @param unit the unit id (a new unit is added)
   * @param column the column (a new column is added)
   * @param value a finite number
   * @throws IllegalArgumentException if the value is not finite
   * @throws ValidationException if a leaf reads the column and its normalizer cannot score the number (a
   *     categorical leaf and a number that is none of its codes); nothing is staged then
   */
  public void set(String unit, String column, double value) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + unit + "/" + column + " is not finite: " + value);
    }
    for (int i : leavesByColumn.getOrDefault(column, NONE)) {
      if (!plan.leaf(i).accepts(value)) {
        throw invalid(unit, column, "value " + Numbers.plain(value) + " is not one the normalizer \""
            + plan.leaf(i).spec.name() + "\" of leaf \"" + plan.id(i) + "\" can score");
      }
    }
    for (int i : publishedByColumn.getOrDefault(column, NONE)) {
      if (!Leaves.within(value, Range.of(plan.low(i), plan.high(i)))) {
        throw invalid(unit, column, "published score " + Numbers.plain(value) + " of node \"" + plan.id(i)
            + "\" is outside its range [" + Numbers.plain(plan.low(i)) + ", " + Numbers.plain(plan.high(i)) + "]");
      }
    }
    Dataset.Column c = cell(unit, column);
    int row = table.index.get(unit);
    c.values[row] = value;
    if (c.codes != null) {
      c.codes[row] = null;
    }
    changed(unit, column);
  }

  /** Journals a cell before it is written: what it held, and whether its column is new. */
  private void journal(int row, String column, Dataset.Column c, boolean newColumn) {
    journal.add(new Staged(row, column, newColumn, c == null ? Double.NaN : c.value(row), c == null ? null
        : c.code(row)));
  }

  /**
   * Stages a text code.
   *
   * @param unit the unit id (a new unit is added)
   * @param column the column (a new column is added)
   * @param code the code
   * @throws ValidationException if a leaf reads the column and neither declares the code nor scores it; nothing is
   *     staged then
   */
  public void setCode(String unit, String column, String code) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    for (int i : leavesByColumn.getOrDefault(column, NONE)) {
      Plan.Leaf leaf = plan.leaf(i);
      if (leaf.outcome(code) == null) {
        throw invalid(unit, column, "value \"" + code + "\" is not a number and leaf \"" + plan.id(i)
            + "\" declares no such code" + (leaf.codes.isEmpty() ? "" : " (it declares " + leaf.codes.keySet()
            + ")"));
      }
    }
    Dataset.Column c = cell(unit, column);
    int row = table.index.get(unit);
    if (c.codes == null) {
      c.codes = new String[c.values.length];
    }
    c.values[row] = Double.NaN;
    c.codes[row] = code;
    changed(unit, column);
  }

  /**
   * Stages the removal of a cell (the unit has no value in the column any more).
   *
   * @param unit the unit id
   * @param column the column
   */
  public void clear(String unit, String column) {
    Integer row = table.index.get(Objects.requireNonNull(unit, "unit"));
    Dataset.Column c = table.columns.get(Objects.requireNonNull(column, "column"));
    if (row == null || c == null || !c.present(row)) {
      return;
    }
    journal(row, column, c, false);
    c.values[row] = Double.NaN;
    if (c.codes != null) {
      c.codes[row] = null;
    }
    changed(unit, column);
  }

  private ValidationException invalid(String unit, String column, String message) {
    return new ValidationException("data for methodology \"" + plan.id() + "\"", List.of(Problem.of(
        Problem.WRONG_TYPE, "unit \"" + unit + "\", column \"" + column + "\"", message)));
  }

  private Dataset.Column cell(String unit, String column) {
    int before = table.units.size();
    int row = table.unit(unit);
    if (row >= before) {
      rebuild = true;
    }
    Dataset.Column existing = table.columns.get(column);
    journal(row, column, existing, existing == null);
    Dataset.Column c = existing != null ? existing : new Dataset.Column(table.units.size());
    table.columns.putIfAbsent(column, c);
    for (Dataset.Column each : row >= before ? table.columns.values() : List.of(c)) {
      each.ensure(table.units.size());
    }
    return c;
  }

  private void changed(String unit, String column) {
    Plan.ScopePlan scope = plan.scope();
    if (scope != null && column.equals(scope.column)) {
      rebuild = true;
    }
    Plan.RankingPlan r = plan.ranking();
    if (column.equals(r.groupColumn) || r.eligible != null && column.equals(r.eligible.indicator())
        || plan.grades() != null && column.equals(plan.grades().withinColumn())) {
      standingColumns = true;
    }
    Integer u = st.unitIndex.get(unit);
    if (u != null) {
      dirtyUnits.set(u);
    }
    for (int i : leavesByColumn.getOrDefault(column, NONE)) {
      dirtyLeaves.set(i);
    }
    snapshot = null;
  }

  /**
   * Discards the changes staged since the last commit: the data is again what it was then, units and columns the
   * changes added are gone, and the evaluation is unchanged.
   */
  public void rollback() {
    for (int k = journal.size() - 1; k >= 0; k--) {
      Staged j = journal.get(k);
      if (j.newColumn) {
        table.columns.remove(j.column);
        continue;
      }
      Dataset.Column c = table.columns.get(j.column);
      if (j.row < c.values.length) {
        c.values[j.row] = j.value;
        if (c.codes != null) {
          c.codes[j.row] = j.code;
        }
      }
    }
    journal.clear();
    while (table.units.size() > committedUnits) {
      table.index.remove(table.units.remove(table.units.size() - 1));
    }
    rebuild = false;
    standingColumns = false;
    dirtyUnits.clear();
    dirtyLeaves.clear();
  }

  /**
   * Brings the evaluation up to date with the staged changes.
   *
   * @return the units whose root score, rank or grade changed — units that left the evaluation first (their score,
   *     rank and grade now empty), then in unit order; empty when nothing changed
   * @throws ValidationException if a strategy failed or scored outside its range on the new data (as a whole
   *     evaluation would); the changes stay, and the scores that failed are missing
   */
  public List<UnitChange> commit() {
    List<UnitChange> out;
    if (rebuild || !incremental) {
      evaluateWhole();
      out = remember();
    } else if (dirtyUnits.isEmpty() && dirtyLeaves.isEmpty()) {
      out = List.of();
    } else {
      out = update();
    }
    rebuild = false;
    standingColumns = false;
    dirtyUnits.clear();
    dirtyLeaves.clear();
    snapshot = null;
    journal.clear();
    committedUnits = table.units.size();
    if (!st.problems.isEmpty()) {
      List<Problem> problems = new ArrayList<>(st.problems);
      st.problems.clear();
      throw new ValidationException("evaluation of methodology \"" + plan.id() + "\"", problems);
    }
    return out;
  }

  /**
   * Recomputes in node order: a node a refitted leaf reaches, for every unit, a column at a time; any other node for
   * the changed units only. Then the rules' forced grades and exclusions are settled, and ranks and grades redone
   * when what they follow moved.
   */
  private List<UnitChange> update() {
    int n = plan.size();
    boolean[] wholeNode = new boolean[n];
    boolean any = false;
    for (int i = dirtyLeaves.nextSetBit(0); i >= 0; i = dirtyLeaves.nextSetBit(i + 1)) {
      if (refits(i)) {
        wholeNode[i] = true;
        any = true;
      }
    }
    // What a refitted leaf reaches: every node with an input reached, children and members alike (inputs come
    // first in evaluation order, so one pass settles it).
    for (int i = 0; i < n && any; i++) {
      if (!plan.isLeaf(i)) {
        for (int c : plan.inputs(i)) {
          wholeNode[i] |= wholeNode[c];
        }
      }
    }
    int rankNode = plan.ranking().node;
    int gradeNode = plan.grades() == null ? rankNode : plan.grades().node;
    boolean standing = standingColumns || wholeNode[rankNode] || wholeNode[gradeNode];
    int[] units = dirtyUnits.stream().toArray();
    double[] rankScores = new double[units.length];
    double[] gradeScores = new double[units.length];
    String[] forced = new String[units.length];
    String[] excluded = new String[units.length];
    for (int k = 0; k < units.length; k++) {
      int u = units[k];
      rankScores[k] = st.scores[rankNode][u];
      gradeScores[k] = st.scores[gradeNode][u];
      forced[k] = st.forcedGrade[u];
      excluded[k] = st.excludedTop[u];
    }
    boolean rulesForAll = false;
    List<Problem> dataProblems = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (wholeNode[i]) {
        st.na[i] = null;
        st.clearRuleMarks(i);
        if (plan.isLeaf(i)) {
          Leaves.score(plan, i, st, dataProblems);
        } else {
          Aggregation.score(plan, i, st, values, weights);
        }
        Aggregation.scaleToPoints(plan, i, st.scores[i]);
        Published.apply(plan, i, st, dataProblems);
        RuleRunner.apply(plan, i, st);
        rulesForAll |= plan.rules(i).length > 0;
      } else {
        for (int u : units) {
          recompute(i, u);
        }
      }
    }
    st.problems.addAll(dataProblems);
    if (rulesForAll) {
      for (int u = 0; u < st.count(); u++) {
        st.settleRuleMarks(u);
      }
    } else {
      for (int u : units) {
        st.settleRuleMarks(u);
      }
    }
    for (int k = 0; k < units.length && !standing; k++) {
      int u = units[k];
      standing = Double.compare(rankScores[k], st.scores[rankNode][u]) != 0
          || Double.compare(gradeScores[k], st.scores[gradeNode][u]) != 0
          || !Objects.equals(forced[k], st.forcedGrade[u]) || !Objects.equals(excluded[k], st.excludedTop[u]);
    }
    if (!standing) {
      // Nothing ranks and grades follow moved: they stand, and only the changed units' root scores can differ.
      return any ? remember() : rememberSome(units, new BitSet());
    }
    if (!any && !standingColumns && units.length == 1 && Ranks.reranksByUnit(plan)) {
      // One unit moved: its rank and grade are moved in place, and the units around it follow.
      BitSet moved = new BitSet();
      Ranks.rerank(plan, st, units[0], rankScores[0], moved);
      Grading.regrade(plan, st, units[0], gradeScores[0], excluded[0], forced[0], moved);
      return rememberSome(units, moved);
    }
    Ranks.rank(plan, st);
    Grading.grade(plan, st);
    return remember();
  }

  /** Whether a leaf's normalizer, fitted again on its column, differs from the fit in use (population-fitted). */
  private boolean refits(int i) {
    Plan.Leaf leaf = plan.leaf(i);
    Dataset.Column c = table.columns.get(leaf.column);
    int count = st.count();
    double[] raw = new double[count];
    for (int u = 0; u < count; u++) {
      raw[u] = c == null ? Double.NaN : c.value(st.row[u]);
    }
    Normalizer.Fit fit = leaf.normalizer.fit(raw, st.units);
    return fit != st.fits[i];
  }

  /** Recomputes node {@code i} for unit {@code u} exactly as a whole evaluation does. */
  private void recompute(int i, int u) {
    if (st.na[i] != null) {
      st.na[i][u] = false;
    }
    double out;
    if (plan.isLeaf(i)) {
      out = leafScore(i, u);
    } else {
      out = Aggregation.aggregate(plan, i, u, st, values, weights, null);
      if (out == out && (Double.isInfinite(out) || plan.childrenInRange(i)
          && !Leaves.within(out, Range.of(plan.naturalLow(i), plan.naturalHigh(i))))) {
        st.strategyProblem(i, "aggregator", plan.aggregatorName(i), st.units.get(u), "returned " + out
            + ", outside its range " + Range.of(plan.naturalLow(i), plan.naturalHigh(i)) + " for its children's "
            + "ranges");
        out = Double.NaN;
      }
    }
    if (plan.hasPoints(i)) {
      double lo = plan.naturalLow(i);
      out = (out - lo) / (plan.naturalHigh(i) - lo) * plan.points(i);
    }
    double published = Published.of(plan, i, st, u);
    if (published == published) {
      // Checked when it was set: within the node's range.
      if (st.na[i] != null) {
        st.na[i][u] = false;
      }
      out = published;
    }
    st.clearRuleMarks(i, u);
    if (plan.rules(i).length > 0 && !st.isNa(i, u)) {
      if (input == null) {
        input = new RuleRunner.Input(st);
      }
      input.node(plan, i);
      input.unit = u;
      st.ruleNode = i;
      for (int r = 0; r < plan.rules(i).length; r++) {
        out = RuleRunner.apply(plan, i, r, out, input, st.trace(u), st);
      }
    }
    st.scores[i][u] = out;
  }

  private double leafScore(int i, int u) {
    Plan.Leaf leaf = plan.leaf(i);
    Dataset.Column c = table.columns.get(leaf.column);
    int row = st.row[u];
    double raw = c == null ? Double.NaN : c.value(row);
    double out = Double.NaN;
    if (raw == raw) {
      out = st.fits[i].apply(raw);
      Range range = leaf.normalizer.range();
      if (out == out && !Leaves.within(out, range)) {
        st.strategyProblem(i, "normalizer", leaf.spec.name(), st.units.get(u), "returned " + out
            + " for the value " + Numbers.plain(raw) + ", outside its declared range " + range);
        out = Double.NaN;
      }
    }
    String code = c == null ? null : c.code(row);
    if (code != null) {
      CodeOutcome o = leaf.outcome(code);
      if (o.kind() == CodeOutcome.Kind.SCORE) {
        out = o.score();
      } else if (o.kind() == CodeOutcome.Kind.NOT_APPLICABLE) {
        st.markNotApplicable(i, u);
      }
    }
    return out;
  }

  /**
   * The changes of the units whose root score may have moved and of those whose rank or grade moved with them, in
   * unit order; the rest stand.
   */
  private List<UnitChange> rememberSome(int[] units, BitSet moved) {
    for (int u : units) {
      moved.set(u);
    }
    double[] root = st.scores[plan.rootIndex()];
    List<UnitChange> out = new ArrayList<>();
    for (int u = moved.nextSetBit(0); u >= 0; u = moved.nextSetBit(u + 1)) {
      double a = scoreBefore[u];
      double b = root[u];
      if (Double.compare(a, b) != 0 || rankBefore[u] != st.rank[u] || !Objects.equals(gradeBefore[u], st.grade[u])
          || watchedMoved(u)) {
        out.add(change(u));
        scoreBefore[u] = b;
        rankBefore[u] = st.rank[u];
        gradeBefore[u] = st.grade[u];
        for (int k = 0; k < watched.length; k++) {
          watchedBefore[k][u] = st.scores[watched[k]][u];
        }
      }
    }
    return out;
  }

  private boolean watchedMoved(int u) {
    for (int k = 0; k < watched.length; k++) {
      if (Double.compare(watchedBefore[k][u], st.scores[watched[k]][u]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Unit u's change from the remembered standing to the current one. */
  private UnitChange change(int u) {
    double[] nodesBefore = new double[watched.length];
    double[] nodesAfter = new double[watched.length];
    for (int k = 0; k < watched.length; k++) {
      nodesBefore[k] = watchedBefore[k][u];
      nodesAfter[k] = st.scores[watched[k]][u];
    }
    return new UnitChange(st.units.get(u), scoreBefore[u], st.scores[plan.rootIndex()][u], rankBefore[u], st.rank[u],
        gradeBefore[u], st.grade[u], watched(), nodesBefore, nodesAfter);
  }

  private void evaluateWhole() {
    Map<String, Integer> previous = st == null ? null : st.unitIndex;
    double[] s = scoreBefore;
    int[] r = rankBefore;
    String[] g = gradeBefore;
    for (Dataset.Column c : table.columns.values()) {
      c.fit(table.units.size());
    }
    st = Evaluator.evaluate(plan, table, null).state();
    input = null;
    if (previous != null) {
      // Units no longer evaluated (out of the scope now) leave with a last change; the rest are re-aligned.
      List<UnitChange> gone = new ArrayList<>();
      double[][] w = watchedBefore;
      previous.forEach((unit, old) -> {
        if (!st.unitIndex.containsKey(unit)) {
          double[] nodesBefore = new double[watched.length];
          double[] nodesAfter = new double[watched.length];
          for (int k = 0; k < watched.length; k++) {
            nodesBefore[k] = w[k][old];
            nodesAfter[k] = Double.NaN;
          }
          gone.add(new UnitChange(unit, s[old], Double.NaN, r[old], 0, g[old], null, watched(), nodesBefore,
              nodesAfter));
        }
      });
      gone.sort((a, b) -> Integer.compare(previous.get(a.unit), previous.get(b.unit)));
      left.addAll(gone);
      int count = st.count();
      scoreBefore = new double[count];
      rankBefore = new int[count];
      gradeBefore = new String[count];
      watchedBefore = new double[watched.length][count];
      Arrays.fill(scoreBefore, Double.NaN);
      for (double[] x : watchedBefore) {
        Arrays.fill(x, Double.NaN);
      }
      for (int u = 0; u < count; u++) {
        Integer old = previous.get(st.units.get(u));
        if (old != null) {
          scoreBefore[u] = s[old];
          rankBefore[u] = r[old];
          gradeBefore[u] = g[old];
          for (int k = 0; k < watched.length; k++) {
            watchedBefore[k][u] = w[k][old];
          }
        }
      }
    }
  }

  private List<UnitChange> remember() {
    int count = st.count();
    double[] root = st.scores[plan.rootIndex()];
    List<UnitChange> out = new ArrayList<>();
    for (UnitChange c : left) {
      if (c.scoreBefore == c.scoreBefore || c.rankBefore > 0 || c.gradeBefore != null) {
        out.add(c);
      }
    }
    left.clear();
    if (scoreBefore != null) {
      for (int u = 0; u < count; u++) {
        if (Double.compare(scoreBefore[u], root[u]) != 0 || rankBefore[u] != st.rank[u]
            || !Objects.equals(gradeBefore[u], st.grade[u]) || watchedMoved(u)) {
          out.add(change(u));
        }
      }
    }
    scoreBefore = root.clone();
    rankBefore = st.rank.clone();
    gradeBefore = st.grade.clone();
    watchedBefore = new double[watched.length][];
    for (int k = 0; k < watched.length; k++) {
      watchedBefore[k] = st.scores[watched[k]].clone();
    }
    return out;
  }

  /**
   * The current evaluation, as an immutable snapshot that later changes do not reach.
   *
   * @return the evaluation, equal to a whole evaluation of {@link #data()}
   */
  public Evaluation evaluation() {
    if (snapshot == null) {
      snapshot = new Evaluation(st.copy(copy(table)));
    }
    return snapshot;
  }

  /**
   * The current data, as an immutable copy.
   *
   * @return a data set of one period
   */
  public Dataset data() {
    Map<Period, Dataset.Table> m = new LinkedHashMap<>();
    m.put(period, copy(table));
    return new Dataset(m);
  }

  /** A copy of a table, its columns exactly as long as it has units. */
  private static Dataset.Table copy(Dataset.Table t) {
    Dataset.Table c = new Dataset.Table(t.period);
    for (String u : t.units) {
      c.unit(u);
    }
    int n = t.units.size();
    t.columns.forEach((name, col) -> {
      Dataset.Column x = new Dataset.Column(0);
      x.values = Arrays.copyOf(col.values, n);
      if (n > col.values.length) {
        Arrays.fill(x.values, col.values.length, n, Double.NaN);
      }
      x.codes = col.codes == null ? null : Arrays.copyOf(col.codes, n);
      c.columns.put(name, x);
    });
    return c;
  }

  /** How a unit's standing changed at a commit: its root score, rank and grade before and after. Immutable. */
  public static final class UnitChange {
    private final String unit;
    private final double scoreBefore;
    private final double scoreAfter;
    private final int rankBefore;
    private final int rankAfter;
    private final String gradeBefore;
    private final String gradeAfter;
    private final List<String> nodes;
    private final double[] nodesBefore;
    private final double[] nodesAfter;

    UnitChange(String unit, double scoreBefore, double scoreAfter, int rankBefore, int rankAfter, String gradeBefore,
        String gradeAfter, List<String> nodes, double[] nodesBefore, double[] nodesAfter) {
      this.unit = unit;
      this.scoreBefore = scoreBefore;
      this.scoreAfter = scoreAfter;
      this.rankBefore = rankBefore;
      this.rankAfter = rankAfter;
      this.gradeBefore = gradeBefore;
      this.gradeAfter = gradeAfter;
      this.nodes = nodes;
      this.nodesBefore = nodesBefore;
      this.nodesAfter = nodesAfter;
    }

    /**
     * The unit's score at a watched node before.
     *
     * @param node one of {@link Session#watched()}
     * @return the score, or empty when it was missing
     * @throws IllegalArgumentException if the node is not watched
     */
    public OptionalDouble scoreBefore(String node) {
      double v = nodesBefore[watchedIndex(node)];
      return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * The unit's score at a watched node after.
     *
     * @param node one of {@link Session#watched()}
     * @return the score, or empty when it is missing
     * @throws IllegalArgumentException if the node is not watched
     */
    public OptionalDouble scoreAfter(String node) {
      double v = nodesAfter[watchedIndex(node)];
      return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private int watchedIndex(String node) {
      int k = nodes.indexOf(Objects.requireNonNull(node, "node"));
      if (k < 0) {
        throw new IllegalArgumentException("node \"" + node + "\" is not watched; the session watches " + nodes);
      }
      return k;
    }

    /**
     * The unit.
     *
     * @return the unit id
     */
    public String unit() {
      return unit;
    }

    /**
     * The root score before.
     *
     * @return the score, or empty when it was missing (or the unit was not evaluated)
     */
    public OptionalDouble scoreBefore() {
      return scoreBefore == scoreBefore ? OptionalDouble.of(scoreBefore) : OptionalDouble.empty();
    }

    /**
     * The root score after.
     *
     * @return the score, or empty when it is missing
     */
    public OptionalDouble scoreAfter() {
      return scoreAfter == scoreAfter ? OptionalDouble.of(scoreAfter) : OptionalDouble.empty();
    }

    /**
     * The rank before.
     *
     * @return the rank, or empty when the unit was not ranked
     */
    public OptionalInt rankBefore() {
      return rankBefore > 0 ? OptionalInt.of(rankBefore) : OptionalInt.empty();
    }

    /**
     * The rank after.
     *
     * @return the rank, or empty when the unit is not ranked
     */
    public OptionalInt rankAfter() {
      return rankAfter > 0 ? OptionalInt.of(rankAfter) : OptionalInt.empty();
    }

    /**
     * The grade before.
     *
     * @return the grade, if it had one
     */
    public Optional<String> gradeBefore() {
      return Optional.ofNullable(gradeBefore);
    }

    /**
     * The grade after.
     *
     * @return the grade, if it has one
     */
    public Optional<String> gradeAfter() {
      return Optional.ofNullable(gradeAfter);
    }

    @Override
    public String toString() {
      return unit + ": score " + scoreBefore + " → " + scoreAfter + ", rank " + rankBefore + " → " + rankAfter
          + ", grade " + gradeBefore + " → " + gradeAfter;
    }
  }

  /** A cell as it was before a staged change. */
  private static final class Staged {
    final int row;
    final String column;
    final boolean newColumn;
    final double value;
    final String code;

    Staged(int row, String column, boolean newColumn, double value, String code) {
      this.row = row;
      this.column = column;
      this.newColumn = newColumn;
      this.value = value;
      this.code = code;
    }
  }
}
