package io.github.bizenv.scoring.spi;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.methodology.Setting;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@link Parameters} the engine gives a strategy: the settings of its {@link StrategySpec}, read by name, with
 * every problem recorded under the setting's JSON pointer. It is the one implementation of {@link Parameters};
 * the strategy contract kit of {@code scoring-testkit} uses it too, so that a strategy is tested exactly as the
 * engine will run it.
 *
 * <pre>{@code
 * SpecParameters p = SpecParameters.of(StrategySpec.of("logistic").with("midpoint", 50), Direction.HIGHER_IS_BETTER);
 * Normalizer n = new LogisticNormalizerProvider().create(p);
 * p.finish("logistic");          // reports settings the strategy never read
 * assert p.problems().isEmpty();
 * }</pre>
 *
 * <p>Not thread-safe: one instance serves one strategy's creation.
 */
public final class SpecParameters implements Parameters {

  private final Map<String, Setting> settings;
  private final String path;
  private final Direction direction;
  private final List<Problem> problems;
  private final Set<String> used = new LinkedHashSet<>();
  private final List<SpecParameters> nested = new ArrayList<>();
  private final Map<String, Double> meta;
  private final String metaPath;
  /** Whether a setting of this spec (or of a nested object) could not be read; shared with the nested objects. */
  private final boolean[] unreadable;

  private SpecParameters(Map<String, Setting> settings, String path, Direction direction, List<Problem> problems,
      Map<String, Double> meta, String metaPath, boolean[] unreadable) {
    this.settings = settings;
    this.path = path;
    this.direction = direction;
    this.problems = problems;
    this.meta = meta;
    this.metaPath = metaPath;
    this.unreadable = unreadable;
  }

  /**
   * The parameters of a spec, for a strategy tested on its own: problems have paths relative to the spec
   * ({@code /lower}).
   *
   * @param spec the strategy's spec
   * @param direction the direction of the indicator (normalizers); {@link Direction#HIGHER_IS_BETTER} for others
   * @return the parameters
   */
  public static SpecParameters of(StrategySpec spec, Direction direction) {
    return of(spec, direction, "", Map.of(), "", new ArrayList<>());
  }

  /**
   * The parameters of a spec at a place in a methodology, as the engine reads them.
   *
   * @param spec the strategy's spec
   * @param direction the direction of the indicator (normalizers); {@link Direction#HIGHER_IS_BETTER} for others
   * @param path the spec's JSON pointer, e.g. {@code /nodes/3/normalizer}
   * @param meta the leaf's metadata, which settings may name as {@code "meta.target"}
   * @param metaPath the metadata's JSON pointer, for messages
   * @param problems where problems are added
   * @return the parameters
   */
  public static SpecParameters of(StrategySpec spec, Direction direction, String path, Map<String, Double> meta,
      String metaPath, List<Problem> problems) {
    return new SpecParameters(spec.settings(), Objects.requireNonNull(path, "path"),
        Objects.requireNonNull(direction, "direction"), Objects.requireNonNull(problems, "problems"),
        Objects.requireNonNull(meta, "meta"), Objects.requireNonNull(metaPath, "metaPath"), new boolean[1]);
  }

  /**
   * The problems recorded so far: settings missing, of the wrong type, or rejected by the strategy, and after
   * {@link #finish} settings the strategy never read.
   *
   * @return the problems, in the order found
   */
  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  private Setting get(String name) {
    used.add(name);
    return settings.get(name);
  }

