package io.github.bizenv.scoring.benchmarks;

import java.util.Arrays;

/**
 * The national evaluation of {@link NationalData} written as plain loops over primitive arrays, doing the same
 * arithmetic as the engine in the same order: goalposts and min-max per leaf, weighted means renormalised over the
 * children present (sub-areas down to 60 % of their weight), the override at the root, grades with the 20 % quota
 * and competition ranks. It is the baseline the engine is measured against, and a test checks that both give the
 * same numbers bit for bit.
 */
final class RawLoop {

  final NationalData shape;
  final double[] leafWeight;
  final boolean[] goalposts;
  final boolean[] lower;

  RawLoop(NationalData shape) {
    this.shape = shape;
    int leaves = shape.leaves();
    leafWeight = new double[leaves];
    goalposts = new boolean[leaves];
    lower = new boolean[leaves];
    for (int i = 0; i < leaves; i++) {
      leafWeight[i] = NationalData.leafWeight(i);
      goalposts[i] = NationalData.goalposts(i);
      lower[i] = NationalData.lowerIsBetter(i);
    }
  }

  /** One period's raw values, column-wise: {@code values[leaf][unit]}, NaN when missing; and the ranks column. */
  static final class Period {
    final double[][] values;
    final double[] nationalRank;

    Period(double[][] values, double[] nationalRank) {
      this.values = values;
      this.nationalRank = nationalRank;
    }
  }

  /** The results: every unit's root score, rank (0 when unranked) and grade (0 A, 1 B, 2 C, −1 none). */
  static final class Result {
    final double[] root;
    final int[] rank;
    final int[] grade;

    Result(double[] root, int[] rank, int[] grade) {
      this.root = root;
      this.rank = rank;
      this.grade = grade;
    }
  }

  /** The generator's values as primitive columns, period by period. */
  static Period[] periods(NationalData shape) {
    int leaves = shape.leaves();
    Period[] out = new Period[shape.periods];
    for (int p = 0; p < shape.periods; p++) {
      double[][] v = new double[leaves][shape.units];
      double[] ranks = new double[shape.units];
      out[p] = new Period(v, ranks);
    }
    shape.visit(new NationalData.Visitor() {
      @Override
      public void value(int period, int unit, int leaf, double x) {
        out[period].values[leaf][unit] = x;
      }

      @Override
      public void missing(int period, int unit, int leaf) {
        out[period].values[leaf][unit] = Double.NaN;
      }

      @Override
      public void rank(int period, int unit, double rank) {
        out[period].nationalRank[unit] = rank;
      }
    });
    return out;
  }

