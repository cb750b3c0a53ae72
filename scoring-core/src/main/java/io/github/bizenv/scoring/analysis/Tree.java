package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Direction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a plan's tree as the analyses see it: parents, children, COINr levels (leaves are level 1, a node
 * is one above its highest child), leaf directions and declared weights.
 */
final class Tree {

  final Plan plan;
  final String root;
  final List<String> topDown;
  final Map<String, String> parent = new HashMap<>();
  final Map<String, List<String>> children = new HashMap<>();
  final Map<String, Integer> level = new HashMap<>();
  final Map<String, Direction> direction = new HashMap<>();
  final Map<String, Double> weight = new HashMap<>();
  final int maxLevel;

  Tree(Plan plan) {
    this.plan = plan;
    this.root = plan.root();
    this.topDown = plan.nodesTopDown();
    for (String n : plan.nodes()) {
      List<String> c = plan.children(n);
      children.put(n, c);
      for (String k : c) {
        parent.put(k, n);
      }
    }
    int max = 1;
    for (String n : plan.nodes()) {
      int l = plan.level(n); // a cross-cutting node is one above its highest member
      level.put(n, l);
      max = Math.max(max, l);
    }
    maxLevel = max;
    for (io.github.bizenv.scoring.methodology.Node n : plan.methodology().nodes()) {
      direction.put(n.id(), n.direction());
      weight.put(n.id(), n.weight());
    }
  }

  boolean isLeaf(String node) {
    return plan.isLeaf(node); // a cross-cutting node has no children but is no leaf
  }

  List<String> leaves() {
    List<String> out = new ArrayList<>();
    for (String n : topDown) {
      if (isLeaf(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** The nodes of a level under a node (itself included when it is of that level), top-down order. */
  List<String> atLevel(String under, int lev) {
    check(under);
    List<String> out = new ArrayList<>();
    collect(under, lev, out);
    return out;
  }

  private void collect(String n, int lev, List<String> out) {
    if (level.get(n) == lev) {
      out.add(n);
      return;
    }
    for (String c : children.get(n)) {
      collect(c, lev, out);
    }
  }

  /** The ancestor of a node at a level (the node itself when it is of that level), or null. */
  String ancestorAt(String node, int lev) {
    String n = node;
    while (n != null && level.get(n) < lev) {
      n = parent.get(n);
    }
    return n != null && level.get(n) == lev ? n : null;
  }

  void check(String node) {
    if (!children.containsKey(node)) {
      throw new IllegalArgumentException("node \"" + node + "\" is not in methodology \"" + plan.id() + "\"");
    }
  }

  void checkLevel(int lev) {
    if (lev < 1 || lev > maxLevel) {
      throw new IllegalArgumentException("level " + lev + " is outside 1.." + maxLevel + " (1 = indicators, "
          + maxLevel + " = " + root + ")");
    }
  }

  /** Nodes by level, each level's nodes in top-down order. */
  Map<Integer, List<String>> byLevel() {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    for (int l = 1; l <= maxLevel; l++) {
      out.put(l, new ArrayList<>());
    }
    for (String n : topDown) {
      out.get(level.get(n)).add(n);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return out;
  }
}
