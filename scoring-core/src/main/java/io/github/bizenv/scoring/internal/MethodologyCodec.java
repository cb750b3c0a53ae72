package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.methodology.Composite;
import io.github.bizenv.scoring.methodology.Denominate;
import io.github.bizenv.scoring.methodology.GradeEdge;
import io.github.bizenv.scoring.methodology.Eligibility;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.Heads;
import io.github.bizenv.scoring.methodology.ImmutableEligibility;
import io.github.bizenv.scoring.methodology.ImmutableHeads;
import io.github.bizenv.scoring.methodology.ImmutableBand;
import io.github.bizenv.scoring.methodology.ImmutableComposite;
import io.github.bizenv.scoring.methodology.ImmutableGrades;
import io.github.bizenv.scoring.methodology.ImmutableImpute;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.ImmutableQuantiles;
import io.github.bizenv.scoring.methodology.ImmutableQuota;
import io.github.bizenv.scoring.methodology.ImmutableSurvey;
import io.github.bizenv.scoring.methodology.ImmutableRanking;
import io.github.bizenv.scoring.methodology.ImmutableScreen;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.QuantileTies;
import io.github.bizenv.scoring.methodology.Quantiles;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.QuotaRounding;
import io.github.bizenv.scoring.methodology.QuotaTies;
import io.github.bizenv.scoring.methodology.RankMethod;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.methodology.ScoreBasis;
import io.github.bizenv.scoring.methodology.Scope;
import io.github.bizenv.scoring.methodology.Screen;
import io.github.bizenv.scoring.methodology.Setting;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.methodology.Survey;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.methodology.TreatmentOverride;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.io.DocumentType;
import io.github.bizenv.scoring.model.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads and writes {@code bizenv.methodology/1} documents: JSON to the {@link Methodology} model and back. The
 * reader checks types and fields and then lets the model check its structure, so that every problem of a file
 * is reported at once with its JSON pointer; strategy settings are checked later by the engine. The writer is
 * canonical: fields in a fixed order, defaults left out, settings and maps sorted by key.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class MethodologyCodec {

  public static final String SCHEMA = DocumentType.METHODOLOGY.schema();
  public static final List<String> FIELDS = List.of("schema", "id", "name", "description", "data", "scope", "defaults",
      "pipeline", "nodes", "composites", "ranking", "grades", "heads", "rounding");
  private static final String[] NODE_FIELDS = {"id", "name", "description", "parent", "weight", "points", "members",
      "source", "published", "direction", "codes", "normalizer", "aggregator", "rules", "missing", "decimals", "denominator", "meta"};

  private MethodologyCodec() {}

  // ------------------------------------------------------------------ reading

  /** What reading a document gave: the methodology, or the problems and the strategies named. */
  public static final class Read {
    /** The methodology, or null when the document has problems. */
    public final Methodology methodology;
    /** The problems, in document order; empty when the methodology was read. */
    public final List<Problem> problems;
    /** Every strategy the document names, so that its problems can be reported with the others. */
    public final List<StrategyUse> uses;

    Read(Methodology methodology, List<Problem> problems, List<StrategyUse> uses) {
      this.methodology = methodology;
      this.problems = problems;
      this.uses = uses;
    }

    /**
     * The methodology, or a {@link ValidationException} listing the problems.
     *
     * @param name the document's name
     * @return the methodology
     */
    public Methodology orThrow(String name) {
      if (methodology == null) {
        throw new ValidationException(name, problems);
      }
      return methodology;
    }
  }

  /** A strategy a document names, where, and for which kind of node. */
  public static final class StrategyUse {
    /** {@code normalizer}, {@code aggregator} or {@code rule}. */
    public final String kind;
    public final StrategySpec spec;
    public final String path;
    public final Direction direction;
    public final Map<String, Double> meta;

    StrategyUse(String kind, StrategySpec spec, String path, Direction direction, Map<String, Double> meta) {
      this.kind = kind;
      this.spec = spec;
      this.path = path;
      this.direction = direction;
      this.meta = meta;
    }
  }

  public static Read read(JsonNode root, String name) {
    List<StrategyUse> uses = new ArrayList<>();
    try {
      return new Read(read(root, name, uses), List.of(), uses);
    } catch (ValidationException e) {
      return new Read(null, e.problems(), uses);
    }
  }

  private static Methodology read(JsonNode root, String name, List<StrategyUse> uses) {
    JsonIn in = new JsonIn();
    JsonIn.Obj o = in.object(root, "", FIELDS.toArray(new String[0]));
    if (o == null) {
      throw new ValidationException(name, in.problems());
    }
    Schemas.check(in, o, SCHEMA);
    ImmutableMethodology.Builder b = Methodology.builder();
    String id = o.id("id");
    if (id != null) {
      b.id(id);
    }
    var title = o.localized("name");
    if (title != null) {
      b.name(title);
    }
    o.optText("description").ifPresent(b::description);
    JsonNode data = o.get("data");
    if (data != null) {
      JsonIn.Obj d = in.object(data, "/data", "unitColumn", "periodColumn");
      if (d != null) {
        d.optText("unitColumn").ifPresent(b::unitColumn);
        d.optText("periodColumn").ifPresent(b::periodColumn);
      }
    }
    JsonNode scope = o.get("scope");
    if (scope != null) {
      JsonIn.Obj s = in.object(scope, "/scope", "column", "values");
      if (s != null) {
        int scopeMark = in.mark();
        String column = s.text("column");
        Set<String> values = s.textSet("values");
        if (column != null && in.since(scopeMark)) {
          Scope sc = in.build("/scope", () -> Scope.of(column, values));
          if (sc != null) {
            b.scope(sc);
          }
        }
      }
    }
    StrategySpec[] defaultNormalizer = new StrategySpec[1];
    JsonNode defaults = o.get("defaults");
    if (defaults != null) {
      JsonIn.Obj d = in.object(defaults, "/defaults", "normalizer", "aggregator");
      if (d != null) {
        if (d.get("normalizer") != null) {
          StrategySpec s = spec(in, d.get("normalizer"), "/defaults/normalizer", "normalizer");
          if (s != null) {
            b.defaultNormalizer(s);
          }
          defaultNormalizer[0] = s;
        }
        if (d.get("aggregator") != null) {
          StrategySpec s = spec(in, d.get("aggregator"), "/defaults/aggregator", "aggregator");
          if (s != null) {
            b.defaultAggregator(s);
            uses.add(new StrategyUse("aggregator", s, "/defaults/aggregator", Direction.HIGHER_IS_BETTER, Map.of()));
          }
        }
      }
    }
    JsonIn.Indexed<PipelineStep> steps = in.array(o.get("pipeline"), "/pipeline", (n, p) -> step(in, n, p));
    b.pipeline(steps.values);
    JsonNode nodesJson = o.get("nodes");
    JsonIn.Indexed<Node> nodes = new JsonIn.Indexed<>();
    if (nodesJson == null || !nodesJson.isArray() || nodesJson.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/nodes", "a methodology needs a non-empty \"nodes\" array");
    } else {
      Set<String> parents = new java.util.HashSet<>();
      nodesJson.forEach(n -> {
        JsonNode parent = n.get("parent");
        if (parent != null && parent.isTextual()) {
          parents.add(parent.textValue());
        }
      });
      nodes = in.array(nodesJson, "/nodes", (n, p) -> node(in, n, p, uses, defaultNormalizer[0], parents));
    }
    b.nodes(nodes.values);
    JsonIn.Indexed<Composite> composites = in.array(o.get("composites"), "/composites", (n, p) -> composite(in, n, p));
    b.composites(composites.values);
    if (o.get("ranking") != null) {
      Ranking r = ranking(in, o.get("ranking"));
      if (r != null) {
        b.ranking(r);
      }
    }
    boolean gradesBroken = false;
    if (o.get("grades") != null) {
      Grades g = grades(in, o.get("grades"));
      if (g != null) {
        b.grades(g);
      }
      gradesBroken = g == null;
    }
    if (o.get("heads") != null) {
      Heads h = heads(in, o.get("heads"));
      // With broken grades, the heads' scheme is checked on its own only: "no grades" would not be true.
      if (h != null && !gradesBroken) {
        b.heads(h);
      }
    }
    JsonNode rounding = o.get("rounding");
    if (rounding != null) {
      JsonIn.Obj r = in.object(rounding, "/rounding", "decimals", "mode");
      if (r != null) {
        if (r.get("decimals") != null) {
          Integer dec = r.integer("decimals");
          if (dec != null) {
            b.decimals(dec);
          }
        }
        String mode = r.optText("mode").orElse("half-up");
        if (!mode.equals("half-up")) {
          in.add(Problem.OUT_OF_RANGE, "/rounding/mode", "rounding mode \"" + mode + "\" is not supported; use half-up");
        }
      }
    }
    // An element that could not be read at all would make what refers to it seem wrong: the structure is checked
    // once every node, step and composite can be read.
    boolean readable = !nodes.values.isEmpty() && !nodes.broken() && !steps.broken() && !composites.broken();
    if (id != null && title != null && readable) {
      try {
        Methodology m = b.build();
        if (in.problems().isEmpty()) {
          return m;
        }
      } catch (ValidationException e) {
        Map<String, JsonIn.Indexed<?>> lists = Map.of("nodes", nodes, "pipeline", steps, "composites", composites);
        for (Problem p : e.problems()) {
          // A node that could not be read at all leaves gaps; so do problems already reported by the reader.
          in.problems().add(Problem.of(p.code(), Schemas.remap(p.path(), lists), p.message()));
        }
      }
    }
    throw new ValidationException(name, dedupe(Schemas.inDocumentOrder(in.problems(), FIELDS)));
  }

  private static List<Problem> dedupe(List<Problem> problems) {
    return new ArrayList<>(new LinkedHashSet<>(problems));
  }

  private static Node node(JsonIn in, JsonNode node, String path, List<StrategyUse> uses,
      StrategySpec defaultNormalizer, Set<String> parents) {
    int mark = in.mark();
    JsonIn.Obj o = in.object(node, path, NODE_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.id("id");
    if (id == null) {
      return null;
    }
    ImmutableNode.Builder b = Node.builder().id(id);
    o.optLocalized("name").ifPresent(b::name);
    o.optText("description").ifPresent(b::description);
    o.optId("parent").ifPresent(b::parent);
    o.optNumber("weight").ifPresent(b::weight);
    o.optNumber("points").ifPresent(b::points);
    JsonNode membersJson = o.get("members");
    Map<String, Double> members = membersJson == null ? Map.of() : members(in, membersJson, o.at("members"));
    b.putAllMembers(members);
    JsonNode source = o.get("source");
    if (source != null) {
      if (source.isTextual()) {
        b.source(source.textValue());
      } else {
        JsonIn.Obj s = in.object(source, o.at("source"), "column");
        if (s != null) {
          String column = s.text("column");
          if (column != null) {
            b.source(column);
          }
        }
      }
    }
    o.optText("published").ifPresent(b::published);
    Direction direction = Direction.HIGHER_IS_BETTER;
    boolean directionRead = true;
    if (o.get("direction") != null) {
      Direction d = o.code("direction", Direction::fromCode);
      if (d != null) {
        b.direction(d);
        direction = d;
      }
      directionRead = d != null;
    }
    JsonNode codes = o.get("codes");
    if (codes != null) {
      if (!codes.isObject()) {
        in.add(Problem.WRONG_TYPE, o.at("codes"), "expected an object of text codes, found " + JsonIn.describe(codes));
      } else {
        codes.properties().forEach(e -> {
          JsonNode v = e.getValue();
          if (v.isTextual() && v.textValue().equals("not-applicable")) {
            b.putCode(e.getKey(), CodeOutcome.NOT_APPLICABLE);
          } else if (v.isTextual() && v.textValue().equals("missing")) {
            b.putCode(e.getKey(), CodeOutcome.MISSING);
          } else if (v.isObject() && v.size() == 1 && v.has("score") && v.get("score").isNumber()
              && Double.isFinite(v.get("score").doubleValue())) {
            b.putCode(e.getKey(), CodeOutcome.score(v.get("score").doubleValue()));
          } else {
            in.add(Problem.WRONG_TYPE, o.at("codes") + "/" + JsonIn.escape(e.getKey()),
                "a code's outcome is {\"score\": n}, \"not-applicable\" or \"missing\"; found " + JsonIn.describe(v));
          }
        });
      }
    }
    StrategySpec normalizer = null;
    if (o.get("normalizer") != null) {
      normalizer = spec(in, o.get("normalizer"), o.at("normalizer"), "normalizer");
      if (normalizer != null) {
        b.normalizer(normalizer);
      }
    }
    if (o.get("aggregator") != null) {
      StrategySpec s = spec(in, o.get("aggregator"), o.at("aggregator"), "aggregator");
      if (s != null) {
        b.aggregator(s);
        uses.add(new StrategyUse("aggregator", s, o.at("aggregator"), Direction.HIGHER_IS_BETTER, Map.of()));
      }
    }
    JsonNode rules = o.get("rules");
    if (rules != null) {
      if (!rules.isArray()) {
        in.add(Problem.WRONG_TYPE, o.at("rules"), "expected an array of rules, found " + JsonIn.describe(rules));
      } else {
        for (int k = 0; k < rules.size(); k++) {
          StrategySpec s = spec(in, rules.get(k), o.at("rules") + "/" + k, "rule");
          if (s != null) {
            b.addRule(s);
            uses.add(new StrategyUse("rule", s, o.at("rules") + "/" + k, Direction.HIGHER_IS_BETTER, Map.of()));
          }
        }
      }
    }
    JsonNode missing = o.get("missing");
    if (missing != null) {
      JsonIn.Obj m = in.object(missing, o.at("missing"), "minShare");
      if (m != null) {
        m.optNumber("minShare").ifPresent(b::minShare);
      }
    }
    if (o.get("decimals") != null) {
      Integer d = o.integer("decimals");
      if (d != null) {
        b.decimals(d);
      }
    }
    o.optText("denominator").ifPresent(b::denominator);
    Map<String, Double> metaValues = new LinkedHashMap<>();
    JsonNode meta = o.get("meta");
    if (meta != null) {
      if (!meta.isObject()) {
        in.add(Problem.WRONG_TYPE, o.at("meta"), "expected an object of numbers, found " + JsonIn.describe(meta));
      } else {
        meta.properties().forEach(e -> {
          Double v = in.asNumber(e.getValue(), o.at("meta") + "/" + JsonIn.escape(e.getKey()));
          if (v != null) {
            b.putMeta(e.getKey(), v);
            metaValues.put(e.getKey(), v);
          }
        });
      }
    }
    // A normalizer is checked against the leaf's direction, so not when the direction could not be read.
    if (normalizer != null && directionRead) {
      uses.add(new StrategyUse("normalizer", normalizer, o.at("normalizer"), direction, metaValues));
    } else if (o.get("source") != null && o.get("normalizer") == null && defaultNormalizer != null && directionRead) {
      uses.add(new StrategyUse("normalizer", defaultNormalizer, "/defaults/normalizer", direction, metaValues));
    }
    if (in.since(mark)) {
      Node built = in.build(path, b::build);
      if (built != null) {
        return built;
      }
    }
    // A skeleton keeps the node's place in the tree, so that its children are not reported as orphans; a node whose
    // place cannot be read (its parent or members) has none, and the structure is not checked until it is fixed.
    JsonNode parentJson = o.get("parent");
    if (parentJson != null && !(parentJson.isTextual() && io.github.bizenv.scoring.model.Ids.isValid(
        parentJson.textValue())) || membersJson != null && members.isEmpty()) {
      return null;
    }
    try {
      ImmutableNode.Builder skeleton = Node.builder().id(id);
      o.optId("parent").ifPresent(skeleton::parent);
      members.forEach((m, w) -> {
        if (!m.equals(id) && w > 0 && Double.isFinite(w)) {
          skeleton.putMember(m, w);
        }
      });
      // A leaf by its source or normalizer, or by what only a leaf has when no node names it as parent.
      if (o.get("source") != null || o.get("normalizer") != null
          || (o.get("denominator") != null || o.get("codes") != null) && !parents.contains(id)) {
        skeleton.source("?");
        skeleton.normalizer(StrategySpec.of("skeleton"));
        // Keep the denominator, so that a denominate step does not seem to have nothing to divide.
        if (o.get("denominator") != null) {
          skeleton.denominator("?");
        }
      }
      return skeleton.build();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A cross-cutting node's members: an array whose elements are node ids (weight 1) or
   * {@code {"node": id, "weight": w}}.
   */
  private static Map<String, Double> members(JsonIn in, JsonNode members, String path) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!members.isArray() || members.size() == 0) {
      in.add(Problem.WRONG_TYPE, path, "expected a non-empty array of node ids or {\"node\": id, \"weight\": w}, found "
          + JsonIn.describe(members));
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (int k = 0; k < members.size(); k++) {
      JsonNode m = members.get(k);
      String mp = path + "/" + k;
      String id;
      Double weight = 1.0;
      if (m.isTextual()) {
        id = in.asId(m, mp);
      } else {
        JsonIn.Obj mo = in.object(m, mp, "node", "weight");
        if (mo == null) {
          continue;
        }
        id = mo.id("node");
        weight = mo.number("weight");
      }
      if (id == null || weight == null) {
        continue;
      }
      if (!seen.add(id)) {
        in.add(Problem.DUPLICATE_ID, mp, "member " + JsonIn.quote(id) + " is listed twice");
        continue;
      }
      out.put(id, weight);
    }
    return out;
  }

  /**
   * A strategy spec from its file form, on its own (e.g. an alternative of an uncertainty spec).
   *
   * @param node {@code "name"} or {@code {"name": …, settings…}}
   * @param path the node's JSON pointer, for problems
   * @return the spec
   * @throws ValidationException if the node is not a strategy spec
   */
  public static StrategySpec specOf(JsonNode node, String path) {
    JsonIn in = new JsonIn();
    StrategySpec s = spec(in, node, path, "strategy");
    if (s == null || !in.problems().isEmpty()) {
      throw new ValidationException("strategy " + node, in.problems());
    }
    return s;
  }

  /**
   * A pipeline step from its file form, on its own.
   *
   * @param node {@code {"step": …, …}}
   * @param path the node's JSON pointer, for problems
   * @return the step
   * @throws ValidationException if the node is not a pipeline step
   */
  public static PipelineStep stepOf(JsonNode node, String path) {
    JsonIn in = new JsonIn();
    PipelineStep s = step(in, node, path);
    if (s == null || !in.problems().isEmpty()) {
      throw new ValidationException("pipeline step " + node, in.problems().isEmpty()
          ? List.of(Problem.of(Problem.WRONG_TYPE, path, "not a pipeline step")) : in.problems());
    }
    return s;
  }

  /** A strategy spec: {@code "name"} or {@code {"name": …, settings…}}. */
  static StrategySpec spec(JsonIn in, JsonNode node, String path, String kind) {
    if (node.isTextual()) {
      return in.build(path, () -> StrategySpec.of(node.textValue()));
    }
    if (!node.isObject()) {
      in.add(Problem.WRONG_TYPE, path, (kind.startsWith("a") ? "an " : "a ") + kind + " is {\"name\": …, settings…} or its name; found "
          + JsonIn.describe(node));
      return null;
    }
    JsonNode name = node.get("name");
    if (name == null || !name.isTextual()) {
      in.add(Problem.MISSING_FIELD, path + "/name", "the " + kind + " needs a \"name\"");
      return null;
    }
    Map<String, Setting> settings = new LinkedHashMap<>();
    int mark = in.mark();
    node.properties().forEach(e -> {
      if (!e.getKey().equals("name")) {
        Setting s = setting(in, e.getValue(), path + "/" + JsonIn.escape(e.getKey()));
        if (s != null) {
          settings.put(e.getKey(), s);
        }
      }
    });
    if (!in.since(mark)) {
      return null;
    }
    return in.build(path, () -> StrategySpec.of(name.textValue(), settings));
  }

  private static Setting setting(JsonIn in, JsonNode n, String path) {
    if (n.isNumber()) {
      Double d = in.asNumber(n, path);
      return d == null ? null : Setting.of(d);
    }
    if (n.isTextual()) {
      return Setting.of(n.textValue());
    }
    if (n.isBoolean()) {
      return Setting.of(n.booleanValue());
    }
    if (n.isArray()) {
      List<Setting> out = new ArrayList<>();
      for (int i = 0; i < n.size(); i++) {
        Setting s = setting(in, n.get(i), path + "/" + i);
        if (s != null) {
          out.add(s);
        }
      }
      return Setting.list(out);
    }
    if (n.isObject()) {
      Map<String, Setting> out = new LinkedHashMap<>();
      n.properties().forEach(e -> {
        Setting s = setting(in, e.getValue(), path + "/" + JsonIn.escape(e.getKey()));
        if (s != null) {
          out.put(e.getKey(), s);
        }
      });
      return Setting.object(out);
    }
    in.add(Problem.WRONG_TYPE, path, "a setting cannot be " + JsonIn.describe(n) + "; leave it out instead");
    return null;
  }

  private static PipelineStep step(JsonIn in, JsonNode s, String path) {
    JsonNode type = s.get("step");
    if (!s.isObject() || type == null || !type.isTextual()) {
      in.add(Problem.MISSING_FIELD, path + "/step", "a step is {\"step\": survey|denominate|impute|screen|treat, …}");
      return null;
    }
    switch (type.textValue()) {
      case "survey": {
        JsonIn.Obj o = in.object(s, path, "step", "statistic", "indicators", "respondentColumn", "weightColumn",
            "minRespondents");
        if (o == null) {
          return null;
        }
        ImmutableSurvey.Builder b = Survey.builder();
        SurveyStatistic statistic = o.code("statistic", SurveyStatistic::fromCode);
        if (statistic == null) {
          return null;
        }
        b.statistic(statistic);
        b.indicators(o.idSet("indicators"));
        o.optText("respondentColumn").ifPresent(b::respondentColumn);
        o.optText("weightColumn").ifPresent(b::weightColumn);
        if (o.get("minRespondents") != null) {
          Integer min = o.integer("minRespondents");
          if (min != null) {
            b.minRespondents(min);
          }
        }
        return in.build(path, b::build);
      }
      case "denominate": {
        JsonIn.Obj o = in.object(s, path, "step", "scale");
        if (o == null) {
          return null;
        }
        var b = Denominate.builder();
        o.optNumber("scale").ifPresent(b::scale);
        return in.build(path, b::build);
      }
      case "impute": {
        JsonIn.Obj o = in.object(s, path, "step", "method", "groupColumn", "indicators");
        if (o == null) {
          return null;
        }
        ImmutableImpute.Builder b = Impute.builder();
        ImputationMethod method = o.code("method", ImputationMethod::fromCode);
        if (method == null) {
          return null;
        }
        b.method(method);
        o.optText("groupColumn").ifPresent(b::groupColumn);
        if (o.get("indicators") != null) {
          int listMark = in.mark();
          Set<String> indicators = o.idSet("indicators");
          if (in.since(listMark)) {
            b.indicators(indicators);
          }
        }
        return in.build(path, b::build);
      }
      case "screen": {
        JsonIn.Obj o = in.object(s, path, "step", "minShare", "node", "include", "exclude");
        if (o == null) {
          return null;
        }
        ImmutableScreen.Builder b = Screen.builder();
        Double share = o.number("minShare");
        if (share == null) {
          return null;
        }
        b.minShare(share);
        o.optId("node").ifPresent(b::node);
        b.include(o.idSet("include")).exclude(o.idSet("exclude"));
        return in.build(path, b::build);
      }
      case "treat": {
        JsonIn.Obj o = in.object(s, path, "step", "winmax", "skew", "kurtosis", "overrides");
        if (o == null) {
          return null;
        }
        ImmutableTreat.Builder b = Treat.builder();
        if (o.get("winmax") != null) {
          Integer w = o.integer("winmax");
          if (w != null) {
            b.winmax(w);
          }
        }
        o.optNumber("skew").ifPresent(b::skew);
        o.optNumber("kurtosis").ifPresent(b::kurtosis);
        JsonNode overrides = o.get("overrides");
        if (overrides != null) {
          if (!overrides.isObject()) {
            in.add(Problem.WRONG_TYPE, path + "/overrides", "expected an object of leaf id → override");
          } else {
            overrides.properties().forEach(e -> {
              String op = path + "/overrides/" + JsonIn.escape(e.getKey());
              JsonNode v = e.getValue();
              if (v.isTextual() && v.textValue().equals("none")) {
                b.putOverride(e.getKey(), TreatmentOverride.NONE);
              } else if (v.isTextual() && v.textValue().equals("winsorise")) {
                b.putOverride(e.getKey(), TreatmentOverride.WINSORISE);
              } else if (v.isObject() && v.size() == 1 && v.has("winmax") && v.get("winmax").canConvertToInt()
                  && v.get("winmax").isIntegralNumber() && v.get("winmax").intValue() >= 0) {
                b.putOverride(e.getKey(), TreatmentOverride.winmax(v.get("winmax").intValue()));
              } else {
                in.add(Problem.WRONG_TYPE, op, "an override is \"none\", \"winsorise\" or {\"winmax\": n} with n ≥ 0");
              }
            });
          }
        }
        return in.build(path, b::build);
      }
      default:
        in.add(Problem.OUT_OF_RANGE, path + "/step", "step \"" + type.textValue()
            + "\" is not one of survey, denominate, impute, screen, treat");
        return null;
    }
  }

  private static Composite composite(JsonIn in, JsonNode n, String path) {
    JsonIn.Obj o = in.object(n, path, "unit", "members", "nodes");
    if (o == null) {
      return null;
    }
    String unit = o.id("unit");
    ImmutableComposite.Builder b = Composite.builder();
    if (unit != null) {
      b.unit(unit);
    }
    JsonIn.Indexed<Member> members = in.array(o.get("members"), path + "/members", (m, mp) -> {
      JsonIn.Obj mo = in.object(m, mp, "unit", "weight");
      if (mo == null) {
        return null;
      }
      String u = mo.id("unit");
      Double w = mo.number("weight");
      return u == null || w == null ? null : in.build(mp, () -> Member.of(u, w));
    });
    if (members.broken()) {
      return null; // a member that cannot be read: the composite is checked once it can
    }
    b.members(members.values);
    JsonNode nodes = o.get("nodes");
    if (nodes != null && !(nodes.isTextual() && nodes.textValue().equals("leaves"))) {
      if (!nodes.isArray()) {
        in.add(Problem.WRONG_TYPE, path + "/nodes", "expected \"leaves\" or an array of node ids");
      } else {
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
          String id = in.asId(nodes.get(k), path + "/nodes/" + k);
          if (id != null) {
            ids.add(id);
          }
        }
        b.nodes(ids);
      }
    }
    return unit == null ? null : in.build(path, b::build);
  }

  private static Ranking ranking(JsonIn in, JsonNode node) {
    JsonIn.Obj o = in.object(node, "/ranking", "node", "method", "tolerance", "on", "eligible", "exclude",
        "excludeCompositeMembers", "groups", "groupColumn", "groupNames", "quantiles");
    if (o == null) {
      return null;
    }
    ImmutableRanking.Builder b = Ranking.builder();
    o.optId("node").ifPresent(b::node);
    if (o.get("method") != null) {
      RankMethod m = o.code("method", RankMethod::fromCode);
      if (m != null) {
        b.method(m);
      }
    }
    o.optNumber("tolerance").ifPresent(b::tolerance);
    if (o.get("on") != null) {
      ScoreBasis on = o.code("on", ScoreBasis::fromCode);
      if (on != null) {
        b.basis(on);
      }
    }
    JsonNode eligible = o.get("eligible");
    if (eligible != null) {
      JsonIn.Obj e = in.object(eligible, "/ranking/eligible", "indicator", "atLeast", "atMost", "label");
      if (e != null) {
        String column = e.text("indicator");
        ImmutableEligibility.Builder eb = Eligibility.builder();
        e.optNumber("atLeast").ifPresent(eb::atLeast);
        e.optNumber("atMost").ifPresent(eb::atMost);
        e.optText("label").ifPresent(eb::label);
        if (column != null) {
          Eligibility built = in.build("/ranking/eligible", () -> eb.indicator(column).build());
          if (built != null) {
            b.eligible(built);
          }
        }
      }
    }
    b.exclude(o.idSet("exclude"));
    Boolean members = o.bool("excludeCompositeMembers", false);
    if (members != null) {
      b.excludeCompositeMembers(members);
    }
    o.optText("groupColumn").ifPresent(b::groupColumn);
    JsonNode names = o.get("groupNames");
    if (names != null) {
      if (!names.isObject()) {
        in.add(Problem.WRONG_TYPE, "/ranking/groupNames", "expected an object of column value → group name");
      } else {
        names.properties().forEach(e -> {
          String name = in.asText(e.getValue(), "/ranking/groupNames/" + JsonIn.escape(e.getKey()));
          if (name != null) {
            b.putGroupName(e.getKey(), name);
          }
        });
      }
    }
    JsonNode groups = o.get("groups");
    if (groups != null) {
      if (!groups.isObject()) {
        in.add(Problem.WRONG_TYPE, "/ranking/groups", "expected an object of group name → unit ids");
      } else {
        groups.properties().forEach(e -> {
          String gp = "/ranking/groups/" + JsonIn.escape(e.getKey());
          JsonNode units = e.getValue();
          if (!units.isArray()) {
            in.add(Problem.WRONG_TYPE, gp, "expected an array of unit ids");
            return;
          }
          List<String> ids = new ArrayList<>();
          for (int k = 0; k < units.size(); k++) {
            String u = in.asId(units.get(k), gp + "/" + k);
            if (u != null) {
              ids.add(u);
            }
          }
          b.putGroup(e.getKey(), ids);
        });
      }
    }
    JsonNode quantiles = o.get("quantiles");
    if (quantiles != null) {
      JsonIn.Obj q = in.object(quantiles, "/ranking/quantiles", "count", "ties", "nodes");
      if (q != null) {
        ImmutableQuantiles.Builder qb = Quantiles.builder();
        if (q.get("count") != null) {
          Integer count = q.integer("count");
          if (count != null) {
            qb.count(count);
          }
        }
        if (q.get("ties") != null) {
          QuantileTies t = q.code("ties", QuantileTies::fromCode);
          if (t != null) {
            qb.ties(t);
          }
        }
        JsonNode nodes = q.get("nodes");
        if (nodes != null) {
          if (!nodes.isArray()) {
            in.add(Problem.WRONG_TYPE, "/ranking/quantiles/nodes", "expected an array of node ids");
          } else {
            for (int k = 0; k < nodes.size(); k++) {
              String id = in.asId(nodes.get(k), "/ranking/quantiles/nodes/" + k);
              if (id != null) {
                qb.addNode(id);
              }
            }
          }
        }
        Quantiles built = in.build("/ranking/quantiles", qb::build);
        if (built != null) {
          b.quantiles(built);
        }
      }
    }
    return in.build("/ranking", b::build);
  }

  private static Grades grades(JsonIn in, JsonNode node) {
    JsonIn.Obj o = in.object(node, "/grades", "node", "on", "bands", "edge", "quota");
    if (o == null) {
      return null;
    }
    ImmutableGrades.Builder b = Grades.builder();
    o.optId("node").ifPresent(b::node);
    if (o.get("edge") != null) {
      GradeEdge e = o.code("edge", GradeEdge::fromCode);
      if (e != null) {
        b.edge(e);
      }
    }
    if (o.get("on") != null) {
      ScoreBasis on = o.code("on", ScoreBasis::fromCode);
      if (on != null) {
        b.basis(on);
      }
    }
    JsonNode bands = o.get("bands");
    if (bands == null || !bands.isArray() || bands.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/grades/bands", "grades need a non-empty \"bands\" array");
      return null;
    }
    JsonIn.Indexed<Band> read = in.array(bands, "/grades/bands", (bn, p) -> {
      JsonIn.Obj bo = in.object(bn, p, "name", "min");
      if (bo == null) {
        return null;
      }
      int bandMark = in.mark();
      String name = bo.text("name");
      java.util.OptionalDouble min = bo.optNumber("min");
      if (name == null || !in.since(bandMark)) {
        return null;
      }
      ImmutableBand.Builder bb = ImmutableBand.builder().name(name);
      min.ifPresent(bb::min);
      return in.build(p, bb::build);
    });
    if (read.broken()) {
      return null; // a band that cannot be read: the grades are checked once it can
    }
    b.bands(read.values);
    JsonNode quota = o.get("quota");
    if (quota != null) {
      JsonIn.Obj q = in.object(quota, "/grades/quota", "band", "maxShare", "rounding", "ties", "within");
      if (q != null) {
        String band = q.text("band");
        Double share = q.number("maxShare");
        ImmutableQuota.Builder qb = Quota.builder();
        if (q.get("rounding") != null) {
          QuotaRounding r = q.code("rounding", QuotaRounding::fromCode);
          if (r != null) {
            qb.rounding(r);
          }
        }
        if (q.get("ties") != null) {
          QuotaTies t = q.code("ties", QuotaTies::fromCode);
          if (t != null) {
            qb.ties(t);
          }
        }
        q.optText("within").ifPresent(qb::within);
        if (band != null && share != null) {
          Quota built = in.build("/grades/quota", () -> qb.band(band).maxShare(share).build());
          if (built != null) {
            b.quota(built);
          }
        }
      }
    }
    return in.build("/grades", b::build);
  }

  private static Heads heads(JsonIn in, JsonNode node) {
    JsonIn.Obj o = in.object(node, "/heads", "name", "grades", "from");
    if (o == null) {
      return null;
    }
    ImmutableHeads.Builder b = Heads.builder();
    o.optLocalized("name").ifPresent(b::name);
    JsonNode grades = o.get("grades");
    if (grades == null || !grades.isArray() || grades.size() == 0) {
      in.add(Problem.MISSING_FIELD, "/heads/grades", "the heads' scheme needs a non-empty \"grades\" array, e.g. "
          + "[\"优秀\", \"称职\", \"基本称职\", \"不称职\"]");
      return null;
    }
    for (int k = 0; k < grades.size(); k++) {
      String g = in.asText(grades.get(k), "/heads/grades/" + k);
      if (g != null) {
        b.addGrades(g);
      }
    }
    JsonNode from = o.get("from");
    if (from == null || !from.isObject()) {
      in.add(Problem.MISSING_FIELD, "/heads/from", "the heads' scheme needs \"from\": the head's grade for each "
          + "unit grade");
      return null;
    }
    from.properties().forEach(e -> {
      String head = in.asText(e.getValue(), "/heads/from/" + JsonIn.escape(e.getKey()));
      if (head != null) {
        b.putFrom(e.getKey(), head);
      }
    });
    return in.build("/heads", b::build);
  }

  // ------------------------------------------------------------------ writing

  public static ObjectNode write(Methodology m) {
    ObjectNode o = Json.object();
    o.put("schema", SCHEMA);
    o.put("id", m.id());
    o.set("name", Json.text(m.name()));
    m.description().ifPresent(d -> o.put("description", d));
    if (!m.unitColumn().equals("unit") || m.periodColumn().isPresent()) {
      ObjectNode data = o.putObject("data");
      if (!m.unitColumn().equals("unit")) {
        data.put("unitColumn", m.unitColumn());
      }
      m.periodColumn().ifPresent(p -> data.put("periodColumn", p));
    }
    m.scope().ifPresent(s -> {
      ObjectNode scope = o.putObject("scope");
      scope.put("column", s.column());
      scope.set("values", Json.sorted(s.values()));
    });
    if (m.defaultNormalizer().isPresent() || m.defaultAggregator().isPresent()) {
      ObjectNode d = o.putObject("defaults");
      m.defaultNormalizer().ifPresent(s -> d.set("normalizer", spec(s)));
      m.defaultAggregator().ifPresent(s -> d.set("aggregator", spec(s)));
    }
    if (!m.pipeline().isEmpty()) {
      ArrayNode a = o.putArray("pipeline");
      m.pipeline().forEach(s -> a.add(step(s)));
    }
    ArrayNode nodes = o.putArray("nodes");
    m.nodes().forEach(n -> nodes.add(node(n)));
    if (!m.composites().isEmpty()) {
      ArrayNode a = o.putArray("composites");
      for (Composite c : m.composites()) {
        ObjectNode co = a.addObject();
        co.put("unit", c.unit());
        ArrayNode members = co.putArray("members");
        c.members().forEach(mb -> members.addObject().put("unit", mb.unit()).set("weight", Json.number(mb.weight())));
        c.nodes().ifPresent(ns -> {
          ArrayNode na = co.putArray("nodes");
          ns.forEach(na::add);
        });
      }
    }
    if (!m.ranking().equals(Ranking.defaults())) {
      o.set("ranking", ranking(m.ranking()));
    }
    m.grades().ifPresent(g -> o.set("grades", grades(g)));
    m.heads().ifPresent(h -> o.set("heads", heads(h, m.grades().orElseThrow())));
    if (m.decimals() != 2) {
      o.putObject("rounding").put("decimals", m.decimals());
    }
    return o;
  }

  private static ObjectNode node(Node n) {
    ObjectNode o = Json.object();
    o.put("id", n.id());
    n.name().ifPresent(t -> o.set("name", Json.text(t)));
    n.description().ifPresent(d -> o.put("description", d));
    n.parent().ifPresent(p -> o.put("parent", p));
    if (n.weight() != 1) {
      o.set("weight", Json.number(n.weight()));
    }
    n.points().ifPresent(p -> o.set("points", Json.number(p)));
    if (n.isCrossCutting()) {
      ArrayNode members = o.putArray("members");
      n.members().forEach((id, w) -> {
        if (w == 1) {
          members.add(id);
        } else {
          members.addObject().put("node", id).set("weight", Json.number(w));
        }
      });
    }
    n.source().ifPresent(s -> o.put("source", s));
    n.published().ifPresent(s -> o.put("published", s));
    if (n.direction() != Direction.HIGHER_IS_BETTER) {
      o.put("direction", n.direction().code());
    }
    if (!n.codes().isEmpty()) {
      ObjectNode codes = o.putObject("codes");
      new TreeMap<>(n.codes()).forEach((k, v) -> {
        if (v.kind() == CodeOutcome.Kind.SCORE) {
          codes.putObject(k).set("score", Json.number(v.score()));
        } else {
          codes.put(k, v.kind() == CodeOutcome.Kind.MISSING ? "missing" : "not-applicable");
        }
      });
    }
    n.normalizer().ifPresent(s -> o.set("normalizer", spec(s)));
    n.aggregator().ifPresent(s -> o.set("aggregator", spec(s)));
    if (!n.rules().isEmpty()) {
      ArrayNode rules = o.putArray("rules");
      n.rules().forEach(r -> rules.add(spec(r)));
    }
    if (n.minShare() != 1) {
      o.putObject("missing").set("minShare", Json.number(n.minShare()));
    }
    n.decimals().ifPresent(d -> o.put("decimals", d));
    n.denominator().ifPresent(d -> o.put("denominator", d));
    if (!n.meta().isEmpty()) {
      o.set("meta", Json.sortedMap(n.meta(), Json::number));
    }
    return o;
  }

  static ObjectNode spec(StrategySpec s) {
    ObjectNode o = Json.object();
    o.put("name", s.name());
    new TreeMap<>(s.settings()).forEach((k, v) -> o.set(k, setting(v)));
    return o;
  }

  private static JsonNode setting(Setting s) {
    switch (s.kind()) {
      case NUMBER:
        return Json.number(s.number());
      case TEXT:
        return Json.NODES.textNode(s.text());
      case FLAG:
        return Json.NODES.booleanNode(s.flag());
      case LIST: {
        ArrayNode a = Json.NODES.arrayNode();
        s.list().forEach(e -> a.add(setting(e)));
        return a;
      }
      default: {
        ObjectNode o = Json.object();
        new TreeMap<>(s.object()).forEach((k, v) -> o.set(k, setting(v)));
        return o;
      }
    }
  }

  private static ObjectNode step(PipelineStep s) {
    ObjectNode o = Json.object();
    o.put("step", s.step());
    if (s instanceof Survey) {
      Survey sv = (Survey) s;
      o.put("statistic", sv.statistic().code());
      o.set("indicators", Json.sorted(sv.indicators()));
      if (!sv.respondentColumn().equals("respondent")) {
        o.put("respondentColumn", sv.respondentColumn());
      }
      sv.weightColumn().ifPresent(w -> o.put("weightColumn", w));
      if (sv.minRespondents() != 1) {
        o.put("minRespondents", sv.minRespondents());
      }
    } else if (s instanceof Denominate) {
      Denominate d = (Denominate) s;
      if (d.scale() != 1) {
        o.set("scale", Json.number(d.scale()));
      }
    } else if (s instanceof Impute) {
      Impute im = (Impute) s;
      o.put("method", im.method().code());
      im.groupColumn().ifPresent(g -> o.put("groupColumn", g));
      im.indicators().ifPresent(ids -> o.set("indicators", Json.sorted(ids)));
    } else if (s instanceof Screen) {
      Screen sc = (Screen) s;
      o.set("minShare", Json.number(sc.minShare()));
      sc.node().ifPresent(n -> o.put("node", n));
      if (!sc.include().isEmpty()) {
        o.set("include", Json.sorted(sc.include()));
      }
      if (!sc.exclude().isEmpty()) {
        o.set("exclude", Json.sorted(sc.exclude()));
      }
    } else {
      Treat t = (Treat) s;
      o.put("winmax", t.winmax());
      o.set("skew", Json.number(t.skew()));
      o.set("kurtosis", Json.number(t.kurtosis()));
      if (!t.overrides().isEmpty()) {
        ObjectNode ov = o.putObject("overrides");
        new TreeMap<>(t.overrides()).forEach((k, v) -> {
          if (v.kind() == TreatmentOverride.Kind.WINMAX) {
            ov.putObject(k).put("winmax", v.winmax().getAsInt());
          } else {
            ov.put(k, v.toString());
          }
        });
      }
    }
    return o;
  }

  private static ObjectNode ranking(Ranking r) {
    ObjectNode o = Json.object();
    r.node().ifPresent(n -> o.put("node", n));
    o.put("method", r.method().code());
    if (r.tolerance() != 0) {
      o.set("tolerance", Json.number(r.tolerance()));
    }
    if (r.basis() != ScoreBasis.UNROUNDED) {
      o.put("on", r.basis().code());
    }
    r.eligible().ifPresent(e -> {
      ObjectNode eo = o.putObject("eligible");
      eo.put("indicator", e.indicator());
      e.atLeast().ifPresent(v -> eo.set("atLeast", Json.number(v)));
      e.atMost().ifPresent(v -> eo.set("atMost", Json.number(v)));
      e.label().ifPresent(l -> eo.put("label", l));
    });
    if (!r.exclude().isEmpty()) {
      o.set("exclude", Json.sorted(r.exclude()));
    }
    if (r.excludeCompositeMembers()) {
      o.put("excludeCompositeMembers", true);
    }
    if (!r.groups().isEmpty()) {
      ObjectNode g = o.putObject("groups");
      new TreeMap<>(r.groups()).forEach((k, v) -> {
        ArrayNode a = g.putArray(k);
        v.forEach(a::add);
      });
    }
    r.groupColumn().ifPresent(g -> o.put("groupColumn", g));
    if (!r.groupNames().isEmpty()) {
      ObjectNode names = o.putObject("groupNames");
      new TreeMap<>(r.groupNames()).forEach(names::put);
    }
    r.quantiles().ifPresent(q -> {
      ObjectNode qo = o.putObject("quantiles");
      qo.put("count", q.count());
      qo.put("ties", q.ties().code());
      if (!q.nodes().isEmpty()) {
        ArrayNode a = qo.putArray("nodes");
        q.nodes().forEach(a::add);
      }
    });
    return o;
  }

  private static ObjectNode grades(Grades g) {
    ObjectNode o = Json.object();
    g.node().ifPresent(n -> o.put("node", n));
    if (g.basis() != ScoreBasis.UNROUNDED) {
      o.put("on", g.basis().code());
    }
    if (g.edge() != GradeEdge.MIN_INCLUSIVE) {
      o.put("edge", g.edge().code());
    }
    ArrayNode bands = o.putArray("bands");
    for (Band b : g.bands()) {
      ObjectNode bo = bands.addObject();
      bo.put("name", b.name());
      b.min().ifPresent(mn -> bo.set("min", Json.number(mn)));
    }
    g.quota().ifPresent(q -> {
      ObjectNode qo = o.putObject("quota");
      qo.put("band", q.band());
      qo.set("maxShare", Json.number(q.maxShare()));
      qo.put("rounding", q.rounding().code());
      qo.put("ties", q.ties().code());
      if (!q.within().equals(Quota.RANKING_GROUPS)) {
        qo.put("within", q.within());
      }
    });
    return o;
  }

  /** The heads' scheme, its {@code from} in the order of the unit grades' bands. */
  private static ObjectNode heads(Heads h, Grades g) {
    ObjectNode o = Json.object();
    h.name().ifPresent(t -> o.set("name", Json.text(t)));
    ArrayNode grades = o.putArray("grades");
    h.grades().forEach(grades::add);
    ObjectNode from = o.putObject("from");
    g.bands().forEach(b -> from.put(b.name(), h.from().get(b.name())));
    return o;
  }
}
