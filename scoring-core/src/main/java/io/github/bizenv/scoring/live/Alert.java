package io.github.bizenv.scoring.live;

import java.util.Objects;

/**
 * An alert line declared on a live evaluation (预警线): a node and a threshold a unit's score there may cross, such as
 * the root at 60 (a unit falling below a pass mark) or an area at 80. Immutable.
 */
public final class Alert {

  private final String node;
  private final double threshold;

  private Alert(String node, double threshold) {
    this.node = node;
    this.threshold = threshold;
  }

  /**
   * An alert line.
   *
   * @param node the node's id
   * @param threshold a finite score; a score at or above it is on the upper side
   * @return the alert
   * @throws IllegalArgumentException if the threshold is not finite
   */
  public static Alert at(String node, double threshold) {
    Objects.requireNonNull(node, "node");
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold of an alert at node \"" + node + "\" is not finite: "
          + threshold);
    }
    return new Alert(node, threshold);
  }

  /**
   * The node.
   *
   * @return the node's id
   */
  public String node() {
    return node;
  }

  /**
   * The threshold.
   *
   * @return the score; at or above it is the upper side
   */
  public double threshold() {
    return threshold;
  }

  /** Whether a score is on the upper side. */
  boolean above(double score) {
    return score >= threshold;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Alert && ((Alert) o).node.equals(node)
        && Double.compare(((Alert) o).threshold, threshold) == 0;
  }

  @Override
  public int hashCode() {
    return node.hashCode() * 31 + Double.hashCode(threshold);
  }

  @Override
  public String toString() {
    return node + " at " + threshold;
  }
}
