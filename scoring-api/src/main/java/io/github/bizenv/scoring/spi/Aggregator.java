package io.github.bizenv.scoring.spi;

import java.util.List;

/**
 * Combines the scores of a node's children into the node's score, for one unit at a time.
 *
 * <p>The engine passes only the children that have a score for the unit (missing and not-applicable ones are
 * left out, per the node's missing-data policy), with their weights renormalized to sum to 1. The engine checks
 * the result: an infinite score, or one outside {@link #range} of the children's ranges, is reported as a problem
 * naming the aggregator, the node and the unit ({@code NaN} means the unit has no score there). Implementations
 * are immutable and thread-safe and must not modify the arrays.
 */
public interface Aggregator {

  /**
   * Combines scores.
   *
   * @param scores the available children's scores; only the first {@code count} are used
   * @param weights their weights, summing to 1 over the first {@code count}
   * @param count how many children are available, at least 1
   * @return the node's score
   */
  double aggregate(double[] scores, double[] weights, int count);

  /**
   * Combines scores knowing the share of the applicable children's weight that the available ones carry — for
   * aggregators whose missing-data rule gives a missing child's share to the others, such as B-READY's point sums.
   * The engine calls this method; the default ignores {@code share} and calls
   * {@link #aggregate(double[], double[], int)}.
   *
   * @param scores the available children's scores; only the first {@code count} are used
   * @param weights their weights, summing to 1 over the first {@code count}
   * @param count how many children are available, at least 1
   * @param share the available children's declared weight over that of every applicable child (those not
   *     declared not applicable), in (0, 1]; 1 when none is missing
   * @return the node's score
   */
  default double aggregate(double[] scores, double[] weights, int count, double share) {
    return aggregate(scores, weights, count);
  }

  /**
   * The range of the node's score given its children's ranges.
   *
   * @param children the children's ranges
   * @return the node's range
   */
  Range range(List<Range> children);

  /**
   * Whether every input must be greater than 0 (a geometric or harmonic mean); the engine rejects a
   * methodology that feeds such an aggregator a child whose range includes 0 or less.
   *
   * @return {@code false} by default
   */
  default boolean requiresPositiveInputs() {
    return false;
  }

  /**
   * Whether the node is missing as soon as one child is (a generalised mean); otherwise the engine renormalizes
   * the weights over the children present, down to the node's minimum share.
   *
   * @return {@code false} by default
   */
  default boolean needsAllChildren() {
    return false;
  }

  /**
   * Whether the aggregator compares units with each other (a non-compensatory outranking method such as
   * Copeland's), so that the engine must call {@link #aggregateColumns} with every unit at once instead of
   * {@link #aggregate} unit by unit. Such an aggregator overrides {@link #aggregateColumns}.
   *
   * @return {@code false} by default
   */
  default boolean columnWise() {
    return false;
  }

  /**
   * Aggregates every unit at once. Column-wise aggregators ({@link #columnWise()}) must override this; the
   * default applies {@link #aggregate(double[], double[], int, double)} to each unit over the children it has,
   * their weights renormalized, with their share of the weight, and gives {@code NaN} to a unit with none.
   *
   * @param children {@code children[c][u]}: child {@code c}'s score for unit {@code u}, {@code NaN} when missing
   * @param weights the children's weights, summing to 1
   * @param out where to write each unit's score ({@code NaN} for missing)
   */
  default void aggregateColumns(double[][] children, double[] weights, double[] out) {
    double[] scores = new double[children.length];
    double[] used = new double[children.length];
    for (int u = 0; u < out.length; u++) {
      int count = 0;
      double total = 0;
      for (int c = 0; c < children.length; c++) {
        double s = children[c][u];
        if (s == s) {
          scores[count] = s;
          used[count] = weights[c];
          total += weights[c];
          count++;
        }
      }
      if (count == 0 || !(total > 0)) {
        out[u] = Double.NaN;
        continue;
      }
      for (int k = 0; k < count; k++) {
        used[k] /= total;
      }
      out[u] = aggregate(scores, used, count, Math.min(1, total));
    }
  }

  /**
   * Aggregates every unit at once, for unit-wise aggregators: the bulk form of {@link #aggregate}, which the engine
   * calls for a whole node. A unit's children are those with a score ({@code children[c][u]} not {@code NaN}),
   * their weights renormalised by the unit's {@code available[u]}; a unit with {@code available[u]} of 0 is not
   * aggregated (its result is ignored). The default applies {@link #aggregate(double[], double[], int, double)} to
   * each unit, with the weights {@code weights[c] / available[u]} in child order and the share
   * {@code available[u] / applicable[u]}; an aggregator may override it with loops over whole columns that give the
   * same results bit for bit.
   *
   * @param children {@code children[c][u]}: child {@code c}'s score for unit {@code u}, {@code NaN} when it has none
   * @param weights the children's weights as declared (not normalised)
   * @param available for each unit, the sum of the weights of the children it has, or 0 to skip the unit
   * @param applicable for each unit, the sum of the weights of the children that apply to it (all but those not
   *     applicable), at least {@code available[u]}
   * @param out where to write each unit's score
   */
  default void aggregateEach(double[][] children, double[] weights, double[] available, double[] applicable,
      double[] out) {
    int n = children.length;
    double[] values = new double[n];
    double[] w = new double[n];
    for (int u = 0; u < out.length; u++) {
      double a = available[u];
      if (!(a > 0)) {
        out[u] = Double.NaN;
        continue;
      }
      int k = 0;
      for (int c = 0; c < n; c++) {
        double v = children[c][u];
        if (v == v) {
          values[k] = v;
          w[k] = weights[c];
          k++;
        }
      }
      for (int j = 0; j < k; j++) {
        w[j] /= a;
      }
      out[u] = aggregate(values, w, k, Math.min(1, a / applicable[u]));
    }
  }

  /**
   * Whether each child's share of the result is its weight times its score, so that explanations can show
   * contributions (true for the weighted arithmetic mean and for sums).
   *
   * @return {@code false} by default
   */
  default boolean additive() {
    return false;
  }
}
