package io.github.bizenv.scoring.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The outranking matrix of a node's children (the analysis behind Copeland's method): for units i and j,
 * {@code o(i,j)} is the share of the children's weight (normalized to 1) on which i scores higher than j, plus
 * half the share on which they tie, exactly as COINr's {@code outrankMatrix}: for i after j in evaluation order,
 * {@code o(i,j) = 1 − o(j,i)}, so that a child missing for either unit counts for the later one. A pair with
 * {@code o(i,j) = 1} is a dominance pair. Units with no child score are left out. Immutable.
 */
public final class Outranking {

  private final List<String> units;
  private final double[][] matrix;

  private Outranking(List<String> units, double[][] matrix) {
    this.units = units;
    this.matrix = matrix;
  }

  /**
   * The outranking matrix of a node's children in an evaluation.
   *
   * @param evaluation the evaluation
   * @param node an inner node
   * @return the matrix
   * @throws IllegalArgumentException if the node is a leaf
   */
  public static Outranking of(Evaluation evaluation, String node) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(node, "node");
    Plan p = evaluation.plan();
    int i = p.node(node);
    if (p.isLeaf(i)) {
      throw new IllegalArgumentException("node \"" + node + "\" is a leaf: it has no children to compare");
    }
    int[] kids = p.inputs(i);
    EvalState st = evaluation.state();
    double[][] children = new double[kids.length][];
    double[] weights = new double[kids.length];
    for (int k = 0; k < kids.length; k++) {
      children[k] = st.scores[kids[k]];
      weights[k] = p.inputWeight(i, k);
    }
    weights = IndexBuiltins.Copeland.normalized(weights);
    List<Integer> compared = new ArrayList<>();
    for (int u = 0; u < st.count(); u++) {
      boolean any = false;
      for (double[] c : children) {
        any |= c[u] == c[u];
      }
      if (any) {
        compared.add(u);
      }
    }
    List<String> units = new ArrayList<>();
    double[][] m = new double[compared.size()][compared.size()];
    for (int a = 0; a < compared.size(); a++) {
      units.add(st.units.get(compared.get(a)));
      for (int b = a + 1; b < compared.size(); b++) {
        m[a][b] = IndexBuiltins.Copeland.outranking(children, weights, compared.get(a), compared.get(b));
        m[b][a] = 1 - m[a][b];
      }
      m[a][a] = Double.NaN;
    }
    return new Outranking(Collections.unmodifiableList(units), m);
  }

  /**
   * The units compared, in evaluation order.
   *
   * @return the unit ids
   */
  public List<String> units() {
    return units;
  }

  /**
   * {@code o(i,j)}.
   *
   * @param i a unit
   * @param j another unit
   * @return the share of weight on which i beats j (ties counting half)
   * @throws IllegalArgumentException if a unit is not compared, or i equals j
   */
  public double value(String i, String j) {
    Objects.requireNonNull(i, "i");
    Objects.requireNonNull(j, "j");
    int a = units.indexOf(i);
    int b = units.indexOf(j);
    if (a < 0 || b < 0 || a == b) {
      throw new IllegalArgumentException("compare two different units of " + units);
    }
    return matrix[a][b];
  }

  /**
   * The dominance pairs: {@code [i, j]} where i dominates j ({@code o(i,j) = 1}).
   *
   * @return the pairs, in evaluation order
   */
  public List<List<String>> dominancePairs() {
    List<List<String>> out = new ArrayList<>();
    for (int a = 0; a < units.size(); a++) {
      for (int b = 0; b < units.size(); b++) {
        if (a != b && matrix[a][b] >= 1 - 1e-12) {
          out.add(List.of(units.get(a), units.get(b)));
        }
      }
    }
    return out;
  }
}