  private String at(String name) {
    return name.isEmpty() ? path : path + "/" + escape(name);
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private void add(String code, String name, String message) {
    problems.add(Problem.of(code, at(name), message));
  }

  /** A setting that cannot be read (missing, of the wrong type): the strategy goes on with a placeholder. */
  private void unreadable(String name, String message) {
    unreadable[0] = true;
    add(Problem.INVALID_SETTING, name, message);
  }

  @Override
  public double number(String name) {
    Setting s = get(name);
    if (s == null) {
      unreadable(name, "required setting \"" + name + "\" is missing");
      return Double.NaN;
    }
    return asNumber(s, name);
  }

  @Override
  public double number(String name, double defaultValue) {
    Setting s = get(name);
    return s == null ? defaultValue : asNumber(s, name);
  }

  private double asNumber(Setting s, String name) {
    if (s.kind() == Setting.Kind.TEXT && s.text().startsWith("meta.")) {
      String key = s.text().substring(5);
      Double v = meta.get(key);
      if (v == null) {
        unreadable(name, "setting \"" + name + "\" names metadata \"" + key
            + "\", which the leaf does not have" + (meta.isEmpty() ? "" : " (it has " + meta.keySet() + ")")
            + (metaPath.isEmpty() ? "" : " in " + metaPath));
        return Double.NaN;
      }
      return v;
    }
    if (s.kind() != Setting.Kind.NUMBER) {
      unreadable(name, "setting \"" + name + "\" must be a number, found " + describe(s));
      return Double.NaN;
    }
    return s.number();
  }

  @Override
  public String text(String name, String defaultValue) {
    Setting s = get(name);
    if (s == null) {
      return defaultValue;
    }
    if (s.kind() != Setting.Kind.TEXT) {
      unreadable(name, "setting \"" + name + "\" must be a string, found " + describe(s));
      return defaultValue;
    }
    return s.text();
  }

  @Override
  public boolean flag(String name, boolean defaultValue) {
    Setting s = get(name);
    if (s == null) {
      return defaultValue;
    }
    if (s.kind() != Setting.Kind.FLAG) {
      unreadable(name, "setting \"" + name + "\" must be true or false, found " + describe(s));
      return defaultValue;
    }
    return s.flag();
  }

  @Override
  public List<Parameters> objects(String name) {
    Setting s = get(name);
    List<Parameters> out = new ArrayList<>();
    if (s == null) {
      unreadable(name, "required setting \"" + name + "\" is missing");
      return out;
    }
    if (s.kind() != Setting.Kind.LIST) {
      unreadable(name, "setting \"" + name + "\" must be an array, found " + describe(s));
      return out;
    }
    List<Setting> list = s.list();
    for (int i = 0; i < list.size(); i++) {
      Setting e = list.get(i);
      if (e.kind() != Setting.Kind.OBJECT) {
        unreadable[0] = true;
        problems.add(Problem.of(Problem.INVALID_SETTING, at(name) + "/" + i, "expected an object, found "
            + describe(e)));
        continue;
      }
      SpecParameters p = new SpecParameters(e.object(), at(name) + "/" + i, direction, problems, meta, metaPath,
          unreadable);
      nested.add(p);
      out.add(p);
    }
    return out;
  }

  @Override
  public Map<String, Double> numbers(String name) {
    Setting s = get(name);
    Map<String, Double> out = new LinkedHashMap<>();
    if (s == null) {
      return out;
    }
    if (s.kind() != Setting.Kind.OBJECT) {
      unreadable(name, "setting \"" + name + "\" must be an object, found " + describe(s));
      return out;
    }
    for (Map.Entry<String, Setting> e : s.object().entrySet()) {
      if (e.getValue().kind() != Setting.Kind.NUMBER) {
        unreadable[0] = true;
        problems.add(Problem.of(Problem.INVALID_SETTING, at(name) + "/" + escape(e.getKey()),
            "expected a finite number, found " + describe(e.getValue())));
      } else {
        out.put(e.getKey(), e.getValue().number());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public Direction direction() {
    return direction;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Once a setting could not be read (missing, or of the wrong type), the strategy's own checks run on a
   * placeholder ({@code NaN}, the default), so what they report would only repeat that problem in other words
   * ({@code upper 100 must be greater than lower NaN}): such problems are left out, and the setting that cannot be
   * read is reported alone.
   */
  @Override
  public void problem(String setting, String message) {
    if (!unreadable[0]) {
      add(Problem.INVALID_SETTING, setting, message);
    }
  }

  /**
   * Reports the settings the strategy never read, here and in nested objects, as unknown.
   *
   * @param strategy the strategy's name, for messages
   */
  public void finish(String strategy) {
    Set<String> unknown = new TreeSet<>(settings.keySet());
    unknown.removeAll(used);
    for (String f : unknown) {
      add(Problem.UNKNOWN_FIELD, f, "\"" + strategy + "\" has no setting \"" + f + "\"; it reads "
          + (used.isEmpty() ? "no settings" : new TreeSet<>(used).toString()));
    }
    for (SpecParameters p : nested) {
      p.finish(strategy);
    }
  }

  private static String describe(Setting s) {
    switch (s.kind()) {
      case NUMBER:
        return "the number " + s;
      case TEXT:
        return "the string " + (s.text().length() > 40 ? "\"" + s.text().substring(0, 40) + "…\"" : s.toString());
      case FLAG:
        return s.toString();
      case LIST:
        return "an array";
      default:
        return "an object";
    }
  }
}
