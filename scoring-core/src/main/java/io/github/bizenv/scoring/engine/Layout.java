package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.methodology.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which a plan evaluates its nodes: every node after the nodes it aggregates — its children, or the
 * members of a cross-cutting node. A depth-first walk from the root, children in file order and then members, each
 * node written after everything it depends on; then the same from each view (a cross-cutting node without a
 * parent), in file order. A methodology without cross-cutting nodes gets its tree in post-order, the root last. The
 * methodology model has already rejected cycles.
 */
final class Layout {

  private Layout() {}

  /**
   * The evaluation order.
   *
   * @param nodes the methodology's nodes, checked
   * @return the nodes' indices in {@code nodes}, in evaluation order
   */
  static int[] order(List<Node> nodes) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, List<Integer>> kids = new HashMap<>();
    int root = -1;
    List<Integer> views = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      index.put(n.id(), i);
      if (n.parent().isPresent()) {
        kids.computeIfAbsent(n.parent().get(), x -> new ArrayList<>()).add(i);
      } else if (n.isCrossCutting()) {
        views.add(i);
      } else {
        root = i;
      }
    }
    List<List<Integer>> deps = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      List<Integer> d = new ArrayList<>(kids.getOrDefault(n.id(), List.of()));
      n.members().keySet().forEach(m -> d.add(index.get(m)));
      deps.add(d);
    }
    int[] out = new int[nodes.size()];
    boolean[] done = new boolean[nodes.size()];
    int at = 0;
    List<Integer> starts = new ArrayList<>();
    starts.add(root);
    starts.addAll(views);
    for (int start : starts) {
      if (done[start]) {
        continue;
      }
      Deque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {start, 0});
      done[start] = true;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<Integer> d = deps.get(top[0]);
        if (top[1] < d.size()) {
          int k = d.get(top[1]++);
          if (!done[k]) {
            done[k] = true;
            stack.push(new int[] {k, 0});
          }
        } else {
          out[at++] = top[0];
          stack.pop();
        }
      }
    }
    return out;
  }
}
