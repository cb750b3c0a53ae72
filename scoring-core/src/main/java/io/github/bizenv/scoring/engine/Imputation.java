package io.github.bizenv.scoring.engine;

/** A value the pipeline filled in: which unit and leaf, the value, and how it was computed. Immutable. */
public final class Imputation {

  private final String unit;
  private final String node;
  private final double value;
  private final String method;

  Imputation(String unit, String node, double value, String method) {
    this.unit = unit;
    this.node = node;
    this.value = value;
    this.method = method;
  }

  /**
   * The unit.
   *
   * @return the unit id
   */
  public String unit() {
    return unit;
  }

  /**
   * The leaf.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The value filled in.
   *
   * @return the value
   */
  public double value() {
    return value;
  }

  /**
   * How it was computed, e.g. {@code mean of EurAsia_group = Europe}.
   *
   * @return the method, in words
   */
  public String method() {
    return method;
  }

  @Override
  public String toString() {
    return unit + "/" + node + " = " + value + " (" + method + ")";
  }
}
