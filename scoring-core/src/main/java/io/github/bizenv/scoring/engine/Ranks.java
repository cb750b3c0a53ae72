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
    int[] rank = new int[st.count()];
    for (List<Integer> g : groups.values()) {
      g.sort((a, b) -> {
        int c = Double.compare(s[b], s[a]);
        return c != 0 ? c : st.units.get(a).compareTo(st.units.get(b));
      });
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
}
