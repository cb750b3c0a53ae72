package io.github.bizenv.scoring.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * The reference jurisdiction a programme measures itself against (标杆), with its values per indicator
 * and its standards (the benchmark practice, in words) per indicator.
 */
@Value.Immutable
public abstract class Benchmark {

  Benchmark() {}

  /**
   * The benchmark jurisdiction, e.g. 深圳市.
   *
   * @return its name
   */
  public abstract LocalizedText jurisdiction();

  /**
   * The benchmark's value of each indicator, in the indicator's measurement unit.
   *
   * @return indicator id → finite value
   */
  public abstract Map<String, Double> values();

  /**
   * The benchmark's practice for each indicator, in words.
   *
   * @return indicator id → standard
   */
  public abstract Map<String, LocalizedText> standards();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableBenchmark.Builder builder() {
    return ImmutableBenchmark.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    values().forEach((k, v) -> {
      c.id("/values/" + k, k);
      c.finite("/values/" + k, v);
    });
    standards().keySet().forEach(k -> c.id("/standards/" + k, k));
    c.throwIfAny("Benchmark");
  }
}
