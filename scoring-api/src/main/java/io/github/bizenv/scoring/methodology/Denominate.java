package io.github.bizenv.scoring.methodology;

import org.immutables.value.Value;

/**
 * Divides each leaf that names a {@link Node#denominator()} by that column of the same unit, times a scale
 * (COINr's {@code Denominate}): GDP per capita from GDP and population.
 */
@Value.Immutable
public abstract class Denominate extends PipelineStep {

  Denominate() {}

  /**
   * What each quotient is multiplied by.
   *
   * @return a finite number other than 0; 1 by default
   */
  @Value.Default
  public double scale() {
    return 1;
  }

  @Override
  public final String step() {
    return "denominate";
  }

  @Override
  public final String stage() {
    return "denominated";
  }

  /**
   * A step with scale 1.
   *
   * @return the step
   */
  public static Denominate create() {
    return ImmutableDenominate.builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableDenominate.Builder builder() {
    return ImmutableDenominate.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.require(Double.isFinite(scale()) && scale() != 0, io.github.bizenv.scoring.Problem.OUT_OF_RANGE, "/scale",
        "scale " + Codes.fmt(scale()) + " must be a finite number other than 0");
    c.throwIfAny("Denominate");
  }
}
