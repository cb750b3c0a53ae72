package io.github.bizenv.scoring.live;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A change of one unit's standing: its score at the root, its rank or its grade, before and after a batch of updates,
 * and the alert lines its scores crossed.
 * Changes are numbered in the order they happened ({@link #sequence()}); for one unit, each change's "before" is the
 * previous change's "after". Immutable.
 */
public final class Change {

  private final long sequence;
  private final LocalDate date;
  private final String unit;
  private final OptionalDouble scoreBefore;
  private final OptionalDouble scoreAfter;
  private final OptionalInt rankBefore;
  private final OptionalInt rankAfter;
  private final Optional<String> gradeBefore;
  private final Optional<String> gradeAfter;
  private final List<Crossing> crossings;

  Change(long sequence, LocalDate date, String unit, OptionalDouble scoreBefore, OptionalDouble scoreAfter,
      OptionalInt rankBefore, OptionalInt rankAfter, Optional<String> gradeBefore, Optional<String> gradeAfter,
      List<Crossing> crossings) {
    this.sequence = sequence;
    this.date = date;
    this.unit = unit;
    this.scoreBefore = scoreBefore;
    this.scoreAfter = scoreAfter;
    this.rankBefore = rankBefore;
    this.rankAfter = rankAfter;
    this.gradeBefore = gradeBefore;
    this.gradeAfter = gradeAfter;
    this.crossings = List.copyOf(crossings);
  }

  /**
   * The change's number: changes of one live evaluation are numbered 1, 2, 3 … in the order they happened.
   *
   * @return the sequence number
   */
  public long sequence() {
    return sequence;
  }

  /**
   * The date of the batch of updates that caused the change.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
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
   * The root score before.
   *
   * @return the score, or empty when missing
   */
  public OptionalDouble scoreBefore() {
    return scoreBefore;
  }

  /**
   * The root score after.
   *
   * @return the score, or empty when missing
   */
  public OptionalDouble scoreAfter() {
    return scoreAfter;
  }

  /**
   * The rank before.
   *
   * @return the rank, or empty when not ranked
   */
  public OptionalInt rankBefore() {
    return rankBefore;
  }

  /**
   * The rank after.
   *
   * @return the rank, or empty when not ranked
   */
  public OptionalInt rankAfter() {
    return rankAfter;
  }

  /**
   * The grade before.
   *
   * @return the grade, if any
   */
  public Optional<String> gradeBefore() {
    return gradeBefore;
  }

  /**
   * The grade after.
   *
   * @return the grade, if any
   */
  public Optional<String> gradeAfter() {
    return gradeAfter;
  }

  /**
   * Whether the unit moved in the ranking.
   *
   * @return {@code true} when its rank changed
   */
  public boolean movedInRanking() {
    return !rankBefore.equals(rankAfter);
  }

  /**
   * The alert lines the unit's scores crossed.
   *
   * @return the crossings, in the order the alerts were declared; empty when none
   */
  public List<Crossing> crossings() {
    return crossings;
  }

  /**
   * Whether the unit crossed a grade edge.
   *
   * @return {@code true} when its grade changed
   */
  public boolean crossedGradeEdge() {
    return !gradeBefore.equals(gradeAfter);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Change)) {
      return false;
    }
    Change c = (Change) o;
    return c.sequence == sequence && c.date.equals(date) && c.unit.equals(unit) && c.scoreBefore.equals(scoreBefore)
        && c.scoreAfter.equals(scoreAfter) && c.rankBefore.equals(rankBefore) && c.rankAfter.equals(rankAfter)
        && c.gradeBefore.equals(gradeBefore) && c.gradeAfter.equals(gradeAfter) && c.crossings.equals(crossings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequence, unit);
  }

  @Override
  public String toString() {
    return "#" + sequence + " " + date + " " + unit + ": score " + show(scoreBefore) + " → " + show(scoreAfter)
        + ", rank " + (rankBefore.isPresent() ? rankBefore.getAsInt() : "-") + " → "
        + (rankAfter.isPresent() ? rankAfter.getAsInt() : "-") + ", grade " + gradeBefore.orElse("-") + " → "
        + gradeAfter.orElse("-") + (crossings.isEmpty() ? "" : ", " + crossings);
  }

  private static String show(OptionalDouble d) {
    return d.isPresent() ? Double.toString(d.getAsDouble()) : "-";
  }
}
