package io.github.bizenv.scoring.analysis;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One correlation between two columns: with its group (for flags within groups), the number of complete pairs
 * and the two-sided p-value of R's {@code cor.test}. Immutable.
 */
public final class Correlation {

  private final String first;
  private final String second;
  private final String group;
  private final double value;
  private final double p;
  private final int pairs;

  Correlation(String first, String second, String group, double[] rpn) {
    this.first = first;
    this.second = second;
    this.group = group;
    this.value = rpn[0];
    this.p = rpn[1];
    this.pairs = (int) rpn[2];
  }

  /**
   * The first column (the row of a correlation matrix; the child in a correlation with a parent).
   *
   * @return the node id
   */
  public String first() {
    return first;
  }

  /**
   * The second column (the parent in a correlation with a parent).
   *
   * @return the node id
   */
  public String second() {
    return second;
  }

  /**
   * The group both columns belong to, for flags within groups.
   *
   * @return the group's node id, if any
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The correlation.
   *
   * @return the value; empty when undefined (fewer than two pairs, or a column without variance)
   */
  public OptionalDouble value() {
    return value == value ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The two-sided p-value of the test that the correlation is zero.
   *
   * @return the p-value; empty when undefined (fewer than three pairs)
   */
  public OptionalDouble pValue() {
    return p == p ? OptionalDouble.of(p) : OptionalDouble.empty();
  }

  /**
   * The correlation as COINr's {@code get_corr(…, pval = alpha)} reports it: empty when the p-value exceeds alpha.
   *
   * @param alpha the significance level; 0 reports every defined correlation
   * @return the value, or empty
   */
  public OptionalDouble significant(double alpha) {
    if (value != value || (alpha > 0 && !(p <= alpha))) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  /**
   * The number of units with both values present.
   *
   * @return the count
   */
  public int pairs() {
    return pairs;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Correlation)) {
      return false;
    }
    Correlation c = (Correlation) o;
    return first.equals(c.first) && second.equals(c.second) && Objects.equals(group, c.group)
        && Double.compare(value, c.value) == 0 && Double.compare(p, c.p) == 0 && pairs == c.pairs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, second, group, value, p, pairs);
  }

  @Override
  public String toString() {
    return (group == null ? "" : group + ": ") + first + " ~ " + second + " = " + value + " (p " + p + ", n " + pairs
        + ")";
  }
}
