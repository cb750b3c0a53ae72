package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An organisation that is scored (单位): a municipal department, a district or county, a development zone,
 * or a whole city or economy.
 *
 * <p>A unit may have a head (主要负责人), whose grade can be part of an assessment, and member units with
 * weights, for a unit whose scores are the weighted mean of its members' (an economy measured in two cities).
 * A vertically managed unit (垂直管理: tax, customs, the power grid, the central bank's branch …) is run from
 * above: the city scores it, but does not grade its head — it recommends a grade to the higher authority.
 * A unit may declare its competences: the areas in which it may lead tasks.
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
   * Whether the unit is managed vertically (垂直管理单位), from outside the city's government: the city
   * recommends its head's grade (建议) to the higher authority instead of grading the head.
   *
   * @return {@code true} for a vertically managed unit; {@code false} by default
   */
  @Value.Default
  public boolean verticallyManaged() {
    return false;
  }

  /**
   * The areas in which the unit may lead tasks (职责领域). When a unit declares any, a task it leads in
   * another area draws a warning ({@link Programme#warnings()}).
   *
   * @return area ids of the same programme, possibly empty (not declared)
   */
  public abstract Set<String> competences();

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
    c.ids("/competences", competences());
    for (int i = 0; i < members().size(); i++) {
      Member m = members().get(i);
      c.require(!m.unit().equals(id()), Problem.INCONSISTENT, "/members/" + i + "/unit",
          "unit " + Checks.quote(id()) + " cannot be a member of itself");
    }
    c.throwIfAny("Unit " + Checks.quote(id()));
  }
}
