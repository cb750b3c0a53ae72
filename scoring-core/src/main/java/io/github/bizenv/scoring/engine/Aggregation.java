package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores an inner node from its children, or a cross-cutting node from its members: unit by unit over the inputs a
 * unit has (weights renormalized, down to the node's minimum share; the aggregator also told the share of the
 * applicable weight present), or all units at once for a column-wise aggregator; then scales to a point budget.
 * What the aggregator returns is checked against its range.
 */
final class Aggregation {

  private Aggregation() {}

  static void score(Plan p, int i, EvalState st, double[] values, double[] weights) {
    int count = st.count();
    double[] out = new double[count];
    st.scores[i] = out;
    Aggregator agg = p.aggregator(i);
    Range range = Range.of(p.naturalLow(i), p.naturalHigh(i));
    if (agg.columnWise()) {
      columnWise(p, i, st, out);
    } else {
      unitWise(p, i, st, agg, out);
    }
    boolean checkRange = p.childrenInRange(i);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int u = 0; u < count; u++) {
      double s = out[u];
      if (s < lo) {
        lo = s;
      }
      if (s > hi) {
        hi = s;
      }
    }
    boolean bad = lo <= hi && (Double.isInfinite(lo) || Double.isInfinite(hi)
        || checkRange && (!Leaves.within(lo, range) || !Leaves.within(hi, range)));
    if (bad) {
      for (int u = 0; u < count; u++) {
        double s = out[u];
        if (s == s && (Double.isInfinite(s) || checkRange && !Leaves.within(s, range))) {
          st.strategyProblem(i, "aggregator", p.aggregatorName(i), st.units.get(u), "returned " + s
              + ", outside its range " + range + " for its children's ranges");
          out[u] = Double.NaN;
        }
      }
    }
  }

  /**
   * Aggregates a unit-wise node for every unit at once, child by child: which units have which children, the
   * weight they have and the share of the applicable weight that makes, then the aggregator's bulk form.
   */
  private static void unitWise(Plan p, int i, EvalState st, Aggregator agg, double[] out) {
    int count = st.count();
    int[] kids = p.inputs(i);
    double[][] children = new double[kids.length][];
    double[] w = new double[kids.length];
    boolean anyNa = false;
    for (int j = 0; j < kids.length; j++) {
      children[j] = st.scores[kids[j]];
      w[j] = p.inputWeight(i, j);
      anyNa |= st.na[kids[j]] != null;
    }
    double[] available = new double[count];
    for (int j = 0; j < kids.length; j++) {
      double[] s = children[j];
      double wj = w[j];
      for (int u = 0; u < count; u++) {
        if (s[u] == s[u]) {
          available[u] += wj;
        }
      }
    }
    double minShare = agg.needsAllChildren() ? 1 : p.minShare(i);
    double total = 0;
    for (double wj : w) {
      total += wj;
    }
    double[] applicable = new double[count];
    for (int u = 0; u < count; u++) {
      double a = total;
      if (anyNa) {
        a = 0;
        for (int j = 0; j < kids.length; j++) {
          if (!st.isNa(kids[j], u)) {
            a += w[j];
          }
        }
        if (a == 0) {
          st.markNotApplicable(i, u);
          available[u] = 0;
          applicable[u] = 1;
          continue;
        }
      }
      applicable[u] = a;
      if (available[u] == 0 || available[u] / a < minShare - 1e-12) {
        available[u] = 0;
      }
    }
    if (agg.requiresPositiveInputs()) {
      for (int j = 0; j < kids.length; j++) {
        double[] s = children[j];
        for (int u = 0; u < count; u++) {
          if (available[u] > 0 && s[u] == s[u] && !(s[u] > 0)) {
            st.strategyProblem(i, "aggregator", p.aggregatorName(i), st.units.get(u), "needs scores greater than 0, "
                + "but child \"" + p.id(kids[j]) + "\" scored " + s[u]);
            available[u] = 0;
          }
        }
      }
    }
    try {
      agg.aggregateEach(children, w, available, applicable, out);
    } catch (RuntimeException e) {
      st.strategyProblem(i, "aggregator", p.aggregatorName(i), null, "failed: " + Leaves.message(e));
      java.util.Arrays.fill(out, Double.NaN);
      return;
    }
    for (int u = 0; u < count; u++) {
      if (!(available[u] > 0)) {
        out[u] = Double.NaN;
      }
    }
  }

  /**
   * Aggregates node {@code i} for unit {@code u}; when {@code used} is given (explanations), fills it with the
   * weight each child got (0 for children left out) and changes nothing in the state.
   */
  static double aggregate(Plan p, int i, int u, EvalState st, double[] values, double[] weights, double[] used) {
    int[] kids = p.inputs(i);
    double applicable = 0;
    double available = 0;
    int k = 0;
    for (int j = 0; j < kids.length; j++) {
      int c = kids[j];
      if (st.isNa(c, u)) {
        continue;
      }
      double w = p.inputWeight(i, j);
      applicable += w;
      double v = st.scores[c][u];
      if (v == v) {
        values[k] = v;
        weights[k] = w;
        available += w;
        k++;
      }
    }
    if (applicable == 0) {
      if (used == null) {
        st.markNotApplicable(i, u);
      }
      return Double.NaN;
    }
    Aggregator agg = p.aggregator(i);
    double minShare = agg.needsAllChildren() ? 1 : p.minShare(i);
    if (k == 0 || available / applicable < minShare - 1e-12) {
      return Double.NaN;
    }
    for (int j = 0; j < k; j++) {
      weights[j] /= available;
    }
    if (agg.requiresPositiveInputs()) {
      for (int j = 0; j < k; j++) {
        if (!(values[j] > 0)) {
          if (used == null) {
            st.strategyProblem(i, "aggregator", p.aggregatorName(i), st.units.get(u), "needs scores greater than 0, "
                + "but a child scored " + values[j]);
          }
          return Double.NaN;
        }
      }
    }
    if (used != null) {
      int m = 0;
      for (int j = 0; j < kids.length; j++) {
        int c = kids[j];
        boolean in = !st.isNa(c, u) && st.scores[c][u] == st.scores[c][u];
        used[j] = in ? weights[m++] : 0;
      }
    }
    try {
      return agg.aggregate(values, weights, k, Math.min(1, available / applicable));
    } catch (RuntimeException e) {
      if (used == null) {
        st.strategyProblem(i, "aggregator", p.aggregatorName(i), st.units.get(u), "failed: " + Leaves.message(e));
      }
      return Double.NaN;
    }
  }

  /** Aggregates a node whose aggregator compares units with each other, all units at once. */
  static void columnWise(Plan p, int i, EvalState st, double[] out) {
    int[] kids = p.inputs(i);
    double[][] children = new double[kids.length][];
    double[] weights = new double[kids.length];
    double total = 0;
    for (int j = 0; j < kids.length; j++) {
      children[j] = st.scores[kids[j]];
      weights[j] = p.inputWeight(i, j);
      total += weights[j];
    }
    for (int j = 0; j < kids.length; j++) {
      weights[j] /= total;
    }
    try {
      p.aggregator(i).aggregateColumns(children, weights, out);
    } catch (RuntimeException e) {
      st.strategyProblem(i, "aggregator", p.aggregatorName(i), null, "failed: " + Leaves.message(e));
      java.util.Arrays.fill(out, Double.NaN);
    }
  }

  /** Scales a node's scores from its natural range to its point budget, if it has one. */
  static void scaleToPoints(Plan p, int i, double[] out) {
    if (!p.hasPoints(i)) {
      return;
    }
    double lo = p.naturalLow(i);
    double span = p.naturalHigh(i) - lo;
    double points = p.points(i);
    for (int u = 0; u < out.length; u++) {
      out[u] = (out[u] - lo) / span * points;
    }
  }

  /** The children a column-wise explanation compares, as lists. */
  static List<double[]> columns(Plan p, int i, EvalState st) {
    List<double[]> out = new ArrayList<>();
    for (int c : p.inputs(i)) {
      out.add(st.scores[c]);
    }
    return out;
  }
}
