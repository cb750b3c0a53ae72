package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.StrategySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A methodology changed from the nominal one: what a sampled point of an uncertainty analysis, or a removed
 * element, asks to evaluate. Built by one thread, then only read.
 */
final class Variant {

  /** Node → new weight (relative within its parent, as in the methodology). */
  final Map<String, Double> weights = new LinkedHashMap<>();
  /** Nodes left out, each with everything under it. */
  final Set<String> leftOut = new LinkedHashSet<>();
  /** The default normaliser, and explicitly for these leaves; null = unchanged. */
  StrategySpec normalizer;
  final List<String> normalizerNodes = new ArrayList<>();
  /** The default aggregator, and explicitly for these inner nodes; null = unchanged. */
  StrategySpec aggregator;
  final List<String> aggregatorNodes = new ArrayList<>();
  /** Replaces the first impute step ({@code null} with {@link #imputationSet}: no imputation). */
  Impute imputation;
  boolean imputationSet;
  /** The treat steps' winmax; null = unchanged. */
  Integer winmax;

  /** Whether the variant changes weights and nothing else. */
  boolean weightsOnly() {
    return leftOut.isEmpty() && normalizer == null && aggregator == null && !imputationSet && winmax == null;
  }

  /** Everything the variant changes but the weights: its structure, equal for equal structures. */
  List<Object> shape() {
    return Arrays.asList(List.copyOf(leftOut), normalizer, List.copyOf(normalizerNodes), aggregator,
        List.copyOf(aggregatorNodes), imputationSet, imputation, winmax);
  }

  /** The variant without its weights. */
  Variant withoutWeights() {
    Variant v = new Variant();
    v.leftOut.addAll(leftOut);
    v.normalizer = normalizer;
    v.normalizerNodes.addAll(normalizerNodes);
    v.aggregator = aggregator;
    v.aggregatorNodes.addAll(aggregatorNodes);
    v.imputation = imputation;
    v.imputationSet = imputationSet;
    v.winmax = winmax;
    return v;
  }

  boolean isNominal() {
    return weights.isEmpty() && leftOut.isEmpty() && normalizer == null && aggregator == null && !imputationSet
        && winmax == null;
  }

  /** A strategy as {@code z-score (mean 10, sd 2)}. */
  private static String describe(StrategySpec spec) {
    List<String> settings = new ArrayList<>();
    spec.settings().forEach((k, v) -> settings.add(k + " " + v));
    return spec.name() + (settings.isEmpty() ? "" : " (" + String.join(", ", settings) + ")");
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (!weights.isEmpty()) {
      List<String> w = new ArrayList<>();
      weights.forEach((node, x) -> w.add(node + "=" + new java.math.BigDecimal(x).round(new java.math.MathContext(4))
          .stripTrailingZeros().toPlainString()));
      parts.add("weights {" + String.join(", ", w) + "}");
    }
    if (!leftOut.isEmpty()) {
      parts.add("without " + leftOut);
    }
    if (normalizer != null) {
      parts.add("normalizer " + describe(normalizer) + (normalizerNodes.isEmpty() ? "" : " at " + normalizerNodes));
    }
    if (aggregator != null) {
      parts.add("aggregator " + describe(aggregator) + (aggregatorNodes.isEmpty() ? "" : " at " + aggregatorNodes));
    }
    if (imputationSet) {
      parts.add("imputation " + imputation);
    }
    if (winmax != null) {
      parts.add("winmax " + winmax);
    }
    return parts.isEmpty() ? "nominal" : String.join("; ", parts);
  }
}
