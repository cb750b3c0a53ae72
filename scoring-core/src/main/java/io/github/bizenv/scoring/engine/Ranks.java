package io.github.bizenv.scoring.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ranks and grades of an evaluation. */
final class Ranks {

  private Ranks() {}

  static void rank(Plan p, Evaluator.State st) {
    Plan.Ranking r = p.ranking;
    double[] s = r.presented ? presented(st.scores[r.node], p.decimals[r.node]) : st.scores[r.node];
    Set<String> members = new HashSet<>();
    if (r.excludeMembers) {
      for (Plan.Composite c : p.composites) {
        members.addAll(List.of(c.members));
      }
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    Dataset.Column groupColumn = r.groupColumn == null ? null : st.table.columns.get(r.groupColumn);
    for (int u = 0; u < st.units.size(); u++) {
      String unit = st.units.get(u);
      String g = groupColumn != null ? Evaluator.text(groupColumn, st.row[u])
          : r.groups.isEmpty() ? "" : r.groups.get(unit);
      if (g != null && groupColumn != null) {
        g = r.groupNames.getOrDefault(g, g);
      }
      st.group[u] = g;
      st.unranked[u] = null;
      if (g == null || s[u] != s[u] || r.exclude.contains(unit) || members.contains(unit)) {
        continue;
      }
      if (r.eligibleColumn != null) {
        Dataset.Column c = st.table.columns.get(r.eligibleColumn);
        double v = c == null ? Double.NaN : Evaluator.value(c, st.row[u]);
        if (!(v == v && (r.eligibleAtLeast != r.eligibleAtLeast || v >= r.eligibleAtLeast)
            && (r.eligibleAtMost != r.eligibleAtMost || v <= r.eligibleAtMost))) {
          st.unranked[u] = r.eligibleLabel != null ? r.eligibleLabel : r.eligibleColumn + " = " + Builtins.fmt(v)
              + (r.eligibleAtLeast == r.eligibleAtLeast ? ", not ≥ " + Builtins.fmt(r.eligibleAtLeast) : "")
              + (r.eligibleAtMost == r.eligibleAtMost ? ", not ≤ " + Builtins.fmt(r.eligibleAtMost) : "");
          continue;
        }
      }
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
    }
    for (List<Integer> g : groups.values()) {
      g.sort((a, b) -> {
        int c = Double.compare(s[b], s[a]);
        return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
      });
      int rank = 0;
      double top = Double.NaN;
      for (int k = 0; k < g.size(); k++) {
        int u = g.get(k);
        if (k == 0 || top - s[u] > r.tolerance) {
          rank = r.method.equals("dense") ? rank + 1 : k + 1;
          top = s[u];
        }
        st.rank[u] = rank;
      }
    }
  }

  /** The scores as presented: rounded half-up to the node's decimals (NaN stays NaN). */
  static double[] presented(double[] s, int decimals) {
    double[] out = new double[s.length];
    for (int u = 0; u < s.length; u++) {
      out[u] = s[u] == s[u] ? round(s[u], decimals) : s[u];
    }
    return out;
  }

  /**
   * Grades every unit: the band of its score, one band down when a rule kept it out of the top band, then the quota
   * within each of its scopes — the ranking groups by default, so that units ranked apart are never cut against each
   * other — and finally any forced grade. A unit forced into the quota's band occupies a place first and is never
   * cut.
   */
  static void grade(Plan p, Evaluator.State st) {
    Plan.Grades g = p.grades;
    if (g == null) {
      return;
    }
    double[] s = g.presented ? presented(st.scores[g.node], p.decimals[g.node]) : st.scores[g.node];
    int count = st.units.size();
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
      int q = g.quotaBand;
      String quotaName = g.names.get(q);
      Dataset.Column scopeColumn = g.within.equals(Plan.Grades.RANKING_GROUPS) || g.within.equals(Plan.Grades.ALL)
          ? null : st.table.columns.get(g.within);
      Map<String, List<Integer>> scopes = new LinkedHashMap<>();
      for (int u = 0; u < count; u++) {
        if (band[u] < 0) {
          continue;
        }
        String scope = g.within.equals(Plan.Grades.ALL) ? ""
            : g.within.equals(Plan.Grades.RANKING_GROUPS) ? (st.group[u] == null ? "" : st.group[u])
            : scopeColumn == null ? "" : nonNull(Evaluator.text(scopeColumn, st.row[u]));
        scopes.computeIfAbsent(scope, k -> new ArrayList<>()).add(u);
      }
      for (Map.Entry<String, List<Integer>> e : scopes.entrySet()) {
        List<Integer> members = e.getValue();
        double exact = g.maxShare * members.size();
        int allowed = g.rounding.equals("floor") ? (int) Math.floor(exact + 1e-9)
            : g.rounding.equals("ceil") ? (int) Math.ceil(exact - 1e-9) : (int) Math.floor(exact + 0.5);
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
        Evaluator.QuotaScope scope = new Evaluator.QuotaScope(e.getKey(), members.size(), allowed, forced);
        members.forEach(u -> st.quotaScope[u] = scope);
        int free = Math.max(0, allowed - forced);
        if (in.size() > free) {
          in.sort((a, b) -> {
            int c = Double.compare(s[b], s[a]);
            return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
          });
          int keep = free;
          if (keep > 0 && keep < in.size() && s[in.get(keep)] == s[in.get(keep - 1)]) {
            double cut = s[in.get(keep - 1)];
            if (g.ties.equals("demote")) {
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
    }
    for (int u = 0; u < count; u++) {
      st.grade[u] = st.forcedGrade[u] != null ? st.forcedGrade[u] : band[u] >= 0 ? g.names.get(band[u]) : null;
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  static int bandOf(Plan.Grades g, double score) {
    for (int b = 0; b < g.names.size(); b++) {
      double min = g.mins.get(b);
      if (min == Double.NEGATIVE_INFINITY || (g.edge.equals("min-inclusive") ? score >= min : score > min)) {
        return b;
      }
    }
    return -1;
  }

  /** Why a unit has its grade, derived on demand from what grading recorded. */
  static List<String> reasons(Plan p, Evaluator.State st, int u) {
    Plan.Grades g = p.grades;
    List<String> out = new ArrayList<>();
    if (g == null) {
      return out;
    }
    double s = g.presented ? presented(new double[] {st.scores[g.node][u]}, p.decimals[g.node])[0]
        : st.scores[g.node][u];
    if (s == s) {
      int b = bandOf(g, s);
      if (b >= 0) {
        out.add("score " + Builtins.fmt(round(s, 6)) + " → " + g.names.get(b)
            + (g.mins.get(b) == Double.NEGATIVE_INFINITY ? ""
                : " (" + (g.edge.equals("min-inclusive") ? "≥ " : "> ") + Builtins.fmt(g.mins.get(b)) + ")"));
      }
      if (b == 0 && st.excludedTop[u] != null && g.names.size() > 1) {
        out.add("kept out of " + g.names.get(0) + ": " + st.excludedTop[u]);
      }
      if (st.quotaDemoted[u]) {
        int q = g.quotaBand;
        Evaluator.QuotaScope scope = st.quotaScope[u];
        out.add("quota: at most " + Builtins.fmt(g.maxShare * 100) + "% of " + scope.size + " units"
            + (scope.name.isEmpty() ? "" : " in " + scope.name) + " (" + scope.allowed + ", " + g.rounding + ") may be "
            + g.names.get(q) + (scope.forced > 0 ? ", " + scope.forced + " of them forced to " + g.names.get(q) : "")
            + "; moved to " + g.names.get(q + 1));
      }
    }
    if (st.forcedGrade[u] != null) {
      out.add("forced to " + st.forcedGrade[u] + ": " + st.forcedReason[u]);
    }
    return out;
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

  /**
   * Half-up rounding of the number as written ({@code Double.toString}) to some decimals. Far from a tie the scaled
   * binary value decides the same way, and {@code k / 10^d} is the same double as the decimal's; near a tie, and for
   * huge values, the decimal is rounded exactly.
   */
  static double round(double v, int decimals) {
    if (decimals < POW10.length) {
      double p = POW10[decimals];
      double scaled = Math.abs(v) * p;
      if (scaled < 1e15) {
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) > 1e-6) {
          double r = (frac > 0.5 ? floor + 1 : floor) / p;
          return v < 0 && r != 0 ? -r : r;
        }
      }
    }
    return new java.math.BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
  }
}
