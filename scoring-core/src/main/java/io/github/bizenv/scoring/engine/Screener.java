package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import java.util.ArrayList;
import java.util.List;

/** The screen step: units with too small a share of their leaves' values are left out of later stages. */
final class Screener {

  private Screener() {}

  static void run(Plan p, Pipeline.Result r, Pipeline.ScreenStep s) {
    List<Integer> leaves = new ArrayList<>();
    for (String id : p.leavesUnder(p.id(s.node < 0 ? p.rootIndex() : s.node))) {
      leaves.add(p.node(id));
    }
    List<Integer> keep = new ArrayList<>();
    for (int u = 0; u < r.units.size(); u++) {
      String unit = r.units.get(u);
      int have = 0;
      for (int l : leaves) {
        if (r.values[l][u] == r.values[l][u] || r.coded[l][u]) {
          have++;
        }
      }
      double share = leaves.isEmpty() ? 1 : (double) have / leaves.size();
      if (s.exclude.contains(unit)) {
        r.excluded.put(unit, "excluded by the methodology");
      } else if (share < s.minShare && !s.include.contains(unit)) {
        r.excluded.put(unit, "has " + have + " of " + leaves.size() + " values (" + Numbers.plain(Math.round(share
            * 10000) / 100.0) + " %), below the minimum share " + Numbers.plain(s.minShare * 100) + " %");
      } else {
        keep.add(u);
      }
    }
    if (keep.size() == r.units.size()) {
      return;
    }
    List<String> units = new ArrayList<>();
    int[] rows = new int[keep.size()];
    for (int k = 0; k < keep.size(); k++) {
      units.add(r.units.get(keep.get(k)));
      rows[k] = r.rows[keep.get(k)];
    }
    double[][] values = new double[p.size()][];
    boolean[][] codes = new boolean[p.size()][];
    for (int i = 0; i < p.size(); i++) {
      if (r.values[i] != null) {
        values[i] = new double[keep.size()];
        codes[i] = new boolean[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
          values[i][k] = r.values[i][keep.get(k)];
          codes[i][k] = r.coded[i][keep.get(k)];
        }
      }
    }
    // Earlier stages keep their full unit lists; later ones follow the screened list.
    r.units = units;
    r.rows = rows;
    r.values = values;
    r.coded = codes;
  }
}
