package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statistical audit of a composite index, as COINr defines it: statistics of each indicator at each stage,
 * correlations and their flags, Cronbach's alpha, principal components, the effect of removing each element,
 * and each unit's strengths and weaknesses.
 *
 * <pre>{@code
 * Audit audit = Audit.of(plan, data);
 * audit.statistics(Stage.TREATED).forEach(System.out::println);
 * audit.correlationFlags(Stage.NORMALISED, CorrelationMethod.PEARSON, 0.9, true, 2);
 * audit.removalEffects(2).forEach(e -> System.out.println(e.element() + " " + e.meanAbsoluteRankChange()));
 * }</pre>
 *
 * <p>Levels are COINr's: indicators (leaves) are level 1, and an aggregate is one level above its highest child,
 * so the root has the highest level. Levels above 1 exist only at {@link Stage#AGGREGATED}. Immutable and
 * thread-safe; figures are computed when asked for.
 */
public final class Audit {

  private final Plan plan;
  private final Tree tree;
  private final Variants variants;
  private final Evaluation evaluation;
  private final Map<Stage, Frame> frames = new ConcurrentHashMap<>();

  private Audit(Plan plan, Variants variants) {
    this.plan = plan;
    this.tree = new Tree(plan);
    this.variants = variants;
    this.evaluation = variants.nominal();
  }

  /**
   * The audit of a plan over the only period of a data set.
   *
   * @param plan the plan (compiled by an {@link io.github.bizenv.scoring.engine.Engine})
   * @param data its data
   * @return the audit
   * @throws ValidationException if the data does not evaluate (several periods, missing columns …)
   */
  public static Audit of(Plan plan, Dataset data) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(data, "data");
    return new Audit(plan, new PlanVariants(plan, data, null));
  }

  /**
   * The audit of a plan over one period of a data set.
   *
   * @param plan the plan
   * @param data its data
   * @param period one of the data's periods
   * @return the audit
   * @throws ValidationException if the data does not evaluate
   */
  public static Audit of(Plan plan, Dataset data, Period period) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    return new Audit(plan, new PlanVariants(plan, data, period));
  }

  /**
   * The nominal evaluation audited.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The stages this evaluation recorded: those of its pipeline, then {@link Stage#NORMALISED} and
   * {@link Stage#AGGREGATED}.
   *
   * @return the stages, in pipeline order
   */
  public List<Stage> stages() {
    List<Stage> out = new ArrayList<>();
    for (String s : evaluation.stages()) {
      for (Stage st : Stage.values()) {
        if (st.code().equals(s)) {
          out.add(st);
        }
      }
    }
    out.add(Stage.NORMALISED);
    out.add(Stage.AGGREGATED);
    return out;
  }

  /**
   * The number of levels: the root's level.
   *
   * @return 1 for a single indicator, 4 for ASEM (indicators, pillars, sub-indices, index)
   */
  public int levels() {
    return tree.maxLevel;
  }

  /**
   * A node's level.
   *
   * @param node a node id
   * @return 1 for a leaf, one more than its highest child otherwise
   * @throws IllegalArgumentException if the node is unknown
   */
  public int level(String node) {
    Objects.requireNonNull(node, "node");
    tree.check(node);
    return tree.level.get(node);
  }

  /**
   * The nodes of a level under a node, as COINr's {@code get_data(iCodes = under, Level = level)} selects them.
   *
   * @param under a node id (the root for the whole tree)
   * @param level a level
   * @return the node ids, top-down order
   * @throws IllegalArgumentException if the node or level is unknown
   */
  public List<String> nodes(String under, int level) {
    Objects.requireNonNull(under, "under");
    tree.checkLevel(level);
    return Collections.unmodifiableList(tree.atLevel(under, level));
  }

  // ------------------------------------------------------------------------------------------------ statistics

  /**
   * The statistics of every column of a stage with COINr's default thresholds.
   *
   * @param stage a stage of {@link #stages()}
   * @return one per leaf (per node at {@link Stage#AGGREGATED}), top-down order
   * @throws IllegalArgumentException if the evaluation did not record the stage
   */
  public List<IndicatorStatistics> statistics(Stage stage) {
    return statistics(stage, StatisticsThresholds.defaults());
  }

  /**
   * The statistics of every column of a stage ({@code get_stats}).
   *
   * @param stage a stage of {@link #stages()}
   * @param thresholds the flags' thresholds
   * @return one per leaf (per node at {@link Stage#AGGREGATED}), top-down order
   * @throws IllegalArgumentException if the evaluation did not record the stage
   */
  public List<IndicatorStatistics> statistics(Stage stage, StatisticsThresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    Frame f = frame(stage);
    List<IndicatorStatistics> out = new ArrayList<>();
    for (Map.Entry<String, double[]> c : f.columns.entrySet()) {
      out.add(new IndicatorStatistics(c.getKey(), c.getValue(), thresholds));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- correlations

  /**
   * Correlations between two sets of columns of one stage ({@code get_corr} before its p-value filter; apply
   * COINr's default with {@link Correlation#significant(double) significant(0.05)}).
   *
   * @param stage a stage of {@link #stages()}
   * @param rows node ids, e.g. {@link #nodes(String, int) nodes(root, 1)}
   * @param columns node ids
   * @param method Pearson or Spearman
   * @return the matrix
   * @throws IllegalArgumentException if a node has no values at the stage
   */
  public CorrelationMatrix correlations(Stage stage, List<String> rows, List<String> columns,
      CorrelationMethod method) {
    Objects.requireNonNull(method, "method");
    Frame f = frame(stage);
    Correlation[][] cells = new Correlation[rows.size()][columns.size()];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cells[r][c] = correlate(f, rows.get(r), columns.get(c), null, method);
      }
    }
    return new CorrelationMatrix(method, rows, columns, cells);
  }

  /**
   * Each node of a level correlated with its parent, at {@link Stage#AGGREGATED} ({@code get_corr(…, Levels =
   * c(level, level + 1), withparent = TRUE)}).
   *
   * @param level a level below the root's
   * @param method Pearson or Spearman
   * @return one per node of the level, top-down order
   */
  public List<Correlation> correlationsWithParent(int level, CorrelationMethod method) {
    return correlationsWithAncestor(level, level + 1, method);
  }

  /**
   * Each node of a level correlated with its ancestor at a higher level, at {@link Stage#AGGREGATED}
   * ({@code withparent = TRUE} with {@code Levels = c(level, ancestorLevel)}).
   *
   * @param level a level
   * @param ancestorLevel a higher level
   * @param method Pearson or Spearman
   * @return one per node of the level that has an ancestor at that level, top-down order
   */
  public List<Correlation> correlationsWithAncestor(int level, int ancestorLevel, CorrelationMethod method) {
    Objects.requireNonNull(method, "method");
    tree.checkLevel(level);
    tree.checkLevel(ancestorLevel);
    if (ancestorLevel <= level) {
      throw new IllegalArgumentException("ancestor level " + ancestorLevel + " must be above level " + level);
    }
    Frame f = frame(Stage.AGGREGATED);
    List<Correlation> out = new ArrayList<>();
    for (String n : tree.atLevel(tree.root, level)) {
      String a = tree.ancestorAt(n, ancestorLevel);
      if (a != null) {
        out.add(correlate(f, n, a, null, method));
      }
    }
    return out;
  }

  /**
   * Pairs of indicators in the same group whose correlation is above (or below) a threshold
   * ({@code get_corr_flags}). Each pair is listed once, in top-down order.
   *
   * @param stage a stage of {@link #stages()}
   * @param method Pearson or Spearman
   * @param threshold the correlation threshold, in [−1, 1]
   * @param above {@code true} to flag correlations above it (COINr's {@code "high"}), {@code false} below
   * @param groupLevel the level whose nodes make the groups (COINr's default 2)
   * @return the flagged pairs with their group
   */
  public List<Correlation> correlationFlags(Stage stage, CorrelationMethod method, double threshold, boolean above,
      int groupLevel) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(method, "method");
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " is outside [-1, 1]");
    }
    tree.checkLevel(groupLevel);
    Frame f = frame(stage);
    List<Correlation> out = new ArrayList<>();
    List<String> leaves = tree.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      for (int j = i + 1; j < leaves.size(); j++) {
        String g = tree.ancestorAt(leaves.get(i), groupLevel);
        if (g == null || !g.equals(tree.ancestorAt(leaves.get(j), groupLevel))) {
          continue;
        }
        Correlation c = correlate(f, leaves.get(i), leaves.get(j), g, method);
        if (c.value().isPresent()) {
          double r = c.value().getAsDouble();
          if (above ? r > threshold : r < threshold) {
            out.add(c);
          }
        }
      }
    }
    return out;
  }

  private Correlation correlate(Frame f, String a, String b, String group, CorrelationMethod m) {
    return new Correlation(a, b, group, Stats.correlation(f.column(a), f.column(b), m == CorrelationMethod.SPEARMAN));
  }

  /**
   * Cronbach's alpha of the nodes of a level under a group ({@code get_cronbach}): with C the covariance matrix
   * (pairwise complete) of the k columns, {@code k²·mean(off-diagonal of C) / sum(C)}.
   *
   * @param stage a stage of {@link #stages()}
   * @param group a node id (the root for every node of the level)
   * @param level a level
   * @return alpha; empty when undefined (fewer than two columns, no variance)
   */
  public OptionalDouble cronbachAlpha(Stage stage, String group, int level) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(group, "group");
    Frame f = frame(stage);
    List<String> cols = nodes(group, level);
    int k = cols.size();
    double all = 0;
    double diag = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double[][] c = Stats.complete(f.column(cols.get(i)), f.column(cols.get(j)));
        double cov = Stats.covariance(c[0], c[1]);
        if (cov == cov) {
          all += cov;
          if (i == j) {
            diag += cov;
          }
        }
      }
    }
    double average = (all - diag) / (k * (k - 1.0));
    double alpha = (k * k * average) / all;
    return k < 2 || !Double.isFinite(alpha) ? OptionalDouble.empty() : OptionalDouble.of(alpha);
  }

  // ------------------------------------------------------------------------------------------------------ PCA

  /**
   * Principal components of the nodes of a level ({@code get_PCA}).
   *
   * @param stage a stage of {@link #stages()}
   * @param under a node id: the columns are the nodes of the level under it
   * @param level a level
   * @param byGroups {@code true} (COINr's default) for one analysis per parent of those nodes, {@code false} for
   *     one over all of them
   * @return the analyses, one per group (top-down order) or one
   * @throws IllegalArgumentException if a column is constant (R's {@code prcomp} cannot scale it) or no unit has
   *     every value
   */
  public List<PrincipalComponents> pca(Stage stage, String under, int level, boolean byGroups) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(under, "under");
    Frame f = frame(stage);
    List<String> cols = nodes(under, level);
    List<PrincipalComponents> out = new ArrayList<>();
    if (!byGroups) {
      out.add(pca(f, null, cols));
      return out;
    }
    Set<String> parents = new LinkedHashSet<>();
    for (String c : cols) {
      String p = tree.parent.get(c);
      if (p != null) {
        parents.add(p);
      }
    }
    for (String p : parents) {
      out.add(pca(f, p, tree.atLevel(p, level)));
    }
    return out;
  }

  private PrincipalComponents pca(Frame f, String group, List<String> cols) {
    int p = cols.size();
    List<String> units = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int u = 0; u < f.units.size(); u++) {
      double[] row = new double[p];
      boolean ok = true;
      for (int j = 0; j < p; j++) {
        row[j] = f.column(cols.get(j))[u];
        ok &= row[j] == row[j];
      }
      if (ok) {
        units.add(f.units.get(u));
        rows.add(row);
      }
    }
    int n = rows.size();
    if (n < 2) {
      throw new IllegalArgumentException("PCA of " + cols + " needs two units with every value; " + n + " have");
    }
    double[][] z = new double[n][p];
    for (int j = 0; j < p; j++) {
      double[] col = new double[n];
      for (int i = 0; i < n; i++) {
        col[i] = rows.get(i)[j];
      }
      double m = Stats.mean(col);
      double s = Stats.sd(col);
      if (!(s > 0)) {
        throw new IllegalArgumentException("PCA cannot scale column \"" + cols.get(j) + "\": it is constant over the "
            + n + " units with every value");
      }
      for (int i = 0; i < n; i++) {
        z[i][j] = (col[i] - m) / s;
      }
    }
    double[][] corr = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = a; b < p; b++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += z[i][a] * z[i][b];
        }
        corr[a][b] = s / (n - 1);
        corr[b][a] = corr[a][b];
      }
    }
    double[][][] eig = Stats.symmetricEigen(corr);
    int k = Math.min(n, p);
    double[] sdev = new double[k];
    double[][] loadings = new double[p][k];
    for (int c = 0; c < k; c++) {
      sdev[c] = Math.sqrt(Math.max(0, eig[0][0][c]));
      double sum = 0;
      for (int r = 0; r < p; r++) {
        sum += eig[1][r][c];
      }
      double sign = sum < 0 ? -1 : 1;
      for (int r = 0; r < p; r++) {
        loadings[r][c] = sign * eig[1][r][c];
      }
    }
    return new PrincipalComponents(group, cols, units, sdev, loadings);
  }

  // -------------------------------------------------------------------------------------------------- removal

  /**
   * The effect on the root's ranks of removing each node of a level in turn ({@code remove_elements}).
   *
   * @param level a level below the root's
   * @return one per node of the level, top-down order
   * @throws io.github.bizenv.scoring.ScoringException if a methodology without an element does not evaluate
   */
  public List<RemovalEffect> removalEffects(int level) {
    return removalEffects(level, tree.root);
  }

  /**
   * The effect on a target node's ranks of removing each node of a level in turn ({@code remove_elements}). COINr
   * sets the element's weight to zero and regenerates; here the element and everything under it is left out of
   * the methodology, which is the same for the weighted means (arithmetic, geometric, harmonic) that drop a child's
   * weight from the sum. A parent left without children is left out too.
   *
   * @param level a level below the root's
   * @param target the node whose ranks are compared
   * @return one per node of the level (the target's own ancestors excluded), top-down order
   */
  public List<RemovalEffect> removalEffects(int level, String target) {
    Objects.requireNonNull(target, "target");
    tree.checkLevel(level);
    tree.check(target);
    if (level >= tree.maxLevel) {
      throw new IllegalArgumentException("level " + level + " is the root's; remove elements of levels 1.."
          + (tree.maxLevel - 1));
    }
    Map<String, Double> nominalScores = scores(evaluation, target);
    List<RemovalEffect> out = new ArrayList<>();
    for (String element : tree.atLevel(tree.root, level)) {
      if (isAncestorOrSelf(element, target)) {
        continue;
      }
      Variant v = new Variant();
      v.leftOut.add(element);
      Map<String, Double> without = scores(variants.evaluate(v), target);
      List<String> units = new ArrayList<>();
      for (String u : nominalScores.keySet()) {
        if (without.containsKey(u)) {
          units.add(u);
        }
      }
      double[] a = new double[units.size()];
      double[] b = new double[units.size()];
      for (int i = 0; i < units.size(); i++) {
        a[i] = nominalScores.get(units.get(i));
        b[i] = without.get(units.get(i));
      }
      int[] ra = Stats.descendingMinRanks(a);
      int[] rb = Stats.descendingMinRanks(b);
      Map<String, Double> s = new LinkedHashMap<>();
      Map<String, Integer> r = new LinkedHashMap<>();
      Map<String, Integer> nominal = new LinkedHashMap<>();
      double sum = 0;
      for (int i = 0; i < units.size(); i++) {
        s.put(units.get(i), b[i]);
        r.put(units.get(i), rb[i]);
        nominal.put(units.get(i), ra[i]);
        sum += ra[i] == 0 || rb[i] == 0 ? Double.NaN : Math.abs(ra[i] - rb[i]);
      }
      out.add(new RemovalEffect(element, target, units, s, r, nominal, units.isEmpty() ? Double.NaN
          : sum / units.size()));
    }
    return out;
  }

  private boolean isAncestorOrSelf(String node, String of) {
    for (String a = of; a != null; a = tree.parent.get(a)) {
      if (a.equals(node)) {
        return true;
      }
    }
    return false;
  }

  static Map<String, Double> scores(Evaluation e, String node) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String u : e.units()) {
      OptionalDouble s = e.score(u, node);
      out.put(u, s.isPresent() ? s.getAsDouble() : Double.NaN);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- units

  /**
   * A unit's strengths and weaknesses with COINr's defaults ({@code get_str_weak}): indicators where its value is
   * missing are ignored, and so are those where it ranks last ({@code min_discard}); directions are applied only
   * at {@link Stage#RAW}.
   *
   * @param unit a unit of the stage
   * @param stage a stage of {@link #stages()}
   * @param top how many strengths
   * @param bottom how many weaknesses
   * @return the strengths and weaknesses, each with its level-2 group
   */
  public StrengthsAndWeaknesses strengthsAndWeaknesses(String unit, Stage stage, int top, int bottom) {
    return strengthsAndWeaknesses(unit, stage, top, bottom, 0, true, stage == Stage.RAW);
  }

  /**
   * A unit's strengths and weaknesses ({@code get_str_weak}): its rank in each indicator at the stage (highest
   * value first, ties sharing the best rank), indicators sorted by that rank; the first {@code top} are its
   * strengths, the last {@code bottom} its weaknesses.
   *
   * @param unit a unit of the stage
   * @param stage a stage of {@link #stages()}
   * @param top how many strengths, ≥ 1
   * @param bottom how many weaknesses, ≥ 1
   * @param uniqueDiscard keep only indicators whose share of distinct values (a missing value counting as one
   *     value, as R's {@code unique}) is above this; 0 keeps all
   * @param minDiscard leave out indicators where the unit ranks last
   * @param adjustDirection multiply values by their direction (−1 for lower-is-better) before ranking
   * @return the strengths and weaknesses, each with its level-2 group
   * @throws IllegalArgumentException if the unit is not in the stage or a count is below 1
   */
  public StrengthsAndWeaknesses strengthsAndWeaknesses(String unit, Stage stage, int top, int bottom,
      double uniqueDiscard, boolean minDiscard, boolean adjustDirection) {
    if (top < 1 || bottom < 1) {
      throw new IllegalArgumentException("top " + top + " and bottom " + bottom + " must be at least 1");
    }
    Frame f = frame(stage);
    int u = f.units.indexOf(unit);
    if (u < 0) {
      throw new IllegalArgumentException("unit \"" + unit + "\" is not in stage " + stage.code());
    }
    List<String> kept = new ArrayList<>();
    List<Integer> ranks = new ArrayList<>();
    for (String leaf : tree.leaves()) {
      double[] x = f.column(leaf);
      if (uniqueDiscard > 0) {
        Set<Double> distinct = new HashSet<>();
        for (double v : x) {
          distinct.add(v == v ? v : Double.NaN);
        }
        if (!((double) distinct.size() / x.length > uniqueDiscard)) {
          continue;
        }
      }
      double[] adj = x.clone();
      if (adjustDirection && tree.direction.getOrDefault(leaf, Direction.HIGHER_IS_BETTER)
          == Direction.LOWER_IS_BETTER) {
        for (int i = 0; i < adj.length; i++) {
          adj[i] = -adj[i];
        }
      }
      int[] r = Stats.descendingMinRanks(adj);
      if (r[u] == 0) {
        continue;
      }
      int worst = 0;
      for (int v : r) {
        worst = Math.max(worst, v);
      }
      if (minDiscard && r[u] == worst) {
        continue;
      }
      kept.add(leaf);
      ranks.add(r[u]);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(ranks.get(a), ranks.get(b)));
    List<UnitResult> strengths = new ArrayList<>();
    List<UnitResult> weaknesses = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      strengths.add(result(f, kept.get(order.get(i)), u, ranks.get(order.get(i))));
    }
    for (int i = Math.max(0, order.size() - bottom); i < order.size(); i++) {
      weaknesses.add(result(f, kept.get(order.get(i)), u, ranks.get(order.get(i))));
    }
    return new StrengthsAndWeaknesses(unit, strengths, weaknesses);
  }

  private UnitResult result(Frame f, String leaf, int u, int rank) {
    return new UnitResult(leaf, 1, tree.ancestorAt(leaf, Math.min(2, tree.maxLevel)), f.column(leaf)[u], rank);
  }

  /**
   * A unit's score and rank at every node, highest level first ({@code get_unit_summary} over all levels).
   *
   * @param unit a unit of the evaluation
   * @return one per node
   */
  public List<UnitResult> unitSummary(String unit) {
    int[] all = new int[tree.maxLevel];
    for (int i = 0; i < all.length; i++) {
      all[i] = i + 1;
    }
    return unitSummary(unit, all);
  }

  /**
   * A unit's score and rank at the nodes of the given levels, highest level first ({@code get_unit_summary}):
   * ranks among all evaluated units, highest score first, ties sharing the best rank.
   *
   * @param unit a unit of the evaluation
   * @param levels the levels to show
   * @return one per node of those levels
   * @throws IllegalArgumentException if the unit or a level is unknown
   */
  public List<UnitResult> unitSummary(String unit, int... levels) {
    Frame f = frame(Stage.AGGREGATED);
    int u = f.units.indexOf(unit);
    if (u < 0) {
      throw new IllegalArgumentException("unit \"" + unit + "\" is not in the evaluation");
    }
    Set<Integer> wanted = new HashSet<>();
    for (int l : levels) {
      tree.checkLevel(l);
      wanted.add(l);
    }
    List<UnitResult> out = new ArrayList<>();
    for (int l = tree.maxLevel; l >= 1; l--) {
      if (!wanted.contains(l)) {
        continue;
      }
      for (String n : tree.byLevel().get(l)) {
        int[] r = Stats.descendingMinRanks(f.column(n));
        out.add(new UnitResult(n, l, null, f.column(n)[u], r[u]));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- frames

  /** One stage's values: its units and a column per node. */
  static final class Frame {
    final List<String> units;
    final Map<String, double[]> columns = new LinkedHashMap<>();

    Frame(List<String> units) {
      this.units = units;
    }

    double[] column(String node) {
      double[] c = columns.get(node);
      if (c == null) {
        throw new IllegalArgumentException("node \"" + node + "\" has no values at this stage (levels above the "
            + "indicators exist only at the aggregated stage)");
      }
      return c;
    }
  }

  private Frame frame(Stage stage) {
    Objects.requireNonNull(stage, "stage");
    return frames.computeIfAbsent(stage, this::build);
  }

  private Frame build(Stage stage) {
    if (stage == Stage.NORMALISED || stage == Stage.AGGREGATED) {
      Frame f = new Frame(List.copyOf(evaluation.units()));
      for (String n : tree.topDown) {
        if (stage == Stage.AGGREGATED || tree.isLeaf(n)) {
          double[] c = new double[f.units.size()];
          for (int u = 0; u < c.length; u++) {
            OptionalDouble s = evaluation.score(f.units.get(u), n);
            c[u] = s.isPresent() ? s.getAsDouble() : Double.NaN;
          }
          f.columns.put(n, c);
        }
      }
      return f;
    }
    if (!evaluation.stages().contains(stage.code())) {
      throw new IllegalArgumentException("stage " + stage.code() + " was not recorded: the evaluation has "
          + stages().stream().map(Stage::code).collect(java.util.stream.Collectors.toList()));
    }
    Frame f = new Frame(List.copyOf(evaluation.stageUnits(stage.code())));
    for (String leaf : tree.leaves()) {
      List<OptionalDouble> values = evaluation.stageColumn(stage.code(), leaf);
      double[] c = new double[f.units.size()];
      for (int u = 0; u < c.length; u++) {
        OptionalDouble s = values.get(u);
        c[u] = s.isPresent() ? s.getAsDouble() : Double.NaN;
      }
      f.columns.put(leaf, c);
    }
    return f;
  }

  Variants variants() {
    return variants;
  }

  Tree tree() {
    return tree;
  }
}
