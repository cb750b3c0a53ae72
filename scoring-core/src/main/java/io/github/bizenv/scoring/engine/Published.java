package io.github.bizenv.scoring.engine;

/**
 * Published scores: an inner node with a published column takes a unit's value there, when it has one, instead of
 * its aggregate (before its rules). Data without the column leave every aggregate as it is; a published value
 * outside the node's range is a problem of the data.
 */
final class Published {

  private Published() {}

  static void apply(Plan p, int i, EvalState st, java.util.List<io.github.bizenv.scoring.Problem> dataProblems) {
    String column = p.published(i);
    Dataset.Column c = column == null ? null : st.table.columns.get(column);
    if (c == null) {
      return;
    }
    double[] out = st.scores[i];
    for (int u = 0; u < out.length; u++) {
      double v = c.value(st.row[u]);
      if (v == v && !Leaves.within(v, io.github.bizenv.scoring.spi.Range.of(p.low(i), p.high(i)))) {
        dataProblems.add(io.github.bizenv.scoring.Problem.of(io.github.bizenv.scoring.Problem.OUT_OF_RANGE,
            "unit \"" + st.units.get(u) + "\", column \"" + column + "\"", "published score "
            + io.github.bizenv.scoring.internal.Numbers.plain(v) + " of node \"" + p.id(i) + "\" is outside its range ["
            + io.github.bizenv.scoring.internal.Numbers.plain(p.low(i)) + ", "
            + io.github.bizenv.scoring.internal.Numbers.plain(p.high(i)) + "]"));
      } else if (v == v) {
        if (st.isNa(i, u)) {
          st.na[i][u] = false;
        }
        out[u] = v;
      }
    }
  }

  /** A unit's published score at a node, or NaN. */
  static double of(Plan p, int i, EvalState st, int u) {
    String column = p.published(i);
    Dataset.Column c = column == null ? null : st.table.columns.get(column);
    return c == null ? Double.NaN : c.value(st.row[u]);
  }
}
