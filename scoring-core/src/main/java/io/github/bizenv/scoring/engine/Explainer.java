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

  /** Describes what each pipeline stage did to a leaf's value for a unit; returns the prepared value. */
  private static double prepared(Evaluator.State st, int i, int u, List<String> steps) {
    Pipeline.Result r = st.prepared;
    String unit = st.units.get(u);
    double previous = Double.NaN;
    boolean first = true;
    for (Map.Entry<String, double[][]> stage : r.stages.entrySet()) {
      int k = r.stageUnits.get(stage.getKey()).indexOf(unit);
      double v = k < 0 ? Double.NaN : stage.getValue()[i][k];
      if (first) {
        first = false;
      } else if (Double.compare(v, previous) != 0) {
        String name = stage.getKey();
        if (name.startsWith("denominated")) {
          steps.add("denominated by \"" + st.plan.denominator[i] + "\": " + Explanation.fmt(previous) + " → "
              + Explanation.fmt(v));
        } else if (name.startsWith("imputed")) {
          String how = r.imputed.stream().filter(x -> x.leaf == i && x.unit.equals(unit)).map(x -> x.how)
              .findFirst().orElse("imputed");
          steps.add("imputed (" + how + "): " + Explanation.fmt(v));
        } else if (name.startsWith("treated")) {
          Pipeline.TreatDetail d = r.treat.get(i);
          steps.add((d != null && d.log ? "log-transformed (the winsorisation did not pass the test): "
              : "winsorised (" + (d != null && d.high ? "high" : "low") + " outlier): ") + Explanation.fmt(previous)
              + " → " + Explanation.fmt(v));
        } else {
          steps.add(name + ": " + Explanation.fmt(v));
        }
      }
      previous = v;
    }
    Pipeline.TreatDetail d = r.treat.get(i);
    if (d != null && d.nwin >= 0 && !d.log && (r.winsorised[i] == null || !r.winsorised[i][u])) {
      steps.add("outliers: the column failed the skew/kurtosis test (skew " + Explanation.fmt(d.skew0)
          + ", kurtosis " + Explanation.fmt(d.kurt0) + ") and was winsorised; this unit's value was not changed");
    } else if (d != null && d.nwin >= 0 && !d.log) {
      steps.add("outliers: skew " + Explanation.fmt(d.skew0) + ", kurtosis " + Explanation.fmt(d.kurt0)
          + " failed the test; after winsorising, skew " + Explanation.fmt(d.skew1) + ", kurtosis "
          + Explanation.fmt(d.kurt1));
    }
    return previous;
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
      if (st.prepared != null && code == null) {
        double value = prepared(st, i, u, steps);
        input = "\"" + p.column[i] + "\" = " + (have ? Explanation.fmt(Evaluator.value(c, row)) : "missing");
        before = fit == null || value != value ? Double.NaN : fit.apply(value);
        if (before == before) {
          steps.add("normalised: " + Explanation.fmt(before));
        }
      } else if (!have) {
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
    if (rankNode && st.unranked[u] != null) {
      steps.add("not ranked: " + st.unranked[u]);
    }
    boolean gradeNode = p.grades != null && i == p.grades.node;
    return new Explanation(st.units.get(u), p.ids[i], p.names[i], s == s ? OptionalDouble.of(s) : OptionalDouble.empty(),
        st.isNa(i, u), weightUsed, method, params, input, steps, children,
        rankNode && st.rank[u] > 0 ? OptionalInt.of(st.rank[u]) : OptionalInt.empty(),
        gradeNode ? Optional.ofNullable(st.grade[u]) : Optional.empty(),
        gradeNode ? Ranks.reasons(p, st, u) : List.of());
  }
}
