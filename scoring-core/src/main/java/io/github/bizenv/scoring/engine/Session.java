package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Normalizer;
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
 * changed. At every commit the state equals {@link Plan#evaluate(Dataset, String)} on the current data.
 *
 * <p>A commit recomputes what the changes can reach: each changed unit's scores at every node (its rules may read
 * any column), every unit's scores at a leaf whose fitted normaliser changed (a population-fitted method such as
 * min-max), then ranks and grades. A plan with a data-preparation pipeline, composite units or an aggregator that
 * compares units, and any change of the set of units evaluated (a new unit, a change of the scope column), is
 * evaluated again whole.
 *
 * <p>Not thread-safe: one thread at a time, or the lock of a wrapper.
 */
public final class Session {

  private final Plan plan;
  private final String period;
  private final Dataset.Table table;
  private final boolean incremental;
  private final Map<String, int[]> leavesByColumn = new HashMap<>();
  private final BitSet dirtyUnits = new BitSet();
  private final BitSet dirtyLeaves = new BitSet();
  private final double[] values;
  private final double[] weights;
  private Evaluator.State st;
  private Evaluator.RuleInput input;
  private boolean rebuild;
  private boolean standingColumns;
  private Evaluation snapshot;
  private double[] scoreBefore;
  private int[] rankBefore;
  private String[] gradeBefore;
  private final List<UnitChange> left = new ArrayList<>();

