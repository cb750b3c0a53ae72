package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A measurable quantity (指标) with a measurement unit and a direction, such as the days to start a
 * business (lower is better).
 *
 * <p>Besides numbers, an observation of an indicator may be one of its declared text codes (e.g.
 * {@code "No Practice"}); what a code means for a score is up to the methodology. A text code must not
 * look like a number, so that tables can tell the two apart.
 */
@Value.Immutable
public abstract class Indicator {

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  Indicator() {}

  /**
   * The indicator's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the programme's indicators
   */
  public abstract String id();

  /**
   * The indicator's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The measurement unit, such as {@code days}, {@code procedures}, {@code %}, {@code count} or
   * {@code points}.
   *
   * @return a non-blank label
   */
  public abstract String measurementUnit();

  /**
   * Which way the indicator improves.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The area the indicator belongs to.
   *
   * @return the id of an area of the same programme, if any
   */
  public abstract Optional<String> area();

  /**
   * The unit that leads this indicator (指标牵头部门): the one answerable for it in outside evaluations.
   *
   * @return the id of a unit of the same programme, if one is named
   */
  public abstract Optional<String> lead();

  /**
   * The text codes an observation may hold instead of a number.
   *
   * @return the declared codes, possibly empty; none blank
   */
  public abstract Set<String> textCodes();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableIndicator.Builder builder() {
    return ImmutableIndicator.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.require(!measurementUnit().isBlank(), Problem.MISSING_FIELD, "/measurementUnit",
        "measurement unit is blank");
    area().ifPresent(a -> c.id("/area", a));
    lead().ifPresent(u -> c.id("/lead", u));
    int i = 0;
    for (String code : textCodes()) {
      c.require(!code.isBlank(), Problem.MISSING_FIELD, "/textCodes/" + i, "text code is blank");
      c.require(!NUMBER.matcher(code.trim()).matches(), Problem.WRONG_TYPE, "/textCodes/" + i,
          "text code " + Checks.quote(code) + " looks like a number; a code must not");
      i++;
    }
    c.throwIfAny("Indicator " + Checks.quote(id()));
  }
}
