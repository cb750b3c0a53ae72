package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.Quota;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Grades of an evaluation: bands by score, the top band's exclusions, the quota within its scopes, forced grades. */
final class Grading {

  private Grading() {}

  /**
   * Grades every unit: the band of its score, one band down when a rule kept it out of the top band, then the quota
   * within each of its scopes — the ranking groups by default, so that units ranked apart are never cut against each
   * other — and finally any forced grade. A unit forced into the quota's band takes a place first and is never cut.
   */
  static void grade(Plan p, EvalState st) {
    Plan.GradesPlan g = p.grades();
    if (g == null) {
      return;
    }
    double[] s = Ranks.compared(p, st, g.node, g.presented);
    int count = st.count();
    int[] band = st.band;
    for (int u = 0; u < count; u++) {
      band[u] = -1;
      st.quotaDemoted[u] = false;
      st.quotaScope[u] = null;
      if (s[u] != s[u]) {
        continue;
      }
      band[u] = bandOf(g, s[u]);
      if (band[u] == 0 && st.excludedTop[u] != null && g.names.size() > 1) {
        band[u] = 1;
      }
    }
    if (g.quotaBand >= 0) {
      quota(g, st, s);
    }
    for (int u = 0; u < count; u++) {
      st.grade[u] = st.forcedGrade[u] != null ? st.forcedGrade[u] : band[u] >= 0 ? g.names.get(band[u]) : null;
    }
  }

  /** Applies the quota within each scope: forced units take their places first, the lowest of the rest move down. */
  private static void quota(Plan.GradesPlan g, EvalState st, double[] s) {
    int q = g.quotaBand;
    String quotaName = g.names.get(q);
    int[] band = st.band;
    String column = g.withinColumn();
    Dataset.Column scopeColumn = column == null ? null : st.table.columns.get(column);
    boolean all = g.within.equals(Quota.ALL);
    Map<String, List<Integer>> scopes = new LinkedHashMap<>();
    for (int u = 0; u < st.count(); u++) {
      if (band[u] < 0) {
        continue;
      }
      String scope = all ? "" : column == null ? (st.group[u] == null ? "" : st.group[u])
          : scopeColumn == null ? "" : nonNull(scopeColumn.text(st.row[u]));
      scopes.computeIfAbsent(scope, k -> new ArrayList<>()).add(u);
    }
    for (Map.Entry<String, List<Integer>> e : scopes.entrySet()) {
      List<Integer> members = e.getValue();
      int allowed = g.rounding.apply(g.maxShare * members.size());
      int forced = 0;
      List<Integer> in = new ArrayList<>();
      for (int u : members) {
        if (st.forcedGrade[u] != null) {
          if (st.forcedGrade[u].equals(quotaName)) {
            forced++;
          }
        } else if (band[u] == q) {
          in.add(u);
        }
      }
      EvalState.QuotaScope scope = new EvalState.QuotaScope(e.getKey(), members.size(), allowed, forced);
      members.forEach(u -> st.quotaScope[u] = scope);
      int free = Math.max(0, allowed - forced);
      if (in.size() <= free) {
        continue;
      }
      in.sort((a, b) -> {
        int c = Double.compare(s[b], s[a]);
        return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
      });
      int keep = free;
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

  private static String nonNull(String s) {
    return s == null ? "" : s;
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
    if (g.presented && s == s) {
      s = Numbers.round(s, p.decimals(g.node));
    }
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
        EvalState.QuotaScope scope = st.quotaScope[u];
        out.add("quota: at most " + Numbers.plain(g.maxShare * 100) + "% of " + scope.size + " units"
            + (scope.name.isEmpty() ? "" : " in " + scope.name) + " (" + scope.allowed + ", " + g.rounding.code()
            + ") may be " + g.names.get(q) + (scope.forced > 0 ? ", " + scope.forced + " of them forced to "
            + g.names.get(q) : "") + "; moved to " + g.names.get(q + 1));
      }
    }
    if (st.forcedGrade[u] != null) {
      out.add("forced to " + st.forcedGrade[u] + ": " + st.forcedReason[u]);
    }
    return out;
  }
}
