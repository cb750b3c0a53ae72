package io.github.bizenv.scoring.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * A thematic group of tasks and indicators (领域), such as commercial registration (商事登记), with the
 * outside-evaluation indicators it serves (e.g. the national indicator 开办企业).
 */
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
   * The indicators of outside evaluations the area's tasks serve (服务的评价指标), e.g. the national indicator
   * 开办企业 for the area 商事登记.
   *
   * @return indicator ids of the same programme, possibly empty
   */
  public abstract Set<String> serves();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableArea.Builder builder() {
    return ImmutableArea.builder();
  }

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
    c.ids("/serves", serves());
    c.throwIfAny("Area");
  }
}
