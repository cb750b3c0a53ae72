package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.Eligibility;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks of an evaluation: by the ranking node's scores (unrounded or as presented), within groups, with exclusions,
 * an eligibility condition, ties and tolerance.
 */
final class Ranks {

  private Ranks() {}

  static void rank(Plan p, EvalState st) {
    Plan.RankingPlan r = p.ranking();
    String[] groups = groups(p, st);
    System.arraycopy(groups, 0, st.group, 0, groups.length);
    for (int u = 0; u < st.count(); u++) {
      st.unranked[u] = unranked(r, st, u);
    }
    double[] s = compared(p, st, r.node, r.presented);
    st.rankCompared = r.presented ? s : null;
    int[] ranks = rankAt(p, st, s, groups);
    System.arraycopy(ranks, 0, st.rank, 0, ranks.length);
  }

  /**
   * Why the ranking's condition leaves unit u out, when it would rank it otherwise (with a score and a group, not
   * excluded); null when it does not.
   */
  private static String unranked(Plan.RankingPlan r, EvalState st, int u) {
    Eligibility e = r.eligible;
    double s = st.scores[r.node][u];
    if (e == null || s != s || st.group[u] == null || r.exclude.contains(st.units.get(u))) {
      return null;
    }
    Dataset.Column c = st.table.columns.get(e.indicator());
    double v = c == null ? Double.NaN : c.value(st.row[u]);
    if (e.admits(v)) {
      return null;
    }
    return e.label().orElseGet(() -> e.indicator() + " = " + (v == v ? Numbers.plain(v) : "missing")
        + (e.atLeast().isPresent() ? ", not ≥ " + Numbers.plain(e.atLeast().getAsDouble()) : "")
        + (e.atMost().isPresent() ? ", not ≤ " + Numbers.plain(e.atMost().getAsDouble()) : ""));
  }

  /** Whether {@link #rerank} can bring ranks up to date unit by unit: competition ranks without a tolerance. */
  static boolean reranksByUnit(Plan p) {
    return p.ranking().tolerance == 0 && !p.ranking().dense && p.composites().isEmpty();
  }

  /**
   * Brings the ranks up to date after unit u's score at the ranking node changed from {@code before} (unrounded),
   * every other unit's score and everything else the ranking follows unchanged: u's competition rank is one more than the number of higher scores
   * in its group, and every other unit of the group moves by the change of u's place relative to it. Marks the
   * units whose rank changed. Equals a whole {@link #rank} under {@link #reranksByUnit}.
   */
  static void rerank(Plan p, EvalState st, int u, double before, java.util.BitSet moved) {
    Plan.RankingPlan r = p.ranking();
    double[] s;
    double a;
    if (r.presented) {
      s = st.rankCompared;
      a = s[u];
      double raw = st.scores[r.node][u];
      s[u] = raw == raw ? Numbers.round(raw, p.decimals(r.node)) : raw;
    } else {
      s = st.scores[r.node];
      a = before;
    }
    double b = s[u];
    st.unranked[u] = unranked(r, st, u);
    String g = st.group[u];
    if (g == null) {
      return; // in no group: never ranked
    }
    boolean was = st.rank[u] > 0;
    boolean is = b == b && g != null && st.unranked[u] == null && !r.exclude.contains(st.units.get(u));
    int higher = 0;
    for (int v = 0; v < st.count(); v++) {
      if (v == u || st.rank[v] == 0 || !g.equals(st.group[v])) {
        continue;
      }
      double sv = s[v];
      int delta = (is && b > sv ? 1 : 0) - (was && a > sv ? 1 : 0);
      if (delta != 0) {
        st.rank[v] += delta;
        moved.set(v);
      }
      if (is && sv > b) {
        higher++;
      }
    }
    int now = is ? higher + 1 : 0;
    if (now != st.rank[u]) {
      st.rank[u] = now;
      moved.set(u);
    }
  }

  /** The scores a ranking or grading compares at a node: as computed, or rounded as presented (NaN stays NaN). */
  static double[] compared(Plan p, EvalState st, int node, boolean presented) {
    double[] s = st.scores[node];
    if (!presented) {
      return s;
    }
    int d = p.decimals(node);
    double[] out = new double[s.length];
    for (int u = 0; u < s.length; u++) {
      out[u] = s[u] == s[u] ? Numbers.round(s[u], d) : s[u];
    }
    return out;
  }

