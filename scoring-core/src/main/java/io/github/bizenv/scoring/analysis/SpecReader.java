package io.github.bizenv.scoring.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.JsonIn;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code bizenv.uncertainty/1} documents, collecting every problem with its JSON pointer. */
final class SpecReader {

  private SpecReader() {}

  static UncertaintySpec read(String text, String name) {
    JsonNode root = new Json(DocumentLimits.defaults()).parse(text, name);
    JsonIn in = new JsonIn();
    JsonIn.Obj o = in.object(root, "", "schema", "id", "name", "description", "target", "dimensions");
    if (o == null) {
      throw new ValidationException(name, in.problems());
    }
    String schema = o.text("schema");
    if (schema != null && !schema.equals(UncertaintySpec.SCHEMA)) {
      in.add(Problem.SCHEMA, "/schema", "schema \"" + schema + "\" is not " + UncertaintySpec.SCHEMA);
    }
    o.optText("description");
    UncertaintySpec.Builder b = UncertaintySpec.builder();
    String id = o.text("id");
    if (id != null) {
      b.id(id);
    }
    o.optLocalized("name").ifPresent(b::name);
    o.optId("target").ifPresent(b::target);
    JsonNode dims = o.get("dimensions");
    if (dims == null) {
      in.add(Problem.MISSING_FIELD, "/dimensions", "required field \"dimensions\" is missing");
    }
    in.array(dims, "/dimensions", (d, p) -> dimension(in, d, p)).values.forEach(b::dimension);
    if (!in.problems().isEmpty()) {
      throw new ValidationException(name, in.problems());
    }
    try {
      return b.build();
    } catch (ValidationException e) {
      throw new ValidationException(name, e.problems());
    }
  }

