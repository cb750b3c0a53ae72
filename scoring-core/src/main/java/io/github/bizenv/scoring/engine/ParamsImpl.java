package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.JsonIn;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@link Parameters} over a JSON object of a methodology file, recording problems with JSON pointers. */
final class ParamsImpl implements Parameters {

  private final JsonNode node;
  private final String path;
  private final Direction direction;
  private final JsonIn in;
  private final Set<String> used = new LinkedHashSet<>();
  private final List<ParamsImpl> nested = new ArrayList<>();
  private Map<String, Double> meta = Map.of();
  private String metaPath = "";

  /** Lets settings name a leaf's metadata, as {@code "target": "meta.target"}. */
  void meta(Map<String, Double> meta, String metaPath) {
    this.meta = meta;
    this.metaPath = metaPath;
  }

  ParamsImpl(JsonNode node, String path, Direction direction, JsonIn in, String... reserved) {
    this.node = node;
    this.path = path;
    this.direction = direction;
    this.in = in;
    for (String r : reserved) {
      used.add(r);
    }
  }

  private JsonNode get(String name) {
    used.add(name);
    JsonNode n = node.get(name);
    return n == null || n.isNull() ? null : n;
  }

  private String at(String name) {
    return name.isEmpty() ? path : path + "/" + JsonIn.escape(name);
  }

  @Override
  public double number(String name) {
    JsonNode n = get(name);
    if (n == null) {
      in.add(Problem.INVALID_SETTING, at(name), "required setting \"" + name + "\" is missing");
      return Double.NaN;
    }
    return asNumber(n, name);
  }

  @Override
  public double number(String name, double defaultValue) {
    JsonNode n = get(name);
    return n == null ? defaultValue : asNumber(n, name);
  }

  private double asNumber(JsonNode n, String name) {
    if (n.isTextual() && n.textValue().startsWith("meta.")) {
      String key = n.textValue().substring(5);
      Double v = meta.get(key);
      if (v == null) {
        in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" names metadata \"" + key
            + "\", which the leaf does not have" + (meta.isEmpty() ? "" : " (it has " + meta.keySet() + ")")
            + (metaPath.isEmpty() ? "" : " in " + metaPath));
        return Double.NaN;
      }
      return v;
    }
    if (!n.isNumber()) {
      in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" must be a number, found " + JsonIn.describe(n));
      return Double.NaN;
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      in.add(Problem.NON_FINITE, at(name), "setting \"" + name + "\" is not finite");
      return Double.NaN;
    }
    return d;
  }

  @Override
  public String text(String name, String defaultValue) {
    JsonNode n = get(name);
    if (n == null) {
      return defaultValue;
    }
    if (!n.isTextual()) {
      in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" must be a string, found " + JsonIn.describe(n));
      return defaultValue;
    }
    return n.textValue();
  }

  @Override
  public boolean flag(String name, boolean defaultValue) {
    JsonNode n = get(name);
    if (n == null) {
      return defaultValue;
    }
    if (!n.isBoolean()) {
      in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" must be true or false, found " + JsonIn.describe(n));
      return defaultValue;
    }
    return n.booleanValue();
  }

  @Override
  public List<Parameters> objects(String name) {
    JsonNode n = get(name);
    List<Parameters> out = new ArrayList<>();
    if (n == null) {
      in.add(Problem.INVALID_SETTING, at(name), "required setting \"" + name + "\" is missing");
      return out;
    }
    if (!n.isArray()) {
      in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" must be an array, found " + JsonIn.describe(n));
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      JsonNode e = n.get(i);
      if (!e.isObject()) {
        in.add(Problem.INVALID_SETTING, at(name) + "/" + i, "expected an object, found " + JsonIn.describe(e));
        continue;
      }
      ParamsImpl p = new ParamsImpl(e, at(name) + "/" + i, direction, in);
      p.meta(meta, metaPath);
      nested.add(p);
      out.add(p);
    }
    return out;
  }

  @Override
  public Map<String, Double> numbers(String name) {
    JsonNode n = get(name);
    Map<String, Double> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    if (!n.isObject()) {
      in.add(Problem.INVALID_SETTING, at(name), "setting \"" + name + "\" must be an object, found " + JsonIn.describe(n));
      return out;
    }
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      JsonNode v = e.getValue();
      if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
        in.add(Problem.INVALID_SETTING, at(name) + "/" + JsonIn.escape(e.getKey()),
            "expected a finite number, found " + JsonIn.describe(v));
      } else {
        out.put(e.getKey(), v.doubleValue());
      }
    }
    return out;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  public void problem(String setting, String message) {
    in.add(Problem.INVALID_SETTING, at(setting), message);
  }

  /** Reports settings the strategy never read, here and in nested objects. */
  void reportUnused(String strategy) {
    Set<String> unknown = new TreeSet<>();
    node.fieldNames().forEachRemaining(f -> {
      if (!used.contains(f)) {
        unknown.add(f);
      }
    });
    for (String f : unknown) {
      in.add(Problem.UNKNOWN_FIELD, at(f), "\"" + strategy + "\" has no setting \"" + f + "\"; it reads "
          + (used.size() > 1 ? new TreeSet<>(used).toString() : "no settings"));
    }
    for (ParamsImpl p : nested) {
      p.reportUnused(strategy);
    }
  }
}
