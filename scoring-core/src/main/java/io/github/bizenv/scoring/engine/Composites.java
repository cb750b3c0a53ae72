package io.github.bizenv.scoring.engine;

/**
 * Composite units: at the nodes they name, a composite's score is the weighted mean of its members'. A composite
 * none of whose members is in the data does not apply.
 */
final class Composites {

  private Composites() {}

  static void apply(Plan p, int i, EvalState st, int[][] members) {
    for (int k = 0; k < p.composites().size(); k++) {
      Plan.CompositePlan c = p.composites().get(k);
      if (c.at[i] && members[k] != null) { // null: none of its members is in the data
        compose(c, members[k], st.unitIndex.get(c.unit), i, st);
      }
    }
  }

  private static void compose(Plan.CompositePlan c, int[] members, int unit, int i, EvalState st) {
    double sum = 0;
    double w = 0;
    boolean anyApplicable = false;
    for (int m = 0; m < members.length; m++) {
      int u = members[m];
      if (st.isNa(i, u)) {
        continue;
      }
      anyApplicable = true;
      double v = st.scores[i][u];
      if (v == v) {
        sum += c.weights[m] * v;
        w += c.weights[m];
      }
    }
    if (st.na[i] != null) {
      st.na[i][unit] = false;
    }
    if (!anyApplicable) {
      st.markNotApplicable(i, unit);
      st.scores[i][unit] = Double.NaN;
    } else {
      st.scores[i][unit] = w > 0 ? sum / w : Double.NaN;
    }
    st.compositeAt(i, unit);
  }
}
