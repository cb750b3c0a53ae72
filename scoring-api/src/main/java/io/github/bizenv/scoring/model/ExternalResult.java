package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A result a jurisdiction got in an outside evaluation (国评/省评结果), per indicator: its rank among how
 * many, optionally its score, and when it was published. Results for a year are usually published in the next
 * one; an assessment uses the latest results published by its date.
 */
@Value.Immutable
public abstract class ExternalResult {

  ExternalResult() {}

  /**
   * National or provincial.
   *
   * @return the level
   */
  public abstract ResultLevel level();

  /**
   * The jurisdiction evaluated (usually the programme's city).
   *
   * @return a unit id of the programme
   */
  public abstract String unit();

  /**
   * The indicator the result is for.
   *
   * @return an indicator id of the programme
   */
  public abstract String indicator();

  /**
   * The evaluation's period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The rank, 1 being best.
   *
   * @return a rank from 1 to {@link #outOf()}
   */
  public abstract int rank();

  /**
   * How many jurisdictions were ranked.
   *
   * @return at least 1
   */
  public abstract int outOf();

  /**
   * The score, if published.
   *
   * @return a finite score, if given
   */
  public abstract OptionalDouble score();

  /**
   * The day the result was published.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> published();

  /**
   * The first day the result can be used: its publication date, or the last day of its period when the
   * publication date is not known.
   *
   * @return the date
   */
  public LocalDate availableFrom() {
    return published().orElseGet(() -> period().end());
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableExternalResult.Builder builder() {
    return ImmutableExternalResult.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/unit", unit());
    c.id("/indicator", indicator());
    c.require(outOf() >= 1, Problem.OUT_OF_RANGE, "/outOf", "outOf " + outOf() + " is less than 1");
    c.require(rank() >= 1 && rank() <= Math.max(1, outOf()), Problem.OUT_OF_RANGE, "/rank",
        "rank " + rank() + " is outside 1.." + outOf());
    score().ifPresent(s -> c.finite("/score", s));
    published().ifPresent(d -> c.require(!d.isBefore(period().start()), Problem.ORDER, "/published",
        "publication date " + d + " is before the start of the evaluated period " + period()));
    c.throwIfAny("ExternalResult");
  }
}
