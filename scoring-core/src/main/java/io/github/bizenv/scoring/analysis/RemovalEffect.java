package io.github.bizenv.scoring.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What removing one element (an indicator or an aggregate with everything under it) does to a target node's
 * scores and ranks, as COINr's {@code remove_elements} measures it: each unit's rank without the element against
 * its nominal rank, and the mean absolute rank change over the units. Immutable.
 */
public final class RemovalEffect {

  private final String element;
  private final String target;
  private final List<String> units;
  private final Map<String, Double> scores;
  private final Map<String, Integer> ranks;
  private final Map<String, Integer> nominal;
  private final double meanAbsoluteChange;

  RemovalEffect(String element, String target, List<String> units, Map<String, Double> scores,
      Map<String, Integer> ranks, Map<String, Integer> nominal, double meanAbsoluteChange) {
    this.element = element;
    this.target = target;
    this.units = List.copyOf(units);
    this.scores = Collections.unmodifiableMap(scores);
    this.ranks = Collections.unmodifiableMap(ranks);
    this.nominal = Collections.unmodifiableMap(nominal);
    this.meanAbsoluteChange = meanAbsoluteChange;
  }

  /**
   * The element removed.
   *
   * @return its node id
   */
  public String element() {
    return element;
  }

  /**
   * The node whose ranks are compared (the root unless asked otherwise).
   *
   * @return its node id
   */
  public String target() {
    return target;
  }

  /**
   * The units compared: those with a nominal score.
   *
   * @return unit ids
   */
  public List<String> units() {
    return units;
  }

  /**
   * A unit's target score without the element.
   *
   * @param unit a unit of {@link #units()}
   * @return the score, or empty when missing
   */
  public OptionalDouble score(String unit) {
    Double s = scores.get(unit);
    return s == null || s.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(s);
  }

  /**
   * A unit's rank without the element.
   *
   * @param unit a unit of {@link #units()}
   * @return the rank, or empty when its score is missing
   */
  public OptionalInt rank(String unit) {
    Integer r = ranks.get(unit);
    return r == null || r == 0 ? OptionalInt.empty() : OptionalInt.of(r);
  }

  /**
   * A unit's rank change, nominal rank minus the rank without the element (positive: it moves up).
   *
   * @param unit a unit of {@link #units()}
   * @return the change, or empty when either rank is missing
   */
  public OptionalInt rankChange(String unit) {
    Integer r = ranks.get(unit);
    Integer n = nominal.get(unit);
    return r == null || n == null || r == 0 || n == 0 ? OptionalInt.empty() : OptionalInt.of(n - r);
  }

  /**
   * The mean over the units of the absolute rank change.
   *
   * @return the mean; empty when any unit lacks a rank (COINr's {@code colMeans} gives NA then)
   */
  public OptionalDouble meanAbsoluteRankChange() {
    return meanAbsoluteChange == meanAbsoluteChange ? OptionalDouble.of(meanAbsoluteChange) : OptionalDouble.empty();
  }

  @Override
  public String toString() {
    return "without " + element + ": mean |rank change| of " + target + " = " + meanAbsoluteChange;
  }
}
