package io.github.bizenv.scoring.model;

import org.immutables.value.Value;

/** A thematic group of tasks and indicators (领域), such as starting a business (开办企业). */
@Value.Immutable
public abstract class Area {

  Area() {}

  /**
   * The area's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the programme's areas
   */
  public abstract String id();

  /**
   * The area's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * An area.
   *
   * @param id the id
   * @param name the name
   * @return the area
   */
  public static Area of(String id, LocalizedText name) {
    return ImmutableArea.builder().id(id).name(name).build();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.throwIfAny("Area");
  }
}
