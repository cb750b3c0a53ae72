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
    double[] raw;
    if (st.prepared != null) {
      raw = st.prepared.values[i];
    } else if (st.rowsAreUnits && c.values.length == count) {
      raw = c.values; // the column itself: normalizers must not modify what they are given
    } else {
      raw = new double[count];
      for (int u = 0; u < count; u++) {
        raw[u] = c.value(st.row[u]);
      }
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
    // One pass: missing stays missing, and the scores' extent is checked against the declared range.
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int u = 0; u < count; u++) {
      double s = out[u];
      if (raw[u] != raw[u]) {
        out[u] = Double.NaN;
      } else if (s < lo) {
        lo = s;
      }
      if (s > hi && raw[u] == raw[u]) {
        hi = s;
      }
    }
    Range range = norm.range();
    if (lo < hi ? !within(lo, range) || !within(hi, range) : lo == hi && !within(lo, range)) {
      outOfRange(p, i, st, raw, out, range);
    }
    if (!leaf.acceptsAll) {
      for (int u = 0; u < count; u++) {
        double x = raw[u];
        if (x == x && !norm.accepts(x)) {
          dataProblems.add(Problem.of(Problem.WRONG_TYPE, "unit \"" + st.units.get(u) + "\", column \""
              + leaf.column + "\"", "value " + Numbers.plain(x) + " is not one the normalizer \"" + leaf.spec.name()
              + "\" of leaf \"" + p.id(i) + "\" can score"));
          out[u] = Double.NaN;
        }
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

  /** Reports, unit by unit, the scores a normalizer gave outside its declared range or infinite, and drops them. */
  private static void outOfRange(Plan p, int i, EvalState st, double[] raw, double[] out, Range range) {
    Plan.Leaf leaf = p.leaf(i);
    Normalizer norm = leaf.normalizer;
    for (int u = 0; u < out.length; u++) {
      double s = out[u];
      if (s == s && !within(s, range) && leaf.accepts(raw[u])) {
        st.strategyProblem(i, "normalizer", leaf.spec.name(), st.units.get(u), "returned " + s
            + " for the value " + Numbers.plain(raw[u]) + ", outside its declared range " + range);
        out[u] = Double.NaN;
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
