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
    st.gradeCompared = g.presented ? s : null;
    int count = st.count();
    int[] band = st.band;
    for (int u = 0; u < count; u++) {
      band[u] = rawBand(g, s[u], st.excludedTop[u]);
      st.quotaDemoted[u] = false;
      st.quotaScope[u] = null;
    }
    if (g.quotaBand >= 0) {
      Map<String, List<Integer>> scopes = new LinkedHashMap<>();
      for (int u = 0; u < count; u++) {
        if (band[u] >= 0) {
          scopes.computeIfAbsent(scope(g, st, u), k -> new ArrayList<>()).add(u);
        }
      }
      scopes.forEach((name, members) -> quota(g, st, s, name, members));
    }
    for (int u = 0; u < count; u++) {
      st.grade[u] = gradeOf(g, st, u);
    }
  }

  /** The band of a score before any quota: one band down when a rule kept the unit out of the top band. */
  private static int rawBand(Plan.GradesPlan g, double score, String excludedTop) {
    if (score != score) {
      return -1;
    }
    int b = bandOf(g, score);
    return b == 0 && excludedTop != null && g.names.size() > 1 ? 1 : b;
  }

  private static String gradeOf(Plan.GradesPlan g, EvalState st, int u) {
    return st.forcedGrade[u] != null ? st.forcedGrade[u] : st.band[u] >= 0 ? g.names.get(st.band[u]) : null;
  }

  /** The quota scope of a unit: "" for all, its ranking group, or its value in the quota's column. */
  private static String scope(Plan.GradesPlan g, EvalState st, int u) {
    String column = g.withinColumn();
    if (column != null) {
      Dataset.Column c = st.table.columns.get(column);
      return c == null ? "" : nonNull(c.text(st.row[u]));
    }
    return g.within.equals(Quota.ALL) || st.group[u] == null ? "" : st.group[u];
  }

  /**
   * Brings the grades up to date after unit u's score at the grading node, its exclusion from the top band or its
   * forced grade changed (from {@code before}, {@code excludedBefore}, {@code forcedBefore}), every other unit and
   * everything else unchanged. When what the quota of u's scope follows did not move — whether u is graded, forced into the quota's
   * band, or in that band on its score — only u's grade can change; otherwise the scope's quota is applied again.
   * Marks the units whose grade changed. Equals a whole {@link #grade}.
   */
  static void regrade(Plan p, EvalState st, int u, double before, String excludedBefore, String forcedBefore,
      java.util.BitSet moved) {
    Plan.GradesPlan g = p.grades();
    if (g == null) {
      return;
    }
    double[] s;
    double a;
    if (g.presented) {
      s = st.gradeCompared;
      a = s[u];
      double raw = st.scores[g.node][u];
      s[u] = raw == raw ? Numbers.round(raw, p.decimals(g.node)) : raw;
    } else {
      s = st.scores[g.node];
      a = before;
    }
    int was = rawBand(g, a, excludedBefore);
    int is = rawBand(g, s[u], st.excludedTop[u]);
    int q = g.quotaBand;
    if (q < 0 || sameForQuota(g, was, forcedBefore, a, is, st.forcedGrade[u], s[u])) {
      if (q < 0 || st.forcedGrade[u] != null || is != q) {
        st.band[u] = is;
        st.quotaDemoted[u] = false;
      }
      if (is < 0) {
        st.quotaScope[u] = null;
      }
      regraded(g, st, u, moved);
      return;
    }
    String key = scope(g, st, u);
    st.band[u] = is;
    st.quotaDemoted[u] = false;
    st.quotaScope[u] = null;
    List<Integer> members = new ArrayList<>();
    for (int v = 0; v < st.count(); v++) {
      if (st.band[v] >= 0 && scope(g, st, v).equals(key)) {
        members.add(v);
        if (st.quotaDemoted[v]) {
          st.band[v] = q;
          st.quotaDemoted[v] = false;
        }
      }
    }
    quota(g, st, s, key, members);
    for (int v : members) {
      regraded(g, st, v, moved);
    }
    regraded(g, st, u, moved);
  }

  /**
   * Whether the quota of a unit's scope sees the same before and after: graded or not, forced into the quota's band
   * or not, forced at all, and — when in the quota's band on its own score — the same score.
   */
  private static boolean sameForQuota(Plan.GradesPlan g, int was, String forcedWas, double a, int is, String forcedIs,
      double b) {
    String quotaName = g.names.get(g.quotaBand);
    boolean inWas = forcedWas == null && was == g.quotaBand;
    boolean inIs = forcedIs == null && is == g.quotaBand;
    return (was >= 0) == (is >= 0) && (forcedWas == null) == (forcedIs == null)
        && quotaName.equals(forcedWas) == quotaName.equals(forcedIs) && inWas == inIs
        && (!inIs || Double.compare(a, b) == 0);
  }

  private static void regraded(Plan.GradesPlan g, EvalState st, int u, java.util.BitSet moved) {
    String now = gradeOf(g, st, u);
    if (!java.util.Objects.equals(now, st.grade[u])) {
      st.grade[u] = now;
      moved.set(u);
    }
  }

  /**
   * Applies the quota within one scope: units forced into the band take their places first, the lowest of the
   * others in the band move one band down.
   */
  private static void quota(Plan.GradesPlan g, EvalState st, double[] s, String name, List<Integer> members) {
    int q = g.quotaBand;
    String quotaName = g.names.get(q);
    int[] band = st.band;
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
    EvalState.QuotaScope scope = new EvalState.QuotaScope(name, members.size(), allowed, forced);
    members.forEach(u -> st.quotaScope[u] = scope);
    int free = Math.max(0, allowed - forced);
    if (in.size() <= free) {
      return;
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
