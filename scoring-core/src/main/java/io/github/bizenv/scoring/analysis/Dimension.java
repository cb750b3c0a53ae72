package io.github.bizenv.scoring.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One uncertain assumption of an uncertainty or sensitivity analysis, with its alternatives (COINr's entry of
 * {@code SA_specs}). A replication draws a number u uniformly from [0, 1) for each dimension and takes alternative
 * {@code ⌊u·k⌋} of the k alternatives. Build one with a static factory; strategy settings are maps in the form of
 * the methodology file ({@code Map.of("name", "z-score", "mean", 10, "sd", 2)}). Immutable.
 */
public final class Dimension {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a dimension varies. */
  public enum Kind {
    /** The weights, by COINr's {@code get_noisy_weights}: each weight at chosen levels or nodes ± factor. */
    WEIGHTS("weights"),
    /** The default normaliser (and, if named, the normaliser of chosen leaves). */
    NORMALIZER("normalizer"),
    /** The default aggregator (and, if named, the aggregator of chosen inner nodes). */
    AGGREGATOR("aggregator"),
    /** The imputation step ({@code "none"} for no imputation). */
    IMPUTATION("imputation"),
    /** The outlier treatment's maximum number of winsorised points. */
    WINMAX("winmax"),
    /** Which nodes are left out of the methodology (each alternative a set, the empty set for none). */
    EXCLUSION("exclusion");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * The form in spec files.
     *
     * @return e.g. {@code normalizer}
     */
    public String code() {
      return code;
    }
  }

  private final String id;
  private final Kind kind;
  private final List<JsonNode> alternatives;
  private final List<String> nodes;
  private final Map<Integer, Double> levelNoise;
  private final Map<String, Double> nodeNoise;
  private final int replicates;

