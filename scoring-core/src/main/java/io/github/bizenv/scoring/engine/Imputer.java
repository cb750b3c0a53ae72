package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.methodology.ImputationMethod;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** The impute step: each missing cell (not a text code) filled by the step's {@link ImputationMethod}. */
final class Imputer {

  private Imputer() {}

  static void run(Plan p, Dataset.Table t, Pipeline.Result r, Pipeline.ImputeStep im) {
    int count = r.units.size();
    Dataset.Column groups = im.groupColumn == null ? null : t.columns.get(im.groupColumn);
    // Row means read every sibling's values before this step: compute all fills first, then apply them. A column's
    // (or a group's) statistic and a sibling's range do not change within the step: each is computed once.
    double[][] filled = new double[p.size()][];
    double[][] ranges = new double[p.size()][];
    for (int i = 0; i < p.size(); i++) {
      if (!p.isLeaf(i) || (im.leaves != null && !im.leaves.contains(i))) {
        continue;
      }
      double[] x = r.values[i];
      double[] out = x.clone();
      Map<String, Double> byGroup = null;
      double column = Double.NaN;
      boolean columnDone = false;
      for (int u = 0; u < count; u++) {
        if (x[u] == x[u] || r.coded[i][u]) {
          continue;
        }
        double v;
        String how;
        switch (im.method) {
          case MEAN:
          case MEDIAN:
            if (!columnDone) {
              column = stat(x, null, r, null, im.method == ImputationMethod.MEDIAN);
              columnDone = true;
            }
            v = column;
            how = im.method.code() + " of the column";
            break;
          case GROUP_MEAN:
          case GROUP_MEDIAN: {
            String g = groups == null ? null : groups.text(r.rows[u]);
            if (g == null) {
              v = Double.NaN;
            } else {
              if (byGroup == null) {
                byGroup = new HashMap<>();
              }
              Double known = byGroup.get(g);
              if (known == null) {
                known = stat(x, groups, r, g, im.method == ImputationMethod.GROUP_MEDIAN);
                byGroup.put(g, known);
              }
              v = known;
            }
            how = (im.method == ImputationMethod.GROUP_MEDIAN ? "median" : "mean") + " of " + im.groupColumn + " = " + g;
            break;
          }
          default:
            v = rowMean(p, r, i, u, ranges);
            how = "mean of the unit's min-max-normalized indicators under \"" + p.id(p.parent(i))
                + "\", mapped back";
        }
        if (v == v) {
          out[u] = v;
          r.imputed.add(new Pipeline.Imputed(i, r.units.get(u), v, how));
        }
      }
      filled[i] = out;
    }
    for (int i = 0; i < p.size(); i++) {
      if (filled[i] != null) {
        r.values[i] = filled[i];
      }
    }
  }

  private static double stat(double[] x, Dataset.Column groups, Pipeline.Result r, String group, boolean median) {
    double[] in = new double[x.length];
    int n = 0;
    for (int u = 0; u < x.length; u++) {
      if (x[u] == x[u] && (groups == null || group.equals(groups.text(r.rows[u])))) {
        in[n++] = x[u];
      }
    }
    return n == 0 ? Double.NaN : median ? Stats.median(Arrays.copyOf(in, n)) : Stats.mean(in, n);
  }

  /**
   * COINr's row imputation with {@code normalise_first}: within the leaf's parent, each leaf is multiplied by its
   * direction and min-max normalized to [0, 1]; the unit's missing value is the mean of its other normalized
   * values there, mapped back through this leaf's own min and max and direction.
   */
  static double rowMean(Plan p, Pipeline.Result r, int leaf, int u, double[][] ranges) {
    int parent = p.parent(leaf);
    if (parent < 0) {
      return Double.NaN;
    }
    int[] sibs = p.children(parent);
    double[] terms = new double[sibs.length];
    int n = 0;
    for (int sib : sibs) {
      if (sib == leaf || !p.isLeaf(sib)) {
        continue;
      }
      double d = direction(p, sib);
      double v = r.values[sib][u] * d;
      double[] mm = range(r, sib, d, ranges);
      double scaled = (v - mm[0]) / (mm[1] - mm[0]);
      if (scaled == scaled && Double.isFinite(scaled)) {
        terms[n++] = scaled;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double d = direction(p, leaf);
    double[] own = range(r, leaf, d, ranges);
    if (!(own[1] >= own[0])) {
      return Double.NaN;
    }
    double mean = Stats.mean(terms, n);
    return (mean * (own[1] - own[0]) + own[0]) * d;
  }

  private static double direction(Plan p, int leaf) {
    return p.leaf(leaf).direction == io.github.bizenv.scoring.model.Direction.LOWER_IS_BETTER ? -1 : 1;
  }

  /** A leaf's {@link #minMax}, computed once per step ({@code ranges} by node index). */
  private static double[] range(Pipeline.Result r, int leaf, double d, double[][] ranges) {
    double[] mm = ranges[leaf];
    if (mm == null) {
      mm = minMax(r.values[leaf], d);
      ranges[leaf] = mm;
    }
    return mm;
  }

  /** Min and max of {@code x·d} over the values present. */
  private static double[] minMax(double[] x, double d) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v == v) {
        lo = Math.min(lo, v * d);
        hi = Math.max(hi, v * d);
      }
    }
    return new double[] {lo, hi};
  }
}
