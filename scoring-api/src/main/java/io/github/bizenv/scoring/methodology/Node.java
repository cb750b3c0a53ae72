package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A node of a methodology's indicator tree. A <em>leaf</em> (a node with a {@link #source()} or a
 * {@link #normalizer()}) reads a data column and normalizes it; an <em>inner node</em> aggregates its children,
 * the nodes that name it as their {@link #parent()}. Exactly one node, the root, has no parent.
 *
 * <p>A <em>cross-cutting</em> node aggregates {@link #members()} — nodes of other branches — instead of
 * children: B-READY's economy pillar is the mean of that pillar over the ten topics, a theme such as digital
 * adoption gathers indicators from every topic, a city's own view regroups a national system. Nothing names a
 * cross-cutting node as its parent. It may sit in the tree (with a parent and a weight, contributing to its parent
 * like any child) or stand apart as a <em>view</em> without a parent, scored, ranked and explained like any node
 * but outside the root's score. A node must not depend on itself through members and children.
 *
 * <pre>{@code
 * Node.root("index").build();
 * Node.inner("sb", "index").weight(2).build();
 * Node.leaf("sb-time", "sb", "Time (days)").direction(Direction.LOWER_IS_BETTER)
 *     .normalizer(Normalizers.distanceToFrontier(0.5, 100)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Node {

  Node() {}

  /**
   * The node's id.
   *
   * @return an id in the {@link io.github.bizenv.scoring.model.Ids} alphabet, unique in the methodology
   */
  public abstract String id();

  /**
   * The node's name, for reports.
   *
   * @return the name, if given
   */
  public abstract Optional<LocalizedText> name();

  /**
   * A note on the node, for people reading the methodology.
   *
   * @return the note, if given
   */
  public abstract Optional<String> description();

  /**
   * The node this one is a child of.
   *
   * @return the parent's id; empty for the root
   */
  public abstract Optional<String> parent();

  /**
   * The node's weight within its parent, relative to its siblings'.
   *
   * @return a finite number greater than 0; 1 by default
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * A point budget: the node's score is scaled from its natural range to [0, points].
   *
   * @return the budget, if the node has one
   */
  public abstract OptionalDouble points();

  /**
   * The data column a leaf reads: an indicator id, or a spreadsheet's column header as it is.
   *
   * @return the column; present for every leaf
   */
  public abstract Optional<String> source();

  /**
   * A data column holding an inner node's published score, which stands for the score the node would aggregate when
   * a unit has a value there: a published index whose parts are incomplete in the data (B-READY's subcategories
   * whose indicator columns the source lost), or official sub-scores a city reuses. A unit without a value, or data
   * without the column, gets the aggregate. The published value is taken before the node's point scaling is applied
   * to anything above and before its rules.
   *
   * @return the column, if the inner node has one
   */
  public abstract Optional<String> published();

  /**
   * Which way the leaf's raw values improve.
   *
   * @return the direction; higher is better by default
   */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /**
   * What text codes in the leaf's column mean, e.g. {@code "No Practice"} → score 0.
   *
   * @return code → outcome
   */
  public abstract Map<String, CodeOutcome> codes();

  /**
   * The leaf's normalizer; when absent the methodology's default normalizer applies.
   *
   * @return the normalizer, if the node names one
   */
  public abstract Optional<StrategySpec> normalizer();

  /**
   * The inner node's aggregator; when absent the methodology's default aggregator applies (itself the weighted
   * mean by default).
   *
   * @return the aggregator, if the node names one
   */
  public abstract Optional<StrategySpec> aggregator();

  /**
   * Rules that adjust the node's score after aggregation, in order.
   *
   * @return the rules, possibly empty
   */
  public abstract List<StrategySpec> rules();

  /**
   * The least share of the applicable children's weight that must have a score for the inner node to have one
   * ({@code "missing": {"minShare": …}} in a file).
   *
   * @return a share in [0, 1]; 1 (every child needed) by default
   */
  @Value.Default
  public double minShare() {
    return 1;
  }

  /**
   * Decimal places when the node's scores are presented; the methodology's rounding applies otherwise.
   *
   * @return 0 to 10, if given
   */
  public abstract OptionalInt decimals();

  /**
   * The data column a {@link Denominate} step divides the leaf's values by.
   *
   * @return the column, if the leaf has one
   */
  public abstract Optional<String> denominator();

  /**
   * Numbers about the leaf that settings can name, as {@code "target": "meta.target"}.
   *
   * @return name → finite number
   */
  public abstract Map<String, Double> meta();

  /**
   * The nodes a cross-cutting node aggregates instead of children, with their weights in it (relative to each
   * other; a member's own weight in its parent does not count here).
   *
   * @return node id → weight (finite, greater than 0), in order; empty for a node of the tree
   */
  public abstract Map<String, Double> members();

  /**
   * Whether the node is cross-cutting: it aggregates {@link #members()} instead of children.
   *
   * @return {@code true} when it has members
   */
  public final boolean isCrossCutting() {
    return !members().isEmpty();
  }

  /**
   * Whether the node is a leaf: it has a source or a normalizer.
   *
   * @return {@code true} for a leaf
   */
  public final boolean isLeaf() {
    return source().isPresent() || normalizer().isPresent();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableNode.Builder builder() {
    return ImmutableNode.builder();
  }

  /**
   * A builder of the root node.
   *
   * @param id the root's id
   * @return a builder with the id set
   */
  public static ImmutableNode.Builder root(String id) {
    return builder().id(id);
  }

  /**
   * A builder of an inner node.
   *
   * @param id the node's id
   * @param parent its parent's id
   * @return a builder with the id and parent set
   */
  public static ImmutableNode.Builder inner(String id, String parent) {
    return builder().id(id).parent(parent);
  }

  /**
   * A builder of a cross-cutting node aggregating nodes of other branches, each with weight 1; add a parent to
   * place it in the tree, or leave it without one as a view.
   *
   * @param id the node's id
   * @param members the ids of the nodes it aggregates
   * @return a builder with the id and members set
   */
  public static ImmutableNode.Builder crossCutting(String id, String... members) {
    ImmutableNode.Builder b = builder().id(id);
    for (String m : members) {
      b.putMember(m, 1.0);
    }
    return b;
  }

  /**
   * A builder of a leaf.
   *
   * @param id the leaf's id
   * @param parent its parent's id
   * @param source the data column it reads
   * @return a builder with the id, parent and source set
   */
  public static ImmutableNode.Builder leaf(String id, String parent, String source) {
    return builder().id(id).parent(parent).source(source);
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  @Value.Check
  void check() {
    Check c = new Check();
    c.id("/id", id(), "node");
    parent().ifPresent(p -> c.id("/parent", p, "parent"));
    c.range("/weight", weight(), 0, true, Double.MAX_VALUE, "weight");
    points().ifPresent(p -> c.range("/points", p, 0, true, Double.MAX_VALUE, "points"));
    c.range("/missing/minShare", minShare(), 0, false, 1, "minShare");
    decimals().ifPresent(d -> c.require(d >= 0 && d <= 10, Problem.OUT_OF_RANGE, "/decimals",
        "decimals " + d + " is outside 0..10"));
    source().ifPresent(s -> c.text("/source", s, "the source column"));
    denominator().ifPresent(s -> c.text("/denominator", s, "the denominator column"));
    published().ifPresent(s -> c.text("/published", s, "the published column"));
    meta().forEach((k, v) -> c.require(Double.isFinite(v), Problem.NON_FINITE, "/meta/" + Check.escape(k),
        "metadata " + Codes.quote(k) + " is " + v + "; it must be a finite number"));
    int k = 0;
    for (Map.Entry<String, Double> e : members().entrySet()) {
      c.id("/members/" + k, e.getKey(), "member");
      c.range("/members/" + k + "/weight", e.getValue(), 0, true, Double.MAX_VALUE, "member weight");
      c.require(!e.getKey().equals(id()), Problem.CYCLE, "/members/" + k, "node " + Codes.quote(id())
          + " lists itself as a member");
      k++;
    }
    for (String code : codes().keySet()) {
      c.require(!NUMBER.matcher(code.trim()).matches(), Problem.WRONG_TYPE, "/codes/" + Check.escape(code),
          "text code " + Codes.quote(code) + " looks like a number; a number in the data is read as a number, so "
              + "the code would never apply");
    }
    if (isLeaf()) {
      c.require(members().isEmpty(), Problem.INCONSISTENT, "/members", "leaf " + Codes.quote(id())
          + " cannot have members; a cross-cutting node aggregates members instead of reading a column");
      c.require(source().isPresent(), Problem.MISSING_FIELD, "/source", "leaf " + Codes.quote(id())
          + " needs a source column");
      c.require(aggregator().isEmpty(), Problem.INCONSISTENT, "/aggregator", "leaf " + Codes.quote(id())
          + " cannot have an aggregator");
      c.require(published().isEmpty(), Problem.INCONSISTENT, "/published", "leaf " + Codes.quote(id())
          + " reads its source; only an inner node has a published column");
    } else {
      // Said so that a leaf that lost its source column is understood too.
      c.require(denominator().isEmpty(), Problem.INCONSISTENT, "/denominator", "only a leaf can have a denominator; "
          + "node " + Codes.quote(id()) + " has no source column, so it is not a leaf");
      c.require(codes().isEmpty(), Problem.INCONSISTENT, "/codes", "only a leaf can have text codes; node "
          + Codes.quote(id()) + " has no source column, so it is not a leaf");
    }
    c.throwIfAny("Node " + Codes.quote(id()));
  }
}
