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
import java.util.List;

/**
 * Variants as plan variants: a change of weights only is {@link Plan#withWeights} (re-aggregating the nominal
 * evaluation's normalized leaves); any other change is {@link Plan#vary} on the methodology model, and the variant
 * is evaluated on the nominal evaluation, so that the pipeline and the leaves are recomputed only where the change
 * touches them. Thread-safe: plans and evaluations are immutable.
 */
final class PlanVariants implements Variants {

  private final Plan plan;
  private final Evaluation nominal;

  PlanVariants(Plan plan, Dataset data, Period period) {
    this.plan = plan;
    this.nominal = period == null ? plan.evaluate(data) : plan.evaluate(data, period);
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
    boolean weightsOnly = v.leftOut.isEmpty() && v.normalizer == null && v.aggregator == null && !v.imputationSet
        && v.winmax == null;
    Plan p = weightsOnly ? plan.withWeights(v.weights) : plan.vary(m -> apply(m, v));
    return p.evaluate(nominal);
  }

  /** The methodology with the variant's changes, as a methodology file would be edited. */
  static Methodology apply(Methodology m, Variant v) {
    List<Node> nodes = new ArrayList<>();
    for (Node n : m.nodes()) {
      ImmutableNode.Builder b = Node.builder().from(n);
      Double w = v.weights.get(n.id());
      if (w != null) {
        b.weight(w);
      }
      if (v.normalizer != null && v.normalizerNodes.contains(n.id())) {
        b.normalizer(v.normalizer);
      }
      if (v.aggregator != null && v.aggregatorNodes.contains(n.id())) {
        b.aggregator(v.aggregator);
      }
      nodes.add(b.build());
    }
    ImmutableMethodology.Builder b = Methodology.builder().from(m).nodes(nodes);
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
    Methodology changed = b.build();
    return v.leftOut.isEmpty() ? changed : changed.without(v.leftOut);
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
