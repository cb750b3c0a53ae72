package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Evaluates a plan over one period of data: leaves, then inner nodes bottom up, then ranks and grades. */
final class Evaluator {

  private Evaluator() {}

  static Evaluation evaluate(Plan p, Dataset.Table t, String period) {
    List<Problem> problems = new ArrayList<>();
    Dataset.Column scope = p.scopeColumn == null ? null : t.columns.get(p.scopeColumn);
    if (p.scopeColumn != null && scope == null) {
      problems.add(Problem.of(Problem.MISSING_DATA, "/scope/column", "scope column \"" + p.scopeColumn
          + "\" is not in the data"));
    }
    List<String> units = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Map<String, Integer> unitIndex = new HashMap<>();
    for (int r = 0; r < t.units.size(); r++) {
      String in = scope == null ? null : text(scope, r);
      if (scope == null || (in != null && p.scopeValues.contains(in))) {
        unitIndex.put(t.units.get(r), units.size());
        units.add(t.units.get(r));
        rows.add(r);
      }
    }
    for (Plan.Composite c : p.composites) {
      if (!unitIndex.containsKey(c.unit)) {
        unitIndex.put(c.unit, units.size());
        units.add(c.unit);
        rows.add(-1);
      }
    }
    for (int i = 0; i < p.n; i++) {
      if (p.leaf[i] && !t.columns.containsKey(p.column[i])) {
        problems.add(Problem.of(Problem.MISSING_DATA, p.paths[i] + "/source", "column \"" + p.column[i]
            + "\" of leaf \"" + p.ids[i] + "\" is not in the data (" + t.columns.size() + " columns)"));
      }
    }
    int[][] members = new int[p.composites.size()][];
    for (int k = 0; k < p.composites.size(); k++) {
      Plan.Composite c = p.composites.get(k);
      members[k] = new int[c.members.length];
      for (int m = 0; m < c.members.length; m++) {
        Integer u = unitIndex.get(c.members[m]);
        if (u == null || rows.get(u) < 0) {
          problems.add(Problem.of(Problem.MISSING_DATA, "/composites/" + k + "/members/" + m,
              "member unit \"" + c.members[m] + "\" of \"" + c.unit + "\" has no data"
                  + (scope == null ? "" : " in the scope")));
          members[k][m] = -1;
        } else {
          members[k][m] = u;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("data for methodology \"" + p.id + "\"", problems);
    }

    Pipeline.Result prepared = null;
    if (!p.pipeline.isEmpty() || java.util.Arrays.stream(p.denominator).anyMatch(java.util.Objects::nonNull)) {
      int[] r = rows.stream().mapToInt(Integer::intValue).toArray();
      prepared = Pipeline.run(p, t, units, r);
      units = prepared.units;
      rows = new ArrayList<>();
      for (int row : prepared.rows) {
        rows.add(row);
      }
      unitIndex.clear();
      for (int u = 0; u < units.size(); u++) {
        unitIndex.put(units.get(u), u);
      }
      for (int k = 0; k < p.composites.size(); k++) {
        Plan.Composite c = p.composites.get(k);
        for (int m = 0; m < c.members.length; m++) {
          Integer u = unitIndex.get(c.members[m]);
          if (u == null) {
            throw new ValidationException("data for methodology \"" + p.id + "\"", List.of(Problem.of(
                Problem.MISSING_DATA, "/composites/" + k + "/members/" + m, "member unit \"" + c.members[m]
                    + "\" of \"" + c.unit + "\" was screened out: " + prepared.excluded.get(c.members[m]))));
          }
          members[k][m] = u;
        }
      }
    }
    int count = units.size();
    State st = new State(p, t, units, unitIndex, period, count);
    st.prepared = prepared;
    for (int u = 0; u < count; u++) {
      st.row[u] = rows.get(u);
    }
    double[] raw = new double[count];
    double[] values = new double[p.maxChildren];
    double[] weights = new double[p.maxChildren];
    RuleInput input = new RuleInput(t, units, st.row);
    for (int i = 0; i < p.n; i++) {
      double[] out = st.scores[i];
      if (p.leaf[i]) {
        leaf(p, i, t.columns.get(p.column[i]), raw, st, problems);
      } else if (p.aggregators[i].columnWise()) {
        columnWise(p, i, st);
      } else {
        for (int u = 0; u < count; u++) {
          out[u] = aggregate(p, i, u, st, values, weights, null);
        }
      }
      scaleToPoints(p, i, out, st);
      if (p.rules[i].length > 0) {
        input.node(p, i);
        for (int u = 0; u < count; u++) {
          if (st.na[i] != null && st.na[i][u]) {
            continue;
          }
          input.unit = u;
          double s = out[u];
          for (int r = 0; r < p.rules[i].length; r++) {
            s = applyRule(p, i, r, s, input, st.trace(u));
          }
          out[u] = s;
        }
      }
      for (int k = 0; k < p.composites.size(); k++) {
        if (p.composites.get(k).at[i]) {
          composite(p.composites.get(k), members[k], unitIndex.get(p.composites.get(k).unit), i, st);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("data for methodology \"" + p.id + "\"", problems);
    }
    Ranks.rank(p, st);
    Ranks.grade(p, st);
    return new Evaluation(st);
  }

  static double applyRule(Plan p, int i, int r, double s, Rule.Input input, Rule.Trace trace) {
    try {
      return p.rules[i][r].apply(s, input, trace);
    } catch (RuntimeException e) {
      throw new ScoringException("rule \"" + p.ruleNames[i][r] + "\" of node \"" + p.ids[i] + "\" failed for unit \""
          + input.unit() + "\": " + e, e);
    }
  }

  private static void leaf(Plan p, int i, Dataset.Column c, double[] raw, State st, List<Problem> problems) {
    int count = raw.length;
    List<String> units = st.units;
    double[] prepared = st.prepared == null ? null : st.prepared.values[i];
    for (int u = 0; u < count; u++) {
      raw[u] = prepared != null ? prepared[u] : value(c, st.row[u]);
    }
    Normalizer.Fit fit;
    try {
      fit = p.normalizers[i].fit(raw, st.units);
    } catch (RuntimeException e) {
      throw new ScoringException("normalizer \"" + p.normalizerNames[i] + "\" of leaf \"" + p.ids[i] + "\" failed: " + e, e);
    }
    st.fits[i] = fit;
    double[] out = st.scores[i];
    for (int u = 0; u < count; u++) {
      out[u] = raw[u] == raw[u] ? fit.apply(raw[u]) : Double.NaN;
    }
    if (p.normalizers[i] instanceof Builtins.CategoricalNormalizer) {
      Builtins.CategoricalNormalizer cat = (Builtins.CategoricalNormalizer) p.normalizers[i];
      for (int u = 0; u < count; u++) {
        if (raw[u] == raw[u] && cat.scoreOf(raw[u]) == null) {
          problems.add(Problem.of(Problem.WRONG_TYPE, "unit \"" + units.get(u) + "\", column \"" + p.column[i] + "\"",
              "value " + Builtins.fmt(raw[u]) + " is not one of the codes of categorical leaf \"" + p.ids[i] + "\" "
                  + cat.codeScores().keySet()));
        }
      }
    }
    if (c.codes != null) {
      for (int u = 0; u < count; u++) {
        String code = code(c, st.row[u]);
        if (code == null) {
          continue;
        }
        Plan.Outcome o = outcome(p, i, code);
        if (o == null) {
          problems.add(Problem.of(Problem.WRONG_TYPE, "unit \"" + units.get(u) + "\", column \"" + p.column[i] + "\"",
              "value \"" + code + "\" is not a number and leaf \"" + p.ids[i] + "\" declares no such code"
                  + (p.codes.get(i).isEmpty() ? "" : " (it declares " + p.codes.get(i).keySet() + ")")));
        } else if (o.kind == Plan.Outcome.Kind.SCORE) {
          out[u] = o.score;
        } else if (o.kind == Plan.Outcome.Kind.NOT_APPLICABLE) {
          st.markNotApplicable(i, u);
        }
      }
    }
  }

  static Plan.Outcome outcome(Plan p, int i, String code) {
    Plan.Outcome o = p.codes.get(i).get(code);
    if (o == null && p.normalizers[i] instanceof Builtins.CategoricalNormalizer) {
      Double s = ((Builtins.CategoricalNormalizer) p.normalizers[i]).codeScores().get(code);
      o = s == null ? null : Plan.Outcome.score(s);
    }
    return o;
  }

  /**
   * Aggregates node {@code i} for unit {@code u}; when {@code used} is given (explanations), fills it with the
   * weight each child got (0 for children left out) and changes nothing in the state.
   */
  static double aggregate(Plan p, int i, int u, State st, double[] values, double[] weights, double[] used) {
    int[] kids = p.children[i];
    double applicable = 0;
    double available = 0;
    int k = 0;
    for (int j = 0; j < kids.length; j++) {
      int c = kids[j];
      if (st.na[c] != null && st.na[c][u]) {
        continue;
      }
      applicable += p.weight[c];
      double v = st.scores[c][u];
      if (v == v) {
        values[k] = v;
        weights[k] = p.weight[c];
        available += p.weight[c];
        k++;
      }
    }
    if (applicable == 0) {
      if (used == null) {
        st.markNotApplicable(i, u);
      }
      return Double.NaN;
    }
    double minShare = p.aggregators[i].needsAllChildren() ? 1 : p.minShare[i];
    if (k == 0 || available / applicable < minShare - 1e-12) {
      return Double.NaN;
    }
    for (int j = 0; j < k; j++) {
      weights[j] /= available;
    }
    if (used != null) {
      int m = 0;
      for (int j = 0; j < kids.length; j++) {
        int c = kids[j];
        boolean in = !(st.na[c] != null && st.na[c][u]) && st.scores[c][u] == st.scores[c][u];
        used[j] = in ? weights[m++] : 0;
      }
    }
    try {
      return p.aggregators[i].aggregate(values, weights, k);
    } catch (RuntimeException e) {
      throw new ScoringException("aggregator \"" + p.aggregatorNames[i] + "\" of node \"" + p.ids[i] + "\" failed: " + e, e);
    }
  }

  /** Aggregates a node whose aggregator compares units with each other, all units at once. */
  static void columnWise(Plan p, int i, State st) {
    int[] kids = p.children[i];
    double[][] children = new double[kids.length][];
    double[] weights = new double[kids.length];
    double total = 0;
    for (int j = 0; j < kids.length; j++) {
      children[j] = st.scores[kids[j]];
      weights[j] = p.weight[kids[j]];
      total += weights[j];
    }
    for (int j = 0; j < kids.length; j++) {
      weights[j] /= total;
    }
    try {
      p.aggregators[i].aggregateColumns(children, weights, st.scores[i]);
    } catch (RuntimeException e) {
      throw new ScoringException("aggregator \"" + p.aggregatorNames[i] + "\" of node \"" + p.ids[i] + "\" failed: " + e, e);
    }
  }

  static void scaleToPoints(Plan p, int i, double[] out, State st) {
    if (p.points[i] != p.points[i]) {
      return;
    }
    double span = p.natHi[i] - p.natLo[i];
    for (int u = 0; u < out.length; u++) {
      out[u] = (out[u] - p.natLo[i]) / span * p.points[i];
    }
  }

  private static void composite(Plan.Composite c, int[] members, int unit, int i, State st) {
    double sum = 0;
    double w = 0;
    boolean anyApplicable = false;
    for (int m = 0; m < members.length; m++) {
      int u = members[m];
      if (st.na[i] != null && st.na[i][u]) {
        continue;
      }
      anyApplicable = true;
      double v = st.scores[i][u];
      if (v == v) {
        sum += c.weights[m] * v;
        w += c.weights[m];
      }
    }
    if (st.na[i] != null) {
      st.na[i][unit] = false;
    }
    if (!anyApplicable) {
      st.markNotApplicable(i, unit);
      st.scores[i][unit] = Double.NaN;
    } else {
      st.scores[i][unit] = w > 0 ? sum / w : Double.NaN;
    }
    st.compositeAt(i, unit);
  }

  /** The evaluation's arrays, shared with {@link Evaluation}. */
  static final class State {
    final Plan plan;
    final Dataset.Table table;
    final List<String> units;
    final Map<String, Integer> unitIndex;
    final String period;
    final double[][] scores;
    final boolean[][] na;
    final boolean[][] composed;
    final int[] row;
    Pipeline.Result prepared;
    final Normalizer.Fit[] fits;
    final int[] rank;
    final String[] group;
    final String[] grade;
    final int[] band;
    final boolean[] quotaDemoted;
    final QuotaScope[] quotaScope;
    final String[] forcedGrade;
    final String[] forcedReason;
    final String[] excludedTop;
    final String[] unranked;
    private final Recorder[] traces;

    State(Plan p, Dataset.Table t, List<String> units, Map<String, Integer> unitIndex, String period, int count) {
      this.plan = p;
      this.table = t;
      this.units = units;
      this.unitIndex = unitIndex;
      this.period = period;
      this.scores = new double[p.n][count];
      this.na = new boolean[p.n][];
      this.row = new int[count];
      this.composed = new boolean[p.n][];
      this.fits = new Normalizer.Fit[p.n];
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
      this.traces = new Recorder[count];
    }

    /** A deep copy over a copy of the table, for a snapshot that later changes cannot reach. */
    State copy(Dataset.Table t) {
      State c = new State(plan, t, new ArrayList<>(units), new HashMap<>(unitIndex), period, units.size());
      for (int i = 0; i < scores.length; i++) {
        System.arraycopy(scores[i], 0, c.scores[i], 0, scores[i].length);
        c.na[i] = na[i] == null ? null : na[i].clone();
        c.composed[i] = composed[i] == null ? null : composed[i].clone();
      }
      System.arraycopy(row, 0, c.row, 0, row.length);
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

    Recorder trace(int u) {
      Recorder r = traces[u];
      if (r == null) {
        r = new Recorder(this, u, false);
        traces[u] = r;
      }
      return r;
    }
  }

  /** The scope a grade quota was applied in: its name (a ranking group, or empty), size, places and forced ones. */
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

  /** A rule trace: keeps forced grades always, descriptions only when explaining. */
  static final class Recorder implements Rule.Trace {
    final State st;
    final int unit;
    final boolean explaining;
    final List<String[]> effects;

    Recorder(State st, int unit, boolean explaining) {
      this.st = st;
      this.unit = unit;
      this.explaining = explaining;
      this.effects = explaining ? new ArrayList<>() : List.of();
    }

    @Override
    public boolean explaining() {
      return explaining;
    }

    @Override
    public void record(String description, double before, double after) {
      if (explaining) {
        effects.add(new String[] {description, Double.toString(before), Double.toString(after)});
      }
    }

    @Override
    public void forceGrade(String grade, String reason) {
      if (!explaining) {
        st.forcedGrade[unit] = grade;
        st.forcedReason[unit] = reason;
      }
    }

    @Override
    public void excludeFromTopBand(String reason) {
      if (!explaining) {
        st.excludedTop[unit] = reason;
      }
    }
  }

  /** A rule's view of one unit's data; one instance per evaluation, moved from unit to unit. */
  static final class RuleInput implements Rule.Input {
    private final Dataset.Table table;
    private final List<String> units;
    private final int[] rows;
    int unit;
    private double full;
    private double floor;

    RuleInput(Dataset.Table table, List<String> units, int[] rows) {
      this.table = table;
      this.units = units;
      this.rows = rows;
    }

    void node(Plan p, int i) {
      full = p.hi[i];
      floor = p.lo[i];
    }

    @Override
    public String unit() {
      return units.get(unit);
    }

    @Override
    public double fullMarks() {
      return full;
    }

    @Override
    public double floor() {
      return floor;
    }

    @Override
    public double value(String indicator) {
      Dataset.Column c = table.columns.get(indicator);
      return c == null ? Double.NaN : Evaluator.value(c, rows[unit]);
    }
  }

  /** A cell's number, or NaN when the row has none (absent, a text code, or no row). */
  static double value(Dataset.Column c, int row) {
    return row >= 0 && row < c.values.length && c.present[row] && (c.codes == null || c.codes[row] == null)
        ? c.values[row] : Double.NaN;
  }

  /** A cell's text code, or null. */
  static String code(Dataset.Column c, int row) {
    return row >= 0 && row < c.values.length && c.present[row] && c.codes != null ? c.codes[row] : null;
  }

  /** Whether a row has a value (number or code) in a column. */
  static boolean present(Dataset.Column c, int row) {
    return row >= 0 && row < c.values.length && c.present[row];
  }

  /** A cell as text: its code, or its number in plain form; null when absent. */
  static String text(Dataset.Column c, int row) {
    String code = code(c, row);
    if (code != null) {
      return code;
    }
    double v = value(c, row);
    return v == v ? Builtins.fmt(v) : null;
  }
}
