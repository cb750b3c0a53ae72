package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.model.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Objects;

/**
 * The result of evaluating a {@link Plan} over one period of data: every unit's score at every node, ranks,
 * groups and grades, and on demand the explanation of any number.
 *
 * <p>A missing score is reported as empty, never as {@code NaN}; a not-applicable node (all its inputs declared
 * not applicable) is empty too and says so through {@link #notApplicable}. Scores are unrounded; the
 * methodology's presentation rounding applies only in {@link #toCsv()}, {@link #toJson()} and
 * {@link #toTable()}. Immutable and thread-safe.
 */
public final class Evaluation {

  private static final String NO_GROUP = "";

  private final EvalState st;

  Evaluation(EvalState st) {
    this.st = st;
  }

  EvalState state() {
    return st;
  }

  Dataset.Table table() {
    return st.table;
  }

  Pipeline.Result prepared() {
    return st.prepared;
  }

  /**
   * The plan evaluated.
   *
   * @return the plan
   */
  public Plan plan() {
    return st.plan;
  }

  /**
   * The period evaluated.
   *
   * @return the period; empty when the values evaluated have none
   */
  public Optional<Period> period() {
    return Optional.ofNullable(st.table.period);
  }

  /**
   * The units scored: the data's units in data order, then composite units the data lacked.
   *
   * @return the unit ids
   */
  public List<String> units() {
    return Collections.unmodifiableList(st.units);
  }

  private int unit(String unit) {
    Integer u = st.unitIndex.get(Objects.requireNonNull(unit, "unit"));
    if (u == null) {
      throw new IllegalArgumentException("unit \"" + unit + "\" is not in this evaluation");
    }
    return u;
  }