  Result evaluate(Period data) {
    int units = shape.units;
    int leaves = shape.leaves();
    double[][] leaf = new double[leaves][units];
    for (int i = 0; i < leaves; i++) {
      double[] x = data.values[i];
      double[] out = leaf[i];
      if (goalposts[i]) {
        for (int u = 0; u < units; u++) {
          double s = lower[i] ? (1000 - x[u]) / 1000 : (x[u] - 0) / 1000;
          out[u] = Math.max(0, Math.min(1, s)) * 100;
        }
      } else {
        double d = lower[i] ? -1 : 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int u = 0; u < units; u++) {
          double v = x[u];
          if (v == v) {
            min = Math.min(min, v * d);
            max = Math.max(max, v * d);
          }
        }
        double span = max - min;
        for (int u = 0; u < units; u++) {
          out[u] = x[u] != x[u] ? Double.NaN : span > 0 ? (x[u] * d - min) / span * 100 : 50;
        }
      }
    }
    int per = shape.indicators;
    double[][] sub = new double[shape.areas * shape.subAreas][];
    for (int s = 0; s < sub.length; s++) {
      double[] w = Arrays.copyOfRange(leafWeight, s * per, s * per + per);
      sub[s] = mean(leaf, s * per, per, w, 0.6, units);
    }
    double[] ones = new double[shape.subAreas];
    Arrays.fill(ones, 1);
    double[][] area = new double[shape.areas][];
    for (int a = 0; a < shape.areas; a++) {
      area[a] = mean(sub, a * shape.subAreas, shape.subAreas, ones, 1, units);
    }
    double[] aw = new double[shape.areas];
    for (int a = 0; a < shape.areas; a++) {
      aw[a] = NationalData.areaWeight(a);
    }
    double[] root = mean(area, 0, shape.areas, aw, 1, units);
    for (int u = 0; u < units; u++) {
      double r = data.nationalRank[u];
      if (root[u] == root[u] && r == r && r <= 10) {
        root[u] = 100;
      }
    }
    return new Result(root, ranks(root), grades(root));
  }

  /**
   * Weighted means of children {@code from … from + n} for every unit, as the engine aggregates: column by column
   * (the cache-friendly order a careful hand-written loop takes), first the weight present per unit, then the sum
   * of each child's share in child order, so that every unit's additions happen in the same order as the engine's.
   */
  private static double[] mean(double[][] children, int from, int n, double[] w, double minShare, int units) {
    double applicable = 0;
    for (int j = 0; j < n; j++) {
      applicable += w[j];
    }
    double[] available = new double[units];
    int[] present = new int[units];
    for (int j = 0; j < n; j++) {
      double[] c = children[from + j];
      double wj = w[j];
      for (int u = 0; u < units; u++) {
        if (c[u] == c[u]) {
          available[u] += wj;
          present[u]++;
        }
      }
    }
    double[] out = new double[units];
    for (int j = 0; j < n; j++) {
      double[] c = children[from + j];
      double wj = w[j];
      for (int u = 0; u < units; u++) {
        double v = c[u];
        if (v == v) {
          out[u] += wj / available[u] * v;
        }
      }
    }
    for (int u = 0; u < units; u++) {
      if (present[u] == 0 || available[u] / applicable < minShare - 1e-12) {
        out[u] = Double.NaN;
      }
    }
    return out;
  }

  /** Competition ranks (1 + how many score higher) from one primitive sort of the scores. */
  private static int[] ranks(double[] s) {
    int n = s.length;
    double[] sorted = new double[n];
    int m = 0;
    for (int u = 0; u < n; u++) {
      if (s[u] == s[u]) {
        sorted[m++] = s[u];
      }
    }
    Arrays.sort(sorted, 0, m);
    int[] rank = new int[n];
    for (int u = 0; u < n; u++) {
      double v = s[u];
      if (v == v) {
        // the first index holding a value above v: everything from there scores higher
        int lo = 0;
        int hi = m;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (sorted[mid] <= v) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        rank[u] = m - lo + 1;
      }
    }
    return rank;
  }

  private static int[] grades(double[] s) {
    int n = s.length;
    int[] band = new int[n];
    int graded = 0;
    int inA = 0;
    for (int u = 0; u < n; u++) {
      double v = s[u];
      band[u] = v != v ? -1 : v >= 70 ? 0 : v >= 50 ? 1 : 2;
      if (band[u] >= 0) {
        graded++;
      }
      if (band[u] == 0) {
        inA++;
      }
    }
    int allowed = (int) Math.floor(0.2 * graded + 1e-9);
    if (inA > allowed) {
      double[] a = new double[inA];
      int k = 0;
      for (int u = 0; u < n; u++) {
        if (band[u] == 0) {
          a[k++] = s[u];
        }
      }
      Arrays.sort(a);
      // the allowed best scores, from the top; ties at the cut are all demoted
      double cut = allowed == 0 ? Double.POSITIVE_INFINITY : a[inA - allowed];
      boolean tie = allowed > 0 && a[inA - allowed - 1] == cut;
      for (int u = 0; u < n; u++) {
        if (band[u] == 0 && (s[u] < cut || tie && s[u] == cut)) {
          band[u] = 1;
        }
      }
    }
    return band;
  }
}