  /**
   * Ranks without a tolerance, by sorting the group's scores as primitives: a unit's competition rank is one more
   * than the number of higher scores; its dense rank one more than the number of distinct higher scores.
   */
  private static void byCounting(List<Integer> group, double[] s, boolean dense, int[] rank) {
    int n = group.size();
    double[] sorted = new double[n];
    for (int k = 0; k < n; k++) {
      sorted[k] = s[group.get(k)];
    }
    Arrays.sort(sorted);
    int[] distinctBelow = null;
    if (dense) {
      distinctBelow = new int[n];
      int d = 0;
      for (int k = 0; k < n; k++) {
        if (k > 0 && sorted[k] != sorted[k - 1]) {
          d++;
        }
        distinctBelow[k] = d;
      }
    }
    int distinct = dense ? distinctBelow[n - 1] + 1 : 0;
    for (int k = 0; k < n; k++) {
      int u = group.get(k);
      int above = firstAbove(sorted, s[u]);
      rank[u] = dense ? distinct - distinctBelow[above - 1] : n - above + 1;
    }
  }

  /** The index of the first sorted value greater than v (v is in the array). */
  private static int firstAbove(double[] sorted, double v) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Each unit's ranking group: from the group column (its value, or the name given to it), the declared groups, or
   * "" when there are none.
   */
  static String[] groups(Plan p, EvalState st) {
    Plan.RankingPlan r = p.ranking();
    Dataset.Column groupColumn = r.groupColumn == null ? null : st.table.columns.get(r.groupColumn);
    String[] out = new String[st.count()];
    for (int u = 0; u < out.length; u++) {
      String unit = st.units.get(u);
      if (groupColumn != null) {
        String v = groupColumn.text(st.row[u]);
        out[u] = v == null ? null : r.groupNames.getOrDefault(v, v);
      } else {
        out[u] = r.groups.isEmpty() ? "" : r.groups.get(unit);
      }
    }
    return out;
  }

  /**
   * Ranks at any node with the methodology's groups, exclusions, eligibility, basis, method and tolerance; 0 for
   * units not ranked.
   */
  static int[] rankAt(Plan p, EvalState st, int node, String[] group) {
    return rankAt(p, st, compared(p, st, node, p.ranking().presented), group);
  }

  /** Ranks by the scores compared (one per unit), with the methodology's groups, exclusions and method. */
  private static int[] rankAt(Plan p, EvalState st, double[] s, String[] group) {
    Plan.RankingPlan r = p.ranking();
    int[] rank = new int[st.count()];
    if (r.tolerance == 0) {
      for (List<Integer> g : groupsAt(p, st, s, group)) {
        byCounting(g, s, r.dense, rank);
      }
      return rank;
    }
    for (List<Integer> g : sortedGroups(p, st, s, group)) {
      int current = 0;
      double top = Double.NaN;
      for (int k = 0; k < g.size(); k++) {
        int u = g.get(k);
        if (k == 0 || top - s[u] > r.tolerance) {
          current = r.dense ? current + 1 : k + 1;
          top = s[u];
        }
        rank[u] = current;
      }
    }
    return rank;
  }

  /**
   * Quantile groups at a node, 1 the best: within each ranking group, the units ordered best first, a tie (as the
   * ranks see ties, with the tolerance) sharing the position of its first or last unit by the declared rule, and
   * the unit at position {@code p} of {@code n} in group {@code ceil(count × p / n)}; 0 for units not ranked.
   */
  static int[] quantilesAt(Plan p, EvalState st, int node, String[] group) {
    Plan.RankingPlan r = p.ranking();
    double[] s = compared(p, st, node, r.presented);
    int[] out = new int[st.count()];
    for (List<Integer> g : sortedGroups(p, st, s, group)) {
      int n = g.size();
      int start = 0;
      while (start < n) {
        int end = start;
        double top = s[g.get(start)];
        while (end + 1 < n && !(top - s[g.get(end + 1)] > r.tolerance)) {
          end++;
        }
        int position = r.quantileWorse ? end + 1 : start + 1;
        int q = (r.quantileCount * position + n - 1) / n; // ceil(count × position / n)
        for (int k = start; k <= end; k++) {
          out[g.get(k)] = q;
        }
        start = end + 1;
      }
    }
    return out;
  }

  /** The ranked units of each group by the scores compared, in unit order. */
  private static List<List<Integer>> groupsAt(Plan p, EvalState st, double[] s, String[] group) {
    Plan.RankingPlan r = p.ranking();
    Set<String> members = new HashSet<>();
    if (r.excludeMembers) {
      for (Plan.CompositePlan c : p.composites()) {
        members.addAll(Arrays.asList(c.members));
      }
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int u = 0; u < st.count(); u++) {
      String unit = st.units.get(u);
      String g = group[u];
      if (g == null || s[u] != s[u] || r.exclude.contains(unit) || members.contains(unit) || st.unranked[u] != null) {
        continue;
      }
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
    }
    return new ArrayList<>(groups.values());
  }

  /** The ranked units of each group by the scores compared, best first (ties by unit id). */
  private static List<List<Integer>> sortedGroups(Plan p, EvalState st, double[] s, String[] group) {
    List<List<Integer>> out = groupsAt(p, st, s, group);
    for (List<Integer> g : out) {
      g.sort((a, b) -> {
        int c = Double.compare(s[b], s[a]);
        return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
      });
    }
    return out;
  }
}
