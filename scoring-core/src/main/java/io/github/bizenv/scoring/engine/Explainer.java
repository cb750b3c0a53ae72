package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.spi.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Builds {@link Explanation}s by replaying a node's computation for one unit, with tracing on. */
final class Explainer {

  private Explainer() {}

  static Explanation explain(EvalState st, int i, int u) {
    return explain(st, i, u, Double.NaN);
  }

  /** Describes what each pipeline stage did to a leaf's value for a unit; returns the prepared value. */
  private static double prepared(EvalState st, int i, int u, List<String> steps) {
    Pipeline.Result r = st.prepared;
    String unit = st.units.get(u);
    double previous = Double.NaN;
    boolean first = true;
    for (Map.Entry<String, double[][]> stage : r.stages.entrySet()) {
      int k = r.stageUnits.get(stage.getKey()).indexOf(unit);
      double v = k < 0 ? Double.NaN : stage.getValue()[i][k];
      String name = stage.getKey();
      if (name.startsWith("surveyed") && r.surveyedBy[i] != null && r.surveyedBy[i].stage.equals(name)) {
        Pipeline.SurveyStep s = r.surveyedBy[i];
        int n = k < 0 ? 0 : r.respondents[i][k];
        steps.add(v == v ? "survey: " + statistic(s) + " of " + n + " respondents' answers = " + Numbers.brief(v)
            : "survey: " + n + " respondents answered, fewer than the " + s.minRespondents + " required (missing)");
        previous = v;
        continue;
      }
      if (first) {
        first = false;
      } else if (Double.compare(v, previous) != 0) {
        if (name.startsWith("denominated")) {
          steps.add("denominated by \"" + st.plan.leaf(i).denominator + "\": " + Numbers.brief(previous) + " → "
              + Numbers.brief(v));
        } else if (name.startsWith("imputed")) {
          String how = r.imputed.stream().filter(x -> x.leaf == i && x.unit.equals(unit)).map(x -> x.how)
              .findFirst().orElse("imputed");
          steps.add("imputed (" + how + "): " + Numbers.brief(v));
        } else if (name.startsWith("treated")) {
          Pipeline.TreatDetail d = r.treat.get(i);
          steps.add((d != null && d.log ? "log-transformed (the winsorisation did not pass the test): "
              : "winsorised (" + (d != null && d.high ? "high" : "low") + " outlier): ") + Numbers.brief(previous)
              + " → " + Numbers.brief(v));
        } else {
          steps.add(name + ": " + Numbers.brief(v));
        }
      }
      previous = v;
    }
    Pipeline.TreatDetail d = r.treat.get(i);
    if (d != null && d.nwin >= 0 && !d.log && (r.winsorised[i] == null || !r.winsorised[i][u])) {
      steps.add("outliers: the column failed the skew/kurtosis test (skew " + Numbers.brief(d.skew0)
          + ", kurtosis " + Numbers.brief(d.kurt0) + ") and was winsorised; this unit's value was not changed");
    } else if (d != null && d.nwin >= 0 && !d.log) {
      steps.add("outliers: skew " + Numbers.brief(d.skew0) + ", kurtosis " + Numbers.brief(d.kurt0)
          + " failed the test; after winsorising, skew " + Numbers.brief(d.skew1) + ", kurtosis "
          + Numbers.brief(d.kurt1));
    }
    return previous;
  }

  private static String statistic(Pipeline.SurveyStep s) {
    String weighted = s.weightColumn == null ? "" : "weighted ";
    switch (s.statistic) {
      case MEAN:
        return weighted + "mean";
      case MEDIAN:
        return weighted + "median";
      default:
        return "mode";
    }
  }

