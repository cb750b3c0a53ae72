package io.github.bizenv.scoring.spi;

/**
 * A closed interval of scores a strategy can produce, {@code [min, max]}. Immutable.
 */
public final class Range {

  private final double min;
  private final double max;

  private Range(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /**
   * An interval.
   *
   * @param min the least value
   * @param max the greatest value, not less than {@code min}
   * @return the interval
   * @throws IllegalArgumentException if {@code min > max} or either is NaN
   */
  public static Range of(double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("range [" + min + ", " + max + "] is empty");
    }
    return new Range(min, max);
  }

  /**
   * The least value.
   *
   * @return the lower bound
   */
  public double min() {
    return min;
  }

  /**
   * The greatest value.
   *
   * @return the upper bound
   */
  public double max() {
    return max;
  }

  /**
   * Tells whether a value lies in the interval.
   *
   * @param value the value
   * @return {@code true} when {@code min <= value <= max}
   */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Range && ((Range) o).min == min && ((Range) o).max == max;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(min) * 31 + Double.hashCode(max);
  }

  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
