package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.methodology.TreatmentOverride;

/**
 * The treat step, as COINr's default {@code Treat}: the skew/kurtosis test, winsorisation one extreme point at a
 * time up to winmax points, and the log transform of the original values when winsorising does not pass.
 */
final class Treater {

  private Treater() {}

  static void run(Plan p, Pipeline.Result r, Pipeline.TreatStep t) {
    for (int i = 0; i < p.size(); i++) {
      if (!p.isLeaf(i)) {
        continue;
      }
      TreatmentOverride o = t.overrides.get(i);
      String mode = o == null || o.kind() == TreatmentOverride.Kind.WINMAX ? "test"
          : o.kind() == TreatmentOverride.Kind.NONE ? "none" : "winsorise";
      if (o != null && o.kind() == TreatmentOverride.Kind.NONE) {
        continue;
      }
      boolean force = o != null && o.kind() == TreatmentOverride.Kind.WINSORISE;
      int winmax = o != null && o.kind() == TreatmentOverride.Kind.WINMAX ? o.winmax().getAsInt() : t.winmax;
      double[] x = r.values[i];
      Pipeline.TreatDetail d = new Pipeline.TreatDetail();
      d.mode = mode;
      double[] sk = Stats.skewKurt(x);
      d.skew0 = sk[0];
      d.kurt0 = sk[1];
      if (sk[0] != sk[0] || sk[1] != sk[1]) {
        // Fewer than four values, or all equal: skewness and kurtosis are undefined. COINr's test then gives NA
        // and Treat leaves the column as it is; so do we.
        d.pass0 = true;
        d.mode = "untestable";
        r.treat.put(i, d);
        continue;
      }
      d.pass0 = passes(sk, t);
      d.high = sk[0] >= 0;
      r.treat.put(i, d);
      if (d.pass0 && !force) {
        continue;
      }
      double[] y = x.clone();
      boolean[] changed = new boolean[y.length];
      // COINr counts the points of the latest high pass plus those of the latest low pass (nwin <-
      // length(imax) + length(imin)), not all points winsorised; with one point a pass the limit is reached only
      // through ties. Reproduced as it is, so that results equal COINr's.
      int nwin = 0;
      int lastHigh = 0;
      int lastLow = 0;
      double[] now = sk;
      boolean first = true;
      while ((first && force || !passes(now, t)) && nwin < winmax) {
        first = false;
        boolean high = now[0] >= 0;
        int k = winsorisePass(y, high, changed);
        if (k == 0) {
          break;
        }
        if (high) {
          lastHigh = k;
        } else {
          lastLow = k;
        }
        nwin = lastHigh + lastLow;
        now = Stats.skewKurt(y);
      }
      d.nwin = nwin;
      d.skew1 = now[0];
      d.kurt1 = now[1];
      d.pass1 = passes(now, t);
      if (!d.pass1) {
        double[] mm = Stats.minMax(x);
        double[] logged = new double[x.length];
        for (int u = 0; u < x.length; u++) {
          logged[u] = Math.log(x[u] - mm[0] + 0.01 * (mm[1] - mm[0]));
        }
        double[] after = Stats.skewKurt(logged);
        d.log = true;
        d.skew1 = after[0];
        d.kurt1 = after[1];
        d.pass1 = passes(after, t);
        r.values[i] = logged;
      } else {
        r.values[i] = y;
        r.winsorised[i] = changed;
      }
    }
  }

  private static boolean passes(double[] skewKurt, Pipeline.TreatStep t) {
    return Math.abs(skewKurt[0]) < t.skew || skewKurt[1] < t.kurtosis;
  }

  /** Sets every position holding the current maximum (or minimum) to the largest (smallest) other value. */
  private static int winsorisePass(double[] y, boolean high, boolean[] changed) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : y) {
      if (v == v) {
        extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
      }
    }
    double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : y) {
      if (v == v && v != extreme) {
        next = high ? Math.max(next, v) : Math.min(next, v);
      }
    }
    if (Double.isInfinite(next)) {
      return 0;
    }
    int n = 0;
    for (int u = 0; u < y.length; u++) {
      if (y[u] == extreme) {
        y[u] = next;
        changed[u] = true;
        n++;
      }
    }
    return n;
  }
}
