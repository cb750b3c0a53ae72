package io.github.bizenv.scoring.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The measurable target of a task (量化目标): an indicator, its local value at the start (baseline), the
 * benchmark's value, and the value the task aims for.
 */
@Value.Immutable
public abstract class Measure {

  Measure() {}

  /**
   * The indicator measured.
   *
   * @return the id of an indicator of the same programme
   */
  public abstract String indicator();

  /**
   * The local value when the programme starts.
   *
   * @return a finite number
   */
  public abstract double baseline();

  /**
   * The benchmark's value.
   *
   * @return a finite number
   */
  public abstract double benchmark();

  /**
   * The value the task aims for by its deadline.
   *
   * @return a finite number
   */
  public abstract double target();

  /**
   * Why the target is worse than the baseline, when it deliberately is (a stricter way of counting, a new
   * service added to the measure). Without a reason, a target worse than its baseline is flagged as a
   * probable error by {@link Programme#warnings()}.
   *
   * @return the reason, if the target is meant to be worse than the baseline
   */
  public abstract Optional<LocalizedText> worseningReason();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMeasure.Builder builder() {
    return ImmutableMeasure.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/indicator", indicator());
    c.finite("/baseline", baseline());
    c.finite("/benchmark", benchmark());
    c.finite("/target", target());
    c.throwIfAny("Measure");
  }
}
