package io.github.bizenv.scoring.analysis;

import java.util.List;

/**
 * A unit's best and worst indicators by its rank in each, as COINr's {@code get_str_weak} finds them. Immutable.
 */
public final class StrengthsAndWeaknesses {

  private final String unit;
  private final List<UnitResult> strengths;
  private final List<UnitResult> weaknesses;

  StrengthsAndWeaknesses(String unit, List<UnitResult> strengths, List<UnitResult> weaknesses) {
    this.unit = unit;
    this.strengths = List.copyOf(strengths);
    this.weaknesses = List.copyOf(weaknesses);
  }

  /**
   * The unit.
   *
   * @return its id
   */
  public String unit() {
    return unit;
  }

  /**
   * The indicators where the unit ranks best, best first.
   *
   * @return up to the number asked for
   */
  public List<UnitResult> strengths() {
    return strengths;
  }

  /**
   * The indicators where the unit ranks worst, in ascending rank order as COINr lists them (the worst last).
   *
   * @return up to the number asked for
   */
  public List<UnitResult> weaknesses() {
    return weaknesses;
  }

  @Override
  public String toString() {
    return unit + ": strengths " + strengths + "; weaknesses " + weaknesses;
  }
}
