package io.github.bizenv.scoring.methodology;

import org.immutables.value.Value;

/**
 * A quota on a grade band, such as 优秀 ≤ 20 % of the graded units: the units beyond it, lowest scores first,
 * move to the next band down.
 */
@Value.Immutable
public abstract class Quota {

  Quota() {}

  /**
   * The band limited.
   *
   * @return a band's name, not the last band's
   */
  public abstract String band();

  /**
   * The greatest share of the graded units the band may hold.
   *
   * @return a share in (0, 1]
   */
  public abstract double maxShare();

  /**
   * How the share becomes a number of units.
   *
   * @return the rounding; floor by default
   */
  @Value.Default
  public QuotaRounding rounding() {
    return QuotaRounding.FLOOR;
  }

  /**
   * What happens to units tied at the cut.
   *
   * @return the tie rule; demote by default
   */
  @Value.Default
  public QuotaTies ties() {
    return QuotaTies.DEMOTE;
  }

  /**
   * A quota with floor rounding and ties demoted.
   *
   * @param band the band limited
   * @param maxShare its greatest share
   * @return the quota
   */
  public static Quota of(String band, double maxShare) {
    return ImmutableQuota.builder().band(band).maxShare(maxShare).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableQuota.Builder builder() {
    return ImmutableQuota.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.range("/maxShare", maxShare(), 0, true, 1, "maxShare");
    c.throwIfAny("Quota");
  }
}
