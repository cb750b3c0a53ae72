package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.JsonIn;
import io.github.bizenv.scoring.internal.Schemas;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Range;
import io.github.bizenv.scoring.spi.Rule;
import io.github.bizenv.scoring.spi.RuleProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code bizenv.methodology/1} document and compiles it into a {@link Plan}, checking it whole. */
final class Compiler {

  static final String SCHEMA = "bizenv.methodology/1";
  private static final List<String> FIELDS = List.of("schema", "id", "name", "description", "data", "scope",
      "defaults", "pipeline", "nodes", "composites", "ranking", "grades", "heads", "rounding");

  private final Strategies strategies;
  private final JsonIn in = new JsonIn();
  private JsonNode defaultNormalizer;
  private JsonNode defaultAggregator;

  Compiler(Strategies strategies) {
    this.strategies = strategies;
  }

  /** A node as read, before compilation. */
  static final class RawNode {
    String id;
    LocalizedText name;
    String parent;
    double weight = 1;
    double points = Double.NaN;
    String column;
    Direction direction = Direction.HIGHER_IS_BETTER;
    Map<String, Plan.Outcome> codes = new LinkedHashMap<>();
    JsonNode normalizer;
    JsonNode aggregator;
    JsonNode rules;
    double minShare = 1;
    int decimals = -1;
    String denominator;
    final Map<String, Double> meta = new LinkedHashMap<>();
    String path;
  }