  private static Dimension dimension(JsonIn in, JsonNode node, String path) {
    JsonNode type = node == null ? null : node.get("type");
    String kind = type == null || !type.isTextual() ? null : type.textValue();
    if (kind == null) {
      in.add(Problem.MISSING_FIELD, path + "/type", "a dimension needs a \"type\": weights, normalizer, aggregator, "
          + "imputation, winmax or exclusion");
      return null;
    }
    int mark = in.mark();
    switch (kind) {
      case "weights": {
        JsonIn.Obj o = in.object(node, path, "id", "type", "noise", "replicates");
        if (o == null) {
          return null;
        }
        String id = o.id("id");
        Integer replicates = o.get("replicates") == null ? Integer.valueOf(100) : o.integer("replicates");
        if (replicates != null && replicates < 1) {
          in.add(Problem.OUT_OF_RANGE, o.at("replicates"), "replicates " + replicates + " must be at least 1");
        }
        Map<Integer, Double> levels = new LinkedHashMap<>();
        Map<String, Double> nodes = new LinkedHashMap<>();
        JsonNode noise = o.get("noise");
        if (noise == null) {
          in.add(Problem.MISSING_FIELD, o.at("noise"), "required field \"noise\" is missing");
        }
        in.array(noise, o.at("noise"), (n, np) -> {
          JsonIn.Obj e = in.object(n, np, "level", "node", "factor");
          if (e == null) {
            return null;
          }
          Double f = e.number("factor");
          if (e.get("level") != null && e.get("node") == null) {
            Integer l = e.integer("level");
            if (l != null && f != null && levels.put(l, f) != null) {
              in.add(Problem.DUPLICATE_ID, e.at("level"), "level " + l + " is listed twice");
            }
          } else if (e.get("node") != null && e.get("level") == null) {
            String id2 = e.id("node");
            if (id2 != null && f != null && nodes.put(id2, f) != null) {
              in.add(Problem.DUPLICATE_ID, e.at("node"), "node \"" + id2 + "\" is listed twice");
            }
          } else {
            in.add(Problem.INCONSISTENT, np, "a noise entry names either a \"level\" or a \"node\"");
          }
          return Boolean.TRUE;
        });
        if (!in.since(mark)) {
          return null;
        }
        return Dimension.of(id, Dimension.Kind.WEIGHTS, List.of(), List.of(), levels, nodes, replicates);
      }
      case "normalizer":
      case "aggregator": {
        JsonIn.Obj o = in.object(node, path, "id", "type", "alternatives", "nodes");
        if (o == null) {
          return null;
        }
        String id = o.id("id");
        List<JsonNode> alternatives = new ArrayList<>();
        JsonNode alts = o.get("alternatives");
        if (alts == null) {
          in.add(Problem.MISSING_FIELD, o.at("alternatives"), "required field \"alternatives\" is missing");
        }
        in.array(alts, o.at("alternatives"), (a, ap) -> {
          if (a == null || !a.isObject() || !a.path("name").isTextual()) {
            in.add(Problem.WRONG_TYPE, ap, "an alternative is a strategy: {\"name\": …, settings…}, found "
                + JsonIn.describe(a));
            return null;
          }
          alternatives.add(a);
          return a;
        });
        List<String> nodes = new ArrayList<>(o.idSet("nodes"));
        if (!in.since(mark)) {
          return null;
        }
        return Dimension.of(id, kind.equals("normalizer") ? Dimension.Kind.NORMALIZER : Dimension.Kind.AGGREGATOR,
            alternatives, nodes, Map.of(), Map.of(), 0);
      }
      case "imputation": {
        JsonIn.Obj o = in.object(node, path, "id", "type", "alternatives");
        if (o == null) {
          return null;
        }
        String id = o.id("id");
        List<JsonNode> alternatives = new ArrayList<>();
        JsonNode alts = o.get("alternatives");
        if (alts == null) {
          in.add(Problem.MISSING_FIELD, o.at("alternatives"), "required field \"alternatives\" is missing");
        }
        in.array(alts, o.at("alternatives"), (a, ap) -> {
          boolean none = a != null && a.isTextual() && a.textValue().equals("none");
          if (!none && (a == null || !a.isObject() || !a.path("method").isTextual())) {
            in.add(Problem.WRONG_TYPE, ap, "an alternative is an impute step {\"method\": …} or \"none\", found "
                + JsonIn.describe(a));
            return null;
          }
          alternatives.add(a);
          return a;
        });
        if (!in.since(mark)) {
          return null;
        }
        return Dimension.of(id, Dimension.Kind.IMPUTATION, alternatives, List.of(), Map.of(), Map.of(), 0);
      }
      case "winmax": {
        JsonIn.Obj o = in.object(node, path, "id", "type", "values");
        if (o == null) {
          return null;
        }
        String id = o.id("id");
        List<JsonNode> values = new ArrayList<>();
        JsonNode vs = o.get("values");
        if (vs == null) {
          in.add(Problem.MISSING_FIELD, o.at("values"), "required field \"values\" is missing");
        }
        in.array(vs, o.at("values"), (v, vp) -> {
          if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
            in.add(Problem.WRONG_TYPE, vp, "expected a whole number, found " + JsonIn.describe(v));
            return null;
          }
          values.add(v);
          return v;
        });
        if (!in.since(mark)) {
          return null;
        }
        return Dimension.of(id, Dimension.Kind.WINMAX, values, List.of(), Map.of(), Map.of(), 0);
      }
      case "exclusion": {
        JsonIn.Obj o = in.object(node, path, "id", "type", "alternatives");
        if (o == null) {
          return null;
        }
        String id = o.id("id");
        List<JsonNode> alternatives = new ArrayList<>();
        JsonNode alts = o.get("alternatives");
        if (alts == null) {
          in.add(Problem.MISSING_FIELD, o.at("alternatives"), "required field \"alternatives\" is missing");
        }
        in.array(alts, o.at("alternatives"), (a, ap) -> {
          if (a == null || !a.isArray()) {
            in.add(Problem.WRONG_TYPE, ap, "an alternative is an array of node ids, found " + JsonIn.describe(a));
            return null;
          }
          for (int i = 0; i < a.size(); i++) {
            in.asId(a.get(i), ap + "/" + i);
          }
          alternatives.add(a);
          return a;
        });
        if (!in.since(mark)) {
          return null;
        }
        return Dimension.of(id, Dimension.Kind.EXCLUSION, alternatives, List.of(), Map.of(), Map.of(), 0);
      }
      default:
        in.add(Problem.OUT_OF_RANGE, path + "/type", "dimension type \"" + kind + "\" is not one of weights, "
            + "normalizer, aggregator, imputation, winmax, exclusion");
        return null;
    }
  }
}
