package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A score one unit gives another for a task (评价): the lead unit rates a responsible unit. */
@Value.Immutable
public abstract class Rating {

  Rating() {}

  /**
   * The task rated.
   *
   * @return a task id of the programme
   */
  public abstract String task();

  /**
   * The unit that rates: the task's lead.
   *
   * @return a unit id of the programme
   */
  public abstract String rater();

  /**
   * The unit rated: one of the task's responsible units.
   *
   * @return a unit id of the programme
   */
  public abstract String ratee();

  /**
   * The score.
   *
   * @return a number in [0, 100]
   */
  public abstract double score();

  /**
   * The day of the rating.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableRating.Builder builder() {
    return ImmutableRating.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/task", task());
    c.id("/rater", rater());
    c.id("/ratee", ratee());
    c.require(!rater().equals(ratee()), Problem.INCONSISTENT, "/ratee",
        "unit " + Checks.quote(ratee()) + " cannot rate itself");
    c.range("/score", score(), 0, 100, "rating score");
    c.throwIfAny("Rating");
  }
}
