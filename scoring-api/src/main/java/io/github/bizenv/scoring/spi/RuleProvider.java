package io.github.bizenv.scoring.spi;

/**
 * Creates rules of one kind, found by {@link #name()} in methodology files.
 *
 * <p>Register an implementation in {@code META-INF/services/io.github.bizenv.scoring.spi.RuleProvider} (and
 * {@code provides} it in {@code module-info}), or pass it to the engine's registry explicitly. Providers need a
 * public no-argument constructor for {@link java.util.ServiceLoader} and must be thread-safe.
 */
public interface RuleProvider {

  /**
   * The name files use, e.g. {@code min-max}; unique among the registered rules.
   *
   * @return the name: lower case letters, digits and dashes
   */
  String name();

  /**
   * Creates a rule from its settings, reporting bad settings through {@code parameters}.
   *
   * @param parameters the settings from the methodology file
   * @return the rule; when problems were reported it is not used, so it may be anything non-null
   */
  Rule create(Parameters parameters);
}
