package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Fills missing values of the leaves (all, or those listed) by an {@link ImputationMethod}. Cells holding a text
 * code are not missing and are left alone.
 */
@Value.Immutable
public abstract class Impute extends PipelineStep {

  Impute() {}

  /**
   * How values are filled.
   *
   * @return the method
   */
  public abstract ImputationMethod method();

  /**
   * The data column whose values group the units, for {@link ImputationMethod#grouped() grouped} methods.
   *
   * @return the column; present exactly when the method is grouped
   */
  public abstract Optional<String> groupColumn();

  /**
   * The leaves imputed.
   *
   * @return leaf ids; empty when every leaf is imputed
   */
  public abstract Optional<Set<String>> indicators();

  @Override
  public final String step() {
    return "impute";
  }

  @Override
  public final String stage() {
    return "imputed";
  }

  /**
   * A step imputing every leaf.
   *
   * @param method the method, not a grouped one
   * @return the step
   */
  public static Impute of(ImputationMethod method) {
    return ImmutableImpute.builder().method(method).build();
  }

  /**
   * A step imputing every leaf by groups of a data column.
   *
   * @param method a grouped method
   * @param groupColumn the column that groups the units
   * @return the step
   */
  public static Impute byGroup(ImputationMethod method, String groupColumn) {
    return ImmutableImpute.builder().method(method).groupColumn(groupColumn).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableImpute.Builder builder() {
    return ImmutableImpute.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    if (method().grouped()) {
      c.require(groupColumn().isPresent(), Problem.MISSING_FIELD, "/groupColumn",
          "imputation \"" + method().code() + "\" needs a groupColumn");
    } else {
      c.require(groupColumn().isEmpty(), Problem.INCONSISTENT, "/groupColumn",
          "imputation \"" + method().code() + "\" does not use a groupColumn");
    }
    groupColumn().ifPresent(g -> c.text("/groupColumn", g, "the group column"));
    indicators().ifPresent(i -> c.require(!i.isEmpty(), Problem.MISSING_FIELD, "/indicators",
        "a list of indicators to impute cannot be empty; leave it out to impute every leaf"));
    c.throwIfAny("Impute");
  }
}
