package io.github.bizenv.scoring.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.internal.PlanSources;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Variants by editing the methodology document the plan was compiled from and compiling the edited document with
 * the same engine: correct, and slow (each variant re-reads, re-checks and re-runs everything). To be replaced by
 * plans that derive their own variants.
 */
final class JsonVariants implements Variants {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Plan plan;
  private final Dataset data;
  private final String period;
  private final ObjectNode source;
  private final Engine engine;
  private final Evaluation nominal;

  JsonVariants(Plan plan, Dataset data, String period) {
    this.plan = plan;
    this.data = data;
    this.period = period;
    JsonNode s = PlanSources.source(plan);
    if (!(s instanceof ObjectNode)) {
      throw new IllegalArgumentException("plan \"" + plan.id() + "\" was not compiled from a methodology document, "
          + "so no variant of it can be derived");
    }
    this.source = (ObjectNode) s;
    this.engine = PlanSources.engine(plan);
    this.nominal = plan.evaluate(data, period);
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
    ObjectNode doc = source.deepCopy();
    apply(doc, v);
    String text;
    try {
      text = JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      throw new ScoringException("cannot write the variant of \"" + plan.id() + "\": " + e.getMessage(), e);
    }
    Plan p = engine.compile(text, plan.id() + " (" + v + ")");
    return p.evaluate(data, period);
  }

  static void apply(ObjectNode doc, Variant v) {
    ArrayNode nodes = (ArrayNode) doc.get("nodes");
    Map<String, ObjectNode> byId = new HashMap<>();
    for (JsonNode n : nodes) {
      byId.put(n.path("id").asText(), (ObjectNode) n);
    }
    v.weights.forEach((id, w) -> byId.get(id).put("weight", w));
    if (v.normalizer != null) {
      defaults(doc).set("normalizer", v.normalizer.deepCopy());
      for (String id : v.normalizerNodes) {
        byId.get(id).set("normalizer", v.normalizer.deepCopy());
      }
    }
    if (v.aggregator != null) {
      defaults(doc).set("aggregator", v.aggregator.deepCopy());
      for (String id : v.aggregatorNodes) {
        byId.get(id).set("aggregator", v.aggregator.deepCopy());
      }
    }
    JsonNode pipeline = doc.get("pipeline");
    if (v.winmax != null && pipeline != null) {
      for (JsonNode step : pipeline) {
        if ("treat".equals(step.path("step").asText())) {
          ((ObjectNode) step).put("winmax", v.winmax);
        }
      }
    }
    if (v.imputationSet) {
      imputation(doc, v.imputation);
    }
    if (!v.leftOut.isEmpty()) {
      leaveOut(doc, nodes, v.leftOut);
    }
  }

  private static ObjectNode defaults(ObjectNode doc) {
    JsonNode d = doc.get("defaults");
    if (d instanceof ObjectNode) {
      return (ObjectNode) d;
    }
    return doc.putObject("defaults");
  }

  private static void imputation(ObjectNode doc, JsonNode step) {
    ArrayNode pipeline = doc.get("pipeline") instanceof ArrayNode ? (ArrayNode) doc.get("pipeline")
        : doc.putArray("pipeline");
    int at = -1;
    for (int k = 0; k < pipeline.size(); k++) {
      if ("impute".equals(pipeline.get(k).path("step").asText())) {
        at = k;
        break;
      }
    }
    if (step == null) {
      if (at >= 0) {
        pipeline.remove(at);
      }
      return;
    }
    ObjectNode s = step.deepCopy();
    s.put("step", "impute");
    if (at >= 0) {
      pipeline.set(at, s);
    } else {
      int k = 0;
      while (k < pipeline.size() && "denominate".equals(pipeline.get(k).path("step").asText())) {
        k++;
      }
      pipeline.insert(k, s);
    }
  }

  /** Removes the nodes, their subtrees, inner nodes left without children, and references to what was removed. */
  private static void leaveOut(ObjectNode doc, ArrayNode nodes, Set<String> out) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Integer> childCount = new HashMap<>();
    for (JsonNode n : nodes) {
      JsonNode p = n.get("parent");
      if (p != null && p.isTextual()) {
        parent.put(n.path("id").asText(), p.asText());
        childCount.merge(p.asText(), 1, Integer::sum);
      }
    }
    Set<String> removed = new HashSet<>();
    for (JsonNode n : nodes) {
      String id = n.path("id").asText();
      for (String a = id; a != null; a = parent.get(a)) {
        if (out.contains(a)) {
          removed.add(id);
          break;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Integer> left = new HashMap<>();
      for (JsonNode n : nodes) {
        String id = n.path("id").asText();
        if (!removed.contains(id) && parent.containsKey(id)) {
          left.merge(parent.get(id), 1, Integer::sum);
        }
      }
      for (String p : childCount.keySet()) {
        if (!removed.contains(p) && !left.containsKey(p) && parent.containsKey(p)) {
          removed.add(p);
          changed = true;
        }
      }
    }
    for (Iterator<JsonNode> it = nodes.iterator(); it.hasNext(); ) {
      if (removed.contains(it.next().path("id").asText())) {
        it.remove();
      }
    }
    JsonNode pipeline = doc.get("pipeline");
    if (pipeline != null) {
      for (JsonNode step : pipeline) {
        if (step.get("indicators") instanceof ArrayNode) {
          prune((ArrayNode) step.get("indicators"), removed);
        }
        if (step.get("overrides") instanceof ObjectNode) {
          ((ObjectNode) step.get("overrides")).remove(removed);
        }
      }
    }
    JsonNode composites = doc.get("composites");
    if (composites != null) {
      for (JsonNode c : composites) {
        if (c.get("nodes") instanceof ArrayNode) {
          prune((ArrayNode) c.get("nodes"), removed);
        }
      }
    }
  }

  private static void prune(ArrayNode ids, Set<String> removed) {
    for (Iterator<JsonNode> it = ids.iterator(); it.hasNext(); ) {
      if (removed.contains(it.next().asText())) {
        it.remove();
      }
    }
  }
}
