package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.List;
import org.immutables.value.Value;

/**
 * Groups of equal size by position — quintiles by default — reported instead of, or beside, ranks (B-READY reports
 * quintiles per topic and pillar, not ranks). The units ranked at a node (with the ranking's groups, exclusions and
 * tie tolerance) are ordered best first; the unit at position {@code p} of {@code n} is in group
 * {@code ceil(count × p / n)}, so group 1 holds positions 1 … ⌊n / count⌋ and the groups' sizes differ by at most
 * one. Tied units share one position by {@link #ties()}.
 */
@Value.Immutable
public abstract class Quantiles {

  Quantiles() {}

  /**
   * How many groups.
   *
   * @return 2 to 100; 5 (quintiles) by default
   */
  @Value.Default
  public int count() {
    return 5;
  }

  /**
   * Which group tied units join.
   *
   * @return the tie rule; {@link QuantileTies#BETTER} by default
   */
  @Value.Default
  public QuantileTies ties() {
    return QuantileTies.BETTER;
  }

  /**
   * The nodes whose groups reports show (any node's groups can be asked for).
   *
   * @return node ids; empty for the ranking node only
   */
  public abstract List<String> nodes();

  /**
   * Quintiles with ties joining the better group, reported at the ranking node.
   *
   * @return the quantiles
   */
  public static Quantiles quintiles() {
    return ImmutableQuantiles.builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableQuantiles.Builder builder() {
    return ImmutableQuantiles.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.require(count() >= 2 && count() <= 100, Problem.OUT_OF_RANGE, "/count", "count " + count()
        + " must be 2 to 100");
    for (int k = 0; k < nodes().size(); k++) {
      c.id("/nodes/" + k, nodes().get(k), "node");
      for (int j = 0; j < k; j++) {
        c.require(!nodes().get(j).equals(nodes().get(k)), Problem.DUPLICATE_ID, "/nodes/" + k, "node "
            + Codes.quote(nodes().get(k)) + " is listed twice");
      }
    }
    c.throwIfAny("Quantiles");
  }
}