  private Session(Plan plan, Dataset data, String period) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.period = Objects.requireNonNull(period, "period");
    Dataset.Table t = Objects.requireNonNull(data, "data").table(period);
    if (t == null) {
      throw new ValidationException("data", List.of(Problem.of(Problem.MISSING_DATA, "",
          "no data for period \"" + period + "\"; the data has " + data.periods())));
    }
    this.table = copy(t);
    boolean columnWise = false;
    for (Aggregator a : plan.aggregators) {
      columnWise |= a != null && a.columnWise();
    }
    this.incremental = plan.pipeline.isEmpty() && plan.composites.isEmpty() && !columnWise
        && Arrays.stream(plan.denominator).allMatch(Objects::isNull);
    Map<String, List<Integer>> leaves = new LinkedHashMap<>();
    for (int i = 0; i < plan.n; i++) {
      if (plan.leaf[i]) {
        leaves.computeIfAbsent(plan.column[i], k -> new ArrayList<>()).add(i);
      }
    }
    leaves.forEach((c, is) -> leavesByColumn.put(c, is.stream().mapToInt(Integer::intValue).toArray()));
    this.values = new double[plan.maxChildren];
    this.weights = new double[plan.maxChildren];
    evaluateWhole();
    remember();
  }

  /**
   * Starts a session: evaluates the plan on one period of the data (a copy is kept; the data set is not read
   * again).
   *
   * @param plan the plan
   * @param data the data
   * @param period one of {@link Dataset#periods()}
   * @return the session
   * @throws ValidationException as {@link Plan#evaluate(Dataset, String)} does
   */
  public static Session start(Plan plan, Dataset data, String period) {
    return new Session(plan, data, period);
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
  public String period() {
    return period;
  }

  /**
   * Stages a number.
   *
   * @param unit the unit id (a new unit is added)
   * @param column the column (a new column is added)
   * @param value a finite number
   * @throws IllegalArgumentException if the value is not finite
   * @throws ValidationException if a categorical leaf reads the column and the number is none of its codes
   */
  public void set(String unit, String column, double value) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value of " + unit + "/" + column + " is not finite: " + value);
    }
    for (int i : leavesByColumn.getOrDefault(column, new int[0])) {
      if (plan.normalizers[i] instanceof Builtins.CategoricalNormalizer
          && ((Builtins.CategoricalNormalizer) plan.normalizers[i]).scoreOf(value) == null) {
        throw invalid(unit, column, "value " + Builtins.fmt(value) + " is not one of the codes of categorical leaf \""
            + plan.ids[i] + "\" " + ((Builtins.CategoricalNormalizer) plan.normalizers[i]).codeScores().keySet());
      }
    }
    Dataset.Column c = cell(unit, column);
    int row = table.index.get(unit);
    c.present[row] = true;
    c.values[row] = value;
    if (c.codes != null) {
      c.codes[row] = null;
    }
    changed(unit, column);
  }

  /**
   * Stages a text code.
   *
   * @param unit the unit id (a new unit is added)
   * @param column the column (a new column is added)
   * @param code the code
   * @throws ValidationException if a leaf reads the column and declares no such code
   */
  public void setCode(String unit, String column, String code) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(code, "code");
    for (int i : leavesByColumn.getOrDefault(column, new int[0])) {
      if (Evaluator.outcome(plan, i, code) == null) {
        throw invalid(unit, column, "value \"" + code + "\" is not a number and leaf \"" + plan.ids[i]
            + "\" declares no such code" + (plan.codes.get(i).isEmpty() ? "" : " (it declares "
            + plan.codes.get(i).keySet() + ")"));
      }
    }
    Dataset.Column c = cell(unit, column);
    int row = table.index.get(unit);
    if (c.codes == null) {
      c.codes = new String[c.values.length];
    }
    c.present[row] = true;
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
    if (row == null || c == null || row >= c.present.length || !c.present[row]) {
      return;
    }
    c.present[row] = false;
    if (c.codes != null) {
      c.codes[row] = null;
    }
    changed(unit, column);
  }

  private ValidationException invalid(String unit, String column, String message) {
    return new ValidationException("data for methodology \"" + plan.id + "\"", List.of(Problem.of(Problem.WRONG_TYPE,
        "unit \"" + unit + "\", column \"" + column + "\"", message)));
  }

  private Dataset.Column cell(String unit, String column) {
    int before = table.units.size();
    int row = table.unit(unit);
    if (row >= before) {
      rebuild = true;
      for (Dataset.Column c : table.columns.values()) {
        c.ensure(row + 1);
      }
    }
    Dataset.Column c = table.columns.computeIfAbsent(column, k -> new Dataset.Column());
    c.ensure(table.units.size());
    return c;
  }

  private void changed(String unit, String column) {
    if (column.equals(plan.scopeColumn)) {
      rebuild = true;
    }
    if (column.equals(plan.ranking.groupColumn) || column.equals(plan.ranking.eligibleColumn)
        || (plan.grades != null && column.equals(plan.grades.within))) {
      standingColumns = true;
    }
    Integer u = st.unitIndex.get(unit);
    if (u != null) {
      dirtyUnits.set(u);
    }
    for (int i : leavesByColumn.getOrDefault(column, new int[0])) {
      dirtyLeaves.set(i);
    }
    snapshot = null;
  }

  /**
   * Brings the evaluation up to date with the staged changes.
   *
   * @return the units whose root score, rank or grade changed — units that left the evaluation first (their score,
   *     rank and grade now empty), then in unit order; empty when nothing changed
   */
  public List<UnitChange> commit() {
    if (rebuild || !incremental) {
      evaluateWhole();
    } else if (!dirtyUnits.isEmpty() || !dirtyLeaves.isEmpty()) {
      boolean all = false;
      int count = st.units.size();
      double[] raw = new double[count];
      for (int i = dirtyLeaves.nextSetBit(0); i >= 0; i = dirtyLeaves.nextSetBit(i + 1)) {
        Dataset.Column c = table.columns.get(plan.column[i]);
        for (int u = 0; u < count; u++) {
          raw[u] = Evaluator.value(c, st.row[u]);
        }
        Normalizer.Fit fit = plan.normalizers[i].fit(raw, st.units);
        if (fit != st.fits[i]) {
          all = true;
          st.fits[i] = fit;
        }
      }
      boolean standing = all || standingColumns;
      if (all) {
        for (int u = 0; u < count; u++) {
          recompute(u);
        }
      } else {
        int rankNode = plan.ranking.node;
        int gradeNode = plan.grades == null ? rankNode : plan.grades.node;
        for (int u = dirtyUnits.nextSetBit(0); u >= 0; u = dirtyUnits.nextSetBit(u + 1)) {
          double rankScore = st.scores[rankNode][u];
          double gradeScore = st.scores[gradeNode][u];
          String forced = st.forcedGrade[u];
          String excluded = st.excludedTop[u];
          recompute(u);
          standing |= Double.compare(rankScore, st.scores[rankNode][u]) != 0
              || Double.compare(gradeScore, st.scores[gradeNode][u]) != 0
              || !java.util.Objects.equals(forced, st.forcedGrade[u])
              || !java.util.Objects.equals(excluded, st.excludedTop[u]);
        }
      }
      // Ranks and grades follow the ranking and grading nodes' scores, the forced grades and exclusions, and the
      // group, eligibility and quota columns: when none of these moved, they stand.
      if (standing) {
        Arrays.fill(st.rank, 0);
        Arrays.fill(st.group, null);
        Ranks.rank(plan, st);
        Ranks.grade(plan, st);
      } else {
        List<UnitChange> out = rememberSome(dirtyUnits);
        dirtyUnits.clear();
        dirtyLeaves.clear();
        snapshot = null;
        return out;
      }
    }
    rebuild = false;
    standingColumns = false;
    dirtyUnits.clear();
    dirtyLeaves.clear();
    snapshot = null;
    return remember();
  }

  /** The changes of a few units whose root score may have moved while no rank or grade did. */
  private List<UnitChange> rememberSome(BitSet units) {
    double[] root = st.scores[plan.n - 1];
    List<UnitChange> out = new ArrayList<>();
    for (int u = units.nextSetBit(0); u >= 0; u = units.nextSetBit(u + 1)) {
      double a = scoreBefore[u];
      double b = root[u];
      boolean scoreChanged = a == a ? !(b == b) || Double.compare(a, b) != 0 : b == b;
      if (scoreChanged) {
        out.add(new UnitChange(st.units.get(u), a, b, rankBefore[u], st.rank[u], gradeBefore[u], st.grade[u]));
        scoreBefore[u] = b;
      }
    }
    return out;
  }

  private void evaluateWhole() {
    Map<String, Integer> previous = st == null ? null : st.unitIndex;
    double[] s = scoreBefore;
    int[] r = rankBefore;
    String[] g = gradeBefore;
    st = Evaluator.evaluate(plan, table, period).st;
    input = new Evaluator.RuleInput(table, st.units, st.row);
    if (previous != null) {
      // Units no longer evaluated (out of the scope now) leave with a last change; the rest are re-aligned.
      previous.forEach((unit, old) -> {
        if (!st.unitIndex.containsKey(unit)) {
          left.add(new UnitChange(unit, s[old], Double.NaN, r[old], 0, g[old], null));
        }
      });
      left.sort((a, b) -> Integer.compare(previous.get(a.unit), previous.get(b.unit)));
      int count = st.units.size();
      scoreBefore = new double[count];
      rankBefore = new int[count];
      gradeBefore = new String[count];
      Arrays.fill(scoreBefore, Double.NaN);
      for (int u = 0; u < count; u++) {
        Integer old = previous.get(st.units.get(u));
        if (old != null) {
          scoreBefore[u] = s[old];
          rankBefore[u] = r[old];
          gradeBefore[u] = g[old];
        }
      }
    }
  }

  /** Recomputes one unit at every node, exactly as a whole evaluation does. */
  private void recompute(int u) {
    st.forcedGrade[u] = null;
    st.forcedReason[u] = null;
    st.excludedTop[u] = null;
    int row = st.row[u];
    for (int i = 0; i < plan.n; i++) {
      if (st.na[i] != null) {
        st.na[i][u] = false;
      }
      double out;
      if (plan.leaf[i]) {
        Dataset.Column c = table.columns.get(plan.column[i]);
        double raw = Evaluator.value(c, row);
        out = raw == raw ? st.fits[i].apply(raw) : Double.NaN;
        String code = c.codes == null ? null : Evaluator.code(c, row);
        if (code != null) {
          Plan.Outcome o = Evaluator.outcome(plan, i, code);
          if (o.kind == Plan.Outcome.Kind.SCORE) {
            out = o.score;
          } else if (o.kind == Plan.Outcome.Kind.NOT_APPLICABLE) {
            st.markNotApplicable(i, u);
          }
        }
      } else {
        out = Evaluator.aggregate(plan, i, u, st, values, weights, null);
      }
      if (plan.points[i] == plan.points[i]) {
        out = (out - plan.natLo[i]) / (plan.natHi[i] - plan.natLo[i]) * plan.points[i];
      }
      if (plan.rules[i].length > 0 && !st.isNa(i, u)) {
        input.node(plan, i);
        input.unit = u;
        for (int r = 0; r < plan.rules[i].length; r++) {
          out = Evaluator.applyRule(plan, i, r, out, input, st.trace(u));
        }
      }
      st.scores[i][u] = out;
    }
  }

  private List<UnitChange> remember() {
    int count = st.units.size();
    double[] root = st.scores[plan.n - 1];
    List<UnitChange> out = new ArrayList<>();
    for (UnitChange c : left) {
      if (c.scoreBefore == c.scoreBefore || c.rankBefore > 0 || c.gradeBefore != null) {
        out.add(c);
      }
    }
    left.clear();
    if (scoreBefore != null) {
      for (int u = 0; u < count; u++) {
        double a = scoreBefore[u];
        double b = root[u];
        boolean scoreChanged = a == a ? !(b == b) || Double.compare(a, b) != 0 : b == b;
        if (scoreChanged || rankBefore[u] != st.rank[u] || !Objects.equals(gradeBefore[u], st.grade[u])) {
          out.add(new UnitChange(st.units.get(u), a, b, rankBefore[u], st.rank[u], gradeBefore[u], st.grade[u]));
        }
      }
    }
    scoreBefore = root.clone();
    rankBefore = st.rank.clone();
    gradeBefore = st.grade.clone();
    return out;
  }

  /**
   * The current evaluation, as an immutable snapshot that later changes do not reach.
   *
   * @return the evaluation, equal to a whole evaluation of {@link #data()}
   */
  public Evaluation evaluation() {
    if (snapshot == null) {
      Dataset.Table t = copy(table);
      snapshot = new Evaluation(st.copy(t));
    }
    return snapshot;
  }

  /**
   * The current data, as an immutable copy.
   *
   * @return a data set of one period
   */
  public Dataset data() {
    Map<String, Dataset.Table> m = new LinkedHashMap<>();
    m.put(period, copy(table));
    return new Dataset(m);
  }

  private static Dataset.Table copy(Dataset.Table t) {
    Dataset.Table c = new Dataset.Table();
    for (String u : t.units) {
      c.unit(u);
    }
    t.columns.forEach((name, col) -> {
      Dataset.Column x = new Dataset.Column();
      x.values = col.values.clone();
      x.present = col.present.clone();
      x.codes = col.codes == null ? null : col.codes.clone();
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

    UnitChange(String unit, double scoreBefore, double scoreAfter, int rankBefore, int rankAfter, String gradeBefore,
        String gradeAfter) {
      this.unit = unit;
      this.scoreBefore = scoreBefore;
      this.scoreAfter = scoreAfter;
      this.rankBefore = rankBefore;
      this.rankAfter = rankAfter;
      this.gradeBefore = gradeBefore;
      this.gradeAfter = gradeAfter;
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
}
