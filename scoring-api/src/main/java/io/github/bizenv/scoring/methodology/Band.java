package io.github.bizenv.scoring.methodology;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/** A grade band (等次): its name and the least score it takes; the last band of a list may take every score. */
@Value.Immutable
public abstract class Band {

  Band() {}

  /**
   * The band's name, e.g. {@code 优秀}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The least score in the band (see {@link GradeEdge}).
   *
   * @return the minimum; empty for a last band that takes every score below the others
   */
  public abstract OptionalDouble min();

  /**
   * A band from a minimum score.
   *
   * @param name the band's name
   * @param min its minimum score
   * @return the band
   */
  public static Band of(String name, double min) {
    return ImmutableBand.builder().name(name).min(min).build();
  }

  /**
   * A last band, taking every score below the others.
   *
   * @param name the band's name
   * @return the band
   */
  public static Band rest(String name) {
    return ImmutableBand.builder().name(name).build();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.text("/name", name(), "a band's name");
    min().ifPresent(m -> c.range("/min", m, -Double.MAX_VALUE, false, Double.MAX_VALUE, "min"));
    c.throwIfAny("Band " + Codes.quote(name()));
  }
}
