package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import java.util.ArrayList;
import java.util.List;

/** Grades of an evaluation: bands by score, the top band's exclusions, the quota, forced grades. */
final class Grading {

  private Grading() {}

  static void grade(Plan p, EvalState st) {
    Plan.GradesPlan g = p.grades();
    if (g == null) {
      return;
    }
    double[] s = st.scores[g.node];
    int count = st.count();
    int[] band = st.band;
    int graded = 0;
    for (int u = 0; u < count; u++) {
      band[u] = -1;
      if (s[u] != s[u]) {
        continue;
      }
      band[u] = bandOf(g, s[u]);
      if (band[u] >= 0) {
        graded++;
      }
      if (band[u] == 0 && st.excludedTop[u] != null && g.names.size() > 1) {
        band[u] = 1;
      }
    }
    if (g.quotaBand >= 0) {
      int q = g.quotaBand;
      List<Integer> in = new ArrayList<>();
      for (int u = 0; u < count; u++) {
        if (band[u] == q) {
          in.add(u);
        }
      }
      int allowed = g.rounding.apply(g.maxShare * graded);
      for (int u = 0; u < count; u++) {
        st.graded[u] = graded;
        st.quotaAllowed[u] = allowed;
      }
      if (in.size() > allowed) {
        in.sort((a, b) -> {
          int c = Double.compare(s[b], s[a]);
          return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
        });
        int keep = allowed;
        if (keep > 0 && keep < in.size() && s[in.get(keep)] == s[in.get(keep - 1)]) {
          double cut = s[in.get(keep - 1)];
          if (!g.keepTies) {
            while (keep > 0 && s[in.get(keep - 1)] == cut) {
              keep--;
            }
          } else {
            while (keep < in.size() && s[in.get(keep)] == cut) {
              keep++;
            }
          }
        }
        for (int k = keep; k < in.size(); k++) {
          int u = in.get(k);
          band[u] = q + 1;
          st.quotaDemoted[u] = true;
        }
      }
    }
    for (int u = 0; u < count; u++) {
      st.grade[u] = st.forcedGrade[u] != null ? st.forcedGrade[u] : band[u] >= 0 ? g.names.get(band[u]) : null;
    }
  }

  static int bandOf(Plan.GradesPlan g, double score) {
    for (int b = 0; b < g.names.size(); b++) {
      double min = g.mins[b];
      if (min == Double.NEGATIVE_INFINITY || (g.exclusive ? score > min : score >= min)) {
        return b;
      }
    }
    return -1;
  }

  /** Why a unit has its grade, derived on demand from what grading recorded. */
  static List<String> reasons(Plan p, EvalState st, int u) {
    Plan.GradesPlan g = p.grades();
    List<String> out = new ArrayList<>();
    if (g == null) {
      return out;
    }
    double s = st.scores[g.node][u];
    if (s == s) {
      int b = bandOf(g, s);
      if (b >= 0) {
        out.add("score " + Numbers.plain(Numbers.round(s, 6)) + " → " + g.names.get(b)
            + (g.mins[b] == Double.NEGATIVE_INFINITY ? ""
                : " (" + (g.exclusive ? "> " : "≥ ") + Numbers.plain(g.mins[b]) + ")"));
      }
      if (b == 0 && st.excludedTop[u] != null && g.names.size() > 1) {
        out.add("kept out of " + g.names.get(0) + ": " + st.excludedTop[u]);
      }
      if (st.quotaDemoted[u]) {
        int q = g.quotaBand;
        out.add("quota: at most " + Numbers.plain(g.maxShare * 100) + "% of " + st.graded[u] + " units ("
            + st.quotaAllowed[u] + ", " + g.rounding.code() + ") may be " + g.names.get(q) + "; moved to "
            + g.names.get(q + 1));
      }
    }
    if (st.forcedGrade[u] != null) {
      out.add("forced to " + st.forcedGrade[u] + ": " + st.forcedReason[u]);
    }
    return out;
  }
}
