package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A value of an indicator for a unit in a period (数据): a finite number, or one of the indicator's
 * declared text codes. Exactly one of {@link #number()} and {@link #code()} is present; a missing value is
 * simply not observed.
 */
@Value.Immutable
public abstract class Observation {

  Observation() {}

  /**
   * The unit observed.
   *
   * @return a unit id
   */
  public abstract String unit();

  /**
   * The indicator observed.
   *
   * @return an indicator id
   */
  public abstract String indicator();

  /**
   * The period the value refers to.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * The numeric value.
   *
   * @return a finite number, unless the value is a text code
   */
  public abstract OptionalDouble number();

  /**
   * The text code.
   *
   * @return one of the indicator's declared text codes, unless the value is a number
   */
  public abstract Optional<String> code();

  /**
   * A numeric observation.
   *
   * @param unit the unit
   * @param indicator the indicator
   * @param period the period
   * @param value a finite number
   * @return the observation
   */
  public static Observation of(String unit, String indicator, Period period, double value) {
    return ImmutableObservation.builder().unit(unit).indicator(indicator).period(period).number(value).build();
  }

  /**
   * A text-code observation.
   *
   * @param unit the unit
   * @param indicator the indicator
   * @param period the period
   * @param code a declared text code of the indicator
   * @return the observation
   */
  public static Observation ofCode(String unit, String indicator, Period period, String code) {
    return ImmutableObservation.builder().unit(unit).indicator(indicator).period(period).code(code).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableObservation.Builder builder() {
    return ImmutableObservation.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/unit", unit());
    c.id("/indicator", indicator());
    c.require(number().isPresent() != code().isPresent(), Problem.INCONSISTENT, "/value",
        "an observation holds exactly one of a number and a text code");
    number().ifPresent(n -> c.finite("/value", n));
    code().ifPresent(s -> c.require(!s.isBlank(), Problem.MISSING_FIELD, "/value", "text code is blank"));
    c.throwIfAny("Observation");
  }
}
