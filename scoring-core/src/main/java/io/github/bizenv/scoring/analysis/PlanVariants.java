package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Variants as plan variants: a change of weights only is {@link Plan#withWeights} (re-aggregating the nominal
 * evaluation's normalized leaves); any other change is {@link Plan#vary} on the methodology model, and the variant
 * is evaluated on the nominal evaluation, so that the pipeline and the leaves are recomputed only where the change
 * touches them.
 *
 * <p>A sampled variant is mostly other weights on one of few other structures (a winmax, a normalizer, an
 * aggregator, an imputation, nodes left out). Each structure is derived and evaluated once and kept: a variant is
 * its structure's plan {@link Plan#withWeights with its weights}, evaluated on the structure's evaluation, so that it
 * only re-aggregates. This gives the numbers a variant compiled and evaluated afresh gives, bit for bit (the same
 * steps run on the same values), so the results do not depend on what is kept or on which thread kept it. What is
 * kept is bounded by the number of values it holds. Thread-safe: plans and evaluations are immutable.
 */
final class PlanVariants implements Variants {

  /** The values kept for structures at most: 8 M doubles, 64 MB. */
  private static final long BUDGET = 8_000_000L;

  private final Plan plan;
  private final Evaluation nominal;
  private final ConcurrentHashMap<List<Object>, Structure> structures = new ConcurrentHashMap<>();
  private final int maxStructures;

  PlanVariants(Plan plan, Dataset data, Period period) {
    this.plan = plan;
    this.nominal = period == null ? plan.evaluate(data) : plan.evaluate(data, period);
    long cells = (long) nominal.units().size() * plan.nodes().size() * (nominal.stages().size() + 2L);
    this.maxStructures = (int) Math.max(1, Math.min(4096, BUDGET / Math.max(1, cells)));
  }

  @Override
  public Evaluation nominal() {
    return nominal;
  }

  @Override
  public Evaluation evaluate(Variant v) {
    if (v.isNominal()) {
      return nominal;
    }
    if (v.weightsOnly()) {
      return plan.withWeights(v.weights).evaluate(nominal);
    }
    List<Object> shape = v.shape();
    Structure s = structures.get(shape);
    if (s == null) {
      s = structure(v);
      if (structures.size() < maxStructures) {
        Structure kept = structures.putIfAbsent(shape, s);
        s = kept == null ? s : kept;
      }
    }
    if (s.failure != null) {
      throw s.failure;
    }
    Map<String, Double> weights = v.weights;
    if (!v.leftOut.isEmpty()) {
      weights = new LinkedHashMap<>();
      for (Map.Entry<String, Double> w : v.weights.entrySet()) {
        if (s.plan.hasNode(w.getKey())) {
          weights.put(w.getKey(), w.getValue()); // the weights of nodes left out go with them
        }
      }
    }
    Plan p = weights.isEmpty() ? s.plan : s.plan.withWeights(weights);
    return p.evaluate(s.evaluation != null ? s.evaluation : nominal);
  }

  /** Derives and evaluates a variant's structure: the variant without its weights. */
  private Structure structure(Variant v) {
    Plan p;
    try {
      p = plan.vary(m -> apply(m, v.withoutWeights()));
    } catch (RuntimeException e) {
      return new Structure(null, null, e);
    }
    try {
      return new Structure(p, p.evaluate(nominal), null);
    } catch (RuntimeException e) {
      // Other weights cannot keep a structure from compiling, but could keep it from failing to evaluate: its
      // variants are evaluated on the nominal evaluation, each saying for itself whether it fails.
      return new Structure(p, null, null);
    }
  }

  /** A structure's plan and evaluation, or why its plan could not be derived. */
  private static final class Structure {
    final Plan plan;
    final Evaluation evaluation;
    final RuntimeException failure;

    Structure(Plan plan, Evaluation evaluation, RuntimeException failure) {
      this.plan = plan;
      this.evaluation = evaluation;
      this.failure = failure;
    }
  }

  /** The methodology with the variant's changes, as a methodology file would be edited. */
  static Methodology apply(Methodology m, Variant v) {
    List<Node> nodes = new ArrayList<>(m.nodes().size());
    boolean changed = false;
    for (Node n : m.nodes()) {
      Double w = v.weights.get(n.id());
      boolean normalizer = v.normalizer != null && v.normalizerNodes.contains(n.id());
      boolean aggregator = v.aggregator != null && v.aggregatorNodes.contains(n.id());
      if (w == null && !normalizer && !aggregator) {
        nodes.add(n);
        continue;
      }
      ImmutableNode.Builder b = Node.builder().from(n);
      if (w != null) {
        b.weight(w);
      }
      if (normalizer) {
        b.normalizer(v.normalizer);
      }
      if (aggregator) {
        b.aggregator(v.aggregator);
      }
      nodes.add(b.build());
      changed = true;
    }
    ImmutableMethodology.Builder b = Methodology.builder().from(m);
    if (changed) {
      b.nodes(nodes);
    }
    if (v.normalizer != null) {
      b.defaultNormalizer(v.normalizer);
    }
    if (v.aggregator != null) {
      b.defaultAggregator(v.aggregator);
    }
    List<PipelineStep> steps = new ArrayList<>(m.pipeline());
    if (v.winmax != null) {
      steps.replaceAll(s -> s instanceof Treat ? ImmutableTreat.copyOf((Treat) s).withWinmax(v.winmax) : s);
    }
    if (v.imputationSet) {
      imputation(steps, v.imputation);
    }
    b.pipeline(steps);
    Methodology out = b.build();
    return v.leftOut.isEmpty() ? out : out.without(v.leftOut);
  }

  /** Replaces the first impute step (or inserts one after any denominate steps), or removes it when null. */
  private static void imputation(List<PipelineStep> steps, Impute step) {
    int at = -1;
    for (int k = 0; k < steps.size(); k++) {
      if (steps.get(k) instanceof Impute) {
        at = k;
        break;
      }
    }
    if (step == null) {
      if (at >= 0) {
        steps.remove(at);
      }
      return;
    }
    if (at >= 0) {
      steps.set(at, step);
    } else {
      int k = 0;
      while (k < steps.size() && "denominate".equals(steps.get(k).step())) {
        k++;
      }
      steps.add(k, step);
    }
  }
}
