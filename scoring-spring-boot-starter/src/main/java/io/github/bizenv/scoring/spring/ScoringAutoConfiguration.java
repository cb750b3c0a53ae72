package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.engine.Strategies;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.RuleProvider;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * Auto-configuration of the scoring SDK (on unless {@code bizenv.scoring.enabled=false}):
 *
 * <ul>
 *   <li>{@link Strategies}: the built-in strategies, those found by the service loader (unless
 *       {@code bizenv.scoring.service-loader=false}), and every {@link NormalizerProvider}, {@link AggregatorProvider}
 *       and {@link RuleProvider} declared as a bean, which replaces a strategy of the same name;
 *   <li>{@link Engine} with those strategies;
 *   <li>{@link CompiledMethodologies}: the files {@code bizenv.scoring.methodologies} names, compiled;
 *   <li>when {@code bizenv.scoring.programme.location} is set, the {@link Programme} and a {@link LiveProgramme}
 *       monitoring it (unless {@code bizenv.scoring.monitor.enabled=false});
 *   <li>with the actuator, a health indicator {@code scoring}; Micrometer meters {@code bizenv.scoring.*} in the
 *       application's registry.
 * </ul>
 *
 * <p>Each bean backs off when the application declares its own. Files with problems stop the start-up with every
 * problem of every file listed ({@link ScoringConfigurationException}).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(Engine.class)
@ConditionalOnProperty(prefix = "bizenv.scoring", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ScoringProperties.class)
public class ScoringAutoConfiguration {

  /** Made by Spring. */
  public ScoringAutoConfiguration() {}

  /**
   * The strategies methodologies may name.
   *
   * @param properties the settings
   * @param normalizers normalizers declared as beans
   * @param aggregators aggregators declared as beans
   * @param rules rules declared as beans
   * @return the registry
   */
  @Bean
  @ConditionalOnMissingBean
  public Strategies scoringStrategies(ScoringProperties properties, ObjectProvider<NormalizerProvider> normalizers,
      ObjectProvider<AggregatorProvider> aggregators, ObjectProvider<RuleProvider> rules) {
    Strategies.Builder b = Strategies.builder();
    if (properties.isServiceLoader()) {
      b.withServiceLoader();
    }
    normalizers.orderedStream().forEach(b::register);
    aggregators.orderedStream().forEach(b::register);
    rules.orderedStream().forEach(b::register);
    return b.build();
  }

  /**
   * The engine.
   *
   * @param strategies the strategies
   * @return the engine
   */
  @Bean
  @ConditionalOnMissingBean
  public Engine scoringEngine(Strategies strategies) {
    return Engine.create(strategies);
  }

  @Bean
  ScoringMetrics scoringMetrics(ObjectProvider<MeterRegistry> registry) {
    return new ScoringMetrics(registry.getIfAvailable(CompositeMeterRegistry::new));
  }

