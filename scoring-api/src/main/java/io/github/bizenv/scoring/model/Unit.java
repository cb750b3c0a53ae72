package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that is scored (单位): a municipal department, a district or county, a development zone,
 * or a whole city or economy.
 *
 * <p>A unit may have a head (主要负责人), whose grade can be part of an assessment, and member units with
 * weights, for a unit whose scores are the weighted mean of its members' (an economy measured in two cities).
 */
@Value.Immutable
public abstract class Unit {

  Unit() {}

  /**
   * The unit's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the programme's units
   */
  public abstract String id();

  /**
   * The unit's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * What kind of organisation this is.
   *
   * @return the kind
   */
  public abstract UnitKind kind();

  /**
   * The unit's head (主要负责人), when assessments grade the head too.
   *
   * @return the head's name or title, if given
   */
  public abstract Optional<LocalizedText> head();

  /**
   * The member units whose scores make up this unit's, with their weights.
   *
   * @return the members, possibly empty; no unit twice
   */
  public abstract List<Member> members();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableUnit.Builder builder() {
    return ImmutableUnit.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.unique("/members", members(), Member::unit, "member unit");
    for (int i = 0; i < members().size(); i++) {
      Member m = members().get(i);
      c.require(!m.unit().equals(id()), Problem.INCONSISTENT, "/members/" + i + "/unit",
          "unit " + Checks.quote(id()) + " cannot be a member of itself");
    }
    c.throwIfAny("Unit " + Checks.quote(id()));
  }
}
