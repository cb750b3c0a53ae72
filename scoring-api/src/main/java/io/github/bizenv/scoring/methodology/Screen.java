package io.github.bizenv.scoring.methodology;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Keeps the units that have at least a share of their leaf values (under the root, or under a node), with forced
 * inclusions and exclusions (COINr's {@code Screen}). Later stages and the scores cover the kept units only.
 */
@Value.Immutable
public abstract class Screen extends PipelineStep {

  Screen() {}

  /**
   * The least share of the leaves a unit must have a value (or text code) for.
   *
   * @return a share in [0, 1]
   */
  public abstract double minShare();

  /**
   * The node whose leaves are counted.
   *
   * @return the node's id; empty for the root
   */
  public abstract Optional<String> node();

  /**
   * Units kept whatever their share.
   *
   * @return unit ids
   */
  public abstract Set<String> include();

  /**
   * Units left out whatever their share.
   *
   * @return unit ids
   */
  public abstract Set<String> exclude();

  @Override
  public final String step() {
    return "screen";
  }

  @Override
  public final String stage() {
    return "screened";
  }

  /**
   * A step keeping units with a share of the root's leaves.
   *
   * @param minShare the least share, in [0, 1]
   * @return the step
   */
  public static Screen minShare(double minShare) {
    return ImmutableScreen.builder().minShare(minShare).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableScreen.Builder builder() {
    return ImmutableScreen.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.range("/minShare", minShare(), 0, false, 1, "minShare");
    node().ifPresent(n -> c.id("/node", n, "node"));
    int k = 0;
    for (String u : include()) {
      c.id("/include/" + k++, u, "unit");
    }
    k = 0;
    for (String u : exclude()) {
      c.id("/exclude/" + k, u, "unit");
      c.require(!include().contains(u), io.github.bizenv.scoring.Problem.INCONSISTENT, "/exclude/" + k,
          "unit " + Codes.quote(u) + " is both included and excluded");
      k++;
    }
    c.throwIfAny("Screen");
  }
}
