package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/** CSV, JSON and text renderings of an evaluation, with the methodology's presentation rounding. */
final class Reports {

  private Reports() {}

  static String round(double v, int decimals) {
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static String cell(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  static String csv(Evaluation e) {
    Plan p = e.plan();
    List<String> nodes = p.nodesTopDown();
    StringBuilder sb = new StringBuilder("unit");
    for (String n : nodes) {
      sb.append(',').append(cell(n));
    }
    sb.append(",group,rank,grade\n");
    for (String u : e.units()) {
      sb.append(cell(u));
      for (String n : nodes) {
        OptionalDouble s = e.score(u, n);
        sb.append(',').append(s.isPresent() ? round(s.getAsDouble(), p.decimals[p.node(n)]) : "");
      }
      sb.append(',').append(cell(e.group(u).orElse(""))).append(',')
          .append(e.rank(u).isPresent() ? Integer.toString(e.rank(u).getAsInt()) : "").append(',')
          .append(cell(e.grade(u).orElse(""))).append('\n');
    }
    return sb.toString();
  }

  static String json(Evaluation e) {
    Plan p = e.plan();
    ObjectNode o = Json.object();
    o.put("schema", "bizenv.evaluation/1");
    o.put("methodology", p.id());
    o.put("period", e.period());
    ArrayNode units = o.putArray("units");
    for (String u : e.units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u);
      e.group(u).ifPresent(g -> n.put("group", g));
      e.rank(u).ifPresent(r -> n.put("rank", r));
      e.grade(u).ifPresent(g -> n.put("grade", g));
      ObjectNode scores = n.putObject("scores");
      for (String node : p.nodesTopDown()) {
        OptionalDouble s = e.score(u, node);
        if (s.isPresent()) {
          scores.set(node, Json.NODES.numberNode(new BigDecimal(round(s.getAsDouble(), p.decimals[p.node(node)]))));
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
    for (int c : p.children[p.n - 1]) {
      cols.add(p.ids[c]);
    }
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
        sb.append(' ').append(String.format("%10s", s.isPresent() ? round(s.getAsDouble(), p.decimals[p.node(c)]) : "-"));
      }
      sb.append("  ").append(e.grade(u).orElse("")).append('\n');
    }
    return sb.toString();
  }
}
