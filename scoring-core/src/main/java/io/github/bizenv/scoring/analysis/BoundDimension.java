package io.github.bizenv.scoring.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Treatment;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.MethodologyCodec;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.StrategySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** A dimension bound to a plan: its alternatives as changes to a {@link Variant}, and what it can change. */
final class BoundDimension {

  final Dimension dimension;
  private final List<Map<String, Double>> weightSets = new ArrayList<>();
  /** The alternatives as model values: strategy specs, impute steps (null: none), winmax, node lists. */
  private final List<Object> alternatives = new ArrayList<>();
  private String noOp;

  private BoundDimension(Dimension dimension) {
    this.dimension = dimension;
  }

  int size() {
    return dimension.size();
  }

  /** Why the dimension cannot change anything, or null. */
  String noOp() {
    return noOp;
  }

  /** The alternative a uniform number in [0, 1) picks: {@code ⌊u·k⌋}. */
  int pick(double u) {
    int k = size();
    return Math.min(k - 1, Math.max(0, (int) Math.floor(u * k)));
  }

  void apply(Variant v, int k) {
    Dimension d = dimension;
    switch (d.kind()) {
      case WEIGHTS:
        v.weights.putAll(weightSets.get(k));
        break;
      case NORMALIZER:
        v.normalizer = (StrategySpec) alternatives.get(k);
        v.normalizerNodes.addAll(d.nodes());
        break;
      case AGGREGATOR:
        v.aggregator = (StrategySpec) alternatives.get(k);
        v.aggregatorNodes.addAll(d.nodes());
        break;
      case IMPUTATION:
        v.imputationSet = true;
        v.imputation = (Impute) alternatives.get(k);
        break;
      case WINMAX:
        v.winmax = (Integer) alternatives.get(k);
        break;
      default:
        for (JsonNode id : d.alternativeTrees().get(k)) {
          v.leftOut.add(id.asText());
        }
    }
  }

  /** Reads the alternatives into model values once, reporting any that are not valid. */
  private void readAlternatives(String path, List<Problem> problems) {
    List<JsonNode> trees = dimension.alternativeTrees();
    for (int a = 0; a < trees.size(); a++) {
      JsonNode t = trees.get(a);
      String at = path + "/alternatives/" + a;
      try {
        switch (dimension.kind()) {
          case NORMALIZER:
          case AGGREGATOR:
            alternatives.add(MethodologyCodec.specOf(t, at));
            break;
          case IMPUTATION:
            if (t.isTextual()) {
              alternatives.add(null);
            } else {
              com.fasterxml.jackson.databind.node.ObjectNode step = t.deepCopy();
              step.put("step", "impute");
              alternatives.add(MethodologyCodec.stepOf(step, at));
            }
            break;
          case WINMAX:
            alternatives.add(t.intValue());
            break;
          default:
            alternatives.add(null);
        }
      } catch (ValidationException e) {
        problems.addAll(e.problems());
        alternatives.add(null);
      }
    }
  }

