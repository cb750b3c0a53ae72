package io.github.bizenv.scoring.live;

import java.util.Objects;

/**
 * A unit's score crossing an {@link Alert} line: from one side to the other, both scores present (a score appearing
 * or vanishing is a change of score, not a crossing). Immutable.
 */
public final class Crossing {

  private final Alert alert;
  private final double before;
  private final double after;

  Crossing(Alert alert, double before, double after) {
    this.alert = alert;
    this.before = before;
    this.after = after;
  }

  /**
   * The alert line crossed.
   *
   * @return the alert
   */
  public Alert alert() {
    return alert;
  }

  /**
   * The score before.
   *
   * @return the score on one side
   */
  public double before() {
    return before;
  }

  /**
   * The score after.
   *
   * @return the score on the other side
   */
  public double after() {
    return after;
  }

  /**
   * Whether the score rose to the line or above it (else it fell below it).
   *
   * @return {@code true} when rising
   */
  public boolean rising() {
    return after > before;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Crossing && ((Crossing) o).alert.equals(alert)
        && Double.compare(((Crossing) o).before, before) == 0 && Double.compare(((Crossing) o).after, after) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(alert, before, after);
  }

  @Override
  public String toString() {
    return alert.node() + " " + (rising() ? "rose to " : "fell below ") + alert.threshold() + " (" + before + " → "
        + after + ")";
  }
}
