package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The methodologies the {@code bizenv.scoring.methodologies} setting names, compiled once at start-up and known by
 * their ids. {@link #evaluate} evaluates one and counts and times the evaluation in the application's metrics
 * ({@code bizenv.scoring.evaluations}, tagged {@code kind=batch}). Immutable and thread-safe.
 */
public final class CompiledMethodologies {

  private final Map<String, Plan> plans;
  private final Map<String, String> locations;
  private final ScoringMetrics metrics;

  CompiledMethodologies(Map<String, Plan> plans, Map<String, String> locations, ScoringMetrics metrics) {
    this.plans = Collections.unmodifiableMap(new LinkedHashMap<>(plans));
    this.locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
    this.metrics = metrics;
  }

  /**
   * The ids of the compiled methodologies.
   *
   * @return the ids, in the order of the settings
   */
  public Set<String> ids() {
    return plans.keySet();
  }

  /**
   * Every compiled methodology by id.
   *
   * @return the plans, in the order of the settings
   */
  public Map<String, Plan> plans() {
    return plans;
  }

  /**
   * One compiled methodology.
   *
   * @param id its id
   * @return the plan
   * @throws IllegalArgumentException if no methodology of that id was loaded; the message lists the ids loaded
   */
  public Plan plan(String id) {
    Plan p = plans.get(Objects.requireNonNull(id, "id"));
    if (p == null) {
      throw new IllegalArgumentException("no methodology \"" + id + "\" was loaded; loaded: " + plans.keySet());
    }
    return p;
  }

  /**
   * Where a methodology was loaded from.
   *
   * @param id its id
   * @return the resource's URL
   * @throws IllegalArgumentException if no methodology of that id was loaded
   */
  public String location(String id) {
    plan(id);
    return locations.get(id);
  }

  /**
   * Evaluates a methodology on data without periods, counted and timed.
   *
   * @param id the methodology's id
   * @param data the data
   * @return the evaluation
   * @throws IllegalArgumentException if no methodology of that id was loaded
   */
  public Evaluation evaluate(String id, Dataset data) {
    Plan p = plan(id);
    Objects.requireNonNull(data, "data");
    return metrics.time(ScoringMetrics.BATCH, () -> p.evaluate(data));
  }

  /**
   * Evaluates a methodology on data, counted and timed.
   *
   * @param id the methodology's id
   * @param data the data
   * @param period the period to evaluate
   * @return the evaluation
   * @throws IllegalArgumentException if no methodology of that id was loaded
   */
  public Evaluation evaluate(String id, Dataset data, Period period) {
    Plan p = plan(id);
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(period, "period");
    return metrics.time(ScoringMetrics.BATCH, () -> p.evaluate(data, period));
  }
}
