package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Which units with a score are ranked: those whose value in a data column lies within bounds, e.g. a unit answering
 * for at least 3 tasks. A unit outside is scored but not ranked, and its explanation says why.
 *
 * <pre>{@code
 * Eligibility.builder().indicator("tasks.total").atLeast(3).label("承担任务不足3项").build();
 * }</pre>
 */
@Value.Immutable
public abstract class Eligibility {

  Eligibility() {}

  /**
   * The data column tested.
   *
   * @return the column
   */
  public abstract String indicator();

  /**
   * The least value ranked.
   *
   * @return the bound, if any
   */
  public abstract OptionalDouble atLeast();

  /**
   * The greatest value ranked.
   *
   * @return the bound, if any
   */
  public abstract OptionalDouble atMost();

  /**
   * What a unit outside the bounds is told, e.g. {@code 承担任务不足3项}.
   *
   * @return the label; without one the reason names the column, the value and the bound
   */
  public abstract Optional<String> label();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEligibility.Builder builder() {
    return ImmutableEligibility.builder();
  }

  /**
   * Whether a value is within the bounds; a missing value ({@code NaN}) never is.
   *
   * @param value the unit's value
   * @return whether the unit is ranked
   */
  public boolean admits(double value) {
    return value == value && (atLeast().isEmpty() || value >= atLeast().getAsDouble())
        && (atMost().isEmpty() || value <= atMost().getAsDouble());
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.text("/indicator", indicator(), "the eligibility column (indicator)");
    c.require(atLeast().isPresent() || atMost().isPresent(), Problem.MISSING_FIELD, "",
        "a ranking condition needs atLeast or atMost");
    atLeast().ifPresent(v -> c.range("/atLeast", v, -Double.MAX_VALUE, false, Double.MAX_VALUE, "atLeast"));
    atMost().ifPresent(v -> c.range("/atMost", v, -Double.MAX_VALUE, false, Double.MAX_VALUE, "atMost"));
    if (atLeast().isPresent() && atMost().isPresent()) {
      c.require(atLeast().getAsDouble() <= atMost().getAsDouble(), Problem.INCONSISTENT, "/atLeast", "atLeast "
          + Codes.fmt(atLeast().getAsDouble()) + " is greater than atMost " + Codes.fmt(atMost().getAsDouble())
          + ": no unit could be ranked");
    }
    label().ifPresent(l -> c.text("/label", l, "the label"));
    c.throwIfAny("Eligibility");
  }
}
