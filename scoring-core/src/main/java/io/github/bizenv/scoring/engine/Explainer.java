package io.github.bizenv.scoring.engine;

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

  static Explanation explain(Evaluator.State st, int i, int u) {
    return explain(st, i, u, Double.NaN);
  }

  private static Explanation explain(Evaluator.State st, int i, int u, double weightUsed) {
    Plan p = st.plan;
    List<String> steps = new ArrayList<>();
    String input = null;
    String method;
    Map<String, Double> params = new LinkedHashMap<>();
    List<Explanation> children = new ArrayList<>();
    double before;
    if (p.leaf[i]) {
      method = p.normalizerNames[i];
      Normalizer.Fit fit = st.fits[i];
      if (fit != null) {
        params.putAll(fit.parameters());
      }
      Dataset.Column c = st.table.columns.get(p.column[i]);
      int row = st.row[u];
      boolean have = c != null && Evaluator.present(c, row);
      String code = have ? Evaluator.code(c, row) : null;
      if (!have) {
        input = "\"" + p.column[i] + "\" has no value (missing)";
        before = Double.NaN;
      } else if (code != null) {
        Plan.Outcome o = Evaluator.outcome(p, i, code);
        input = "\"" + p.column[i] + "\" = \"" + code + "\"";
        steps.add("text code \"" + code + "\" → " + o);
        before = o.kind == Plan.Outcome.Kind.SCORE ? o.score : Double.NaN;
      } else {
        double value = Evaluator.value(c, row);
        input = "\"" + p.column[i] + "\" = " + Explanation.fmt(value);
        before = fit == null ? Double.NaN : fit.apply(value);
        steps.add("normalised: " + Explanation.fmt(before));
      }
    } else {
      method = p.aggregatorNames[i];
      double[] used = new double[p.children[i].length];
      double[] values = new double[p.maxChildren];
      double[] weights = new double[p.maxChildren];
      before = Evaluator.aggregate(p, i, u, st, values, weights, used);
      List<String> terms = new ArrayList<>();
      int left = 0;
      for (int j = 0; j < p.children[i].length; j++) {
        int c = p.children[i][j];
        children.add(explain(st, c, u, used[j]));
        double s = st.scores[c][u];
        if (used[j] > 0) {
          terms.add(Explanation.fmt(used[j]) + " × " + Explanation.fmt(s));
        } else {
          left++;
        }
      }
      if (p.aggregators[i] != null && p.aggregators[i].additive() && !terms.isEmpty()) {
        steps.add(method + ": " + String.join(" + ", terms) + " = " + Explanation.fmt(before));
      } else if (!terms.isEmpty()) {
        steps.add(method + " of " + String.join(", ", terms) + " = " + Explanation.fmt(before));
      }
      if (left > 0) {
        steps.add(left + " of " + p.children[i].length + " children left out (missing or not applicable); "
            + "the others' weights renormalised to sum to 1 (minimum share " + Explanation.fmt(p.minShare[i]) + ")");
      }
    }
    if (p.points[i] == p.points[i] && before == before) {
      double scaled = (before - p.natLo[i]) / (p.natHi[i] - p.natLo[i]) * p.points[i];
      steps.add("scaled to " + Explanation.fmt(p.points[i]) + " points: " + Explanation.fmt(before) + " on ["
          + Explanation.fmt(p.natLo[i]) + ", " + Explanation.fmt(p.natHi[i]) + "] → " + Explanation.fmt(scaled));
      before = scaled;
    }
    if (p.rules[i].length > 0 && !st.isNa(i, u)) {
      Evaluator.RuleInput in = new Evaluator.RuleInput(st.table, st.units, st.row);
      in.node(p, i);
      in.unit = u;
      Evaluator.Recorder rec = new Evaluator.Recorder(st, u, true);
      double s = before;
      for (int r = 0; r < p.rules[i].length; r++) {
        s = Evaluator.applyRule(p, i, r, s, in, rec);
      }
      for (String[] e : rec.effects) {
        steps.add("rule " + e[0] + " (" + Explanation.fmt(Double.parseDouble(e[1])) + " → "
            + Explanation.fmt(Double.parseDouble(e[2])) + ")");
      }
      if (rec.effects.isEmpty()) {
        steps.add("rules " + String.join(", ", p.ruleNames[i]) + ": no effect");
      }
    }
    if (st.composed[i] != null && st.composed[i][u]) {
      for (Plan.Composite c : p.composites) {
        if (c.unit.equals(st.units.get(u)) && c.at[i]) {
          List<String> parts = new ArrayList<>();
          for (int m = 0; m < c.members.length; m++) {
            int mu = st.unitIndex.get(c.members[m]);
            double v = st.scores[i][mu];
            parts.add(Explanation.fmt(c.weights[m]) + " × " + c.members[m] + " "
                + (v == v ? Explanation.fmt(v) : "missing"));
          }
          steps.add("composite: weighted mean of members " + String.join(" + ", parts) + " (replaces the unit's own "
              + "value)");
        }
      }
    }
    double s = st.scores[i][u];
    boolean rankNode = i == p.ranking.node;
    boolean gradeNode = p.grades != null && i == p.grades.node;
    return new Explanation(st.units.get(u), p.ids[i], p.names[i], s == s ? OptionalDouble.of(s) : OptionalDouble.empty(),
        st.isNa(i, u), weightUsed, method, params, input, steps, children,
        rankNode && st.rank[u] > 0 ? OptionalInt.of(st.rank[u]) : OptionalInt.empty(),
        gradeNode ? Optional.ofNullable(st.grade[u]) : Optional.empty(),
        gradeNode ? Ranks.reasons(p, st, u) : List.of());
  }
}