  /**
   * Binds every dimension of a spec, checking its references against the plan.
   *
   * @param problems collects a problem per bad reference
   */
  static List<BoundDimension> bind(UncertaintySpec spec, Tree tree, Evaluation nominal, SplittableRandom noise,
      List<Problem> problems) {
    List<BoundDimension> out = new ArrayList<>();
    Methodology source = tree.plan.methodology();
    boolean imputationVaries = false;
    for (Dimension d : spec.dimensions()) {
      imputationVaries |= d.kind() == Dimension.Kind.IMPUTATION || d.kind() == Dimension.Kind.EXCLUSION;
    }
    for (int k = 0; k < spec.dimensions().size(); k++) {
      Dimension d = spec.dimensions().get(k);
      String path = "/dimensions/" + k;
      BoundDimension b = new BoundDimension(d);
      b.readAlternatives(path, problems);
      Set<String> distinct = new LinkedHashSet<>(d.alternatives());
      if (d.kind() != Dimension.Kind.WEIGHTS && distinct.size() < 2) {
        b.noOp = "it has a single distinct alternative";
      }
      switch (d.kind()) {
        case WEIGHTS:
          b.bindWeights(tree, noise, path, problems);
          break;
        case NORMALIZER:
          for (int i = 0; i < d.nodes().size(); i++) {
            String n = d.nodes().get(i);
            if (!tree.children.containsKey(n) || !tree.isLeaf(n)) {
              problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, path + "/nodes/" + i, "\"" + n
                  + "\" is not a leaf of methodology \"" + tree.plan.id() + "\""));
            }
          }
          if (b.noOp == null && d.nodes().isEmpty() && !usesDefault(source, tree, true, "normalizer")) {
            b.noOp = "every leaf declares its own normaliser and the dimension names none";
          }
          break;
        case AGGREGATOR:
          for (int i = 0; i < d.nodes().size(); i++) {
            String n = d.nodes().get(i);
            if (!tree.children.containsKey(n) || tree.isLeaf(n)) {
              problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, path + "/nodes/" + i, "\"" + n
                  + "\" is not an inner node of methodology \"" + tree.plan.id() + "\""));
            }
          }
          if (b.noOp == null && d.nodes().isEmpty() && !usesDefault(source, tree, false, "aggregator")) {
            b.noOp = "every inner node declares its own aggregator and the dimension names none";
          }
          break;
        case IMPUTATION:
          if (b.noOp == null && hasStep(source, "impute") && nominal.imputations().isEmpty()) {
            b.noOp = "the data has no missing value to impute";
          }
          break;
        case WINMAX:
          if (!hasStep(source, "treat")) {
            b.noOp = "the methodology has no treat step";
          } else if (b.noOp == null && !imputationVaries && allPass(tree, nominal)) {
            b.noOp = "no indicator fails the skewness and kurtosis test, so none is winsorised";
          }
          break;
        default:
          List<JsonNode> alts = d.alternativeTrees();
          for (int a = 0; a < alts.size(); a++) {
            for (int i = 0; i < alts.get(a).size(); i++) {
              String n = alts.get(a).get(i).asText();
              if (!tree.children.containsKey(n) || n.equals(tree.root)) {
                problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, path + "/alternatives/" + a + "/" + i, "\"" + n
                    + "\" is not a node below the root of methodology \"" + tree.plan.id() + "\""));
              }
            }
          }
      }
      out.add(b);
    }
    return out;
  }

  private void bindWeights(Tree tree, SplittableRandom noise, String path, List<Problem> problems) {
    Map<String, Double> factors = new LinkedHashMap<>();
    for (Map.Entry<Integer, Double> e : dimension.levelNoise().entrySet()) {
      if (e.getKey() < 1 || e.getKey() > tree.maxLevel) {
        problems.add(Problem.of(Problem.OUT_OF_RANGE, path + "/noise", "level " + e.getKey() + " is outside 1.."
            + tree.maxLevel + " of methodology \"" + tree.plan.id() + "\""));
        continue;
      }
      for (String n : tree.byLevel().get(e.getKey())) {
        factors.put(n, e.getValue());
      }
    }
    for (Map.Entry<String, Double> e : dimension.nodeNoise().entrySet()) {
      if (!tree.children.containsKey(e.getKey())) {
        problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, path + "/noise", "node \"" + e.getKey()
            + "\" is not in methodology \"" + tree.plan.id() + "\""));
        continue;
      }
      factors.put(e.getKey(), e.getValue());
    }
    boolean effective = false;
    for (Map.Entry<String, Double> e : factors.entrySet()) {
      String p = tree.parent.get(e.getKey());
      effective |= e.getValue() > 0 && p != null && tree.children.get(p).size() > 1;
    }
    if (!effective) {
      noOp = "no perturbed weight has a sibling (or every factor is 0), so renormalised weights never change";
    }
    List<String> perturbed = new ArrayList<>();
    for (String n : tree.topDown) {
      if (factors.containsKey(n)) {
        perturbed.add(n);
      }
    }
    for (int r = 0; r < dimension.size(); r++) {
      Map<String, Double> w = new LinkedHashMap<>();
      for (String n : perturbed) {
        double nominal = tree.weight.getOrDefault(n, 1.0);
        w.put(n, nominal + (noise.nextDouble() * 2 - 1) * factors.get(n) * nominal);
      }
      weightSets.add(w);
    }
  }

  private static boolean usesDefault(Methodology source, Tree tree, boolean leaves, String field) {
    Set<String> own = new HashSet<>();
    for (Node n : source.nodes()) {
      if (field.equals("normalizer") ? n.normalizer().isPresent() : n.aggregator().isPresent()) {
        own.add(n.id());
      }
    }
    for (String n : tree.topDown) {
      if (tree.isLeaf(n) == leaves && !own.contains(n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasStep(Methodology source, String step) {
    for (PipelineStep s : source.pipeline()) {
      if (step.equals(s.step())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allPass(Tree tree, Evaluation nominal) {
    for (String leaf : tree.leaves()) {
      java.util.Optional<Treatment> t = nominal.treatment(leaf);
      if (t.isPresent() && !t.get().passedBefore()) {
        return false;
      }
    }
    return true;
  }
}
