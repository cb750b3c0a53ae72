package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import org.immutables.value.Value;

/** A member of a composite {@link Unit}, with its weight (e.g. a city's population share). */
@Value.Immutable
public abstract class Member {

  Member() {}

  /**
   * The member unit.
   *
   * @return the id of a unit declared in the same programme
   */
  public abstract String unit();

  /**
   * The member's weight, relative to the other members'.
   *
   * @return a finite number greater than 0
   */
  public abstract double weight();

  /**
   * A member.
   *
   * @param unit the member unit's id
   * @param weight its weight, greater than 0
   * @return the member
   */
  public static Member of(String unit, double weight) {
    return ImmutableMember.builder().unit(unit).weight(weight).build();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/unit", unit());
    c.finite("/weight", weight());
    c.require(!(weight() <= 0), Problem.OUT_OF_RANGE, "/weight",
        "member weight " + Checks.fmt(weight()) + " must be greater than 0");
    c.throwIfAny("Member");
  }
}
