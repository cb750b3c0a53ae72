package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Rule;
import io.github.bizenv.scoring.spi.RuleProvider;
import io.github.bizenv.scoring.spi.SpecParameters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Binds strategy specs to strategies: looks the name up in the registry, lets the provider read the settings
 * through {@link SpecParameters}, and records every problem with its JSON pointer. A strategy that throws while it
 * starts, or returns nothing, is a problem naming it. Bindings of a plan's specs are kept in a {@link Cache} that
 * its variants share, so that deriving a variant does not create a strategy again for a spec that did not change.
 */
final class Binder {

  private final Strategies strategies;
  private final List<Problem> problems;
  private final Cache cache;

  Binder(Strategies strategies, List<Problem> problems, Cache cache) {
    this.strategies = strategies;
    this.problems = problems;
    this.cache = cache;
  }

  Normalizer normalizer(StrategySpec spec, String path, Direction direction, Map<String, Double> meta,
      String metaPath) {
    Key key = new Key("normalizer", spec, direction, meta);
    Object hit = cache.get(key);
    if (hit != null) {
      return (Normalizer) hit;
    }
    NormalizerProvider p = strategies.normalizerProvider(spec.name());
    if (p == null) {
      problems.add(Problem.of(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown normalizer \"" + spec.name()
          + "\"; known: " + String.join(", ", strategies.normalizerNames())));
      return null;
    }
    SpecParameters s = SpecParameters.of(spec, direction, path, meta, metaPath, problems);
    return cache.keep(key, create(() -> p.create(s), s, path, spec.name()));
  }

  Aggregator aggregator(StrategySpec spec, String path) {
    Key key = new Key("aggregator", spec, Direction.HIGHER_IS_BETTER, Map.of());
    Object hit = cache.get(key);
    if (hit != null) {
      return (Aggregator) hit;
    }
    AggregatorProvider p = strategies.aggregatorProvider(spec.name());
    if (p == null) {
      problems.add(Problem.of(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown aggregator \"" + spec.name()
          + "\"; known: " + String.join(", ", strategies.aggregatorNames())));
      return null;
    }
    SpecParameters s = SpecParameters.of(spec, Direction.HIGHER_IS_BETTER, path, Map.of(), "", problems);
    return cache.keep(key, create(() -> p.create(s), s, path, spec.name()));
  }

  Rule rule(StrategySpec spec, String path) {
    Key key = new Key("rule", spec, Direction.HIGHER_IS_BETTER, Map.of());
    Object hit = cache.get(key);
    if (hit != null) {
      return (Rule) hit;
    }
    RuleProvider p = strategies.ruleProvider(spec.name());
    if (p == null) {
      problems.add(Problem.of(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown rule \"" + spec.name()
          + "\"; known: " + String.join(", ", strategies.ruleNames())));
      return null;
    }
    SpecParameters s = SpecParameters.of(spec, Direction.HIGHER_IS_BETTER, path, Map.of(), "", problems);
    return cache.keep(key, create(() -> p.create(s), s, path, spec.name()));
  }

  private <T> T create(Supplier<T> f, SpecParameters settings, String path, String name) {
    int before = problems.size();
    T t;
    try {
      t = f.get();
    } catch (RuntimeException e) {
      if (problems.size() == before) {
        // A failure after a setting was reported is that setting's consequence: the setting's problem says it all.
        problems.add(Problem.of(Problem.INVALID_SETTING, path, "strategy \"" + name + "\" failed to start: "
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
      }
      return null;
    }
    settings.finish(name);
    if (t == null) {
      problems.add(Problem.of(Problem.INVALID_SETTING, path, "strategy \"" + name + "\" returned nothing"));
      return null;
    }
    return problems.size() == before ? t : null;
  }

  /** What a binding depends on. */
  private static final class Key {
    final String kind;
    final StrategySpec spec;
    final Direction direction;
    final Map<String, Double> meta;

    Key(String kind, StrategySpec spec, Direction direction, Map<String, Double> meta) {
      this.kind = kind;
      this.spec = spec;
      this.direction = direction;
      this.meta = meta;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return kind.equals(k.kind) && spec.equals(k.spec) && direction == k.direction && meta.equals(k.meta);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, spec, direction, meta);
    }
  }

  /** Strategies bound for a plan and its variants, by what they depend on. Thread-safe. */
  static final class Cache {
    private static final int LIMIT = 10_000;
    private final Map<Key, Object> bound = new ConcurrentHashMap<>();

    Object get(Key key) {
      return bound.get(key);
    }

    <T> T keep(Key key, T value) {
      if (value != null && bound.size() < LIMIT) {
        bound.putIfAbsent(key, value);
      }
      return value;
    }
  }
}
