package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Range;
import java.util.List;

/**
 * Scores a leaf for every unit: its raw (or prepared) values, fitted and normalized a column at a time, then
 * its text codes by what the leaf declares or the normalizer scores itself. What the normalizer returns is
 * checked against its declared range.
 */
final class Leaves {

  private Leaves() {}

  static void score(Plan p, int i, EvalState st, List<Problem> dataProblems) {
    Plan.Leaf leaf = p.leaf(i);
    Dataset.Column c = st.table.columns.get(leaf.column);
    int count = st.count();
    double[] prepared = st.prepared == null ? null : st.prepared.values[i];
    double[] raw = new double[count];
    for (int u = 0; u < count; u++) {
      raw[u] = prepared != null ? prepared[u] : c.value(st.row[u]);
    }
    Normalizer norm = leaf.normalizer;
    double[] out = new double[count];
    st.scores[i] = out;
    Normalizer.Fit fit;
    try {
      fit = norm.fit(raw, st.units);
      fit.applyAll(raw, out);
    } catch (RuntimeException e) {
      st.strategyProblem(i, "normalizer", leaf.spec.name(), null, "failed: " + message(e));
      java.util.Arrays.fill(out, Double.NaN);
      return;
    }
    st.fits[i] = fit;
    Range range = norm.range();
    for (int u = 0; u < count; u++) {
      double x = raw[u];
      if (x != x) {
        out[u] = Double.NaN;
        continue;
      }
      double s = out[u];
      if (!norm.accepts(x)) {
        dataProblems.add(Problem.of(Problem.WRONG_TYPE, "unit \"" + st.units.get(u) + "\", column \"" + leaf.column
            + "\"", "value " + Numbers.plain(x) + " is not one the normalizer \"" + leaf.spec.name() + "\" of leaf \""
            + p.id(i) + "\" can score"));
        out[u] = Double.NaN;
      } else if (s == s && !within(s, range)) {
        st.strategyProblem(i, "normalizer", leaf.spec.name(), st.units.get(u), "returned " + s
            + " for the value " + Numbers.plain(x) + ", outside its declared range " + range);
        out[u] = Double.NaN;
      }
    }
    boolean surveyed = st.prepared != null && st.prepared.surveyedBy != null && st.prepared.surveyedBy[i] != null;
    if (c != null && c.codes != null && !surveyed) {
      for (int u = 0; u < count; u++) {
        String code = c.code(st.row[u]);
        if (code == null) {
          continue;
        }
        CodeOutcome o = leaf.outcome(code);
        if (o == null) {
          dataProblems.add(Problem.of(Problem.WRONG_TYPE, "unit \"" + st.units.get(u) + "\", column \"" + leaf.column
              + "\"", "value \"" + code + "\" is not a number and leaf \"" + p.id(i) + "\" declares no such code"
              + (leaf.codes.isEmpty() ? "" : " (it declares " + leaf.codes.keySet() + ")")));
        } else if (o.kind() == CodeOutcome.Kind.SCORE) {
          out[u] = o.score();
        } else if (o.kind() == CodeOutcome.Kind.NOT_APPLICABLE) {
          st.markNotApplicable(i, u);
        }
      }
    }
  }

  /** Whether a score lies in a range, allowing for rounding in the last places. */
  static boolean within(double s, Range r) {
    if (Double.isInfinite(s)) {
      return false;
    }
    double slack = 1e-9 * Math.max(1, Math.max(Math.abs(finite(r.min())), Math.abs(finite(r.max()))));
    return s >= r.min() - slack && s <= r.max() + slack;
  }

  private static double finite(double d) {
    return Double.isFinite(d) ? d : 0;
  }

  static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
