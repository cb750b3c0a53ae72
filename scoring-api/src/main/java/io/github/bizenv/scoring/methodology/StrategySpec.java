package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A strategy chosen by name, with its settings: {@code {"name": "min-max", "lower": 0, "upper": 100}} in a file.
 *
 * <p>The engine looks the name up in its registry of normalizers, aggregators or rules and lets the strategy read
 * its settings; unknown names and bad settings are reported when the methodology is compiled. The static
 * factories of {@link Normalizers}, {@link Aggregators} and {@link Rules} make specs of the built-in strategies;
 * {@link #with} adds a setting to any spec.
 */
@Value.Immutable
public abstract class StrategySpec {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  StrategySpec() {}

  /**
   * The strategy's name, e.g. {@code min-max}.
   *
   * @return lower-case letters, digits and dashes
   */
  public abstract String name();

  /**
   * The settings the strategy reads, by name (never {@code name}, which the file form uses for the strategy).
   *
   * @return the settings, in insertion order
   */
  public abstract Map<String, Setting> settings();

  /**
   * A spec without settings.
   *
   * @param name the strategy's name
   * @return the spec
   */
  public static StrategySpec of(String name) {
    return ImmutableStrategySpec.builder().name(name).build();
  }

  /**
   * A spec with settings.
   *
   * @param name the strategy's name
   * @param settings its settings
   * @return the spec
   */
  public static StrategySpec of(String name, Map<String, Setting> settings) {
    return ImmutableStrategySpec.builder().name(name).settings(settings).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableStrategySpec.Builder builder() {
    return ImmutableStrategySpec.builder();
  }

  /**
   * This spec with one setting added or replaced.
   *
   * @param key the setting's name
   * @param value its value
   * @return the new spec
   */
  public StrategySpec with(String key, Setting value) {
    Map<String, Setting> s = new LinkedHashMap<>(settings());
    s.put(key, value);
    return of(name(), s);
  }

  /**
   * This spec with a number setting.
   *
   * @param key the setting's name
   * @param value a finite number
   * @return the new spec
   */
  public StrategySpec with(String key, double value) {
    return with(key, Setting.of(value));
  }

  /**
   * This spec with a text setting.
   *
   * @param key the setting's name
   * @param value the text
   * @return the new spec
   */
  public StrategySpec with(String key, String value) {
    return with(key, Setting.of(value));
  }

  /**
   * This spec with a flag setting.
   *
   * @param key the setting's name
   * @param value the flag
   * @return the new spec
   */
  public StrategySpec with(String key, boolean value) {
    return with(key, Setting.of(value));
  }

  /**
   * This spec without a setting.
   *
   * @param key the setting's name
   * @return the new spec
   */
  public StrategySpec without(String key) {
    Map<String, Setting> s = new LinkedHashMap<>(settings());
    s.remove(key);
    return of(name(), s);
  }

  @Value.Check
  void check() {
    if (!NAME.matcher(name()).matches()) {
      throw new ValidationException("StrategySpec", List.of(Problem.of(Problem.INVALID_ID, "/name",
          "strategy name " + Codes.quote(name()) + " must be lower-case letters, digits and dashes")));
    }
    if (settings().containsKey("name")) {
      throw new ValidationException("StrategySpec", List.of(Problem.of(Problem.INCONSISTENT, "/name",
          "\"name\" names the strategy and cannot be one of its settings")));
    }
  }

  /** Returns the spec in its file form, e.g. {@code {"name": "min-max", "lower": 0}}. */
  @Override
  public String toString() {
    Map<String, Setting> all = new LinkedHashMap<>();
    all.put("name", Setting.of(name()));
    all.putAll(settings());
    return Setting.object(all).toString();
  }
}
