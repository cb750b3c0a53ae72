package io.github.bizenv.scoring.testkit;

import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Parameters} over a map, for testing strategies without a methodology file. Values are
 * {@link Number}, {@link String}, {@link Boolean}, {@code List<Map<String, Object>>} (for {@link #objects}) or
 * {@code Map<String, Number>} (for {@link #numbers}). Problems the strategy reports are collected in
 * {@link #problems()}, as the engine would collect them. Not thread-safe.
 */
public final class MapParameters implements Parameters {

  private final Map<String, Object> values;
  private final Direction direction;
  private final List<String> problems;
  private final String prefix;

  /**
   * Parameters over a map.
   *
   * @param values the settings
   * @param direction the indicator's direction
   */
  public MapParameters(Map<String, ?> values, Direction direction) {
    this(values, direction, new ArrayList<>(), "");
  }

  private MapParameters(Map<String, ?> values, Direction direction, List<String> problems, String prefix) {
    this.values = new LinkedHashMap<>(Objects.requireNonNull(values, "values"));
    this.direction = Objects.requireNonNull(direction, "direction");
    this.problems = problems;
    this.prefix = prefix;
  }

  /**
   * The problems reported so far, as {@code setting: message}.
   *
   * @return the problems
   */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  private void report(String name, String message) {
    problems.add(prefix + name + ": " + message);
  }

  @Override
  public double number(String name) {
    Object v = values.get(name);
    if (!(v instanceof Number)) {
      report(name, v == null ? "required setting is missing" : "must be a number, found " + v);
      return Double.NaN;
    }
    return ((Number) v).doubleValue();
  }

  @Override
  public double number(String name, double defaultValue) {
    return values.containsKey(name) ? number(name) : defaultValue;
  }

  @Override
  public String text(String name, String defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (!(v instanceof String)) {
      report(name, "must be a string, found " + v);
      return defaultValue;
    }
    return (String) v;
  }

  @Override
  public boolean flag(String name, boolean defaultValue) {
    Object v = values.get(name);
    if (v == null) {
      return defaultValue;
    }
    if (!(v instanceof Boolean)) {
      report(name, "must be true or false, found " + v);
      return defaultValue;
    }
    return (Boolean) v;
  }

  @Override
  public List<Parameters> objects(String name) {
    Object v = values.get(name);
    List<Parameters> out = new ArrayList<>();
    if (!(v instanceof List)) {
      report(name, v == null ? "required setting is missing" : "must be a list of objects, found " + v);
      return out;
    }
    int i = 0;
    for (Object e : (List<?>) v) {
      if (e instanceof Map) {
        @SuppressWarnings("unchecked")
        Map<String, ?> m = (Map<String, ?>) e;
        out.add(new MapParameters(m, direction, problems, prefix + name + "/" + i + "/"));
      } else {
        report(name + "/" + i, "must be an object, found " + e);
      }
      i++;
    }
    return out;
  }

  @Override
  public Map<String, Double> numbers(String name) {
    Object v = values.get(name);
    Map<String, Double> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof Map)) {
      report(name, "must be an object of numbers, found " + v);
      return out;
    }
    ((Map<?, ?>) v).forEach((k, x) -> {
      if (x instanceof Number) {
        out.put(String.valueOf(k), ((Number) x).doubleValue());
      } else {
        report(name + "/" + k, "must be a number, found " + x);
      }
    });
    return out;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public void problem(String setting, String message) {
    report(setting, message);
  }
}