  private Dimension(String id, Kind kind, List<JsonNode> alternatives, List<String> nodes,
      Map<Integer, Double> levelNoise, Map<String, Double> nodeNoise, int replicates) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = kind;
    this.alternatives = Collections.unmodifiableList(alternatives);
    this.nodes = List.copyOf(nodes);
    this.levelNoise = Collections.unmodifiableMap(new java.util.TreeMap<>(levelNoise));
    this.nodeNoise = Collections.unmodifiableMap(new java.util.TreeMap<>(nodeNoise));
    this.replicates = replicates;
  }

  /**
   * Weight noise as COINr's {@code get_noisy_weights}: {@code replicates} sets of weights are drawn once from the
   * analysis's seed, each weight w of a chosen level becoming {@code w + (2v − 1)·factor·w} with v uniform (drawn
   * for the perturbed nodes in top-down order); a replication takes one of the sets.
   *
   * @param id the dimension's id
   * @param factorByLevel level → factor, e.g. {@code Map.of(2, 0.25, 3, 0.25)} (levels as in {@link Audit})
   * @param replicates how many weight sets, e.g. 100
   * @return the dimension
   */
  public static Dimension weightNoise(String id, Map<Integer, Double> factorByLevel, int replicates) {
    return new Dimension(id, Kind.WEIGHTS, List.of(), List.of(), factorByLevel, Map.of(), replicates);
  }

  /**
   * Weight noise on named nodes' weights.
   *
   * @param id the dimension's id
   * @param factorByNode node id → factor
   * @param replicates how many weight sets
   * @return the dimension
   */
  public static Dimension nodeWeightNoise(String id, Map<String, Double> factorByNode, int replicates) {
    return new Dimension(id, Kind.WEIGHTS, List.of(), List.of(), Map.of(), factorByNode, replicates);
  }

  /**
   * Alternative default normalisers; leaves that declare their own keep it.
   *
   * @param id the dimension's id
   * @param alternatives each a normaliser in methodology form, e.g. {@code Map.of("name", "min-max", "lower", 1,
   *     "upper", 100)}
   * @return the dimension
   */
  public static Dimension normalizers(String id, List<? extends Map<String, ?>> alternatives) {
    return normalizers(id, alternatives, List.of());
  }

  /**
   * Alternative normalisers, also for named leaves that declare their own.
   *
   * @param id the dimension's id
   * @param alternatives normalisers in methodology form
   * @param leaves leaves whose own normaliser is replaced too
   * @return the dimension
   */
  public static Dimension normalizers(String id, List<? extends Map<String, ?>> alternatives, List<String> leaves) {
    return new Dimension(id, Kind.NORMALIZER, trees(alternatives), leaves, Map.of(), Map.of(), 0);
  }

  /**
   * Alternative default aggregators; inner nodes that declare their own keep it.
   *
   * @param id the dimension's id
   * @param alternatives aggregators in methodology form, e.g. {@code Map.of("name", "geometric-mean")}
   * @return the dimension
   */
  public static Dimension aggregators(String id, List<? extends Map<String, ?>> alternatives) {
    return aggregators(id, alternatives, List.of());
  }

  /**
   * Alternative aggregators, also for named inner nodes that declare their own.
   *
   * @param id the dimension's id
   * @param alternatives aggregators in methodology form
   * @param nodes inner nodes whose own aggregator is replaced too
   * @return the dimension
   */
  public static Dimension aggregators(String id, List<? extends Map<String, ?>> alternatives, List<String> nodes) {
    return new Dimension(id, Kind.AGGREGATOR, trees(alternatives), nodes, Map.of(), Map.of(), 0);
  }

  /**
   * Alternative imputation steps, each an impute step in methodology form without {@code "step"} (e.g.
   * {@code Map.of("method", "group-mean", "groupColumn", "EurAsia_group")}), or an empty map for no imputation.
   *
   * @param id the dimension's id
   * @param alternatives the steps
   * @return the dimension
   */
  public static Dimension imputations(String id, List<? extends Map<String, ?>> alternatives) {
    List<JsonNode> out = new ArrayList<>();
    for (Map<String, ?> a : alternatives) {
      out.add(a.isEmpty() ? JsonNodeFactory.instance.textNode("none") : canonical(JSON.valueToTree(a)));
    }
    return new Dimension(id, Kind.IMPUTATION, out, List.of(), Map.of(), Map.of(), 0);
  }

  /**
   * Alternative values of the outlier treatment's {@code winmax}.
   *
   * @param id the dimension's id
   * @param values e.g. 1, 2, 3, 4, 5
   * @return the dimension
   */
  public static Dimension winmax(String id, int... values) {
    List<JsonNode> out = new ArrayList<>();
    for (int v : values) {
      out.add(JsonNodeFactory.instance.numberNode(v));
    }
    return new Dimension(id, Kind.WINMAX, out, List.of(), Map.of(), Map.of(), 0);
  }

  /**
   * Alternative sets of nodes to leave out (an indicator in or out: {@code List.of(Set.of(), Set.of("x"))}).
   *
   * @param id the dimension's id
   * @param alternatives each a set of node ids
   * @return the dimension
   */
  public static Dimension exclusions(String id, List<? extends Set<String>> alternatives) {
    List<JsonNode> out = new ArrayList<>();
    for (Set<String> s : alternatives) {
      out.add(JSON.valueToTree(new ArrayList<>(new java.util.TreeSet<>(s))));
    }
    return new Dimension(id, Kind.EXCLUSION, out, List.of(), Map.of(), Map.of(), 0);
  }

  static Dimension of(String id, Kind kind, List<JsonNode> alternatives, List<String> nodes,
      Map<Integer, Double> levelNoise, Map<String, Double> nodeNoise, int replicates) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode a : alternatives) {
      out.add(canonical(a));
    }
    return new Dimension(id, kind, out, nodes, levelNoise, nodeNoise, replicates);
  }

  private static List<JsonNode> trees(List<? extends Map<String, ?>> alternatives) {
    List<JsonNode> out = new ArrayList<>();
    for (Map<String, ?> a : alternatives) {
      out.add(canonical(JSON.valueToTree(Objects.requireNonNull(a, "alternative"))));
    }
    return out;
  }

  /** Objects with "name" first, then their other fields sorted, so that no form depends on a map's order. */
  static JsonNode canonical(JsonNode n) {
    if (n.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode o = JsonNodeFactory.instance.objectNode();
      if (n.has("name")) {
        o.set("name", canonical(n.get("name")));
      }
      java.util.List<String> keys = new ArrayList<>();
      n.fieldNames().forEachRemaining(keys::add);
      java.util.Collections.sort(keys);
      for (String k : keys) {
        if (!k.equals("name")) {
          o.set(k, canonical(n.get(k)));
        }
      }
      return o;
    }
    if (n.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode a = JsonNodeFactory.instance.arrayNode();
      n.forEach(e -> a.add(canonical(e)));
      return a;
    }
    if (n.isIntegralNumber() && n.canConvertToInt()) {
      return JsonNodeFactory.instance.numberNode(n.intValue());
    }
    return n;
  }

  /**
   * The dimension's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * What it varies.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The number of alternatives a replication chooses among (for weight noise, the number of weight sets).
   *
   * @return k
   */
  public int size() {
    return kind == Kind.WEIGHTS ? replicates : alternatives.size();
  }

  /**
   * The nodes named: leaves or inner nodes whose own strategy is replaced too.
   *
   * @return node ids
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * Weight noise by level.
   *
   * @return level → factor; empty for other kinds
   */
  public Map<Integer, Double> levelNoise() {
    return levelNoise;
  }

  /**
   * Weight noise by node.
   *
   * @return node id → factor; empty for other kinds
   */
  public Map<String, Double> nodeNoise() {
    return nodeNoise;
  }

  /**
   * The alternatives as JSON text, in order (empty for weight noise).
   *
   * @return e.g. {@code {"name":"z-score","mean":10,"sd":2}}
   */
  public List<String> alternatives() {
    List<String> out = new ArrayList<>();
    for (JsonNode n : alternatives) {
      out.add(n.toString());
    }
    return out;
  }

  List<JsonNode> alternativeTrees() {
    return alternatives;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Dimension)) {
      return false;
    }
    Dimension d = (Dimension) o;
    return id.equals(d.id) && kind == d.kind && alternatives.equals(d.alternatives) && nodes.equals(d.nodes)
        && levelNoise.equals(d.levelNoise) && nodeNoise.equals(d.nodeNoise) && replicates == d.replicates;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, alternatives, nodes, levelNoise, nodeNoise, replicates);
  }

  @Override
  public String toString() {
    return id + " (" + kind.code() + ", " + size() + " alternatives)";
  }
}
