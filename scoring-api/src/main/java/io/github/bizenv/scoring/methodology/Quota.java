package io.github.bizenv.scoring.methodology;

import org.immutables.value.Value;

/**
 * A quota on a grade band, such as 优秀 ≤ 20 % of the graded units: the units beyond it, lowest scores first,
 * move to the next band down. The quota applies within each of its scopes ({@link #within()}): by default the
 * ranking groups, so that units ranked apart are never cut against each other. A unit a rule forces into the band
 * takes a place first and is never cut.
 */
@Value.Immutable
public abstract class Quota {

  /** {@link #within()}: the quota applies within each ranking group (the default). */
  public static final String RANKING_GROUPS = "ranking-groups";

  /** {@link #within()}: the quota applies to all graded units together. */
  public static final String ALL = "all";

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
   * Where the quota applies: {@link #RANKING_GROUPS}, {@link #ALL}, or the data column whose values are its scopes.
   *
   * @return the scope; ranking groups by default
   */
  @Value.Default
  public String within() {
    return RANKING_GROUPS;
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
    c.text("/within", within(), "within (ranking-groups, all, or a data column)");
    c.throwIfAny("Quota");
  }
}
