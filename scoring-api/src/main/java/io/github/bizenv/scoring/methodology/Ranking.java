package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How units are ranked: by the score at a node (the root by default), competition or dense, with a tie tolerance,
 * exclusions, an eligibility condition, and groups ranked apart (districts apart from departments) given by a data
 * column or by lists; and {@link #quantiles()} (quintiles) where a methodology reports groups rather than ranks.
 */
@Value.Immutable
public abstract class Ranking {

  Ranking() {}

  /**
   * The node whose score ranks the units.
   *
   * @return the node's id; empty for the root
   */
  public abstract Optional<String> node();

  /**
   * How ties and the ranks after them are numbered.
   *
   * @return the method; competition ("1224") by default
   */
  @Value.Default
  public RankMethod method() {
    return RankMethod.COMPETITION;
  }

  /**
   * Scores closer than this to the score above share its rank.
   *
   * @return a finite number at least 0; 0 by default
   */
  @Value.Default
  public double tolerance() {
    return 0;
  }

  /**
   * Whether the unrounded or the presented scores are ranked.
   *
   * @return the basis; unrounded by default
   */
  @Value.Default
  public ScoreBasis basis() {
    return ScoreBasis.UNROUNDED;
  }

  /**
   * Which units with a score are ranked, by a data column.
   *
   * @return the condition; empty when every unit with a score is ranked
   */
  public abstract Optional<Eligibility> eligible();

  /**
   * Units not ranked.
   *
   * @return unit ids
   */
  public abstract Set<String> exclude();

  /**
   * Whether the members of composite units are left out of the ranking (their composite is ranked).
   *
   * @return {@code false} by default
   */
  @Value.Default
  public boolean excludeCompositeMembers() {
    return false;
  }

  /**
   * Groups ranked apart, by name; a unit in no group is not ranked.
   *
   * @return group name → unit ids; empty when the units are ranked together or by {@link #groupColumn()}
   */
  public abstract Map<String, List<String>> groups();

  /**
   * A data column whose value names each unit's group.
   *
   * @return the column, if groups come from the data
   */
  public abstract Optional<String> groupColumn();

  /**
   * Names for the values of {@link #groupColumn()}: values mapped to one name form one group, e.g. the kinds
   * {@code district}, {@code county} and {@code development-zone} all ranked as 区县和开发区. A value not named is
   * its own group.
   *
   * @return column value → group name
   */
  public abstract Map<String, String> groupNames();

  /**
   * Groups by position, such as quintiles, with their tie rule.
   *
   * @return the quantiles, if the methodology reports them
   */
  public abstract Optional<Quantiles> quantiles();

  /**
   * The default ranking: every unit together at the root, competition ranks, no tolerance.
   *
   * @return the ranking
   */
  public static Ranking defaults() {
    return ImmutableRanking.builder().build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableRanking.Builder builder() {
    return ImmutableRanking.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    node().ifPresent(n -> c.id("/node", n, "node"));
    c.range("/tolerance", tolerance(), 0, false, Double.MAX_VALUE, "tolerance");
    int k = 0;
    for (String u : exclude()) {
      c.id("/exclude/" + k++, u, "unit");
    }
    c.require(groups().isEmpty() || groupColumn().isEmpty(), Problem.INCONSISTENT, "/groups",
        "give groups or groupColumn, not both");
    groupColumn().ifPresent(g -> c.text("/groupColumn", g, "the group column"));
    c.require(groupNames().isEmpty() || groupColumn().isPresent(), Problem.INCONSISTENT, "/groupNames",
        "groupNames name the values of groupColumn, which is not given");
    groupNames().forEach((v, name) -> c.text("/groupNames/" + Check.escape(v), name, "a group name"));
    Map<String, String> seen = new HashMap<>();
    groups().forEach((g, units) -> {
      String gp = "/groups/" + Check.escape(g);
      c.require(!g.isBlank(), Problem.MISSING_FIELD, gp, "a group's name is blank");
      for (int i = 0; i < units.size(); i++) {
        String u = units.get(i);
        c.id(gp + "/" + i, u, "unit");
        String before = seen.putIfAbsent(u, g);
        c.require(before == null, Problem.DUPLICATE_ID, gp + "/" + i, "unit " + Codes.quote(u)
            + " is in two ranking groups" + (before == null ? "" : " (" + Codes.quote(before) + " and " + Codes.quote(g) + ")"));
      }
    });
    c.throwIfAny("Ranking");
  }
}