  private static Explanation explain(EvalState st, int i, int u, double weightUsed) {
    Plan p = st.plan;
    List<String> steps = new ArrayList<>();
    String input = null;
    String method;
    Map<String, Double> params = new LinkedHashMap<>();
    List<Explanation> children = new ArrayList<>();
    double before;
    if (p.isLeaf(i)) {
      Plan.Leaf leaf = p.leaf(i);
      method = leaf.spec.name();
      Normalizer.Fit fit = st.fits[i];
      if (fit != null) {
        params.putAll(fit.parameters());
      }
      Dataset.Column c = st.table.columns.get(leaf.column);
      int row = st.row[u];
      boolean have = c != null && c.present(row);
      String code = have ? c.code(row) : null;
      boolean surveyed = st.prepared != null && st.prepared.surveyedBy[i] != null;
      if (surveyed) {
        double value = prepared(st, i, u, steps);
        int k = st.prepared.stageUnits.get(st.prepared.surveyedBy[i].stage).indexOf(st.units.get(u));
        input = "answers in \"" + leaf.column + "\" of " + (k < 0 ? 0 : st.prepared.respondents[i][k])
            + " respondents";
        before = fit == null || value != value ? Double.NaN : fit.apply(value);
        if (before == before) {
          steps.add("normalized: " + Numbers.brief(before));
        }
      } else if (st.prepared != null && code == null) {
        double value = prepared(st, i, u, steps);
        input = "\"" + leaf.column + "\" = " + (have ? Numbers.brief(c.value(row)) : "missing");
        before = fit == null || value != value ? Double.NaN : fit.apply(value);
        if (before == before) {
          steps.add("normalized: " + Numbers.brief(before));
        }
      } else if (!have) {
        input = "\"" + leaf.column + "\" has no value (missing)";
        before = Double.NaN;
      } else if (code != null) {
        CodeOutcome o = leaf.outcome(code);
        input = "\"" + leaf.column + "\" = \"" + code + "\"";
        steps.add("text code \"" + code + "\" → " + o);
        before = o != null && o.kind() == CodeOutcome.Kind.SCORE ? o.score() : Double.NaN;
      } else {
        double value = c.value(row);
        input = "\"" + leaf.column + "\" = " + Numbers.brief(value);
        before = fit == null ? Double.NaN : fit.apply(value);
        steps.add("normalized: " + Numbers.brief(before));
      }
    } else if (p.aggregator(i).columnWise()) {
      method = p.aggregatorName(i);
      before = st.scores[i][u];
      for (int j = 0; j < p.inputs(i).length; j++) {
        int c = p.inputs(i)[j];
        children.add(explain(st, c, u, p.inputWeight(i, j)));
      }
      crossCutting(p, i, steps);
      steps.addAll(columnWise(st, i, u));
    } else {
      method = p.aggregatorName(i);
      int[] inputs = p.inputs(i);
      double[] used = new double[inputs.length];
      double[] values = new double[p.maxChildren()];
      double[] weights = new double[p.maxChildren()];
      before = Aggregation.aggregate(p, i, u, st, values, weights, used);
      crossCutting(p, i, steps);
      List<String> terms = new ArrayList<>();
      int left = 0;
      double applicable = 0;
      double available = 0;
      for (int j = 0; j < inputs.length; j++) {
        int c = inputs[j];
        if (!st.isNa(c, u)) {
          applicable += p.inputWeight(i, j);
          available += used[j] > 0 ? p.inputWeight(i, j) : 0;
        }
        children.add(explain(st, c, u, used[j]));
        double s = st.scores[c][u];
        if (used[j] > 0) {
          // a sum of points counts each child once, whatever its weight
          terms.add(p.aggregator(i) instanceof Builtins.PointSum ? Numbers.brief(s)
              : Numbers.brief(used[j]) + " × " + Numbers.brief(s));
        } else {
          left++;
        }
      }
      if (p.aggregator(i).additive() && !terms.isEmpty()) {
        steps.add(method + ": " + String.join(" + ", terms) + " = " + Numbers.brief(before));
      } else if (!terms.isEmpty()) {
        steps.add(method + " of " + String.join(", ", terms) + " = " + Numbers.brief(before));
      }
      if (left > 0) {
        steps.add(left + " of " + inputs.length + " children left out (missing or not applicable); "
            + "the others' weights renormalized to sum to 1 (minimum share " + Numbers.brief(p.minShare(i)) + ")");
        if (p.aggregator(i) instanceof Builtins.RedistributingSum && available > 0 && before == before) {
          steps.add("the missing children's points go to the others " + ((Builtins.RedistributingSum) p.aggregator(i))
              .how + ": the children present carry " + Numbers.brief(available / applicable) + " of the weight");
        }
      }
    }
    if (p.hasPoints(i) && before == before) {
      double scaled = (before - p.naturalLow(i)) / (p.naturalHigh(i) - p.naturalLow(i)) * p.points(i);
      steps.add("scaled to " + Numbers.brief(p.points(i)) + " points: " + Numbers.brief(before) + " on ["
          + Numbers.brief(p.naturalLow(i)) + ", " + Numbers.brief(p.naturalHigh(i)) + "] → "
          + Numbers.brief(scaled));
      before = scaled;
    }
    double published = p.isLeaf(i) ? Double.NaN : Published.of(p, i, st, u);
    if (published == published) {
      steps.add("published score in \"" + p.published(i) + "\": " + Numbers.brief(published) + " (stands for the "
          + (before == before ? "computed " + Numbers.brief(before) : "missing aggregate") + ")");
      before = published;
    }
    if (p.rules(i).length > 0 && !st.isNa(i, u)) {
      RuleRunner.Input in = new RuleRunner.Input(st);
      in.node(p, i);
      in.unit = u;
      RuleRunner.Recorder rec = new RuleRunner.Recorder(st, u, true);
      double s = before;
      for (int r = 0; r < p.rules(i).length; r++) {
        s = RuleRunner.apply(p, i, r, s, in, rec, null);
      }
      for (String[] e : rec.effects) {
        steps.add("rule " + e[0] + " (" + Numbers.brief(Double.parseDouble(e[1])) + " → "
            + Numbers.brief(Double.parseDouble(e[2])) + ")");
      }
      if (rec.effects.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < p.rules(i).length; r++) {
          names.add(p.ruleName(i, r));
        }
        steps.add("rules " + String.join(", ", names) + ": no effect");
      }
    }
    if (st.composed[i] != null && st.composed[i][u]) {
      for (Plan.CompositePlan c : p.composites()) {
        if (c.unit.equals(st.units.get(u)) && c.at[i]) {
          List<String> parts = new ArrayList<>();
          for (int m = 0; m < c.members.length; m++) {
            int mu = st.unitIndex.get(c.members[m]);
            double v = st.scores[i][mu];
            parts.add(Numbers.brief(c.weights[m]) + " × " + c.members[m] + " "
                + (v == v ? Numbers.brief(v) : "missing"));
          }
          steps.add("composite: weighted mean of members " + String.join(" + ", parts) + " (replaces the unit's own "
              + "value)");
        }
      }
    }
    double s = st.scores[i][u];
    boolean rankNode = i == p.ranking().node;
    if (rankNode && st.unranked[u] != null) {
      steps.add("not ranked: " + st.unranked[u]);
    }
    boolean gradeNode = p.grades() != null && i == p.grades().node;
    return new Explanation(st.units.get(u), p.id(i), p.name(i), s == s ? OptionalDouble.of(s) : OptionalDouble.empty(),
        st.isNa(i, u), weightUsed, method, params, input, steps, children,
        rankNode && st.rank[u] > 0 ? OptionalInt.of(st.rank[u]) : OptionalInt.empty(),
        gradeNode ? Optional.ofNullable(st.grade[u]) : Optional.empty(),
        gradeNode ? Grading.reasons(p, st, u) : List.of());
  }

  /** Says that a cross-cutting node aggregates members of other branches, naming their parents. */
  private static void crossCutting(Plan p, int i, List<String> steps) {
    if (!p.isCrossCutting(i)) {
      return;
    }
    java.util.Set<String> from = new java.util.LinkedHashSet<>();
    for (int c : p.inputs(i)) {
      from.add(p.parent(c) < 0 ? p.id(c) : p.id(p.parent(c)));
    }
    steps.add("cross-cutting: " + p.inputs(i).length + " members, under " + String.join(", ", from));
  }

  /**
   * What a column-wise aggregator did for a unit: for Copeland, how the unit fared against each other unit (the
   * share of the weight on which it scores higher, ties counting half, and the resulting +1 / 0 / −1).
   */
  private static List<String> columnWise(EvalState st, int i, int u) {
    Plan p = st.plan;
    List<String> out = new ArrayList<>();
    if (!(p.aggregator(i) instanceof IndexBuiltins.Copeland)) {
      out.add(p.aggregatorName(i) + " compares every unit at once: " + Numbers.brief(st.scores[i][u]));
      return out;
    }
    int[] kids = p.inputs(i);
    double[][] cols = new double[kids.length][];
    double[] w = new double[kids.length];
    for (int k = 0; k < kids.length; k++) {
      cols[k] = st.scores[kids[k]];
      w[k] = p.inputWeight(i, k);
    }
    w = IndexBuiltins.Copeland.normalized(w);
    List<String> wins = new ArrayList<>();
    List<String> losses = new ArrayList<>();
    List<String> draws = new ArrayList<>();
    for (int v = 0; v < st.count(); v++) {
      if (v == u || st.scores[i][v] != st.scores[i][v]) {
        continue;
      }
      double o = v > u ? IndexBuiltins.Copeland.outranking(cols, w, u, v)
          : 1 - IndexBuiltins.Copeland.outranking(cols, w, v, u);
      String entry = st.units.get(v) + " " + Numbers.brief(o);
      (o > 0.5 ? wins : o < 0.5 ? losses : draws).add(entry);
    }
    out.add("copeland: in pairwise comparisons with the other units, wins " + wins.size() + ", losses "
        + losses.size() + ", draws " + draws.size() + " → " + wins.size() + " − " + losses.size() + " = "
        + Numbers.brief(st.scores[i][u]));
    out.add("wins (share of weight where higher, ties half): " + (wins.isEmpty() ? "none" : String.join(", ", wins)));
    out.add("losses: " + (losses.isEmpty() ? "none" : String.join(", ", losses)));
    if (!draws.isEmpty()) {
      out.add("draws: " + String.join(", ", draws));
    }
    return out;
  }
}
