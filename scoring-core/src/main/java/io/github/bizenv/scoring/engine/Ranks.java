package io.github.bizenv.scoring.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Ranks of an evaluation: by the ranking node's scores, within groups, with exclusions, ties and tolerance. */
final class Ranks {

  private Ranks() {}

  static void rank(Plan p, EvalState st) {
    Plan.RankingPlan r = p.ranking();
    String[] groups = groups(p, st);
    System.arraycopy(groups, 0, st.group, 0, groups.length);
    int[] ranks = rankAt(p, st, r.node, groups);
    System.arraycopy(ranks, 0, st.rank, 0, ranks.length);
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

  /** Each unit's ranking group: from the group column, the declared groups, or "" when there are none. */
  static String[] groups(Plan p, EvalState st) {
    Plan.RankingPlan r = p.ranking();
    Dataset.Column groupColumn = r.groupColumn == null ? null : st.table.columns.get(r.groupColumn);
    String[] out = new String[st.count()];
    for (int u = 0; u < out.length; u++) {
      String unit = st.units.get(u);
      out[u] = groupColumn != null ? groupColumn.text(st.row[u]) : r.groups.isEmpty() ? "" : r.groups.get(unit);
    }
    return out;
  }

  /** Ranks at any node with the methodology's groups, exclusions, method and tolerance; 0 for units not ranked. */
  static int[] rankAt(Plan p, EvalState st, int node, String[] group) {
    Plan.RankingPlan r = p.ranking();
    double[] s = st.scores[node];
    int[] rank = new int[st.count()];
    if (r.tolerance == 0) {
      for (List<Integer> g : groupsAt(p, st, node, group)) {
        byCounting(g, s, r.dense, rank);
      }
      return rank;
    }
    for (List<Integer> g : sortedGroups(p, st, node, group)) {
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
    double[] s = st.scores[node];
    int[] out = new int[st.count()];
    for (List<Integer> g : sortedGroups(p, st, node, group)) {
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

  /** The ranked units of each group at a node, in unit order. */
  private static List<List<Integer>> groupsAt(Plan p, EvalState st, int node, String[] group) {
    Plan.RankingPlan r = p.ranking();
    double[] s = st.scores[node];
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
      if (g == null || s[u] != s[u] || r.exclude.contains(unit) || members.contains(unit)) {
        continue;
      }
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(u);
    }
    return new ArrayList<>(groups.values());
  }

  /** The ranked units of each group at a node, best first (ties by unit id). */
  private static List<List<Integer>> sortedGroups(Plan p, EvalState st, int node, String[] group) {
    double[] s = st.scores[node];
    List<List<Integer>> out = groupsAt(p, st, node, group);
    for (List<Integer> g : out) {
      g.sort((a, b) -> {
        int c = Double.compare(s[b], s[a]);
        return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
      });
    }
    return out;
  }
}
