package io.github.bizenv.scoring.analysis;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One unit's value and rank at one node: a row of a unit summary, a strength or a weakness. Immutable.
 */
public final class UnitResult {

  private final String node;
  private final int level;
  private final String group;
  private final double value;
  private final int rank;

  UnitResult(String node, int level, String group, double value, int rank) {
    this.node = node;
    this.level = level;
    this.group = group;
    this.value = value;
    this.rank = rank;
  }

  /**
   * The node.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The node's level: 1 for indicators, one more than its highest child for an aggregate.
   *
   * @return the level
   */
  public int level() {
    return level;
  }

  /**
   * The node's ancestor at the report level (COINr's {@code report_level}), for strengths and weaknesses.
   *
   * @return the ancestor's id, if asked for and present
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * The unit's value or score.
   *
   * @return the value; empty when missing
   */
  public OptionalDouble value() {
    return value == value ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  /**
   * The unit's rank among all units at the stage: highest value first, ties sharing the best rank ("1224").
   *
   * @return the rank; empty when the value is missing
   */
  public OptionalInt rank() {
    return rank > 0 ? OptionalInt.of(rank) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return node + (group == null ? "" : " (" + group + ")") + " = " + value + ", rank " + rank;
  }
}
