package io.github.bizenv.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A principal component analysis of a group of columns, as COINr's {@code get_PCA} runs R's
 * {@code prcomp(center = TRUE, scale = TRUE)}: units with any missing value are dropped, the columns are
 * standardised, and the components are the eigenvectors of their correlation matrix. COINr's "PCA weights" are
 * the loadings of the first component. Immutable.
 *
 * <p>A component's sign is arbitrary (R's follows LAPACK); here each component is oriented so that the sum of its
 * loadings is not negative, so that the first component's weights are mostly positive.
 */
public final class PrincipalComponents {

  private final String group;
  private final List<String> nodes;
  private final List<String> units;
  private final double[] sdev;
  private final double[][] loadings;

  PrincipalComponents(String group, List<String> nodes, List<String> units, double[] sdev, double[][] loadings) {
    this.group = group;
    this.nodes = List.copyOf(nodes);
    this.units = List.copyOf(units);
    this.sdev = sdev;
    this.loadings = loadings;
  }

  /**
   * The group analysed.
   *
   * @return the parent node of the columns; empty when all columns of a level were analysed together
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The columns.
   *
   * @return node ids, in the order of each loading vector
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * The units used: those with every column present.
   *
   * @return unit ids
   */
  public List<String> units() {
    return units;
  }

  /**
   * The standard deviations of the components ({@code prcomp}'s {@code sdev}), largest first: the square roots of
   * the eigenvalues of the correlation matrix.
   *
   * @return one per component
   */
  public List<Double> standardDeviations() {
    List<Double> out = new ArrayList<>();
    for (double d : sdev) {
      out.add(d);
    }
    return out;
  }

  /**
   * The share of the total variance each component explains.
   *
   * @return one per component, summing to 1
   */
  public List<Double> varianceShares() {
    double total = 0;
    for (double d : sdev) {
      total += d * d;
    }
    List<Double> out = new ArrayList<>();
    for (double d : sdev) {
      out.add(d * d / total);
    }
    return out;
  }

  /**
   * The loadings of a component ({@code prcomp}'s {@code rotation} column).
   *
   * @param component 0 for the first
   * @return one per column, in {@link #nodes()} order
   * @throws IndexOutOfBoundsException if there is no such component
   */
  public List<Double> loadings(int component) {
    if (component < 0 || component >= sdev.length) {
      throw new IndexOutOfBoundsException("component " + component + " of " + sdev.length);
    }
    List<Double> out = new ArrayList<>();
    for (double[] row : loadings) {
      out.add(row[component]);
    }
    return out;
  }

  /**
   * COINr's PCA weights: the loadings of the first component.
   *
   * @return one per column, in {@link #nodes()} order
   */
  public List<Double> weights() {
    return loadings(0);
  }

  @Override
  public String toString() {
    return "PCA of " + (group == null ? "all" : group) + " " + nodes + " over " + units.size() + " units: sdev "
        + standardDeviations();
  }
}
