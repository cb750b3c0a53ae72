package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.List;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.RuleProvider;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The strategies a methodology file may name: normalizers, aggregators and rules, each by its name.
 *
 * <p>{@link #defaults()} holds the built-in strategies and every provider that {@link ServiceLoader} finds
 * (module path or {@code META-INF/services} on the class path). {@link #builder()} starts from the built-ins and
 * adds providers explicitly, optionally with the service loader too; an explicit registration replaces a
 * strategy of the same name, whereas two discovered providers with one name fail loudly. Names from a file are
 * looked up here and nowhere else — never {@code Class.forName}. Immutable and thread-safe.
 */
public final class Strategies {

  private final Map<String, NormalizerProvider> normalizers;
  private final Map<String, AggregatorProvider> aggregators;
  private final Map<String, RuleProvider> rules;

  private Strategies(Builder b) {
    this.normalizers = Collections.unmodifiableMap(new TreeMap<>(b.normalizers));
    this.aggregators = Collections.unmodifiableMap(new TreeMap<>(b.aggregators));
    this.rules = Collections.unmodifiableMap(new TreeMap<>(b.rules));
  }

  /**
   * The built-in strategies plus those the service loader finds on the class or module path.
   *
   * @return the registry
   * @throws ScoringException if two discovered providers share a name
   */
  public static Strategies defaults() {
    return builder().withServiceLoader().build();
  }

  /**
   * A builder starting from the built-in strategies only.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The registered normalizer names.
   *
   * @return sorted names
   */
  public Set<String> normalizerNames() {
    return normalizers.keySet();
  }

  /**
   * The registered aggregator names.
   *
   * @return sorted names
   */
  public Set<String> aggregatorNames() {
    return aggregators.keySet();
  }

  /**
   * The registered rule names.
   *
   * @return sorted names
   */
  public Set<String> ruleNames() {
    return rules.keySet();
  }

  NormalizerProvider normalizerProvider(String name) {
    return normalizers.get(name);
  }

  AggregatorProvider aggregatorProvider(String name) {
    return aggregators.get(name);
  }

  RuleProvider ruleProvider(String name) {
    return rules.get(name);
  }

  /**
   * Creates the normalizer a spec names, as the engine does when it compiles a leaf: the provider reads the
   * settings through the engine's own {@link io.github.bizenv.scoring.spi.Parameters}.
   *
   * @param spec the normalizer's spec
   * @param direction the direction of the indicator it applies to
   * @return the normalizer
   * @throws ValidationException if the name is unknown, a setting is missing, wrong or unknown, or the provider
   *     fails, with every problem
   */
  public Normalizer normalizer(StrategySpec spec, Direction direction) {
    return bind(b -> b.normalizer(Objects.requireNonNull(spec, "spec"), "", Objects.requireNonNull(direction,
        "direction"), Map.of(), ""), spec);
  }

  /**
   * Creates the aggregator a spec names, as the engine does when it compiles a node.
   *
   * @param spec the aggregator's spec
   * @return the aggregator
   * @throws ValidationException if the name is unknown, a setting is wrong, or the provider fails
   */
  public Aggregator aggregator(StrategySpec spec) {
    return bind(b -> b.aggregator(Objects.requireNonNull(spec, "spec"), ""), spec);
  }

  /**
   * Creates the rule a spec names, as the engine does when it compiles a node.
   *
   * @param spec the rule's spec
   * @return the rule
   * @throws ValidationException if the name is unknown, a setting is wrong, or the provider fails
   */
  public Rule rule(StrategySpec spec) {
    return bind(b -> b.rule(Objects.requireNonNull(spec, "spec"), ""), spec);
  }

  private <T> T bind(Function<Binder, T> f, StrategySpec spec) {
    List<Problem> problems = new ArrayList<>();
    T t = f.apply(new Binder(this, problems, new Binder.Cache()));
    if (!problems.isEmpty() || t == null) {
      throw new ValidationException("strategy " + spec, problems.isEmpty()
          ? List.of(Problem.of(Problem.INVALID_SETTING, "", "strategy \"" + spec.name() + "\" could not be created"))
          : problems);
    }
    return t;
  }

  /** Builds a {@link Strategies} registry. Not thread-safe. */
  public static final class Builder {
    private final Map<String, NormalizerProvider> normalizers = new TreeMap<>();
    private final Map<String, AggregatorProvider> aggregators = new TreeMap<>();
    private final Map<String, RuleProvider> rules = new TreeMap<>();

    private Builder() {
      Builtins.normalizers().forEach(p -> normalizers.put(p.name(), p));
      IndexBuiltins.normalizers().forEach(p -> normalizers.put(p.name(), p));
      ReadyBuiltins.normalizers().forEach(p -> normalizers.put(p.name(), p));
      Builtins.aggregators().forEach(p -> aggregators.put(p.name(), p));
      IndexBuiltins.aggregators().forEach(p -> aggregators.put(p.name(), p));
      BuiltinRules.rules().forEach(p -> rules.put(p.name(), p));
    }

    /**
     * Adds every provider the service loader finds, with this library's class loader.
     *
     * @return this builder
     * @throws ScoringException if two discovered providers share a name, or one shares a built-in's name
     */
    public Builder withServiceLoader() {
      discover(ServiceLoader.load(NormalizerProvider.class, Strategies.class.getClassLoader()), normalizers,
          NormalizerProvider::name, "normalizer");
      discover(ServiceLoader.load(AggregatorProvider.class, Strategies.class.getClassLoader()), aggregators,
          AggregatorProvider::name, "aggregator");
      discover(ServiceLoader.load(RuleProvider.class, Strategies.class.getClassLoader()), rules,
          RuleProvider::name, "rule");
      return this;
    }

    private static <P> void discover(ServiceLoader<P> loader, Map<String, P> into, Function<P, String> name,
        String kind) {
      for (P p : loader) {
        String n = name.apply(p);
        P existing = into.putIfAbsent(n, p);
        if (existing != null && existing.getClass() != p.getClass()) {
          throw new ScoringException("two " + kind + "s are named \"" + n + "\": " + existing.getClass().getName()
              + " and " + p.getClass().getName() + "; register one explicitly to choose");
        }
      }
    }

    /**
     * Registers a normalizer, replacing any of the same name.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(NormalizerProvider provider) {
      normalizers.put(checkName(Objects.requireNonNull(provider, "provider").name()), provider);
      return this;
    }

    /**
     * Registers an aggregator, replacing any of the same name.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(AggregatorProvider provider) {
      aggregators.put(checkName(Objects.requireNonNull(provider, "provider").name()), provider);
      return this;
    }

    /**
     * Registers a rule, replacing any of the same name.
     *
     * @param provider the provider
     * @return this builder
     */
    public Builder register(RuleProvider provider) {
      rules.put(checkName(Objects.requireNonNull(provider, "provider").name()), provider);
      return this;
    }

    private static String checkName(String name) {
      if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalArgumentException("strategy name \"" + name + "\" must be lower-case letters, digits and dashes");
      }
      return name;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public Strategies build() {
      return new Strategies(this);
    }
  }
}