  /**
   * A unit's score at a node.
   *
   * @param unit the unit id
   * @param node the node id
   * @return the score, or empty when missing or not applicable
   * @throws IllegalArgumentException if the unit or node is unknown
   */
  public OptionalDouble score(String unit, String node) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    double s = st.scores[st.plan.node(node)][unit(unit)];
    return s == s ? OptionalDouble.of(s) : OptionalDouble.empty();
  }

  /**
   * A unit's score at the root.
   *
   * @param unit the unit id
   * @return the score, or empty when missing
   */
  public OptionalDouble score(String unit) {
    Objects.requireNonNull(unit, "unit");
    return score(unit, st.plan.root());
  }

  /**
   * Whether a node is not applicable to a unit (e.g. a VAT indicator where there is no VAT).
   *
   * @param unit the unit id
   * @param node the node id
   * @return {@code true} when not applicable
   */
  public boolean notApplicable(String unit, String node) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    return st.isNa(st.plan.node(node), unit(unit));
  }

  /**
   * A unit's rank within its group at the ranking node (the root unless the methodology says otherwise).
   *
   * @param unit the unit id
   * @return the rank, 1 being best; empty when the unit is not ranked (excluded, missing, or in no group)
   */
  public OptionalInt rank(String unit) {
    Objects.requireNonNull(unit, "unit");
    int r = st.rank[unit(unit)];
    return r > 0 ? OptionalInt.of(r) : OptionalInt.empty();
  }

  /**
   * Why a unit with a score is not ranked: it fails the ranking's eligibility condition (e.g. it answers for too few
   * tasks to be ranked against the others).
   *
   * @param unit the unit id
   * @return the reason; empty when the unit is ranked, or not ranked for another reason (no score, excluded)
   * @throws IllegalArgumentException if the unit was not evaluated
   */
  public Optional<String> unranked(String unit) {
    return Optional.ofNullable(st.unranked[unit(unit)]);
  }

  /**
   * Why a unit was kept out of the top band (a veto such as 承担任务不足3项 or a finding not rectified in time), whether
   * or not the methodology grades: reports use it to leave the unit off a praise list.
   *
   * @param unit the unit id
   * @return the reason; empty when no rule kept the unit out of the top band
   * @throws IllegalArgumentException if the unit was not evaluated
   */
  public Optional<String> excludedFromTop(String unit) {
    return Optional.ofNullable(st.excludedTop[unit(unit)]);
  }

  /**
   * The ranking group of a unit.
   *
   * @param unit the unit id
   * @return the group's name, or empty when the methodology has no groups or the unit is in none
   */
  public Optional<String> group(String unit) {
    Objects.requireNonNull(unit, "unit");
    String g = st.group[unit(unit)];
    return g == null || g.equals(NO_GROUP) ? Optional.empty() : Optional.of(g);
  }

  /**
   * A unit's grade.
   *
   * @param unit the unit id
   * @return the grade's name, or empty when the methodology has no grades or the unit has no score
   */
  public Optional<String> grade(String unit) {
    Objects.requireNonNull(unit, "unit");
    return Optional.ofNullable(st.grade[unit(unit)]);
  }

  /**
   * Why a unit has its grade: the band its score fell in, then any quota, exclusion or forced grade.
   *
   * @param unit the unit id
   * @return the reasons, in the order they applied
   */
  public List<String> gradeReasons(String unit) {
    Objects.requireNonNull(unit, "unit");
    return Collections.unmodifiableList(Grading.reasons(st.plan, st, unit(unit)));
  }

  /**
   * The best-ranked units, with every unit tied with the last one (相同分数排名不分先后), when the methodology ranks
   * every unit together.
   *
   * @param n how many, at least 0
   * @return the unit ids, best first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<String> top(int n) {
    return top(NO_GROUP, n);
  }

  /**
   * The best-ranked units of a group, with every unit tied with the last one (相同分数排名不分先后).
   *
   * @param group the group's name, one of {@link #groups()}
   * @param n how many, at least 0
   * @return the unit ids, best first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<String> top(String group, int n) {
    Objects.requireNonNull(group, "group");
    if (n < 0) {
      throw new IllegalArgumentException("n " + n + " must be at least 0");
    }
    List<String> ranked = ranked(group);
    return ranked.subList(0, cut(ranked, Math.min(n, ranked.size())));
  }

  /**
   * The worst-ranked units, with every unit tied with the last one, when the methodology ranks every unit
   * together.
   *
   * @param n how many, at least 0
   * @return the unit ids, worst first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<String> bottom(int n) {
    return bottom(NO_GROUP, n);
  }

  /**
   * The worst-ranked units of a group, with every unit tied with the last one.
   *
   * @param group the group's name, one of {@link #groups()}
   * @param n how many, at least 0
   * @return the unit ids, worst first
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<String> bottom(String group, int n) {
    Objects.requireNonNull(group, "group");
    if (n < 0) {
      throw new IllegalArgumentException("n " + n + " must be at least 0");
    }
    List<String> ranked = new ArrayList<>(ranked(group));
    Collections.reverse(ranked);
    return ranked.subList(0, cut(ranked, Math.min(n, ranked.size())));
  }

  private int cut(List<String> ordered, int n) {
    if (n == 0) {
      return 0;
    }
    int last = st.rank[unit(ordered.get(n - 1))];
    int k = n;
    while (k < ordered.size() && st.rank[unit(ordered.get(k))] == last) {
      k++;
    }
    return k;
  }

  /**
   * The ranked units, best first, when the methodology ranks every unit together.
   *
   * @return the unit ids
   */
  public List<String> ranked() {
    return ranked(NO_GROUP);
  }

  /**
   * The ranking groups that have ranked units, in order of first appearance.
   *
   * @return the groups' names; empty when the methodology ranks every unit together
   */
  public List<String> groups() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (int u = 0; u < st.units.size(); u++) {
      if (st.rank[u] > 0 && st.group[u] != null && !st.group[u].equals(NO_GROUP)) {
        out.add(st.group[u]);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The ranked units of a group, best first.
   *
   * @param group the group's name, one of {@link #groups()}
   * @return the unit ids
   */
  public List<String> ranked(String group) {
    java.util.Objects.requireNonNull(group, "group");
    List<Integer> us = new ArrayList<>();
    for (int u = 0; u < st.units.size(); u++) {
      if (st.rank[u] > 0 && group.equals(st.group[u])) {
        us.add(u);
      }
    }
    us.sort((a, b) -> st.rank[a] != st.rank[b] ? Integer.compare(st.rank[a], st.rank[b])
        : st.units.get(a).compareTo(st.units.get(b)));
    List<String> out = new ArrayList<>();
    us.forEach(u -> out.add(st.units.get(u)));
    return out;
  }

  /**
   * A unit's percentile in its group: {@code 100 × (units scoring lower) / (units − 1)}.
   *
   * @param unit the unit id
   * @return the percentile, or empty when the unit is not ranked
   */
  public OptionalDouble percentile(String unit) {
    Objects.requireNonNull(unit, "unit");
    int u = unit(unit);
    if (st.rank[u] == 0) {
      return OptionalDouble.empty();
    }
    double[] s = st.scores[st.plan.ranking().node];
    int lower = 0;
    int total = 0;
    for (int v = 0; v < st.units.size(); v++) {
      if (st.rank[v] > 0 && java.util.Objects.equals(st.group[v], st.group[u])) {
        total++;
        if (s[v] < s[u] && st.rank[v] != st.rank[u]) {
          lower++;
        }
      }
    }
    return OptionalDouble.of(total <= 1 ? 100 : 100.0 * lower / (total - 1));
  }

  /**
   * A unit's quintile in its group, 1 (top fifth) to 5, from its rank: {@code ceil(5 × rank / units)}.
   *
   * @param unit the unit id
   * @return the quintile, or empty when the unit is not ranked
   */
  public OptionalInt quintile(String unit) {
    Objects.requireNonNull(unit, "unit");
    int u = unit(unit);
    if (st.rank[u] == 0) {
      return OptionalInt.empty();
    }
    int total = 0;
    for (int v = 0; v < st.units.size(); v++) {
      if (st.rank[v] > 0 && java.util.Objects.equals(st.group[v], st.group[u])) {
        total++;
      }
    }
    return OptionalInt.of((int) Math.ceil(5.0 * st.rank[u] / total));
  }

  /**
   * A unit's quantile group at a node — its quintile unless the methodology declares another count — 1 being the
   * best: the units ranked at the node (with the methodology's groups, exclusions and tie tolerance) ordered best
   * first, the unit at position {@code p} of {@code n} in group {@code ceil(count × p / n)}, tied units sharing the
   * position of the first or the last of them as the methodology's {@code quantiles.ties} says (the first by
   * default).
   *
   * @param unit the unit id
   * @param node the node id
   * @return the group, or empty when the unit has no score at the node or is not ranked
   * @throws IllegalArgumentException if the unit or node is unknown
   */
  public OptionalInt quantile(String unit, String node) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    int u = unit(unit);
    int q = Ranks.quantilesAt(st.plan, st, st.plan.node(node), st.group)[u];
    return q > 0 ? OptionalInt.of(q) : OptionalInt.empty();
  }

  /**
   * Every unit's quantile group at a node, as {@link #quantile(String, String)} gives it.
   *
   * @param node the node id
   * @return unit id → group, for the ranked units, in unit order
   */
  public Map<String, Integer> quantiles(String node) {
    Objects.requireNonNull(node, "node");
    int[] q = Ranks.quantilesAt(st.plan, st, st.plan.node(node), st.group);
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int u = 0; u < q.length; u++) {
      if (q[u] > 0) {
        out.put(st.units.get(u), q[u]);
      }
    }
    return out;
  }

  /**
   * The nodes whose quantile groups the methodology reports ({@code ranking.quantiles.nodes}, or its ranking node).
   *
   * @return node ids; empty when the methodology declares no quantiles
   */
  public List<String> quantileNodes() {
    List<String> out = new ArrayList<>();
    for (int i : st.plan.ranking().quantileNodes) {
      out.add(st.plan.id(i));
    }
    return out;
  }

  /**
   * The data-preparation stages recorded: {@code raw}, then one per pipeline step in order ({@code denominated},
   * {@code imputed}, {@code screened}, {@code treated}); empty when the methodology has no pipeline.
   *
   * @return the stage names
   */
  public List<String> stages() {
    return st.prepared == null ? List.of() : List.copyOf(st.prepared.stages.keySet());
  }

  /**
   * A leaf's value for a unit after a stage of the pipeline.
   *
   * @param stage one of {@link #stages()}
   * @param unit a unit of that stage (units screened out are in the stages before screening only)
   * @param node a leaf
   * @return the value, or empty when missing
   * @throws IllegalArgumentException if the stage, unit or leaf is unknown
   */
  public OptionalDouble stageValue(String stage, String unit, String node) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    if (st.prepared == null || !st.prepared.stages.containsKey(stage)) {
      throw new IllegalArgumentException("no stage \"" + stage + "\"; stages: " + stages());
    }
    int i = st.plan.node(node);
    if (!st.plan.isLeaf(i)) {
      throw new IllegalArgumentException("node \"" + node + "\" is not a leaf");
    }
    int u = st.prepared.stageUnits.get(stage).indexOf(unit);
    if (u < 0) {
      throw new IllegalArgumentException("unit \"" + unit + "\" is not in stage \"" + stage + "\"");
    }
    double v = st.prepared.stages.get(stage)[i][u];
    return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /**
   * A leaf's values for every unit of a stage, in the order of {@link #stageUnits(String)}: the column a statistic
   * of the stage reads, at the cost of one lookup (where {@link #stageValue} looks each unit up).
   *
   * @param stage one of {@link #stages()}
   * @param node a leaf
   * @return the values, empty where missing; unmodifiable
   * @throws IllegalArgumentException if the stage or leaf is unknown
   */
  public List<OptionalDouble> stageColumn(String stage, String node) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(node, "node");
    if (st.prepared == null || !st.prepared.stages.containsKey(stage)) {
      throw new IllegalArgumentException("no stage \"" + stage + "\"; stages: " + stages());
    }
    int i = st.plan.node(node);
    if (!st.plan.isLeaf(i)) {
      throw new IllegalArgumentException("node \"" + node + "\" is not a leaf");
    }
    double[] v = st.prepared.stages.get(stage)[i];
    OptionalDouble[] out = new OptionalDouble[v.length];
    for (int u = 0; u < v.length; u++) {
      out[u] = v[u] == v[u] ? OptionalDouble.of(v[u]) : OptionalDouble.empty();
    }
    return List.of(out);
  }

  /**
   * The units of a stage, in data order.
   *
   * @param stage one of {@link #stages()}
   * @return the unit ids
   */
  public List<String> stageUnits(String stage) {
    Objects.requireNonNull(stage, "stage");
    if (st.prepared == null || !st.prepared.stageUnits.containsKey(stage)) {
      throw new IllegalArgumentException("no stage \"" + stage + "\"; stages: " + stages());
    }
    return Collections.unmodifiableList(st.prepared.stageUnits.get(stage));
  }

  /**
   * Every value the pipeline imputed.
   *
   * @return the imputations, leaf by leaf
   */
  public List<Imputation> imputations() {
    List<Imputation> out = new ArrayList<>();
    if (st.prepared != null) {
      st.prepared.imputed.forEach(x -> out.add(new Imputation(x.unit, st.plan.id(x.leaf), x.value, x.how)));
    }
    return out;
  }

  /**
   * The units screening left out, with the reason.
   *
   * @return unit id → reason, in data order
   */
  public Map<String, String> excluded() {
    return st.prepared == null ? Map.of() : Collections.unmodifiableMap(st.prepared.excluded);
  }

  /**
   * What outlier treatment found and did for a leaf.
   *
   * @param node a leaf
   * @return the treatment, or empty when no treatment step ran or the leaf was exempt
   */
  public Optional<Treatment> treatment(String node) {
    Objects.requireNonNull(node, "node");
    int i = st.plan.node(node);
    if (st.prepared == null || !st.prepared.treat.containsKey(i)) {
      return Optional.empty();
    }
    List<String> units = new ArrayList<>();
    boolean[] w = st.prepared.winsorised[i];
    if (w != null) {
      for (int u = 0; u < w.length; u++) {
        if (w[u]) {
          units.add(st.units.get(u));
        }
      }
    }
    return Optional.of(new Treatment(st.prepared.treat.get(i), units));
  }

  /**
   * A unit's rank at any node, ranked as the methodology ranks at its ranking node: within the unit's group, with
   * the methodology's exclusions, rank method and tie tolerance.
   *
   * @param unit the unit id
   * @param node the node id
   * @return the rank, or empty when the unit has no score at the node or is not ranked
   */
  public OptionalInt rank(String unit, String node) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    int u = unit(unit);
    int i = st.plan.node(node);
    int r = i == st.plan.ranking().node ? st.rank[u] : Ranks.rankAt(st.plan, st, i, st.group)[u];
    return r > 0 ? OptionalInt.of(r) : OptionalInt.empty();
  }

  /**
   * Every unit's rank at a node, as {@link #rank(String, String)} gives it.
   *
   * @param node the node id
   * @return unit id → rank, for the ranked units, in unit order
   */
  public Map<String, Integer> ranks(String node) {
    Objects.requireNonNull(node, "node");
    int i = st.plan.node(node);
    int[] r = i == st.plan.ranking().node ? st.rank : Ranks.rankAt(st.plan, st, i, st.group);
    Map<String, Integer> out = new java.util.LinkedHashMap<>();
    for (int u = 0; u < r.length; u++) {
      if (r[u] > 0) {
        out.put(st.units.get(u), r[u]);
      }
    }
    return out;
  }

  /**
   * Explains a unit's score at a node and everything under it: the raw inputs, the normalizers and their
   * parameters, the weights actually used after renormalization, each child's contribution, the rules applied
   * and their effect, and the rank and grade where they apply.
   *
   * @param unit the unit id
   * @param node the node id
   * @return the explanation
   */
  public Explanation explain(String unit, String node) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(node, "node");
    return Explainer.explain(st, st.plan.node(node), unit(unit));
  }

  /**
   * Every unit × node score, as CSV: one row per unit, a column per node (top down), then the group, rank and
   * grade. Scores are rounded half-up to the methodology's decimals; missing scores are empty cells.
   *
   * @return the table, ending in a newline
   */
  public String toCsv() {
    return Reports.csv(this);
  }

  /**
   * Every unit × node score as JSON ({@code bizenv.evaluation/1}), rounded as in {@link #toCsv()}.
   *
   * @return the document, ending in a newline
   */
  public String toJson() {
    return Reports.json(this);
  }

  /**
   * The root and its children's scores, ranks and grades as an aligned text table, best first.
   *
   * @return the table
   */
  public String toTable() {
    return Reports.table(this);
  }
}
