package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled methodology: the indicator tree with every strategy bound and every reference resolved, checked
 * once. Evaluate it over data as often as needed; a plan is immutable and thread-safe, and evaluations of one
 * plan may run concurrently.
 *
 * <p>Get one from {@link Engine#compile}.
 */
public final class Plan {

  final String id;
  final LocalizedText name;
  final String unitColumn;
  final String periodColumn;
  final int[] decimals;
  final int n;
  final String[] ids;
  final LocalizedText[] names;
  final String[] paths;
  final int[] parent;
  final int[][] children;
  final double[] weight;
  final double[] points;
  final double[] minShare;
  final boolean[] leaf;
  final String[] column;
  final List<Map<String, Outcome>> codes;
  final Normalizer[] normalizers;
  final String[] normalizerNames;
  final Aggregator[] aggregators;
  final String[] aggregatorNames;
  final Rule[][] rules;
  final String[][] ruleNames;
  final double[] natLo;
  final double[] natHi;
  final double[] lo;
  final double[] hi;
  final Map<String, Integer> index;
  final List<Composite> composites;
  final Ranking ranking;
  final Grades grades;
  final Heads heads;
  final String scopeColumn;
  final Set<String> scopeValues;
  final String[] denominator;
  final List<Pipeline.Step> pipeline;
  final int maxChildren;

  private Plan(Builder b) {
    id = b.id;
    name = b.name;
    unitColumn = b.unitColumn;
    periodColumn = b.periodColumn;
    decimals = b.decimals;
    n = b.ids.length;
    ids = b.ids;
    names = b.names;
    paths = b.paths;
    parent = b.parent;
    children = b.children;
    weight = b.weight;
    points = b.points;
    minShare = b.minShare;
    leaf = b.leaf;
    column = b.column;
    codes = List.copyOf(b.codes);
    normalizers = b.normalizers;
    normalizerNames = b.normalizerNames;
    aggregators = b.aggregators;
    aggregatorNames = b.aggregatorNames;
    rules = b.rules;
    ruleNames = b.ruleNames;
    natLo = b.natLo;
    natHi = b.natHi;
    lo = b.lo;
    hi = b.hi;
    index = Collections.unmodifiableMap(new HashMap<>(b.index));
    composites = List.copyOf(b.composites);
    ranking = b.ranking;
    grades = b.grades;
    heads = b.heads;
    scopeColumn = b.scopeColumn;
    scopeValues = Set.copyOf(b.scopeValues);
    denominator = b.denominator;
    pipeline = List.copyOf(b.pipeline);
    int max = 1;
    for (int[] c : children) {
      max = Math.max(max, c.length);
    }
    maxChildren = max;
  }

  /**
   * The methodology's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The methodology's name.
   *
   * @return the name
   */
  public LocalizedText name() {
    return name;
  }

  /**
   * The node ids, children before their parent, the root last.
   *
   * @return the ids
   */
  public List<String> nodes() {
    return List.of(ids);
  }

  /**
   * The root node's id.
   *
   * @return the id
   */
  public String root() {
    return ids[n - 1];
  }

  /**
   * The node ids from the root down, each parent before its children in file order: the order of a report.
   *
   * @return the ids
   */
  public List<String> nodesTopDown() {
    List<String> out = new ArrayList<>();
    topDown(n - 1, out);
    return out;
  }

  private void topDown(int i, List<String> out) {
    out.add(ids[i]);
    for (int c : children[i]) {
      topDown(c, out);
    }
  }

  /**
   * A node's name.
   *
   * @param node a node id
   * @return its name, if the file gives one
   */
  public Optional<LocalizedText> nodeName(String node) {
    return Optional.ofNullable(names[node(node)]);
  }

  /**
   * The columns the plan reads from data: each leaf's source.
   *
   * @return the columns, in node order
   */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (leaf[i]) {
        out.add(column[i]);
      }
    }
    return out;
  }

  /**
   * The leaves: the nodes that read a data column.
   *
   * @return the leaf ids, top down in file order
   */
  public List<String> leaves() {
    List<String> out = new ArrayList<>();
    for (String id : nodesTopDown()) {
      if (leaf[index.get(id)]) {
        out.add(id);
      }
    }
    return out;
  }

  /**
   * The effective weight of every node: the product of its and its ancestors' weights, each normalised within its
   * parent (the root has 1).
   *
   * @return node id → effective weight, top down
   */
  public Map<String, Double> effectiveWeights() {
    Map<String, Double> out = new LinkedHashMap<>();
    effective(n - 1, 1, out);
    return out;
  }

  private void effective(int i, double w, Map<String, Double> out) {
    out.put(ids[i], w);
    double total = 0;
    for (int c : children[i]) {
      total += weight[c];
    }
    for (int c : children[i]) {
      effective(c, w * weight[c] / total, out);
    }
  }

  /**
   * The header of the unit column in wide data tables, from the methodology's {@code data} section.
   *
   * @return e.g. {@code unit} or {@code Country code}
   */
  public String unitColumn() {
    return unitColumn;
  }

  /**
   * The header of the period column in wide data tables.
   *
   * @return the header, if the methodology names one
   */
  public Optional<String> periodColumn() {
    return Optional.ofNullable(periodColumn);
  }

  /**
   * The grades of the units' heads (主要负责人), when the methodology declares their own scheme ({@code heads}),
   * e.g. the civil-service grades 优秀, 称职, 基本称职, 不称职.
   *
   * @return the heads' grades, best first; empty when the methodology declares none
   */
  public List<String> headGrades() {
    return heads == null ? List.of() : List.copyOf(heads.grades);
  }

  /**
   * The grade of a unit's head, derived from the unit's grade by the methodology's {@code heads} scheme.
   *
   * @param unitGrade one of the methodology's grade bands
   * @return the head's grade; empty when the methodology declares no heads' scheme
   * @throws IllegalArgumentException if {@code unitGrade} is not a band of the methodology
   */
  public Optional<String> headGrade(String unitGrade) {
    if (heads == null) {
      return Optional.empty();
    }
    String g = heads.from.get(unitGrade);
    if (g == null) {
      throw new IllegalArgumentException("grade \"" + unitGrade + "\" is not a band of methodology \"" + id + "\" "
          + (grades == null ? "[]" : grades.names));
    }
    return Optional.of(g);
  }

  /**
   * The most a node can score: its point budget ({@code points}), or the top of its range — so that a report can
   * say a score is out of 80 or out of 100.
   *
   * @param node a node id
   * @return the full marks
   * @throws IllegalArgumentException if the node is unknown
   */
  public double fullMarks(String node) {
    return hi[node(node)];
  }

  /**
   * The decimals a node's scores are presented with (the methodology's rounding).
   *
   * @param node a node id
   * @return the decimals, 0..10
   * @throws IllegalArgumentException if the node is unknown
   */
  public int decimals(String node) {
    return decimals[node(node)];
  }

  int node(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("node \"" + id + "\" is not in methodology \"" + this.id + "\"");
    }
    return i;
  }

  /**
   * Evaluates the plan on the only period of a data set.
   *
   * @param data the data
   * @return the evaluation
   * @throws ValidationException if the data has several periods, lacks a column the plan reads, or holds a text
   *     code no leaf declares
   */
  public Evaluation evaluate(Dataset data) {
    Set<String> periods = data.periods();
    if (periods.size() != 1) {
      throw new ValidationException("data", List.of(Problem.of(Problem.INCONSISTENT, "",
          periods.isEmpty() ? "the data set is empty" : "the data set has several periods " + periods
              + "; name the one to evaluate")));
    }
    return evaluate(data, periods.iterator().next());
  }

  /**
   * Evaluates the plan on one period of a data set.
   *
   * @param data the data
   * @param period one of {@link Dataset#periods()}
   * @return the evaluation
   * @throws ValidationException if the period has no data, the data lacks a column the plan reads, or holds a
   *     text code no leaf declares
   */
  public Evaluation evaluate(Dataset data, String period) {
    Dataset.Table t = data.table(period);
    if (t == null) {
      throw new ValidationException("data", List.of(Problem.of(Problem.MISSING_DATA, "",
          "no data for period \"" + period + "\"; the data has " + data.periods())));
    }
    return Evaluator.evaluate(this, t, period);
  }

  /** What a text code in a leaf's column means. */
  static final class Outcome {
    enum Kind { SCORE, NOT_APPLICABLE, MISSING }

    static final Outcome NOT_APPLICABLE = new Outcome(Kind.NOT_APPLICABLE, Double.NaN);
    static final Outcome MISSING = new Outcome(Kind.MISSING, Double.NaN);

    final Kind kind;
    final double score;

    private Outcome(Kind kind, double score) {
      this.kind = kind;
      this.score = score;
    }

    static Outcome score(double s) {
      return new Outcome(Kind.SCORE, s);
    }

    @Override
    public String toString() {
      return kind == Kind.SCORE ? "score " + Builtins.fmt(score) : kind == Kind.NOT_APPLICABLE ? "not applicable" : "missing";
    }
  }

  /** A unit whose scores at chosen nodes are the weighted mean of its members'. */
  static final class Composite {
    final String unit;
    final String[] members;
    final double[] weights;
    final boolean[] at;

    Composite(String unit, String[] members, double[] weights, boolean[] at) {
      this.unit = unit;
      this.members = members;
      this.weights = weights;
      this.at = at;
    }
  }

  /** How units are ranked. */
  static final class Ranking {
    int node;
    String method = "competition";
    double tolerance;
    boolean presented;
    String eligibleColumn;
    double eligibleAtLeast = Double.NaN;
    double eligibleAtMost = Double.NaN;
    String eligibleLabel;
    Set<String> exclude = Set.of();
    boolean excludeMembers;
    String groupColumn;
    final Map<String, String> groupNames = new LinkedHashMap<>();
    final Map<String, String> groups = new LinkedHashMap<>();
  }

  /** How units are graded. */
  static final class Grades {
    static final String RANKING_GROUPS = "ranking-groups";
    static final String ALL = "all";

    int node;
    String edge = "min-inclusive";
    boolean presented;
    String within = RANKING_GROUPS;
    final List<String> names = new ArrayList<>();
    final List<Double> mins = new ArrayList<>();
    int quotaBand = -1;
    double maxShare = 1;
    String rounding = "floor";
    String ties = "demote";
  }

  /** How the units' heads are graded: their own bands, and the head's band for each unit band. */
  static final class Heads {
    LocalizedText name;
    final List<String> grades = new ArrayList<>();
    final Map<String, String> from = new LinkedHashMap<>();
  }

  /** Mutable state while compiling. */
  static final class Builder {
    String id;
    LocalizedText name;
    String unitColumn;
    String periodColumn;
    final int[] decimals;
    final String[] ids;
    final LocalizedText[] names;
    final String[] paths;
    final int[] parent;
    final int[][] children;
    final double[] weight;
    final double[] points;
    final double[] minShare;
    final boolean[] leaf;
    final String[] column;
    final List<Map<String, Outcome>> codes = new ArrayList<>();
    final Normalizer[] normalizers;
    final String[] normalizerNames;
    final Aggregator[] aggregators;
    final String[] aggregatorNames;
    final Rule[][] rules;
    final String[][] ruleNames;
    final double[] natLo;
    final double[] natHi;
    final double[] lo;
    final double[] hi;
    Map<String, Integer> index = new HashMap<>();
    final List<Composite> composites = new ArrayList<>();
    Ranking ranking;
    Grades grades;
    Heads heads;
    String scopeColumn;
    Set<String> scopeValues = new LinkedHashSet<>();
    final String[] denominator;
    final List<Pipeline.Step> pipeline = new ArrayList<>();

    Builder(int n) {
      denominator = new String[n];
      ids = new String[n];
      decimals = new int[n];
      names = new LocalizedText[n];
      paths = new String[n];
      parent = new int[n];
      children = new int[n][];
      weight = new double[n];
      points = new double[n];
      minShare = new double[n];
      leaf = new boolean[n];
      column = new String[n];
      normalizers = new Normalizer[n];
      normalizerNames = new String[n];
      aggregators = new Aggregator[n];
      aggregatorNames = new String[n];
      rules = new Rule[n][];
      ruleNames = new String[n][];
      natLo = new double[n];
      natHi = new double[n];
      lo = new double[n];
      hi = new double[n];
      Arrays.fill(natLo, 0);
      Arrays.fill(natHi, 100);
    }

    int root() {
      return ids.length - 1;
    }

    Plan build() {
      return new Plan(this);
    }
  }
}