  /**
   * The configured methodologies, compiled.
   *
   * @param engine the engine
   * @param properties the settings
   * @param resources the application's resource loader
   * @param metrics the meters
   * @return the methodologies
   * @throws ScoringConfigurationException listing every problem of every file
   */
  @Bean
  @ConditionalOnMissingBean
  public CompiledMethodologies scoringMethodologies(Engine engine, ScoringProperties properties,
      ResourceLoader resources, ScoringMetrics metrics) {
    Locations locations = new Locations(ResourcePatternUtils.getResourcePatternResolver(resources));
    Map<String, List<Problem>> problems = new LinkedHashMap<>();
    Map<String, Plan> plans = new LinkedHashMap<>();
    Map<String, String> where = new LinkedHashMap<>();
    for (String location : properties.getMethodologies()) {
      for (Resource r : resolve(locations, location, "bizenv.scoring.methodologies", problems)) {
        String name = Locations.name(r);
        try (InputStream in = r.getInputStream()) {
          Plan p = engine.compile(in, name);
          String before = where.putIfAbsent(p.id(), name);
          if (before != null) {
            problems.computeIfAbsent(name, k -> new ArrayList<>()).add(Problem.of(Problem.DUPLICATE_ID, "/id",
                "methodology id \"" + p.id() + "\" was loaded already from " + before));
          } else {
            plans.put(p.id(), p);
          }
        } catch (ValidationException e) {
          problems.computeIfAbsent(name, k -> new ArrayList<>()).addAll(e.problems());
        } catch (IOException | ScoringException e) {
          problems.computeIfAbsent(name, k -> new ArrayList<>()).add(unreadable(e));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScoringConfigurationException(problems);
    }
    return new CompiledMethodologies(plans, where, metrics);
  }

  static List<Resource> resolve(Locations locations, String location, String setting,
      Map<String, List<Problem>> problems) {
    try {
      List<Resource> found = locations.resolve(location);
      if (found.isEmpty()) {
        problems.computeIfAbsent(location, k -> new ArrayList<>()).add(Problem.of(Problem.UNKNOWN_REFERENCE, "",
            setting + ": \"" + location + "\" names no file"));
      }
      return found;
    } catch (IOException e) {
      problems.computeIfAbsent(location, k -> new ArrayList<>()).add(unreadable(e));
      return List.of();
    }
  }

  static Problem unreadable(Exception e) {
    return Problem.of(Problem.SYNTAX, "", "cannot be read: " + e.getMessage());
  }

  /** The programme and its monitor, when {@code bizenv.scoring.programme.location} is set. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "bizenv.scoring.programme", name = "location")
  public static class ProgrammeConfiguration {

    /** Made by Spring. */
    public ProgrammeConfiguration() {}

    /**
     * The programme and what it starts with, read and checked together.
     *
     * @param properties the settings
     * @param resources the application's resource loader
     * @return the programme's files, loaded
     * @throws ScoringConfigurationException listing every problem of every file
     */
    @Bean
    @ConditionalOnMissingBean
    public ProgrammeFiles scoringProgrammeFiles(ScoringProperties properties, ResourceLoader resources) {
      return ProgrammeFiles.load(properties.getProgramme(),
          new Locations(ResourcePatternUtils.getResourcePatternResolver(resources)));
    }

    /**
     * The programme.
     *
     * @param files the programme's files
     * @return the programme
     */
    @Bean
    @ConditionalOnMissingBean
    public Programme scoringProgramme(ProgrammeFiles files) {
      return files.programme();
    }

    /**
     * The monitor of the programme, keeping the configured methodologies' standings current.
     *
     * @param files the programme's files
     * @param methodologies the compiled methodologies
     * @param properties the settings
     * @param metrics the meters
     * @param clock a clock bean, if the application declares one
     * @return the live programme
     * @throws ScoringConfigurationException if a monitored methodology is not loaded, or cannot score the facts
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "bizenv.scoring.monitor", name = "enabled", havingValue = "true",
        matchIfMissing = true)
    public LiveProgramme liveProgramme(ProgrammeFiles files, CompiledMethodologies methodologies,
        ScoringProperties properties, ScoringMetrics metrics, ObjectProvider<Clock> clock) {
      ScoringProperties.Monitor m = properties.getMonitor();
      List<String> ids = m.getMethodologies().isEmpty() ? new ArrayList<>(methodologies.ids())
          : m.getMethodologies();
      List<Problem> problems = new ArrayList<>();
      ProgrammeMonitor.Builder b = ProgrammeMonitor.builder(files.programme()).data(files.data())
          .extra(files.observations());
      for (int i = 0; i < ids.size(); i++) {
        if (methodologies.plans().containsKey(ids.get(i))) {
          b.plan(methodologies.plan(ids.get(i)));
        } else {
          problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, "/" + i, "methodology \"" + ids.get(i)
              + "\" is not among those loaded: " + methodologies.ids()));
        }
      }
      if (m.getStart() != null) {
        b.start(m.getStart());
      }
      String setting = "bizenv.scoring.monitor.methodologies";
      if (!problems.isEmpty()) {
        throw new ScoringConfigurationException(Map.of(setting, problems));
      }
      try {
        return LiveProgramme.of(b.build(), metrics, clock.getIfAvailable(Clock::systemUTC));
      } catch (ValidationException e) {
        throw new ScoringConfigurationException(Map.of("bizenv.scoring.monitor", e.problems()));
      }
    }
  }

  /** The health indicator, when the actuator is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  public static class HealthConfiguration {

    /** Made by Spring. */
    public HealthConfiguration() {}

    /**
     * The health indicator {@code scoring}: methodologies compiled, the programme's data loaded, the monitor's day
     * and the last arrival.
     *
     * @param methodologies the compiled methodologies
     * @param live the live programme, if any
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "scoringHealthIndicator")
    public org.springframework.boot.actuate.health.HealthIndicator scoringHealthIndicator(
        CompiledMethodologies methodologies, ObjectProvider<LiveProgramme> live) {
      return new ScoringHealthIndicator(methodologies, live);
    }
  }
}
