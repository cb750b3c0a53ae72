package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.Member;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit whose scores at chosen nodes are the weighted mean of its members' scores there, e.g. a country
 * measured in two cities weighted by population (Doing Business). The composite's own row, if the data has one,
 * is replaced at those nodes. A composite none of whose members is in the data does not apply (a methodology may
 * declare every two-city economy and score data that has some of them).
 */
@Value.Immutable
public abstract class Composite {

  Composite() {}

  /**
   * The composite unit.
   *
   * @return the unit's id
   */
  public abstract String unit();

  /**
   * Its members and their weights.
   *
   * @return at least one member, none of them the composite itself
   */
  public abstract List<Member> members();

  /**
   * The nodes where the composite takes its members' mean.
   *
   * @return node ids; empty for every leaf (the scores above are then aggregated as for any unit)
   */
  public abstract Optional<List<String>> nodes();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComposite.Builder builder() {
    return ImmutableComposite.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.id("/unit", unit(), "unit");
    c.require(!members().isEmpty(), Problem.MISSING_FIELD, "/members", "a composite unit needs members");
    for (int m = 0; m < members().size(); m++) {
      c.require(!members().get(m).unit().equals(unit()), Problem.INCONSISTENT, "/members/" + m + "/unit",
          "composite " + Codes.quote(unit()) + " lists itself as a member");
      for (int k = 0; k < m; k++) {
        c.require(!members().get(m).unit().equals(members().get(k).unit()), Problem.DUPLICATE_ID,
            "/members/" + m + "/unit", "member " + Codes.quote(members().get(m).unit()) + " is listed twice");
      }
    }
    nodes().ifPresent(n -> {
      c.require(!n.isEmpty(), Problem.MISSING_FIELD, "/nodes",
          "a composite's node list cannot be empty; leave it out to use every leaf");
      for (int k = 0; k < n.size(); k++) {
        c.id("/nodes/" + k, n.get(k), "node");
      }
    });
    c.throwIfAny("Composite " + Codes.quote(unit()));
  }
}
