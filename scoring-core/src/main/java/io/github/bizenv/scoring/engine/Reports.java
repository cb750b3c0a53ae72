package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.internal.Csv;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** CSV, JSON and text renderings of an evaluation, with the methodology's presentation rounding. */
final class Reports {

  private Reports() {}

  static String round(double v, int decimals) {
    return Numbers.rounded(v, decimals);
  }

  static String csv(Evaluation e) {
    Plan p = e.plan();
    List<String> nodes = p.nodesTopDown();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add("unit");
    header.addAll(nodes);
    header.addAll(List.of("group", "rank", "grade"));
    List<String> quantiles = e.quantileNodes();
    List<java.util.Map<String, Integer>> groups = new ArrayList<>();
    for (String q : quantiles) {
      header.add("quantile." + q);
      groups.add(e.quantiles(q));
    }
    rows.add(header);
    for (String u : e.units()) {
      List<String> row = new ArrayList<>();
      row.add(u);
      for (String n : nodes) {
        OptionalDouble s = e.score(u, n);
        row.add(s.isPresent() ? round(s.getAsDouble(), p.decimals(p.node(n))) : "");
      }
      row.add(e.group(u).orElse(""));
      row.add(e.rank(u).isPresent() ? Integer.toString(e.rank(u).getAsInt()) : "");
      row.add(e.grade(u).orElse(""));
      for (java.util.Map<String, Integer> g : groups) {
        row.add(g.containsKey(u) ? Integer.toString(g.get(u)) : "");
      }
      rows.add(row);
    }
    return Csv.write(rows);
  }

  static String json(Evaluation e) {
    Plan p = e.plan();
    ObjectNode o = Json.object();
    o.put("schema", "bizenv.evaluation/1");
    o.put("methodology", p.id());
    e.period().ifPresent(per -> o.put("period", per.toString()));
    ArrayNode units = o.putArray("units");
    List<String> quantiles = e.quantileNodes();
    List<java.util.Map<String, Integer>> groups = new ArrayList<>();
    quantiles.forEach(q -> groups.add(e.quantiles(q)));
    for (String u : e.units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u);
      e.group(u).ifPresent(g -> n.put("group", g));
      e.rank(u).ifPresent(r -> n.put("rank", r));
      e.grade(u).ifPresent(g -> n.put("grade", g));
      if (!quantiles.isEmpty()) {
        ObjectNode q = n.putObject("quantiles");
        for (int k = 0; k < quantiles.size(); k++) {
          Integer g = groups.get(k).get(u);
          if (g != null) {
            q.put(quantiles.get(k), g);
          } else {
            q.putNull(quantiles.get(k));
          }
        }
      }
      ObjectNode scores = n.putObject("scores");
      for (String node : p.nodesTopDown()) {
        OptionalDouble s = e.score(u, node);
        if (s.isPresent()) {
          scores.set(node, Json.NODES.numberNode(new BigDecimal(round(s.getAsDouble(), p.decimals(p.node(node))))));
        } else {
          scores.putNull(node);
        }
      }
    }
    return new Json(DocumentLimits.defaults()).write(o);
  }

  static String table(Evaluation e) {
    Plan p = e.plan();
    List<String> cols = new ArrayList<>();
    cols.add(p.root());
    cols.addAll(p.children(p.root()));
    List<String> units = new ArrayList<>(e.units());
    units.sort(Comparator.comparing((String u) -> e.group(u).orElse(""))
        .thenComparing(u -> e.rank(u).isPresent() ? e.rank(u).getAsInt() : Integer.MAX_VALUE)
        .thenComparing(u -> u));
    int w = 4;
    for (String u : units) {
      w = Math.max(w, u.length());
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%-" + w + "s %5s", "unit", "rank"));
    for (String c : cols) {
      sb.append(' ').append(String.format("%10s", c.length() > 10 ? c.substring(0, 10) : c));
    }
    sb.append("  grade\n");
    for (String u : units) {
      sb.append(String.format("%-" + w + "s %5s", u, e.rank(u).isPresent() ? e.rank(u).getAsInt() : "-"));
      for (String c : cols) {
        OptionalDouble s = e.score(u, c);
        sb.append(' ').append(String.format("%10s", s.isPresent() ? round(s.getAsDouble(), p.decimals(p.node(c))) : "-"));
      }
      sb.append("  ").append(e.grade(u).orElse("")).append('\n');
    }
    return sb.toString();
  }
}