  Plan compile(JsonNode root, String name) {
    JsonIn.Obj o = in.object(root, "", FIELDS.toArray(new String[0]));
    if (o == null) {
      throw new ValidationException(name, in.problems());
    }
    Schemas.check(in, o, SCHEMA);
    String id = o.id("id");
    LocalizedText title = o.localized("name");
    String unitColumn = "unit";
    String periodColumn = null;
    JsonNode data = o.get("data");
    if (data != null) {
      JsonIn.Obj d = in.object(data, "/data", "unitColumn", "periodColumn");
      if (d != null) {
        unitColumn = d.optText("unitColumn").orElse("unit");
        periodColumn = d.optText("periodColumn").orElse(null);
      }
    }
    List<RawNode> raw = new ArrayList<>();
    JsonNode nodes = o.get("nodes");
    if (nodes == null || !nodes.isArray() || nodes.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/nodes", "a methodology needs a non-empty \"nodes\" array");
    } else {
      for (int i = 0; i < nodes.size(); i++) {
        RawNode n = node(nodes.get(i), "/nodes/" + i);
        if (n != null) {
          raw.add(n);
        }
      }
    }
    int decimals = 2;
    JsonNode rounding = o.get("rounding");
    if (rounding != null) {
      JsonIn.Obj r = in.object(rounding, "/rounding", "decimals", "mode");
      if (r != null) {
        Integer d = r.get("decimals") == null ? Integer.valueOf(2) : r.integer("decimals");
        decimals = d == null ? 2 : d;
        String mode = r.optText("mode").orElse("half-up");
        if (!mode.equals("half-up")) {
          in.add(Problem.OUT_OF_RANGE, "/rounding/mode", "rounding mode \"" + mode + "\" is not supported; use half-up");
        }
        if (decimals < 0 || decimals > 10) {
          in.add(Problem.OUT_OF_RANGE, "/rounding/decimals", "decimals " + decimals + " is outside 0..10");
        }
      }
    }
    JsonNode defaults = o.get("defaults");
    if (defaults != null) {
      JsonIn.Obj d = in.object(defaults, "/defaults", "normalizer", "aggregator");
      if (d != null) {
        defaultNormalizer = d.get("normalizer");
        defaultAggregator = d.get("aggregator");
      }
    }
    Plan.Builder plan = tree(raw);
    if (plan == null) {
      throw new ValidationException(name, Schemas.inDocumentOrder(in.problems(), FIELDS));
    }
    plan.id = id;
    plan.name = title;
    plan.unitColumn = unitColumn;
    plan.periodColumn = periodColumn;
    for (int i = 0; i < plan.decimals.length; i++) {
      if (plan.decimals[i] < 0) {
        plan.decimals[i] = decimals;
      }
    }
    JsonNode scope = o.get("scope");
    if (scope != null) {
      JsonIn.Obj s = in.object(scope, "/scope", "column", "values");
      if (s != null) {
        plan.scopeColumn = s.text("column");
        plan.scopeValues = s.textSet("values");
        if (plan.scopeValues.isEmpty()) {
          in.add(Problem.MISSING_FIELD, "/scope/values", "a scope needs the values of its column to keep");
        }
      }
    }
    plan.pipeline.addAll(Pipeline.read(in, o.get("pipeline"), plan));
    composites(o.get("composites"), plan);
    plan.ranking = ranking(o.get("ranking"), plan);
    plan.grades = grades(o.get("grades"), plan);
    plan.heads = heads(o.get("heads"), plan.grades);
    if (!in.problems().isEmpty() || id == null || title == null) {
      throw new ValidationException(name, Schemas.inDocumentOrder(in.problems(), FIELDS));
    }
    return plan.build();
  }

  private RawNode node(JsonNode node, String path) {
    JsonIn.Obj o = in.object(node, path, "id", "name", "description", "parent", "weight", "points", "source",
        "direction", "codes", "normalizer", "aggregator", "rules", "missing", "decimals", "denominator", "meta");
    if (o == null) {
      return null;
    }
    RawNode n = new RawNode();
    n.path = path;
    n.id = o.id("id");
    n.name = o.optLocalized("name").orElse(null);
    n.parent = o.optId("parent").orElse(null);
    if (o.get("weight") != null) {
      Double w = o.number("weight");
      if (w != null && !(w > 0)) {
        in.add(Problem.OUT_OF_RANGE, o.at("weight"), "weight " + Builtins.fmt(w) + " must be greater than 0");
      }
      n.weight = w == null ? 1 : w;
    }
    if (o.get("points") != null) {
      Double p = o.number("points");
      if (p != null && !(p > 0)) {
        in.add(Problem.OUT_OF_RANGE, o.at("points"), "points " + Builtins.fmt(p) + " must be greater than 0");
      }
      n.points = p == null ? Double.NaN : p;
    }
    JsonNode source = o.get("source");
    if (source != null) {
      if (source.isTextual()) {
        n.column = source.textValue();
      } else {
        JsonIn.Obj s = in.object(source, o.at("source"), "column");
        if (s != null) {
          n.column = s.text("column");
        }
      }
    }
    if (o.get("decimals") != null) {
      Integer d = o.integer("decimals");
      if (d != null && (d < 0 || d > 10)) {
        in.add(Problem.OUT_OF_RANGE, o.at("decimals"), "decimals " + d + " is outside 0..10");
      }
      n.decimals = d == null ? -1 : d;
    }
    n.direction = o.get("direction") == null ? Direction.HIGHER_IS_BETTER : o.code("direction", Direction::fromCode);
    JsonNode codes = o.get("codes");
    if (codes != null) {
      if (!codes.isObject()) {
        in.add(Problem.WRONG_TYPE, o.at("codes"), "expected an object of text codes, found " + JsonIn.describe(codes));
      } else {
        codes.properties().forEach(e -> {
          String p = o.at("codes") + "/" + JsonIn.escape(e.getKey());
          JsonNode v = e.getValue();
          if (v.isTextual() && v.textValue().equals("not-applicable")) {
            n.codes.put(e.getKey(), Plan.Outcome.NOT_APPLICABLE);
          } else if (v.isTextual() && v.textValue().equals("missing")) {
            n.codes.put(e.getKey(), Plan.Outcome.MISSING);
          } else if (v.isObject() && v.size() == 1 && v.has("score") && v.get("score").isNumber()) {
            n.codes.put(e.getKey(), Plan.Outcome.score(v.get("score").doubleValue()));
          } else {
            in.add(Problem.WRONG_TYPE, p, "a code's outcome is {\"score\": n}, \"not-applicable\" or \"missing\"; found "
                + JsonIn.describe(v));
          }
        });
      }
    }
    n.normalizer = o.get("normalizer");
    n.aggregator = o.get("aggregator");
    n.denominator = o.optText("denominator").orElse(null);
    JsonNode meta = o.get("meta");
    if (meta != null) {
      if (!meta.isObject()) {
        in.add(Problem.WRONG_TYPE, o.at("meta"), "expected an object of numbers, found " + JsonIn.describe(meta));
      } else {
        meta.properties().forEach(e -> {
          if (e.getValue().isNumber() && Double.isFinite(e.getValue().doubleValue())) {
            n.meta.put(e.getKey(), e.getValue().doubleValue());
          } else if (!e.getValue().isNull()) {
            in.add(Problem.WRONG_TYPE, o.at("meta") + "/" + JsonIn.escape(e.getKey()),
                "metadata must be finite numbers, found " + JsonIn.describe(e.getValue()));
          }
        });
      }
    }
    n.rules = o.get("rules");
    JsonNode missing = o.get("missing");
    if (missing != null) {
      JsonIn.Obj m = in.object(missing, o.at("missing"), "minShare");
      if (m != null) {
        Double share = m.number("minShare");
        if (share != null && (share < 0 || share > 1)) {
          in.add(Problem.OUT_OF_RANGE, m.at("minShare"), "minShare " + share + " is outside [0, 1]");
        }
        n.minShare = share == null ? 1 : share;
      }
    }
    return n.id == null ? null : n;
  }

  /** Links the nodes into a tree, checks its shape and binds the strategies. */
  private Plan.Builder tree(List<RawNode> raw) {
    Map<String, RawNode> byId = new LinkedHashMap<>();
    for (RawNode n : raw) {
      if (byId.putIfAbsent(n.id, n) != null) {
        in.add(Problem.DUPLICATE_ID, n.path + "/id", "node id \"" + n.id + "\" is used more than once in /nodes");
      }
    }
    Map<String, List<RawNode>> children = new LinkedHashMap<>();
    List<RawNode> roots = new ArrayList<>();
    for (RawNode n : byId.values()) {
      if (n.parent == null) {
        roots.add(n);
      } else if (!byId.containsKey(n.parent)) {
        in.add(Problem.UNKNOWN_REFERENCE, n.path + "/parent", "parent \"" + n.parent + "\" is not a node of /nodes");
      } else {
        children.computeIfAbsent(n.parent, k -> new ArrayList<>()).add(n);
      }
    }
    if (roots.size() > 1) {
      for (RawNode r : roots.subList(1, roots.size())) {
        in.add(Problem.INCONSISTENT, r.path + "/parent", "node \"" + r.id + "\" has no parent, but \"" + roots.get(0).id
            + "\" is already the root; every other node needs a parent");
      }
    }
    if (roots.isEmpty() && !byId.isEmpty()) {
      in.add(Problem.CYCLE, "/nodes", "no node is the root (a node without a parent): the parents form a cycle");
    }
    // Nodes not reachable from the root sit on a cycle (or hang from one).
    Set<String> reached = new HashSet<>();
    List<RawNode> postOrder = new ArrayList<>();
    if (!roots.isEmpty()) {
      visit(roots.get(0), children, reached, postOrder);
    }
    for (RawNode n : byId.values()) {
      if (!reached.contains(n.id) && n.parent != null && byId.containsKey(n.parent)) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        RawNode cur = n;
        while (cur != null && seen.add(cur.id)) {
          chain.add(cur.id);
          cur = cur.parent == null ? null : byId.get(cur.parent);
        }
        if (cur != null && cur.id.equals(n.id)) {
          chain.add(n.id);
          in.add(Problem.CYCLE, n.path + "/parent", "nodes form a cycle: " + String.join(" → ", chain));
        }
      }
    }
    if (!in.problems().isEmpty() && postOrder.isEmpty()) {
      return null;
    }
    Plan.Builder b = new Plan.Builder(postOrder.size());
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < postOrder.size(); i++) {
      index.put(postOrder.get(i).id, i);
    }
    b.index = index;
    for (int i = 0; i < postOrder.size(); i++) {
      RawNode n = postOrder.get(i);
      List<RawNode> kids = children.getOrDefault(n.id, List.of());
      b.ids[i] = n.id;
      b.names[i] = n.name;
      b.paths[i] = n.path;
      b.parent[i] = n.parent == null ? -1 : index.getOrDefault(n.parent, -1);
      b.weight[i] = n.weight;
      b.points[i] = n.points;
      b.minShare[i] = n.minShare;
      b.decimals[i] = n.decimals;
      b.children[i] = kids.stream().mapToInt(k -> index.get(k.id)).toArray();
      boolean leafish = n.column != null || n.normalizer != null;
      b.denominator[i] = n.denominator;
      if (n.denominator != null && !leafish) {
        in.add(Problem.INCONSISTENT, n.path + "/denominator", "only a leaf can have a denominator");
      }
      if (leafish && !kids.isEmpty()) {
        in.add(Problem.INCONSISTENT, n.path, "node \"" + n.id + "\" has a source or normaliser, so it is a leaf, but "
            + kids.size() + " nodes name it as their parent");
      }
      if (!leafish && kids.isEmpty()) {
        in.add(Problem.INCONSISTENT, n.path, n.aggregator != null
            ? "inner node \"" + n.id + "\" has an aggregator but no children"
            : "node \"" + n.id + "\" has neither children nor a source");
      }
      if (leafish) {
        b.leaf[i] = true;
        b.column[i] = n.column;
        b.codes.add(n.codes);
        if (n.column == null) {
          in.add(Problem.MISSING_FIELD, n.path + "/source", "leaf \"" + n.id + "\" needs a source column");
        }
        if (n.aggregator != null) {
          in.add(Problem.INCONSISTENT, n.path + "/aggregator", "leaf \"" + n.id + "\" cannot have an aggregator");
        }
        if (n.normalizer == null && defaultNormalizer == null) {
          in.add(Problem.MISSING_FIELD, n.path + "/normalizer", "leaf \"" + n.id + "\" needs a normalizer "
              + "(or the methodology a default one in /defaults/normalizer)");
        } else {
          bindNormalizer(b, i, n);
        }
      } else {
        b.codes.add(Map.of());
        bindAggregator(b, i, n);
      }
      bindRules(b, i, n);
    }
    // Ranges, bottom up, and aggregators that need positive inputs.
    for (int i = 0; i < postOrder.size(); i++) {
      if (!b.leaf[i] && b.aggregators[i] != null) {
        List<Range> ranges = new ArrayList<>();
        for (int c : b.children[i]) {
          ranges.add(Range.of(b.lo[c], b.hi[c]));
          if (b.aggregators[i].requiresPositiveInputs() && !(b.lo[c] > 0)) {
            in.add(Problem.INCOMPATIBLE, postOrder.get(i).path + "/aggregator",
                "\"" + b.aggregatorNames[i] + "\" needs scores greater than 0, but child \"" + b.ids[c]
                    + "\" can score " + Builtins.fmt(b.lo[c]) + " (its range is [" + Builtins.fmt(b.lo[c]) + ", "
                    + Builtins.fmt(b.hi[c]) + "])");
          }
        }
        Range r;
        try {
          r = b.aggregators[i].range(ranges);
        } catch (RuntimeException e) {
          r = Range.of(0, 0);
        }
        b.natLo[i] = r.min();
        b.natHi[i] = r.max();
      }
      b.lo[i] = b.points[i] == b.points[i] ? 0 : b.natLo[i];
      b.hi[i] = b.points[i] == b.points[i] ? b.points[i] : b.natHi[i];
      if (b.points[i] == b.points[i] && !(b.natHi[i] > b.natLo[i])) {
        in.add(Problem.INCOMPATIBLE, postOrder.get(i).path + "/points", "node \"" + b.ids[i]
            + "\" cannot be scaled to points: its scores have no range");
      }
    }
    return b;
  }

  private void visit(RawNode n, Map<String, List<RawNode>> children, Set<String> reached, List<RawNode> out) {
    if (!reached.add(n.id)) {
      return;
    }
    for (RawNode c : children.getOrDefault(n.id, List.of())) {
      visit(c, children, reached, out);
    }
    out.add(n);
  }

  private String strategyName(JsonNode spec, String path, String kind) {
    if (spec.isTextual()) {
      return spec.textValue();
    }
    if (!spec.isObject()) {
      in.add(Problem.WRONG_TYPE, path, "a " + kind + " is {\"name\": …, settings…} or its name; found " + JsonIn.describe(spec));
      return null;
    }
    JsonNode name = spec.get("name");
    if (name == null || !name.isTextual()) {
      in.add(Problem.MISSING_FIELD, path + "/name", "the " + kind + " needs a \"name\"");
      return null;
    }
    return name.textValue();
  }

  private void bindNormalizer(Plan.Builder b, int i, RawNode n) {
    JsonNode spec = n.normalizer != null ? n.normalizer : defaultNormalizer;
    String path = n.normalizer != null ? n.path + "/normalizer" : "/defaults/normalizer";
    String name = strategyName(spec, path, "normalizer");
    if (name == null) {
      return;
    }
    NormalizerProvider p = strategies.normalizer(name);
    if (p == null) {
      in.add(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown normalizer \"" + name + "\"; known: "
          + String.join(", ", strategies.normalizerNames()));
      return;
    }
    ParamsImpl params = new ParamsImpl(spec.isObject() ? spec : Json0.EMPTY, path, n.direction, in, "name");
    params.meta(n.meta, n.path + "/meta");
    Normalizer norm = create(() -> p.create(params), path, name);
    params.reportUnused(name);
    if (norm != null) {
      b.normalizers[i] = norm;
      b.normalizerNames[i] = name;
      Range r = norm.range();
      b.natLo[i] = r.min();
      b.natHi[i] = r.max();
      for (Plan.Outcome out : n.codes.values()) {
        if (out.kind == Plan.Outcome.Kind.SCORE && !r.contains(out.score)) {
          in.add(Problem.OUT_OF_RANGE, n.path + "/codes", "a code's score " + Builtins.fmt(out.score)
              + " is outside the normaliser's range " + r);
        }
      }
    }
  }

  private void bindAggregator(Plan.Builder b, int i, RawNode n) {
    String path = n.aggregator != null ? n.path + "/aggregator" : defaultAggregator != null ? "/defaults/aggregator"
        : n.path + "/aggregator";
    JsonNode spec = n.aggregator != null ? n.aggregator : defaultAggregator != null ? defaultAggregator
        : Json0.WEIGHTED_MEAN;
    String name = strategyName(spec, path, "aggregator");
    if (name == null) {
      return;
    }
    AggregatorProvider p = strategies.aggregator(name);
    if (p == null) {
      in.add(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown aggregator \"" + name + "\"; known: "
          + String.join(", ", strategies.aggregatorNames()));
      return;
    }
    ParamsImpl params = new ParamsImpl(spec.isObject() ? spec : Json0.EMPTY, path, Direction.HIGHER_IS_BETTER, in, "name");
    Aggregator agg = create(() -> p.create(params), path, name);
    params.reportUnused(name);
    b.aggregators[i] = agg;
    b.aggregatorNames[i] = name;
  }

  private void bindRules(Plan.Builder b, int i, RawNode n) {
    List<Rule> rules = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (n.rules != null) {
      if (!n.rules.isArray()) {
        in.add(Problem.WRONG_TYPE, n.path + "/rules", "expected an array of rules, found " + JsonIn.describe(n.rules));
      } else {
        for (int k = 0; k < n.rules.size(); k++) {
          JsonNode spec = n.rules.get(k);
          String path = n.path + "/rules/" + k;
          String name = strategyName(spec, path, "rule");
          if (name == null) {
            continue;
          }
          RuleProvider p = strategies.rule(name);
          if (p == null) {
            in.add(Problem.UNKNOWN_STRATEGY, path + "/name", "unknown rule \"" + name + "\"; known: "
                + String.join(", ", strategies.ruleNames()));
            continue;
          }
          ParamsImpl params = new ParamsImpl(spec.isObject() ? spec : Json0.EMPTY, path, Direction.HIGHER_IS_BETTER, in, "name");
          Rule r = create(() -> p.create(params), path, name);
          params.reportUnused(name);
          if (r != null) {
            rules.add(r);
            names.add(name);
          }
        }
      }
    }
    b.rules[i] = rules.toArray(new Rule[0]);
    b.ruleNames[i] = names.toArray(new String[0]);
  }

  private <T> T create(java.util.function.Supplier<T> f, String path, String name) {
    try {
      T t = f.get();
      if (t == null) {
        in.add(Problem.INVALID_SETTING, path, "strategy \"" + name + "\" returned nothing");
      }
      return t;
    } catch (RuntimeException e) {
      in.add(Problem.INVALID_SETTING, path, "strategy \"" + name + "\" failed to start: " + e);
      return null;
    }
  }

  private void composites(JsonNode node, Plan.Builder b) {
    if (node == null) {
      return;
    }
    in.array(node, "/composites", (n, path) -> {
      JsonIn.Obj o = in.object(n, path, "unit", "members", "nodes");
      if (o == null) {
        return null;
      }
      String unit = o.id("unit");
      List<String> members = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      in.array(o.get("members"), path + "/members", (m, mp) -> {
        JsonIn.Obj mo = in.object(m, mp, "unit", "weight");
        if (mo == null) {
          return null;
        }
        String u = mo.id("unit");
        Double w = mo.number("weight");
        if (w != null && !(w > 0)) {
          in.add(Problem.OUT_OF_RANGE, mp + "/weight", "weight " + w + " must be greater than 0");
        }
        if (u != null && w != null) {
          members.add(u);
          weights.add(w);
        }
        return u;
      });
      if (members.isEmpty()) {
        in.add(Problem.MISSING_FIELD, path + "/members", "a composite unit needs members");
      }
      boolean[] at = new boolean[b.ids.length];
      JsonNode nodes = o.get("nodes");
      if (nodes == null || (nodes.isTextual() && nodes.textValue().equals("leaves"))) {
        for (int i = 0; i < at.length; i++) {
          at[i] = b.leaf[i];
        }
      } else if (nodes.isArray()) {
        for (int k = 0; k < nodes.size(); k++) {
          String id = nodes.get(k).asText();
          Integer i = b.index.get(id);
          if (i == null) {
            in.add(Problem.UNKNOWN_REFERENCE, path + "/nodes/" + k, "node \"" + id + "\" is not a node of /nodes");
          } else {
            at[i] = true;
          }
        }
      } else {
        in.add(Problem.WRONG_TYPE, path + "/nodes", "expected \"leaves\" or an array of node ids");
      }
      if (unit != null && !members.isEmpty()) {
        b.composites.add(new Plan.Composite(unit, members.toArray(new String[0]),
            weights.stream().mapToDouble(Double::doubleValue).toArray(), at));
      }
      return unit;
    });
  }

  private Plan.Ranking ranking(JsonNode node, Plan.Builder b) {
    Plan.Ranking r = new Plan.Ranking();
    r.node = b.root();
    if (node == null) {
      return r;
    }
    JsonIn.Obj o = in.object(node, "/ranking", "node", "method", "tolerance", "on", "exclude",
        "excludeCompositeMembers", "groups", "groupColumn", "groupNames", "eligible");
    if (o == null) {
      return r;
    }
    r.node = nodeRef(o, "node", b);
    r.presented = basis(o, "/ranking/on");
    r.method = o.optText("method").orElse("competition");
    if (!r.method.equals("competition") && !r.method.equals("dense")) {
      in.add(Problem.OUT_OF_RANGE, "/ranking/method", "method \"" + r.method + "\" is not competition (1224) or dense (1223)");
    }
    if (o.get("tolerance") != null) {
      Double t = o.number("tolerance");
      if (t != null && t < 0) {
        in.add(Problem.OUT_OF_RANGE, "/ranking/tolerance", "tolerance " + t + " is negative");
      }
      r.tolerance = t == null ? 0 : t;
    }
    r.exclude = o.idSet("exclude");
    JsonNode eligible = o.get("eligible");
    if (eligible != null) {
      JsonIn.Obj e = in.object(eligible, "/ranking/eligible", "indicator", "atLeast", "atMost", "label");
      if (e != null) {
        r.eligibleColumn = e.text("indicator");
        r.eligibleAtLeast = e.optNumber("atLeast").orElse(Double.NaN);
        r.eligibleAtMost = e.optNumber("atMost").orElse(Double.NaN);
        r.eligibleLabel = e.optText("label").orElse(null);
        if (r.eligibleAtLeast != r.eligibleAtLeast && r.eligibleAtMost != r.eligibleAtMost) {
          in.add(Problem.MISSING_FIELD, "/ranking/eligible", "a ranking condition needs atLeast or atMost");
        }
      }
    }
    r.excludeMembers = Boolean.TRUE.equals(o.bool("excludeCompositeMembers", false));
    r.groupColumn = o.optText("groupColumn").orElse(null);
    JsonNode names = o.get("groupNames");
    if (names != null) {
      if (r.groupColumn == null) {
        in.add(Problem.INCONSISTENT, "/ranking/groupNames", "groupNames name the values of groupColumn, which is not given");
      } else if (!names.isObject()) {
        in.add(Problem.WRONG_TYPE, "/ranking/groupNames", "expected an object of column value → group name");
      } else {
        names.properties().forEach(e -> {
          if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
            in.add(Problem.WRONG_TYPE, "/ranking/groupNames/" + JsonIn.escape(e.getKey()), "a group name is a non-blank text");
          } else {
            r.groupNames.put(e.getKey(), e.getValue().textValue());
          }
        });
      }
    }
    JsonNode groups = o.get("groups");
    if (groups != null && r.groupColumn != null) {
      in.add(Problem.INCONSISTENT, "/ranking/groups", "give groups or groupColumn, not both");
    } else if (groups != null) {
      if (!groups.isObject()) {
        in.add(Problem.WRONG_TYPE, "/ranking/groups", "expected an object of group name → unit ids");
      } else {
        groups.properties().forEach(e -> {
          JsonNode units = e.getValue();
          String gp = "/ranking/groups/" + JsonIn.escape(e.getKey());
          if (!units.isArray()) {
            in.add(Problem.WRONG_TYPE, gp, "expected an array of unit ids");
            return;
          }
          for (int k = 0; k < units.size(); k++) {
            String u = units.get(k).asText();
            if (!Ids.isValid(u)) {
              in.add(Problem.INVALID_ID, gp + "/" + k, "unit id \"" + u + "\" " + Ids.RULE);
            } else if (r.groups.put(u, e.getKey()) != null) {
              in.add(Problem.DUPLICATE_ID, gp + "/" + k, "unit \"" + u + "\" is in two ranking groups");
            }
          }
        });
      }
    }
    return r;
  }

  /** Whether ranks or grades use the presented (rounded) scores: {@code "on": "presented"}. */
  private boolean basis(JsonIn.Obj o, String path) {
    String on = o.optText("on").orElse("unrounded");
    if (!on.equals("unrounded") && !on.equals("presented")) {
      in.add(Problem.OUT_OF_RANGE, path, "\"on\" is \"" + on + "\"; use unrounded (the default) or presented (the "
          + "scores rounded as the methodology presents them, so that equal shown scores share a rank and a band)");
    }
    return on.equals("presented");
  }

  private int nodeRef(JsonIn.Obj o, String field, Plan.Builder b) {
    if (o.get(field) == null) {
      return b.root();
    }
    String id = o.text(field);
    Integer i = id == null ? null : b.index.get(id);
    if (id != null && i == null) {
      in.add(Problem.UNKNOWN_REFERENCE, o.at(field), "node \"" + id + "\" is not a node of /nodes");
    }
    return i == null ? b.root() : i;
  }

  private Plan.Grades grades(JsonNode node, Plan.Builder b) {
    if (node == null) {
      return null;
    }
    JsonIn.Obj o = in.object(node, "/grades", "node", "bands", "edge", "on", "quota");
    if (o == null) {
      return null;
    }
    Plan.Grades g = new Plan.Grades();
    g.node = nodeRef(o, "node", b);
    g.presented = basis(o, "/grades/on");
    g.edge = o.optText("edge").orElse("min-inclusive");
    if (!g.edge.equals("min-inclusive") && !g.edge.equals("min-exclusive")) {
      in.add(Problem.OUT_OF_RANGE, "/grades/edge", "edge \"" + g.edge + "\" is not min-inclusive or min-exclusive");
    }
    JsonNode bands = o.get("bands");
    if (bands == null || !bands.isArray() || bands.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/grades/bands", "grades need a non-empty \"bands\" array");
      return null;
    }
    double previous = Double.POSITIVE_INFINITY;
    for (int k = 0; k < bands.size(); k++) {
      String p = "/grades/bands/" + k;
      JsonIn.Obj bo = in.object(bands.get(k), p, "name", "min");
      if (bo == null) {
        continue;
      }
      String name = bo.text("name");
      double min = Double.NEGATIVE_INFINITY;
      if (bo.get("min") != null) {
        Double m = bo.number("min");
        min = m == null ? Double.NaN : m;
        if (!(min < previous)) {
          in.add(Problem.ORDER, p + "/min", "band minimums must decrease: " + Builtins.fmt(min) + " after "
              + Builtins.fmt(previous));
        }
      } else if (k < bands.size() - 1) {
        in.add(Problem.MISSING_FIELD, p + "/min", "only the last band may omit \"min\"");
      }
      previous = min;
      if (name != null) {
        if (g.names.contains(name)) {
          in.add(Problem.DUPLICATE_ID, p + "/name", "band \"" + name + "\" is listed twice");
        }
        g.names.add(name);
        g.mins.add(min);
      }
    }
    JsonNode quota = o.get("quota");
    if (quota != null) {
      JsonIn.Obj q = in.object(quota, "/grades/quota", "band", "maxShare", "rounding", "ties", "within");
      if (q != null) {
        String band = q.text("band");
        g.quotaBand = band == null ? -1 : g.names.indexOf(band);
        if (band != null && g.quotaBand < 0) {
          in.add(Problem.UNKNOWN_REFERENCE, "/grades/quota/band", "band \"" + band + "\" is not one of " + g.names);
        }
        if (g.quotaBand == g.names.size() - 1 && g.quotaBand >= 0) {
          in.add(Problem.INCONSISTENT, "/grades/quota/band", "the last band cannot have a quota: there is no band below");
        }
        Double share = q.number("maxShare");
        if (share != null && !(share > 0 && share <= 1)) {
          in.add(Problem.OUT_OF_RANGE, "/grades/quota/maxShare", "maxShare " + share + " is outside (0, 1]");
        }
        g.maxShare = share == null ? 1 : share;
        g.rounding = q.optText("rounding").orElse("floor");
        if (!List.of("floor", "round", "ceil").contains(g.rounding)) {
          in.add(Problem.OUT_OF_RANGE, "/grades/quota/rounding", "rounding \"" + g.rounding + "\" is not floor, round or ceil");
        }
        g.ties = q.optText("ties").orElse("demote");
        if (!g.ties.equals("demote") && !g.ties.equals("keep")) {
          in.add(Problem.OUT_OF_RANGE, "/grades/quota/ties", "ties \"" + g.ties + "\" is not demote or keep");
        }
        g.within = q.optText("within").orElse(Plan.Grades.RANKING_GROUPS);
        if (g.within.isBlank()) {
          in.add(Problem.OUT_OF_RANGE, "/grades/quota/within", "within is blank; use ranking-groups (the default), "
              + "all, or the data column whose values are the quota's scopes");
        }
      }
    }
    return g;
  }

  /**
   * The heads' grading scheme: {@code {"grades": [...], "from": {unit grade: head grade}}} — every band of the
   * unit grades maps to one of the heads' grades.
   */
  private Plan.Heads heads(JsonNode node, Plan.Grades g) {
    if (node == null) {
      return null;
    }
    JsonIn.Obj o = in.object(node, "/heads", "name", "grades", "from");
    if (o == null) {
      return null;
    }
    Plan.Heads h = new Plan.Heads();
    h.name = o.optLocalized("name").orElse(null);
    JsonNode grades = o.get("grades");
    if (grades == null || !grades.isArray() || grades.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/heads/grades", "the heads' scheme needs a non-empty \"grades\" array, e.g. "
          + "[\"优秀\", \"称职\", \"基本称职\", \"不称职\"]");
      return null;
    }
    for (int k = 0; k < grades.size(); k++) {
      String name = grades.get(k).isTextual() ? grades.get(k).textValue() : null;
      if (name == null || name.isBlank()) {
        in.add(Problem.WRONG_TYPE, "/heads/grades/" + k, "a head's grade is a non-blank text");
      } else if (h.grades.contains(name)) {
        in.add(Problem.DUPLICATE_ID, "/heads/grades/" + k, "head grade \"" + name + "\" is listed twice");
      } else {
        h.grades.add(name);
      }
    }
    if (g == null) {
      in.add(Problem.INCONSISTENT, "/heads", "the heads' grades derive from the units' grades, but the methodology "
          + "has no \"grades\"");
      return null;
    }
    JsonNode from = o.get("from");
    if (from == null || !from.isObject()) {
      in.add(Problem.MISSING_FIELD, "/heads/from", "the heads' scheme needs \"from\": the head's grade for each of "
          + "the unit grades " + g.names);
      return null;
    }
    from.properties().forEach(e -> {
      String p = "/heads/from/" + JsonIn.escape(e.getKey());
      if (!g.names.contains(e.getKey())) {
        in.add(Problem.UNKNOWN_REFERENCE, p, "unit grade \"" + e.getKey() + "\" is not one of " + g.names);
      } else if (!e.getValue().isTextual() || !h.grades.contains(e.getValue().textValue())) {
        in.add(Problem.UNKNOWN_REFERENCE, p, "head grade " + e.getValue() + " is not one of /heads/grades "
            + h.grades);
      } else {
        h.from.put(e.getKey(), e.getValue().textValue());
      }
    });
    for (String band : g.names) {
      if (!from.has(band)) {
        in.add(Problem.MISSING_FIELD, "/heads/from", "unit grade \"" + band + "\" has no head grade");
      }
    }
    return h;
  }

  /** Constant JSON nodes. */
  static final class Json0 {
    static final JsonNode EMPTY = io.github.bizenv.scoring.internal.Json.NODES.objectNode();
    static final JsonNode WEIGHTED_MEAN = io.github.bizenv.scoring.internal.Json.NODES.objectNode()
        .put("name", "weighted-mean");

    private Json0() {}
  }
}
