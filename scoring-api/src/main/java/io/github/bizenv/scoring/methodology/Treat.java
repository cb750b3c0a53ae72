package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Treats outliers as COINr's {@code Treat} does by default: a leaf whose absolute skewness reaches {@link #skew()}
 * and whose kurtosis reaches {@link #kurtosis()} is winsorised one extreme point at a time, up to
 * {@link #winmax()} points; if it still fails the test, its original values are log-transformed instead.
 */
@Value.Immutable
public abstract class Treat extends PipelineStep {

  Treat() {}

  /**
   * The most points winsorised per leaf.
   *
   * @return at least 0; 5 by default
   */
  @Value.Default
  public int winmax() {
    return 5;
  }

  /**
   * The absolute skewness at or above which a leaf may fail the test.
   *
   * @return a finite number; 2 by default
   */
  @Value.Default
  public double skew() {
    return 2;
  }

  /**
   * The kurtosis at or above which a leaf may fail the test.
   *
   * @return a finite number; 3.5 by default
   */
  @Value.Default
  public double kurtosis() {
    return 3.5;
  }

  /**
   * Leaves treated otherwise than by the test.
   *
   * @return leaf id → override
   */
  public abstract Map<String, TreatmentOverride> overrides();

  @Override
  public final String step() {
    return "treat";
  }

  @Override
  public final String stage() {
    return "treated";
  }

  /**
   * A step with COINr's defaults: winmax 5, skew 2, kurtosis 3.5.
   *
   * @return the step
   */
  public static Treat defaults() {
    return ImmutableTreat.builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTreat.Builder builder() {
    return ImmutableTreat.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.require(winmax() >= 0, Problem.OUT_OF_RANGE, "/winmax", "winmax " + winmax() + " must be at least 0");
    c.range("/skew", skew(), 0, false, Double.MAX_VALUE, "skew");
    c.range("/kurtosis", kurtosis(), -Double.MAX_VALUE, false, Double.MAX_VALUE, "kurtosis");
    overrides().keySet().forEach(k -> c.id("/overrides/" + Check.escape(k), k, "leaf"));
    c.throwIfAny("Treat");
  }
}
