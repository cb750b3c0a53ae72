package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.methodology.Composite;
import io.github.bizenv.scoring.methodology.ImmutableComposite;
import io.github.bizenv.scoring.methodology.ImmutableImpute;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.Treat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Model changes behind {@link Plan}'s variants that need more than one field replaced. */
final class Variants {

  private Variants() {}

  /** The methodology without the given nodes, and without the references to them. */
  static Methodology remove(Methodology m, Set<String> gone) {
    List<Node> nodes = new ArrayList<>();
    for (Node node : m.nodes()) {
      if (!gone.contains(node.id())) {
        nodes.add(node);
      }
    }
    List<PipelineStep> steps = new ArrayList<>();
    for (PipelineStep s : m.pipeline()) {
      if (s instanceof Impute && ((Impute) s).indicators().isPresent()) {
        Set<String> keep = new LinkedHashSet<>(((Impute) s).indicators().get());
        keep.removeAll(gone);
        if (keep.isEmpty()) {
          continue;
        }
        s = ImmutableImpute.copyOf((Impute) s).withIndicators(keep);
      } else if (s instanceof Treat) {
        Map<String, io.github.bizenv.scoring.methodology.TreatmentOverride> o = new LinkedHashMap<>(((Treat) s).overrides());
        o.keySet().removeAll(gone);
        s = ImmutableTreat.copyOf((Treat) s).withOverrides(o);
      }
      steps.add(s);
    }
    boolean anyDenominator = nodes.stream().anyMatch(x -> x.denominator().isPresent());
    if (!anyDenominator) {
      steps.removeIf(s -> s instanceof io.github.bizenv.scoring.methodology.Denominate);
    }
    List<Composite> composites = new ArrayList<>();
    for (Composite c : m.composites()) {
      if (c.nodes().isPresent()) {
        List<String> keep = new ArrayList<>(c.nodes().get());
        keep.removeAll(gone);
        if (keep.isEmpty()) {
          continue;
        }
        c = ImmutableComposite.copyOf(c).withNodes(keep);
      }
      composites.add(c);
    }
    return ImmutableMethodology.copyOf(m).withNodes(nodes).withPipeline(steps).withComposites(composites);
  }
}
