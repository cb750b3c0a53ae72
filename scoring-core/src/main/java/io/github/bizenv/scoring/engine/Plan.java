package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Range;
import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A compiled methodology: the indicator tree with every strategy bound and every reference resolved, checked
 * once. Evaluate it over data as often as needed; a plan is immutable and thread-safe, and evaluations of one
 * plan may run concurrently.
 *
 * <p>Get one from {@link Engine#compile}. {@link #methodology()} gives the model back; the accessors tell what
 * explanations and analyses need (a leaf's data column, a node's strategy, children and weight). Variants —
 * other weights ({@link #withWeights}), another normalizer or aggregator ({@link #withNormalizer},
 * {@link #withAggregator}), an indicator left out ({@link #without}), any change of the model ({@link #vary}) —
 * are derived without reading anything again and share what did not change; {@link #evaluate(Evaluation)}
 * re-evaluates a variant on an earlier evaluation's data, recomputing only what the change touches.
 */
public final class Plan {

  private volatile Methodology methodology;
  private final String id;
  private final UnaryOperator<Methodology> pending;
  private final Plan origin;
  private final Strategies strategies;
  private final Binder.Cache cache;
  private final String unitColumn;
  private final String periodColumn;
  private final int n;
  private final String[] ids;
  private final LocalizedText[] names;
  private final String[] paths;
  private final int[] parent;
  private final int[][] children;
  /** Per node: the members a cross-cutting node aggregates, or null. */
  private final int[][] members;
  private final double[][] memberWeights;
  private final int root;
  /** Per node: the column of an inner node's published score, or null. */
  private final String[] published;
  private final double[] weight;
  private final double[] points;
  private final double[] minShare;
  private final int[] decimals;
  private final Leaf[] leaves;
  private final Aggregator[] aggregators;
  private final StrategySpec[] aggregatorSpecs;
  private final Rule[][] rules;
  private final StrategySpec[][] ruleSpecs;
  private final double[] natLo;
  private final double[] natHi;
  private final double[] lo;
  private final double[] hi;
  private final Map<String, Integer> index;
  private final List<CompositePlan> composites;
  private final RankingPlan ranking;
  private final GradesPlan grades;
  private final ScopePlan scope;
  private final Pipeline pipeline;
  private final int maxChildren;
  /** Per node: whether no rule below it can move a child's score out of its declared range. */
  private final boolean[] inRange;
  /** Per node: its level, 1 for a leaf. */
  private final int[] levels;

  private Plan(Builder b) {
    methodology = b.methodology;
    id = b.methodology != null ? b.methodology.id() : b.origin.id();
    pending = b.pending;
    origin = b.origin;
    strategies = b.strategies;
    cache = b.cache;
    unitColumn = b.unitColumn;
    periodColumn = b.periodColumn;
    n = b.ids.length;
    ids = b.ids;
    names = b.names;
    paths = b.paths;
    parent = b.parent;
    children = b.children;
    members = b.members;
    memberWeights = b.memberWeights;
    root = b.root;
    published = b.published;
    weight = b.weight;
    points = b.points;
    minShare = b.minShare;
    decimals = b.decimals;
    leaves = b.leaves;
    aggregators = b.aggregators;
    aggregatorSpecs = b.aggregatorSpecs;
    rules = b.rules;
    ruleSpecs = b.ruleSpecs;
    natLo = b.natLo;
    natHi = b.natHi;
    lo = b.lo;
    hi = b.hi;
    index = b.index;
    composites = List.copyOf(b.composites);
    ranking = b.ranking;
    grades = b.grades;
    scope = b.scope;
    pipeline = b.pipeline;
    int max = 1;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, inputs(i).length);
    }
    maxChildren = max;
    inRange = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean ok = true;
      for (int c : inputs(i)) {
        ok &= inRange[c] && rules[c].length == 0;
      }
      inRange[i] = ok;
    }
    levels = new int[n];
    for (int i = 0; i < n; i++) { // evaluation order: every input before the node
      int l = 1;
      for (int c : inputs(i)) {
        l = Math.max(l, levels[c] + 1);
      }
      levels[i] = l;
    }
  }

  // ------------------------------------------------------------------ the model and the tree

  /**
   * The methodology this plan was compiled from (for a variant: the methodology with the variant's change).
   *
   * @return the model
   */
  public Methodology methodology() {
    Methodology m = methodology;
    if (m == null) {
      synchronized (this) {
        m = methodology;
        if (m == null) {
          m = pending.apply(origin.methodology());
          methodology = m;
        }
      }
    }
    return m;
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
    return methodology().name();
  }

  /**
   * The node ids in evaluation order: each node after its children, a cross-cutting node after its members. Without
   * views (cross-cutting nodes outside the tree) the root is last.
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
    return ids[root];
  }

  /**
   * The node ids from the root down, each parent before its children in file order: the order of a report. The
   * views (cross-cutting nodes without a parent) follow the tree, in file order.
   *
   * @return the ids
   */
  public List<String> nodesTopDown() {
    List<String> out = new ArrayList<>(n);
    out.addAll(nodesTopDown(root));
    List<Integer> views = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0 && members[i] != null) {
        views.add(i);
      }
    }
    views.sort(java.util.Comparator.comparingInt(i -> Integer.parseInt(paths[i].substring("/nodes/".length()))));
    views.forEach(i -> out.add(ids[i]));
    return out;
  }

  /**
   * The nodes a cross-cutting node aggregates, with their weights in it.
   *
   * @param node a node id
   * @return member id → weight, in order; empty for a node of the tree
   * @throws IllegalArgumentException if the node is unknown
   */
  public Map<String, Double> members(String node) {
    Objects.requireNonNull(node, "node");
    int i = node(node);
    if (members[i] == null) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int j = 0; j < members[i].length; j++) {
      out.put(ids[members[i][j]], memberWeights[i][j]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether the plan has a node.
   *
   * @param node a node id
   * @return {@code true} if the methodology has it
   */
  public boolean hasNode(String node) {
    Objects.requireNonNull(node, "node");
    return index.containsKey(node);
  }

  /**
   * A node's name.
   *
   * @param node a node id
   * @return its name, if the methodology gives one
   * @throws IllegalArgumentException if the node is unknown
   */
  public Optional<LocalizedText> nodeName(String node) {
    Objects.requireNonNull(node, "node");
    return Optional.ofNullable(names[node(node)]);
  }

  /**
   * Whether a node is a leaf, reading a data column.
   *
   * @param node a node id
   * @return {@code true} for a leaf
   * @throws IllegalArgumentException if the node is unknown
   */
  public boolean isLeaf(String node) {
    Objects.requireNonNull(node, "node");
    return leaves[node(node)] != null;
  }

  /**
   * The data column a leaf reads.
   *
   * @param node a node id
   * @return the column; empty for an inner node
   * @throws IllegalArgumentException if the node is unknown
   */
  public Optional<String> source(String node) {
    Objects.requireNonNull(node, "node");
    Leaf l = leaves[node(node)];
    return l == null ? Optional.empty() : Optional.of(l.column);
  }

  /**
   * A node's parent.
   *
   * @param node a node id
   * @return the parent's id; empty for the root
   * @throws IllegalArgumentException if the node is unknown
   */
  public Optional<String> parent(String node) {
    Objects.requireNonNull(node, "node");
    int p = parent[node(node)];
    return p < 0 ? Optional.empty() : Optional.of(ids[p]);
  }

  /**
   * A node's children in the tree, in file order.
   *
   * @param node a node id
   * @return the children's ids; empty for a leaf and for a cross-cutting node (see {@link #members})
   * @throws IllegalArgumentException if the node is unknown
   */
  public List<String> children(String node) {
    Objects.requireNonNull(node, "node");
    int[] kids = children[node(node)];
    List<String> out = new ArrayList<>(kids.length);
    for (int k : kids) {
      out.add(ids[k]);
    }
    return out;
  }

  /**
   * The leaves a node's score depends on (the node itself if it is a leaf): those under it, and for a cross-cutting
   * node those under its members, each once, in file order.
   *
   * @param node a node id
   * @return leaf ids
   * @throws IllegalArgumentException if the node is unknown
   */
  public List<String> leavesUnder(String node) {
    Objects.requireNonNull(node, "node");
    Set<Integer> out = new LinkedHashSet<>();
    java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
    Set<Integer> seen = new HashSet<>();
    stack.push(node(node));
    while (!stack.isEmpty()) {
      int i = stack.pop();
      if (!seen.add(i)) {
        continue;
      }
      if (leaves[i] != null) {
        out.add(i);
      }
      int[] in = inputs(i);
      for (int k = in.length - 1; k >= 0; k--) {
        stack.push(in[k]);
      }
    }
    List<String> ids = new ArrayList<>(out.size());
    out.forEach(i -> ids.add(this.ids[i]));
    return ids;
  }

  private List<String> nodesTopDown(int from) {
    List<String> out = new ArrayList<>();
    java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
    stack.push(from);
    while (!stack.isEmpty()) {
      int i = stack.pop();
      out.add(ids[i]);
      for (int k = children[i].length - 1; k >= 0; k--) {
        stack.push(children[i][k]);
      }
    }
    return out;
  }

  /**
   * A node's level: 1 for a leaf, and one more than its highest child for an inner node (COINr's levels: the root
   * has the highest); a cross-cutting node is one above its highest member.
   *
   * @param node a node id
   * @return the level
   * @throws IllegalArgumentException if the node is unknown
   */
  public int level(String node) {
    Objects.requireNonNull(node, "node");
    return level(node(node));
  }

  int level(int i) {
    return levels[i];
  }

  /**
   * A node's weight within its parent, as declared (not normalized).
   *
   * @param node a node id
   * @return the weight
   * @throws IllegalArgumentException if the node is unknown
   */
  public double weight(String node) {
    Objects.requireNonNull(node, "node");
    return weight[node(node)];
  }

  /**
   * The normalizer a leaf uses, or the aggregator of an inner node, with the settings it was given (after
   * defaults).
   *
   * @param node a node id
   * @return the strategy's spec
   * @throws IllegalArgumentException if the node is unknown
   */
  public StrategySpec strategy(String node) {
    Objects.requireNonNull(node, "node");
    int i = node(node);
    return leaves[i] != null ? leaves[i].spec : aggregatorSpecs[i];
  }

  /**
   * The rules of a node, in order.
   *
   * @param node a node id
   * @return the rules' specs
   * @throws IllegalArgumentException if the node is unknown
   */
  public List<StrategySpec> rules(String node) {
    Objects.requireNonNull(node, "node");
    return List.of(ruleSpecs[node(node)]);
  }

  /**
   * The scores a node can take: its point budget if it has one, else its strategy's range.
   *
   * @param node a node id
   * @return the range
   * @throws IllegalArgumentException if the node is unknown
   */
  public Range range(String node) {
    Objects.requireNonNull(node, "node");
    int i = node(node);
    return Range.of(lo[i], hi[i]);
  }

  /**
   * The decimals a node's scores are shown with (the methodology's presentation rounding, half-up); ranks and
   * grades use unrounded scores.
   *
   * @param node a node id
   * @return the decimals, at least 0
   * @throws IllegalArgumentException if the plan has no such node
   */
  public int decimals(String node) {
    Objects.requireNonNull(node, "node");
    return decimals[node(node)];
  }

  /**
   * The columns the plan reads from data: each leaf's source, then the published columns of inner nodes (read when
   * the data has them).
   *
   * @return the columns, in node order
   */
  public Set<String> columns() {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (leaves[i] != null) {
        out.add(leaves[i].column);
      }
    }
    for (int i = 0; i < n; i++) {
      if (published[i] != null) {
        out.add(published[i]);
      }
    }
    return out;
  }

  /**
   * The column of an inner node's published score, which stands for its aggregate where a unit has a value.
   *
   * @param node a node id
   * @return the column, if the node has one
   * @throws IllegalArgumentException if the node is unknown
   */
  public Optional<String> published(String node) {
    Objects.requireNonNull(node, "node");
    return Optional.ofNullable(published[node(node)]);
  }

  /**
   * The effective weight of every node: the product of its and its ancestors' weights, each normalized within its
   * parent (the root has 1). A view (a cross-cutting node without a parent) has 1, as the top of its own score;
   * members keep their weight in the tree.
   *
   * @return node id → effective weight, top down
   */
  public Map<String, Double> effectiveWeights() {
    double[] eff = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      if (parent[i] < 0) {
        eff[i] = 1;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      double total = 0;
      for (int c : children[i]) {
        total += weight[c];
      }
      for (int c : children[i]) {
        eff[c] = eff[i] * weight[c] / total;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String id : nodesTopDown()) {
      out.put(id, eff[index.get(id)]);
    }
    return out;
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

  // ------------------------------------------------------------------ evaluation

  /**
   * Evaluates the plan on the only period of a data set (or on its values without a period).
   *
   * @param data the data
   * @return the evaluation
   * @throws ValidationException if the data has several periods, lacks a column the plan reads, holds a text
   *     code no leaf declares, or a strategy fails or returns a score outside its range
   */
  public Evaluation evaluate(Dataset data) {
    Objects.requireNonNull(data, "data");
    List<Dataset.Table> tables = data.tables();
    if (tables.size() != 1) {
      throw new ValidationException("data", List.of(Problem.of(Problem.INCONSISTENT, "",
          tables.isEmpty() ? "the data set is empty" : "the data set has several periods " + data.periods()
              + "; name the one to evaluate")));
    }
    return Evaluator.evaluate(this, tables.get(0), null);
  }

  /**
   * Evaluates the plan on one period of a data set.
   *
   * @param data the data
   * @param period one of {@link Dataset#periods()}
   * @return the evaluation
   * @throws ValidationException if the period has no data, the data lacks a column the plan reads, holds a text
   *     code no leaf declares, or a strategy fails or returns a score outside its range
   */
  public Evaluation evaluate(Dataset data, Period period) {
    Objects.requireNonNull(data, "data");
    Dataset.Table t = data.table(Objects.requireNonNull(period, "period"));
    if (t == null) {
      throw new ValidationException("data", List.of(Problem.of(Problem.MISSING_DATA, "",
          "no data for period " + period + "; the data has " + (data.periods().isEmpty() ? "no periods"
              : data.periods().toString()))));
    }
    return Evaluator.evaluate(this, t, null);
  }

  /**
   * Evaluates this plan on the data of an earlier evaluation — typically of the plan this one is a variant of —
   * reusing what that evaluation computed and this plan shares: the prepared data when the pipeline and the leaves
   * are the same, else the stages of the leading pipeline steps both share (another treatment re-runs only the
   * treatment), and each leaf's normalized scores when its column, normalizer and prepared values are. New weights
   * thus re-aggregate only; a new normalizer at one leaf re-normalizes only that leaf. The result is the same, bit
   * for bit, as evaluating this plan on the data afresh.
   *
   * @param base an evaluation of any plan
   * @return the evaluation of this plan on the same data and period
   * @throws ValidationException as {@link #evaluate(Dataset, Period)}
   */
  public Evaluation evaluate(Evaluation base) {
    Objects.requireNonNull(base, "base");
    return Evaluator.evaluate(this, base.table(), base);
  }

  // ------------------------------------------------------------------ variants

  /**
   * A variant with other weights. The pipeline's and the leaves' results of an evaluation of this plan are
   * reused when the variant is evaluated with {@link #evaluate(Evaluation)}.
   *
   * @param weights node id → new weight (finite, greater than 0); nodes not named keep theirs
   * @return the variant
   * @throws ValidationException naming each unknown node or bad weight
   */
  public Plan withWeights(Map<String, Double> weights) {
    Objects.requireNonNull(weights, "weights");
    List<Problem> problems = new ArrayList<>();
    double[] w = weight.clone();
    weights.forEach((id, v) -> {
      Integer i = index.get(id);
      if (i == null) {
        problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, "", "node \"" + id + "\" is not in methodology \""
            + id() + "\""));
      } else if (v == null || !Double.isFinite(v) || !(v > 0)) {
        problems.add(Problem.of(Problem.OUT_OF_RANGE, paths[i] + "/weight", "weight " + v + " of node \"" + id
            + "\" must be a finite number greater than 0"));
      } else {
        w[i] = v;
      }
    });
    if (!problems.isEmpty()) {
      throw new ValidationException("weights of methodology \"" + id() + "\"", problems);
    }
    Map<String, Double> copy = new LinkedHashMap<>(weights);
    Builder b = toBuilder();
    b.weight = w;
    b.methodology = null;
    b.origin = this;
    b.pending = m -> reweigh(m, copy);
    return new Plan(b);
  }

  private static Methodology reweigh(Methodology m, Map<String, Double> weights) {
    List<Node> nodes = new ArrayList<>(m.nodes().size());
    for (Node node : m.nodes()) {
      Double w = weights.get(node.id());
      nodes.add(w == null ? node : ImmutableNode.copyOf(node).withWeight(w));
    }
    return ImmutableMethodology.copyOf(m).withNodes(nodes);
  }

  /**
   * A variant whose leaf uses another normalizer.
   *
   * @param leaf a leaf's id
   * @param normalizer the normalizer
   * @return the variant
   * @throws ValidationException if the leaf is unknown or the normalizer's settings are wrong
   */
  public Plan withNormalizer(String leaf, StrategySpec normalizer) {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(normalizer, "normalizer");
    return vary(m -> replaceNode(m, leaf, node -> ImmutableNode.copyOf(node).withNormalizer(normalizer)));
  }

  /**
   * A variant whose inner node uses another aggregator.
   *
   * @param node an inner node's id
   * @param aggregator the aggregator
   * @return the variant
   * @throws ValidationException if the node is unknown or a leaf, or the aggregator cannot work there
   */
  public Plan withAggregator(String node, StrategySpec aggregator) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(aggregator, "aggregator");
    return vary(m -> replaceNode(m, node, x -> ImmutableNode.copyOf(x).withAggregator(aggregator)));
  }

  /**
   * A variant whose default normalizer (that of every leaf naming none) is another.
   *
   * @param normalizer the normalizer
   * @return the variant
   * @throws ValidationException if the normalizer's settings are wrong
   */
  public Plan withDefaultNormalizer(StrategySpec normalizer) {
    Objects.requireNonNull(normalizer, "normalizer");
    return vary(m -> ImmutableMethodology.copyOf(m).withDefaultNormalizer(normalizer));
  }

  /**
   * A variant whose default aggregator (that of every inner node naming none) is another.
   *
   * @param aggregator the aggregator
   * @return the variant
   * @throws ValidationException if the aggregator cannot work at some node
   */
  public Plan withDefaultAggregator(StrategySpec aggregator) {
    Objects.requireNonNull(aggregator, "aggregator");
    return vary(m -> ImmutableMethodology.copyOf(m).withDefaultAggregator(aggregator));
  }

  /**
   * A variant with another data-preparation pipeline.
   *
   * @param steps the steps, in order
   * @return the variant
   * @throws ValidationException if a step refers to nodes the methodology lacks
   */
  public Plan withPipeline(List<PipelineStep> steps) {
    Objects.requireNonNull(steps, "steps");
    List<PipelineStep> copy = List.copyOf(steps);
    return vary(m -> ImmutableMethodology.copyOf(m).withPipeline(copy));
  }

  /**
   * A variant without a node and everything under it; an inner node left without children goes too. References
   * to removed nodes (pipeline indicator lists, treatment overrides, composites' nodes) are dropped with them.
   *
   * @param node the id of a node other than the root
   * @return the variant
   * @throws ValidationException if the node is unknown or is the root
   */
  public Plan without(String node) {
    Objects.requireNonNull(node, "node");
    node(node);
    return vary(m -> m.without(List.of(node)));
  }

  /**
   * A variant of any change to the model: {@code change} receives this plan's methodology and returns the
   * variant's. Strategies whose specs did not change are not created again, and an evaluation of the variant on
   * an evaluation of this plan ({@link #evaluate(Evaluation)}) reuses what did not change.
   *
   * @param change the change
   * @return the variant
   * @throws ValidationException listing every problem of the changed methodology
   */
  public Plan vary(UnaryOperator<Methodology> change) {
    Methodology changed = Objects.requireNonNull(change.apply(methodology()), "the changed methodology");
    return Compiler.compile(changed, strategies, cache, this, "methodology \"" + changed.id() + "\"");
  }

  private static Methodology replaceNode(Methodology m, String id, UnaryOperator<Node> f) {
    List<Node> nodes = new ArrayList<>(m.nodes());
    for (int k = 0; k < nodes.size(); k++) {
      if (nodes.get(k).id().equals(id)) {
        nodes.set(k, f.apply(nodes.get(k)));
        return ImmutableMethodology.copyOf(m).withNodes(nodes);
      }
    }
    throw new ValidationException("methodology \"" + m.id() + "\"", List.of(Problem.of(Problem.UNKNOWN_REFERENCE, "",
        "node \"" + id + "\" is not in methodology \"" + m.id() + "\"")));
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.methodology = methodology;
    b.pending = pending;
    b.origin = origin;
    b.strategies = strategies;
    b.cache = cache;
    b.unitColumn = unitColumn;
    b.periodColumn = periodColumn;
    b.ids = ids;
    b.names = names;
    b.paths = paths;
    b.parent = parent;
    b.children = children;
    b.members = members;
    b.memberWeights = memberWeights;
    b.root = root;
    b.published = published;
    b.weight = weight;
    b.points = points;
    b.minShare = minShare;
    b.decimals = decimals;
    b.leaves = leaves;
    b.aggregators = aggregators;
    b.aggregatorSpecs = aggregatorSpecs;
    b.rules = rules;
    b.ruleSpecs = ruleSpecs;
    b.natLo = natLo;
    b.natHi = natHi;
    b.lo = lo;
    b.hi = hi;
    b.index = index;
    b.composites.addAll(composites);
    b.ranking = ranking;
    b.grades = grades;
    b.scope = scope;
    b.pipeline = pipeline;
    return b;
  }

  // ------------------------------------------------------------------ package-private accessors

  int size() {
    return n;
  }

  /** The headers that mark a table as respondent-level: the respondent columns of the survey steps. */
  Set<String> respondentColumns() {
    Set<String> out = new LinkedHashSet<>();
    for (Pipeline.Step s : pipeline.steps) {
      if (s instanceof Pipeline.SurveyStep) {
        out.add(((Pipeline.SurveyStep) s).respondentColumn);
      }
    }
    return out;
  }

  int node(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("node \"" + id + "\" is not in methodology \"" + id() + "\"");
    }
    return i;
  }

  int indexOf(String id) {
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  String id(int i) {
    return ids[i];
  }

  LocalizedText name(int i) {
    return names[i];
  }

  String path(int i) {
    return paths[i];
  }

  int parent(int i) {
    return parent[i];
  }

  int[] children(int i) {
    return children[i];
  }

  /** What node {@code i} aggregates: its members if it is cross-cutting, else its children. */
  int[] inputs(int i) {
    return members[i] != null ? members[i] : children[i];
  }

  /** The weight of node {@code i}'s {@code j}-th input: a member's weight in it, or a child's own weight. */
  double inputWeight(int i, int j) {
    return members[i] != null ? memberWeights[i][j] : weight[children[i][j]];
  }

  String published(int i) {
    return published[i];
  }

  boolean isCrossCutting(int i) {
    return members[i] != null;
  }

  int rootIndex() {
    return root;
  }

  double weight(int i) {
    return weight[i];
  }

  double points(int i) {
    return points[i];
  }

  boolean hasPoints(int i) {
    return points[i] == points[i];
  }

  double minShare(int i) {
    return minShare[i];
  }

  int decimals(int i) {
    return decimals[i];
  }

  boolean isLeaf(int i) {
    return leaves[i] != null;
  }

  Leaf leaf(int i) {
    return leaves[i];
  }

  Aggregator aggregator(int i) {
    return aggregators[i];
  }

  String aggregatorName(int i) {
    return aggregatorSpecs[i].name();
  }

  Rule[] rules(int i) {
    return rules[i];
  }

  String ruleName(int i, int r) {
    return ruleSpecs[i][r].name();
  }

  String strategyName(int i) {
    return leaves[i] != null ? leaves[i].spec.name() : aggregatorSpecs[i].name();
  }

  double naturalLow(int i) {
    return natLo[i];
  }

  double naturalHigh(int i) {
    return natHi[i];
  }

  double low(int i) {
    return lo[i];
  }

  double high(int i) {
    return hi[i];
  }

  int maxChildren() {
    return maxChildren;
  }

  /** Whether node {@code i}'s children's scores all lie in their declared ranges (no rule below it). */
  boolean childrenInRange(int i) {
    return inRange[i];
  }

  List<CompositePlan> composites() {
    return composites;
  }

  RankingPlan ranking() {
    return ranking;
  }

  GradesPlan grades() {
    return grades;
  }

  ScopePlan scope() {
    return scope;
  }

  Pipeline pipeline() {
    return pipeline;
  }

  Strategies strategies() {
    return strategies;
  }

  // ------------------------------------------------------------------ compiled parts

  /** What a leaf reads and how it normalizes; shared by variants in which it did not change. */
  static final class Leaf {
    final String column;
    final Direction direction;
    final Map<String, CodeOutcome> codes;
    final Normalizer normalizer;
    final StrategySpec spec;
    final String denominator;
    final Map<String, Double> meta;
    /**
     * Whether every finite number can be scored, so that values need not be checked one by one: the normalizer says
     * so and does not override {@link Normalizer#accepts} (a strategy that overrides it but forgets
     * {@link Normalizer#acceptsEveryNumber} is still checked).
     */
    final boolean acceptsAll;

    Leaf(String column, Direction direction, Map<String, CodeOutcome> codes, Normalizer normalizer, StrategySpec spec,
        String denominator, Map<String, Double> meta) {
      this.column = column;
      this.direction = direction;
      this.codes = codes;
      this.normalizer = normalizer;
      this.spec = spec;
      this.denominator = denominator;
      this.meta = meta;
      this.acceptsAll = normalizer.acceptsEveryNumber() && !overridesAccepts(normalizer);
    }

    private static boolean overridesAccepts(Normalizer n) {
      try {
        return n.getClass().getMethod("accepts", double.class).getDeclaringClass() != Normalizer.class;
      } catch (NoSuchMethodException e) {
        return true;
      }
    }

    /** Whether a finite value can be scored. */
    boolean accepts(double x) {
      return acceptsAll || normalizer.accepts(x);
    }

    boolean sameAs(Leaf o) {
      return column.equals(o.column) && direction == o.direction && codes.equals(o.codes) && spec.equals(o.spec)
          && Objects.equals(denominator, o.denominator) && meta.equals(o.meta);
    }

    /** The outcome of a text code: declared by the leaf, else scored by the normalizer itself; null if neither. */
    CodeOutcome outcome(String code) {
      CodeOutcome o = codes.get(code);
      if (o == null) {
        java.util.OptionalDouble s = normalizer.codeScore(code);
        o = s.isPresent() ? CodeOutcome.score(s.getAsDouble()) : null;
      }
      return o;
    }
  }

  /** A unit whose scores at chosen nodes are the weighted mean of its members'. */
  static final class CompositePlan {
    final String unit;
    final String[] members;
    final double[] weights;
    final boolean[] at;

    CompositePlan(String unit, String[] members, double[] weights, boolean[] at) {
      this.unit = unit;
      this.members = members;
      this.weights = weights;
      this.at = at;
    }
  }

  /** How units are ranked. */
  static final class RankingPlan {
    final int node;
    final boolean dense;
    final double tolerance;
    /** Whether the presented (rounded) scores are ranked. */
    final boolean presented;
    /** Which units with a score are ranked, or null for all. */
    final io.github.bizenv.scoring.methodology.Eligibility eligible;
    final Set<String> exclude;
    final boolean excludeMembers;
    final String groupColumn;
    /** Group column value → group name. */
    final Map<String, String> groupNames;
    final Map<String, String> groups;
    /** Quantiles: how many groups, whether ties join the worse, and the nodes reports show them at. */
    final int quantileCount;
    final boolean quantileWorse;
    final int[] quantileNodes;

    RankingPlan(int node, boolean dense, double tolerance, boolean presented,
        io.github.bizenv.scoring.methodology.Eligibility eligible, Set<String> exclude, boolean excludeMembers,
        String groupColumn, Map<String, String> groupNames, Map<String, String> groups, int quantileCount,
        boolean quantileWorse, int[] quantileNodes) {
      this.node = node;
      this.dense = dense;
      this.tolerance = tolerance;
      this.presented = presented;
      this.eligible = eligible;
      this.exclude = exclude;
      this.excludeMembers = excludeMembers;
      this.groupColumn = groupColumn;
      this.groupNames = groupNames;
      this.groups = groups;
      this.quantileCount = quantileCount;
      this.quantileWorse = quantileWorse;
      this.quantileNodes = quantileNodes;
    }
  }

  /** How units are graded. */
  static final class GradesPlan {
    final int node;
    final boolean exclusive;
    /** Whether the presented (rounded) scores are graded. */
    final boolean presented;
    final List<String> names;
    final double[] mins;
    final int quotaBand;
    final double maxShare;
    final io.github.bizenv.scoring.methodology.QuotaRounding rounding;
    final boolean keepTies;
    /** Where the quota applies: {@code Quota.RANKING_GROUPS}, {@code Quota.ALL} or a data column. */
    final String within;

    GradesPlan(int node, boolean exclusive, boolean presented, List<String> names, double[] mins, int quotaBand,
        double maxShare, io.github.bizenv.scoring.methodology.QuotaRounding rounding, boolean keepTies, String within) {
      this.node = node;
      this.exclusive = exclusive;
      this.presented = presented;
      this.names = names;
      this.mins = mins;
      this.quotaBand = quotaBand;
      this.maxShare = maxShare;
      this.rounding = rounding;
      this.keepTies = keepTies;
      this.within = within;
    }

    /** The data column the quota's scopes come from, or null. */
    String withinColumn() {
      return within.equals(io.github.bizenv.scoring.methodology.Quota.RANKING_GROUPS)
          || within.equals(io.github.bizenv.scoring.methodology.Quota.ALL) ? null : within;
    }
  }

  /** The units evaluated. */
  static final class ScopePlan {
    final String column;
    final Set<String> values;

    ScopePlan(String column, Set<String> values) {
      this.column = column;
      this.values = values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ScopePlan && ((ScopePlan) o).column.equals(column) && ((ScopePlan) o).values.equals(values);
    }

    @Override
    public int hashCode() {
      return column.hashCode() * 31 + values.hashCode();
    }
  }

  /** The compiler's output, field by field. Not thread-safe. */
  static final class Builder {
    Methodology methodology;
    UnaryOperator<Methodology> pending;
    Plan origin;
    Strategies strategies;
    Binder.Cache cache;
    String unitColumn;
    String periodColumn;
    String[] ids;
    LocalizedText[] names;
    String[] paths;
    int[] parent;
    int[][] children;
    int[][] members;
    double[][] memberWeights;
    int root;
    String[] published;
    double[] weight;
    double[] points;
    double[] minShare;
    int[] decimals;
    Leaf[] leaves;
    Aggregator[] aggregators;
    StrategySpec[] aggregatorSpecs;
    Rule[][] rules;
    StrategySpec[][] ruleSpecs;
    double[] natLo;
    double[] natHi;
    double[] lo;
    double[] hi;
    Map<String, Integer> index;
    final List<CompositePlan> composites = new ArrayList<>();
    RankingPlan ranking;
    GradesPlan grades;
    ScopePlan scope;
    Pipeline pipeline;

    /** A builder whose every field the caller sets (a variant's, from its plan's). */
    Builder() {}

    Builder(int n) {
      ids = new String[n];
      names = new LocalizedText[n];
      paths = new String[n];
      parent = new int[n];
      children = new int[n][];
      members = new int[n][];
      memberWeights = new double[n][];
      published = new String[n];
      weight = new double[n];
      points = new double[n];
      minShare = new double[n];
      decimals = new int[n];
      leaves = new Leaf[n];
      aggregators = new Aggregator[n];
      aggregatorSpecs = new StrategySpec[n];
      rules = new Rule[n][];
      ruleSpecs = new StrategySpec[n][];
      natLo = new double[n];
      natHi = new double[n];
      lo = new double[n];
      hi = new double[n];
      index = Collections.emptyMap();
    }

    int[] inputs(int i) {
      return members[i] != null ? members[i] : children[i];
    }

    Plan build() {
      return new Plan(this);
    }
  }
}
