package io.github.bizenv.scoring.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Strategies;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Range;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration through Boot's {@link ApplicationContextRunner}: each test starts a small context of its own
 * (no web server, no class-path scanning), so they stay fast.
 */
class ScoringAutoConfigurationTest {

  static final String BUNDLED = "classpath:io/github/bizenv/scoring/methodologies/";

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ScoringAutoConfiguration.class));

  /** A user's normalizer: half the raw value, on 0..50. */
  static final class Halved implements NormalizerProvider {
    @Override
    public String name() {
      return "halved";
    }

    @Override
    public Normalizer create(Parameters p) {
      return new Normalizer() {
        @Override
        public Range range() {
          return Range.of(0, 50);
        }

        @Override
        public Fit fit(double[] column) {
          return new Fit() {
            @Override
            public double apply(double x) {
              return Math.max(0, Math.min(50, x / 2));
            }

            @Override
            public Map<String, Double> parameters() {
              return Map.of();
            }
          };
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserStrategies {
    @Bean
    NormalizerProvider halved() {
      return new Halved();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Test
  void onByDefaultWithNothingLoaded() {
    runner.run(context -> {
      assertNotNull(context.getBean(Engine.class));
      assertSame(context.getBean(Strategies.class), context.getBean(Engine.class).strategies());
      assertTrue(context.getBean(CompiledMethodologies.class).ids().isEmpty());
      assertFalse(context.containsBean("liveProgramme"), "no programme configured, no monitor");
      assertTrue(context.getBean(Strategies.class).normalizerNames().contains("logistic"),
          "the service loader's strategies (scoring-examples' logistic normalizer) are there by default");
    });
  }

  @Test
  void offWhenDisabled() {
    runner.withPropertyValues("bizenv.scoring.enabled=false")
        .run(context -> {
          assertTrue(context.getBeansOfType(Engine.class).isEmpty());
          assertTrue(context.getBeansOfType(CompiledMethodologies.class).isEmpty());
        });
  }

  @Test
  void backsOffForTheApplicationsOwnEngine() {
    Engine own = Engine.create(Strategies.builder().build());
    runner.withBean(Engine.class, () -> own).run(context -> assertSame(own, context.getBean(Engine.class)));
  }

  @Test
  void userStrategyBeansAreRegisteredAndMethodologiesMayNameThem() {
    runner.withUserConfiguration(UserStrategies.class)
        .withPropertyValues("bizenv.scoring.service-loader=false",
            "bizenv.scoring.methodologies=classpath:starter-test/halved.json")
        .run(context -> {
          Strategies s = context.getBean(Strategies.class);
          assertTrue(s.normalizerNames().contains("halved"), s.normalizerNames().toString());
          assertFalse(s.normalizerNames().contains("logistic"), "service loader off");
          CompiledMethodologies m = context.getBean(CompiledMethodologies.class);
          Dataset data = Dataset.builder().value("x", "a", 80).value("y", "a", 40).build();
          Evaluation e = m.evaluate("halved", data);
          assertEquals(40, e.score("x").getAsDouble(), 1e-9);
          assertEquals(20, e.score("y").getAsDouble(), 1e-9);
          assertEquals(1, context.getBean(MeterRegistry.class).get(ScoringMetrics.EVALUATIONS).tag("kind", "batch")
              .timer().count());
        });
  }

  @Test
  void propertiesBoundAndTheProgrammeMonitoredWithHealthAndMetrics() {
    runner.withUserConfiguration(UserStrategies.class)
        .withPropertyValues(
            "bizenv.scoring.methodologies[0]=" + BUNDLED + "quarterly-progress.json",
            "bizenv.scoring.methodologies[1]=" + BUNDLED + "assessment-d*-2021.json",
            "bizenv.scoring.programme.location=classpath:sample-city/programme.json",
            "bizenv.scoring.programme.observations=classpath:sample-city/districts-2021.csv",
            "bizenv.scoring.monitor.methodologies=quarterly-progress,departments-2021",
            "bizenv.scoring.monitor.start=2021-01-01")
        .run(context -> {
          ScoringProperties p = context.getBean(ScoringProperties.class);
          assertEquals(2, p.getMethodologies().size());
          assertEquals(LocalDate.of(2021, 1, 1), p.getMonitor().getStart());
          assertEquals(List.of("quarterly-progress", "departments-2021"), p.getMonitor().getMethodologies());
          CompiledMethodologies m = context.getBean(CompiledMethodologies.class);
          assertEquals(List.of("quarterly-progress", "departments-2021", "districts-2021"),
              List.copyOf(m.ids()), "a pattern's files in name order, after the files named before it");
          LiveProgramme live = context.getBean(LiveProgramme.class);
          Programme programme = context.getBean(Programme.class);
          assertEquals("sample-city-2021", programme.id());
          assertEquals(List.of("quarterly-progress", "departments-2021"), List.copyOf(live.monitor().plans()));

          HealthIndicator health = context.getBean("scoringHealthIndicator", HealthIndicator.class);
          Health before = health.health();
          assertEquals(Status.UP, before.getStatus());
          assertEquals("none", before.getDetails().get("lastArrival"));
          assertEquals(3, ((Map<?, ?>) before.getDetails().get("methodologies")).size());

          Task task = programme.tasks().stream().filter(t -> !t.legalAuthorisation()).findFirst().orElseThrow();
          live.submit(ProgressReport.builder().task(task.id()).unit(task.lead()).date(LocalDate.of(2021, 1, 31))
              .progress(100).build());
          assertEquals(io.github.bizenv.scoring.workflow.Status.DONE, live.monitor().status(task.id()).status());
          assertThrows(ValidationException.class, () -> live.submit(ProgressReport.builder().task("T999")
              .unit(task.lead()).date(LocalDate.of(2021, 2, 1)).progress(10).build()));

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertEquals(1, meters.get(ScoringMetrics.ARRIVALS).tag("record", "progress-report")
              .tag("outcome", "accepted").counter().count());
          assertEquals(1, meters.get(ScoringMetrics.ARRIVALS).tag("record", "progress-report")
              .tag("outcome", "rejected").counter().count());
          assertEquals(1, meters.get(ScoringMetrics.EVALUATIONS).tag("kind", "arrival").timer().count());
          assertTrue(meters.get(ScoringMetrics.EVALUATIONS).tag("kind", "arrival").timer()
              .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);

          Health after = health.health();
          assertEquals("2021-01-31", after.getDetails().get("day"));
          assertEquals(1L, after.getDetails().get("arrivals"));
          assertFalse("none".equals(after.getDetails().get("lastArrival")));
          assertEquals(1, ((Map<?, ?>) after.getDetails().get("data")).get("progressReports"));
        });
  }

  @Test
  void everyProblemOfEveryFileStopsTheStartWithAnAnalysis() {
    runner.withPropertyValues(
            "bizenv.scoring.methodologies=classpath:starter-test/broken.json,classpath:starter-test/missing.json")
        .run(context -> {
          Throwable failure = context.getStartupFailure();
          assertNotNull(failure);
          Throwable root = failure;
          while (!(root instanceof ScoringConfigurationException) && root.getCause() != null) {
            root = root.getCause();
          }
          ScoringConfigurationException e = assertInstanceOf(ScoringConfigurationException.class, root);
          assertEquals(2, e.problems().size(), e.getMessage());
          String broken = e.problems().keySet().iterator().next();
          assertTrue(broken.endsWith("starter-test/broken.json"), broken);
          assertTrue(e.problems().get(broken).size() >= 2, "the unknown aggregator and the negative weight: "
              + e.problems().get(broken));
          assertTrue(e.getMessage().contains("no-such-aggregator"), e.getMessage());
          assertTrue(e.problems().get("classpath:starter-test/missing.json").get(0).message().contains("names no file"));
          FailureAnalysis analysis = new ScoringFailureAnalyzer().analyze(failure);
          assertNotNull(analysis);
          assertTrue(analysis.getDescription().startsWith("The scoring configuration has "), analysis.getDescription());
        });
  }

  @Test
  void aMonitoredMethodologyThatIsNotLoadedIsNamedWithThoseThatAre() {
    runner.withPropertyValues("bizenv.scoring.methodologies=" + BUNDLED + "quarterly-progress.json",
            "bizenv.scoring.programme.location=classpath:sample-city/programme.json",
            "bizenv.scoring.monitor.methodologies=quarterly-progres")
        .run(context -> {
          Throwable root = context.getStartupFailure();
          while (!(root instanceof ScoringConfigurationException) && root.getCause() != null) {
            root = root.getCause();
          }
          assertTrue(root.getMessage().contains("\"quarterly-progres\" is not among those loaded: [quarterly-progress]"),
              root.getMessage());
        });
  }
}
