package io.github.bizenv.scoring.engine;

/** The denominate step: each leaf with a denominator divided by that column of the same unit, times the scale. */
final class Denominator {

  private Denominator() {}

  static void run(Plan p, Dataset.Table t, Pipeline.Result r, Pipeline.DenominateStep d) {
    for (int i = 0; i < p.size(); i++) {
      if (p.isLeaf(i) && p.leaf(i).denominator != null) {
        Dataset.Column c = t.columns.get(p.leaf(i).denominator);
        for (int u = 0; u < r.units.size(); u++) {
          double den = c == null ? Double.NaN : c.value(r.rows[u]);
          r.values[i][u] = r.values[i][u] / den * d.scale;
        }
      }
    }
  }
}
