package io.github.bizenv.scoring.analysis;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Correlations between two sets of columns, as R's {@code cor(X, Y, use = "pairwise.complete.obs")}: each pair of
 * columns over the units where both are present, with the p-value of R's {@code cor.test} on the same pairs.
 * Immutable.
 */
public final class CorrelationMatrix {

  private final CorrelationMethod method;
  private final List<String> rows;
  private final List<String> columns;
  private final Correlation[][] cells;

  CorrelationMatrix(CorrelationMethod method, List<String> rows, List<String> columns, Correlation[][] cells) {
    this.method = method;
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.cells = cells;
  }

  /**
   * The method.
   *
   * @return Pearson or Spearman
   */
  public CorrelationMethod method() {
    return method;
  }

  /**
   * The row columns.
   *
   * @return node ids
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * The column columns.
   *
   * @return node ids
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * One cell.
   *
   * @param row a node of {@link #rows()}
   * @param column a node of {@link #columns()}
   * @return the correlation with its p-value and pairs
   * @throws IllegalArgumentException if either node is not in the matrix
   */
  public Correlation get(String row, String column) {
    int r = rows.indexOf(row);
    int c = columns.indexOf(column);
    if (r < 0 || c < 0) {
      throw new IllegalArgumentException("no cell " + row + " × " + column + " in this matrix of " + rows + " × "
          + columns);
    }
    return cells[r][c];
  }

  /**
   * A cell's value.
   *
   * @param row a node of {@link #rows()}
   * @param column a node of {@link #columns()}
   * @return the correlation, or empty when undefined
   */
  public OptionalDouble value(String row, String column) {
    return get(row, column).value();
  }
}
