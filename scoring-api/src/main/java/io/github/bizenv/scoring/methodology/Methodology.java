package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A scoring methodology (评价体系): an indicator tree of {@link Node}s with the strategies each node uses, the
 * data-preparation {@link #pipeline()}, composite units, ranking, grades and presentation rounding — everything a
 * {@code bizenv.methodology/1} file holds, as a value. The engine compiles it into a plan that evaluates data.
 *
 * <pre>{@code
 * Methodology m = Methodology.builder()
 *     .id("sb").name(LocalizedText.of("开办企业", "Starting a business"))
 *     .addNode(Node.root("sb").build())
 *     .addNode(Node.leaf("sb-procedures", "sb", "Procedures (number)").direction(Direction.LOWER_IS_BETTER)
 *         .normalizer(Normalizers.distanceToFrontier(1, 18)).build())
 *     .addNode(Node.leaf("sb-time", "sb", "Time (days)").direction(Direction.LOWER_IS_BETTER)
 *         .normalizer(Normalizers.distanceToFrontier(0.5, 100)).build())
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} checks the whole structure at once — ids, one root, no cycles (through parents, and through
 * the members of cross-cutting nodes), leaves and inner nodes, every reference from ranking, grades, pipeline and
 * composites — and throws a
 * {@link io.github.bizenv.scoring.ValidationException} listing every problem with the JSON pointer it has in the
 * file ({@code /nodes/3/parent}). The tree may be at most {@value #MAX_DEPTH} levels deep.
 */
@Value.Immutable
public abstract class Methodology {

  /** The most levels a tree may have, the root counting as one. */
  public static final int MAX_DEPTH = 256;

  Methodology() {}

  /**
   * The methodology's id.
   *
   * @return an id in the {@link io.github.bizenv.scoring.model.Ids} alphabet
   */
  public abstract String id();

  /**
   * The methodology's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * A description for people reading the methodology.
   *
   * @return the description, if given
   */
  public abstract Optional<String> description();

  /**
   * The header of the unit column in wide data tables.
   *
   * @return the header; {@code unit} by default
   */
  @Value.Default
  public String unitColumn() {
    return "unit";
  }

  /**
   * The header of the period column in wide data tables.
   *
   * @return the header, if the data has periods in a column
   */
  public abstract Optional<String> periodColumn();

  /**
   * The units evaluated, by a data column's value.
   *
   * @return the scope; empty to evaluate every unit of the data
   */
  public abstract Optional<Scope> scope();

  /**
   * The normalizer of leaves that name none.
   *
   * @return the default normalizer, if any
   */
  public abstract Optional<StrategySpec> defaultNormalizer();

  /**
   * The aggregator of inner nodes that name none.
   *
   * @return the default aggregator; when absent, the weighted mean
   */
  public abstract Optional<StrategySpec> defaultAggregator();

  /**
   * The data-preparation steps, in order.
   *
   * @return the steps, possibly none
   */
  public abstract List<PipelineStep> pipeline();

  /**
   * The indicator tree, in file order: each node names its parent; exactly one, the root, has none.
   *
   * @return the nodes
   */
  public abstract List<Node> nodes();

  /**
   * Units scored as their members' weighted mean.
   *
   * @return the composites, possibly none
   */
  public abstract List<Composite> composites();

  /**
   * How units are ranked.
   *
   * @return the ranking; every unit together at the root by default
   */
  @Value.Default
  public Ranking ranking() {
    return Ranking.defaults();
  }

  /**
   * How units are graded.
   *
   * @return the grades, if the methodology grades
   */
  public abstract Optional<Grades> grades();

  /**
   * How the units' heads are graded from the units' grades.
   *
   * @return the heads' scheme, if the methodology grades heads; it needs {@link #grades()}
   */
  public abstract Optional<Heads> heads();

  /**
   * Decimal places of presented scores (rounded half up, 四舍五入), unless a node says otherwise. Scores are kept
   * unrounded; rounding is only for presentation.
   *
   * @return 0 to 10; 2 by default
   */
  @Value.Default
  public int decimals() {
    return 2;
  }

  /**
   * A node by id.
   *
   * @param id the node's id
   * @return the node, if the methodology has it
   */
  public Optional<Node> node(String id) {
    Integer i = index().get(id);
    return i == null ? Optional.empty() : Optional.of(nodes().get(i));
  }

  /**
   * The root node's id.
   *
   * @return the id of the node without a parent
   */
  public String root() {
    for (Node n : nodes()) {
      if (n.parent().isEmpty()) {
        return n.id();
      }
    }
    throw new IllegalStateException("no root");
  }

  /**
   * A node's children, in file order.
   *
   * @param id a node's id
   * @return the nodes naming it as their parent
   */
  public List<Node> children(String id) {
    List<Integer> kids = childIndex().get(id);
    if (kids == null) {
      return List.of();
    }
    List<Node> out = new ArrayList<>(kids.size());
    kids.forEach(k -> out.add(nodes().get(k)));
    return out;
  }

  /**
   * The position of each node in {@link #nodes()}, by id.
   *
   * @return id → index
   */
  @Value.Lazy
  Map<String, Integer> index() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < nodes().size(); i++) {
      out.putIfAbsent(nodes().get(i).id(), i);
    }
    return Collections.unmodifiableMap(out);
  }

  @Value.Lazy
  Map<String, List<Integer>> childIndex() {
    Map<String, List<Integer>> out = new HashMap<>();
    for (int i = 0; i < nodes().size(); i++) {
      int k = i;
      nodes().get(i).parent().ifPresent(p -> out.computeIfAbsent(p, x -> new ArrayList<>()).add(k));
    }
    return out;
  }

  /**
   * This methodology without some nodes: each with everything under it, inner nodes left without children,
   * cross-cutting nodes left without members, members removed from the cross-cutting nodes that keep others, and
   * the references to what was removed (pipeline indicator lists and treatment overrides, composites' nodes,
   * quantile nodes; a denominate or survey step when nothing is left for it).
   *
   * @param ids the nodes to leave out; none may be the root
   * @return the methodology without them
   * @throws io.github.bizenv.scoring.ValidationException if a node is unknown or is the root, or the ranking,
   *     grades or a screening step named a node removed
   */
  public Methodology without(java.util.Collection<String> ids) {
    Check c = new Check();
    for (String id : ids) {
      c.require(index().containsKey(id), Problem.UNKNOWN_REFERENCE, "", "node " + Codes.quote(id)
          + " is not a node of methodology " + Codes.quote(id()));
      c.require(!id.equals(root()), Problem.INCONSISTENT, "", "the root " + Codes.quote(id) + " cannot be left out");
    }
    c.throwIfAny("Methodology " + Codes.quote(id()));
    java.util.Set<String> gone = new java.util.HashSet<>();
    for (Node n : nodes()) {
      for (Optional<String> a = Optional.of(n.id()); a.isPresent(); a = node(a.get()).flatMap(Node::parent)) {
        if (ids.contains(a.get())) {
          gone.add(n.id());
          break;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : nodes()) {
        if (gone.contains(n.id())) {
          continue;
        }
        boolean empty = n.isCrossCutting() ? n.members().keySet().stream().allMatch(gone::contains)
            : n.parent().isPresent() && !n.isLeaf() && children(n.id()).stream().allMatch(k -> gone.contains(k.id()));
        if (empty) {
          gone.add(n.id());
          changed = true;
        }
      }
    }
    List<Node> kept = new ArrayList<>();
    nodes().forEach(n -> {
      if (gone.contains(n.id())) {
        return;
      }
      if (n.isCrossCutting() && n.members().keySet().stream().anyMatch(gone::contains)) {
        Map<String, Double> left = new LinkedHashMap<>(n.members());
        left.keySet().removeAll(gone);
        kept.add(ImmutableNode.copyOf(n).withMembers(left));
      } else {
        kept.add(n);
      }
    });
    List<PipelineStep> steps = new ArrayList<>();
    boolean anyDenominator = kept.stream().anyMatch(n -> n.denominator().isPresent());
    for (PipelineStep s : pipeline()) {
      if (s instanceof Impute && ((Impute) s).indicators().isPresent()) {
        java.util.Set<String> left = new java.util.LinkedHashSet<>(((Impute) s).indicators().get());
        left.removeAll(gone);
        if (left.isEmpty()) {
          continue;
        }
        s = ImmutableImpute.copyOf((Impute) s).withIndicators(left);
      } else if (s instanceof Survey) {
        java.util.Set<String> left = new java.util.LinkedHashSet<>(((Survey) s).indicators());
        left.removeAll(gone);
        if (left.isEmpty()) {
          continue;
        }
        s = ImmutableSurvey.copyOf((Survey) s).withIndicators(left);
      } else if (s instanceof Treat) {
        Map<String, TreatmentOverride> o = new LinkedHashMap<>(((Treat) s).overrides());
        o.keySet().removeAll(gone);
        s = ImmutableTreat.copyOf((Treat) s).withOverrides(o);
      } else if (s instanceof Denominate && !anyDenominator) {
        continue;
      }
      steps.add(s);
    }
    List<Composite> comps = new ArrayList<>();
    for (Composite comp : composites()) {
      if (comp.nodes().isPresent()) {
        List<String> left = new ArrayList<>(comp.nodes().get());
        left.removeAll(gone);
        if (left.isEmpty()) {
          continue;
        }
        comp = ImmutableComposite.copyOf(comp).withNodes(left);
      }
      comps.add(comp);
    }
    Ranking ranking = ranking();
    if (ranking.quantiles().isPresent() && ranking.quantiles().get().nodes().stream().anyMatch(gone::contains)) {
      List<String> left = new ArrayList<>(ranking.quantiles().get().nodes());
      left.removeAll(gone);
      ranking = ImmutableRanking.copyOf(ranking).withQuantiles(ImmutableQuantiles.copyOf(ranking.quantiles().get())
          .withNodes(left));
    }
    return ImmutableMethodology.copyOf(this).withNodes(kept).withPipeline(steps).withComposites(comps)
        .withRanking(ranking);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMethodology.Builder builder() {
    return ImmutableMethodology.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.id("/id", id(), "methodology");
    c.text("/data/unitColumn", unitColumn(), "the unit column");
    periodColumn().ifPresent(p -> c.text("/data/periodColumn", p, "the period column"));
    c.require(decimals() >= 0 && decimals() <= 10, Problem.OUT_OF_RANGE, "/rounding/decimals",
        "decimals " + decimals() + " is outside 0..10");
    tree(c);
    Map<String, Integer> index = index();
    ranking().node().ifPresent(n -> nodeRef(c, index, n, "/ranking/node"));
    ranking().quantiles().ifPresent(q -> {
      for (int k = 0; k < q.nodes().size(); k++) {
        nodeRef(c, index, q.nodes().get(k), "/ranking/quantiles/nodes/" + k);
      }
    });
    grades().flatMap(Grades::node).ifPresent(n -> nodeRef(c, index, n, "/grades/node"));
    heads().ifPresent(h -> heads(c, h));
    pipeline(c, index);
    for (int k = 0; k < composites().size(); k++) {
      Composite comp = composites().get(k);
      int kk = k;
      comp.nodes().ifPresent(ns -> {
        for (int j = 0; j < ns.size(); j++) {
          nodeRef(c, index, ns.get(j), "/composites/" + kk + "/nodes/" + j);
        }
      });
      for (int j = 0; j < k; j++) {
        c.require(!composites().get(j).unit().equals(comp.unit()), Problem.DUPLICATE_ID, "/composites/" + k + "/unit",
            "composite unit " + Codes.quote(comp.unit()) + " is declared twice");
      }
      for (int j = 0; j < comp.members().size(); j++) {
        String member = comp.members().get(j).unit();
        c.require(composites().stream().noneMatch(other -> other.unit().equals(member)), Problem.INCONSISTENT,
            "/composites/" + k + "/members/" + j + "/unit", "member " + Codes.quote(member) + " of composite "
                + Codes.quote(comp.unit()) + " is a composite itself; a composite's members are units with data");
      }
    }
    c.throwIfAny("Methodology " + Codes.quote(id()));
  }

  private void heads(Check c, Heads h) {
    if (grades().isEmpty()) {
      c.require(false, Problem.INCONSISTENT, "/heads", "the heads' grades derive from the units' grades, but the "
          + "methodology has no \"grades\"");
      return;
    }
    Grades g = grades().get();
    List<String> bands = new ArrayList<>();
    g.bands().forEach(b -> bands.add(b.name()));
    h.from().keySet().forEach(unit -> c.require(g.indexOf(unit) >= 0, Problem.UNKNOWN_REFERENCE,
        "/heads/from/" + Check.escape(unit), "unit grade " + Codes.quote(unit) + " is not one of " + bands));
    for (String band : bands) {
      c.require(h.from().containsKey(band), Problem.MISSING_FIELD, "/heads/from", "unit grade " + Codes.quote(band)
          + " has no head grade");
    }
  }

  private void nodeRef(Check c, Map<String, Integer> index, String id, String path) {
    c.require(index.containsKey(id), Problem.UNKNOWN_REFERENCE, path, "node " + Codes.quote(id)
        + " is not a node of /nodes");
  }

  private void leafRef(Check c, Map<String, Integer> index, String id, String path) {
    Integer i = index.get(id);
    c.require(i != null && nodes().get(i).isLeaf(), Problem.UNKNOWN_REFERENCE, path, Codes.quote(id)
        + " is not a leaf of /nodes");
  }

  private void pipeline(Check c, Map<String, Integer> index) {
    boolean denominate = false;
    boolean others = false;
    Map<String, Integer> surveyed = new HashMap<>();
    for (int k = 0; k < pipeline().size(); k++) {
      PipelineStep s = pipeline().get(k);
      String p = "/pipeline/" + k;
      if (s instanceof Survey) {
        c.require(!others, Problem.ORDER, p, "a survey step must come before the other steps of the pipeline: it "
            + "makes the unit values they prepare");
        int j = 0;
        for (String id : ((Survey) s).indicators()) {
          leafRef(c, index, id, p + "/indicators/" + j);
          Integer before = surveyed.putIfAbsent(id, k);
          c.require(before == null, Problem.INCONSISTENT, p + "/indicators/" + j, "leaf " + Codes.quote(id)
              + " is already aggregated by survey step " + before);
          j++;
        }
        continue;
      }
      others = true;
      if (s instanceof Denominate) {
        denominate = true;
        c.require(nodes().stream().anyMatch(n -> n.denominator().isPresent()), Problem.INCONSISTENT, p,
            "the pipeline denominates, but no leaf names a denominator");
      } else if (s instanceof Impute) {
        ((Impute) s).indicators().ifPresent(ids -> {
          int j = 0;
          for (String id : ids) {
            leafRef(c, index, id, p + "/indicators/" + j++);
          }
        });
      } else if (s instanceof Screen) {
        ((Screen) s).node().ifPresent(n -> nodeRef(c, index, n, p + "/node"));
      } else if (s instanceof Treat) {
        ((Treat) s).overrides().keySet().forEach(id -> leafRef(c, index, id, p + "/overrides/" + Check.escape(id)));
      }
    }
    if (!denominate) {
      for (int i = 0; i < nodes().size(); i++) {
        c.require(nodes().get(i).denominator().isEmpty(), Problem.INCONSISTENT, "/nodes/" + i + "/denominator",
            "leaf " + Codes.quote(nodes().get(i).id()) + " names a denominator, but the pipeline has no denominate step");
      }
    }
  }

  /**
   * Checks the tree: unique ids, known parents, one root, no cycles, leaves without children, bounded depth; and
   * the cross-cutting nodes: known members, no children, and no node depending on itself through members and
   * children.
   */
  private void tree(Check c) {
    List<Node> nodes = nodes();
    if (nodes.isEmpty()) {
      c.add(Problem.MISSING_FIELD, "/nodes", "a methodology needs at least one node");
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Integer before = first.putIfAbsent(nodes.get(i).id(), i);
      c.require(before == null, Problem.DUPLICATE_ID, "/nodes/" + i + "/id", "node id " + Codes.quote(nodes.get(i).id())
          + " is used more than once in /nodes");
    }
    List<Integer> roots = new ArrayList<>();
    Map<Integer, List<Integer>> children = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (first.get(n.id()) != i) {
        continue; // a duplicate, reported above; the first node of that id is the one in the tree
      }
      if (n.parent().isEmpty()) {
        if (!n.isCrossCutting()) {
          roots.add(i);
        }
      } else if (!first.containsKey(n.parent().get())) {
        c.add(Problem.UNKNOWN_REFERENCE, "/nodes/" + i + "/parent", "parent " + Codes.quote(n.parent().get())
            + " is not a node of /nodes");
      } else {
        children.computeIfAbsent(first.get(n.parent().get()), k -> new ArrayList<>()).add(i);
      }
      int k = 0;
      for (String member : n.members().keySet()) {
        c.require(first.containsKey(member), Problem.UNKNOWN_REFERENCE, "/nodes/" + i + "/members/" + k,
            "member " + Codes.quote(member) + " of cross-cutting node " + Codes.quote(n.id()) + " is not a node of /nodes");
        k++;
      }
    }
    for (int r = 1; r < roots.size(); r++) {
      c.add(Problem.INCONSISTENT, "/nodes/" + roots.get(r) + "/parent", "node " + Codes.quote(nodes.get(roots.get(r)).id())
          + " has no parent, but " + Codes.quote(nodes.get(roots.get(0)).id())
          + " is already the root; every other node needs a parent (only a cross-cutting node may stand apart)");
    }
    if (roots.isEmpty()) {
      c.add(Problem.CYCLE, "/nodes", "no node is the root (a node without a parent that is not cross-cutting): "
          + "the parents form a cycle");
    }
    // Reach every node from the root, iteratively, measuring depth; views (cross-cutting nodes without a parent)
    // stand apart and are reached by themselves.
    int[] depth = new int[nodes.size()];
    boolean[] reached = new boolean[nodes.size()];
    Deque<Integer> stack = new ArrayDeque<>();
    if (!roots.isEmpty()) {
      stack.push(roots.get(0));
      depth[roots.get(0)] = 1;
      reached[roots.get(0)] = true;
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (first.get(nodes.get(i).id()) == i && nodes.get(i).parent().isEmpty() && nodes.get(i).isCrossCutting()) {
        stack.push(i);
        depth[i] = 1;
        reached[i] = true;
      }
    }
    int deepest = -1;
    while (!stack.isEmpty()) {
      int i = stack.pop();
      for (int k : children.getOrDefault(i, List.of())) {
        if (!reached[k]) {
          reached[k] = true;
          depth[k] = depth[i] + 1;
          if (depth[k] > MAX_DEPTH && deepest < 0) {
            deepest = k;
          }
          stack.push(k);
        }
      }
    }
    if (deepest >= 0) {
      c.add(Problem.LIMIT, "/nodes/" + deepest + "/parent", "node " + Codes.quote(nodes.get(deepest).id())
          + " is more than " + MAX_DEPTH + " levels below the root; a tree may have at most " + MAX_DEPTH + " levels");
    }
    boolean parentCycle = false;
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (first.get(n.id()) != i) {
        continue;
      }
      if (!reached[i] && n.parent().isPresent() && first.containsKey(n.parent().get())) {
        List<String> chain = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        Integer cur = i;
        while (cur != null && seen.add(cur)) {
          chain.add(nodes.get(cur).id());
          cur = nodes.get(cur).parent().map(first::get).orElse(null);
        }
        if (cur != null && cur == i) {
          chain.add(n.id());
          c.add(Problem.CYCLE, "/nodes/" + i + "/parent", "nodes form a cycle: " + String.join(" → ", chain));
          parentCycle = true;
        }
      }
      int kids = children.getOrDefault(i, List.of()).size();
      if (n.isCrossCutting() && kids > 0) {
        c.add(Problem.INCONSISTENT, "/nodes/" + i, "cross-cutting node " + Codes.quote(n.id()) + " aggregates its "
            + "members, so no node may name it as parent, but " + kids + " do");
      } else if (n.isLeaf() && kids > 0) {
        c.add(Problem.INCONSISTENT, "/nodes/" + i, "node " + Codes.quote(n.id()) + " has a source or normalizer, so it is "
            + "a leaf, but " + (kids == 1 ? "a node names" : kids + " nodes name") + " it as its parent");
      }
      if (!n.isLeaf() && !n.isCrossCutting() && kids == 0) {
        c.add(Problem.INCONSISTENT, "/nodes/" + i, n.aggregator().isPresent()
            ? "inner node " + Codes.quote(n.id()) + " has an aggregator but no children"
            : "node " + Codes.quote(n.id()) + " has neither children nor a source");
      }
      if (n.isLeaf() && n.normalizer().isEmpty() && defaultNormalizer().isEmpty()) {
        c.add(Problem.MISSING_FIELD, "/nodes/" + i + "/normalizer", "leaf " + Codes.quote(n.id()) + " needs a normalizer "
            + "(or the methodology a default one in /defaults/normalizer)");
      }
    }
    if (!parentCycle && deepest < 0) {
      dependencies(c, nodes, first, children); // a tree too deep is one problem, not also a chain too long
    }
  }

  /**
   * Checks that no node depends on itself through members and children, and that no chain of dependencies is
   * deeper than {@link #MAX_DEPTH}: an iterative depth-first search over children and members.
   */
  private static void dependencies(Check c, List<Node> nodes, Map<String, Integer> first,
      Map<Integer, List<Integer>> children) {
    int n = nodes.size();
    List<List<Integer>> deps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<Integer> d = new ArrayList<>(children.getOrDefault(i, List.of()));
      nodes.get(i).members().keySet().forEach(m -> {
        if (first.containsKey(m)) {
          d.add(first.get(m)); // unknown members are reported by the tree check
        }
      });
      deps.add(d);
    }
    int[] state = new int[n]; // 0 unseen, 1 on the stack, 2 done
    int[] height = new int[n];
    int[] from = new int[n];
    for (int start = 0; start < n; start++) {
      if (state[start] != 0 || first.get(nodes.get(start).id()) != start) {
        continue;
      }
      Deque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {start, 0});
      state[start] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        int i = top[0];
        List<Integer> d = deps.get(i);
        if (top[1] < d.size()) {
          int k = d.get(top[1]++);
          if (state[k] == 0) {
            state[k] = 1;
            from[k] = i;
            stack.push(new int[] {k, 0});
          } else if (state[k] == 1) {
            List<String> chain = new ArrayList<>();
            for (int x = i; x != k; x = from[x]) {
              chain.add(nodes.get(x).id());
            }
            chain.add(nodes.get(k).id());
            java.util.Collections.reverse(chain);
            chain.add(nodes.get(k).id());
            int member = new ArrayList<>(nodes.get(i).members().keySet()).indexOf(nodes.get(k).id());
            c.add(Problem.CYCLE, member >= 0 ? "/nodes/" + i + "/members/" + member : "/nodes/" + k + "/parent",
                "node " + Codes.quote(nodes.get(k).id()) + " depends on itself through members and children: "
                + String.join(" → ", chain));
            return;
          } else if (height[k] + 1 > height[i]) {
            height[i] = height[k] + 1;
          }
        } else {
          state[i] = 2;
          stack.pop();
          if (!stack.isEmpty()) {
            int parent = stack.peek()[0];
            height[parent] = Math.max(height[parent], height[i] + 1);
          }
          if (height[i] + 1 > MAX_DEPTH) {
            c.add(Problem.LIMIT, "/nodes/" + i, "node " + Codes.quote(nodes.get(i).id()) + " depends on a chain of more "
                + "than " + MAX_DEPTH + " nodes through members and children; at most " + MAX_DEPTH + " are allowed");
            return;
          }
        }
      }
    }
  }
}
