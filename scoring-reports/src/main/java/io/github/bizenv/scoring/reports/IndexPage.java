package io.github.bizenv.scoring.reports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.analysis.RankStatistics;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** A composite index: ranking, a unit's profile, the distribution of each pillar, rank intervals, the tree. */
final class IndexPage {

  private IndexPage() {}

  static Page of(Evaluation e, UncertaintyResult u, String unit, Texts t) {
    Words w = Words.of(t);
    Plan plan = e.plan();
    String root = plan.root();
    List<String> ranked = e.ranked().isEmpty() ? e.units() : e.ranked();
    if (ranked.isEmpty()) {
      throw new IllegalArgumentException("evaluation of " + plan.id() + " has no units");
    }
    String leader = ranked.get(0);
    String focus = unit == null ? leader : unit;
    if (!e.units().contains(focus)) {
      throw new IllegalArgumentException("unit " + focus + " is not in the evaluation of " + plan.id());
    }
    Html h = new Html("index", t.name(plan.name()), w);
    plan.methodology().description().ifPresent(h::subtitle);
    h.subtitle(w.get("index.subtitle", e.period().map(Object::toString).orElse("—"), e.units().size(),
        plan.leavesUnder(root).size()));
    h.figures(List.of(new String[] {w.get("figure.units-ranked"), String.valueOf(ranked.size())},
        new String[] {w.get("figure.indicators"), String.valueOf(plan.leavesUnder(root).size())},
        new String[] {w.get("figure.leader"), leader + " " + Charts.two(e.score(leader).getAsDouble())},
        new String[] {w.get("figure.focus"), focus + " #" + e.rank(focus).orElse(0)}));

    // The ranking.
    h.section(w.get("index.ranking.title"));
    Table.Builder rt = Table.builder("index.ranking", w.get("index.ranking.chart", t.name(plan.name())));
    rt.column("rank", t.get("header.rank"), Table.Kind.INTEGER)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("score", t.get("header.score"), Table.Kind.NUMBER, plan.decimals(root));
    List<Double> scores = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    for (String x : ranked) {
      double s = e.score(x).getAsDouble();
      rt.row(e.rank(x).isPresent() ? (Object) e.rank(x).getAsInt() : null, x, s);
      scores.add(s);
      colors.add(x.equals(focus) ? Charts.RED : Charts.NEUTRAL);
    }
    rt.note(w.get("index.ranking.note", focus));
    List<String> labels = scores.stream().map(s -> Texts.number(s, 1)).collect(Collectors.toList());
    h.chart(rt.build(), Charts.bars(ranked, scores, colors, labels, t.get("header.score"), null, null),
        40 + 16 * ranked.size(), false);

    // The unit's profile against the leader and the median.
    List<String> axes = plan.children(root);
    if (axes.size() < 3) {
      List<String> deeper = new ArrayList<>();
      axes.forEach(a -> deeper.addAll(plan.isLeaf(a) ? List.of(a) : plan.children(a)));
      axes = deeper;
    }
    h.section(w.get("index.profile.title", focus));
    h.para(w.get("index.profile.lead", focus, leader));
    Table.Builder pt = Table.builder("index.profile", w.get("index.profile.chart", focus));
    pt.column("node", t.get("header.node"), Table.Kind.TEXT)
        .column("unit", focus, Table.Kind.NUMBER, 2)
        .column("leader", w.get("index.leader", leader), Table.Kind.NUMBER, 2)
        .column("median", w.get("index.median"), Table.Kind.NUMBER, 2);
    List<String> axisNames = new ArrayList<>();
    List<Double> maxima = new ArrayList<>();
    List<Double> pu = new ArrayList<>();
    List<Double> pl = new ArrayList<>();
    List<Double> pm = new ArrayList<>();
    List<double[]> boxes = new ArrayList<>();
    for (String n : axes) {
      String name = plan.nodeName(n).map(t::name).orElse(n);
      double[] col = column(e, n);
      double[] q = quartiles(col);
      axisNames.add(name);
      double top = col.length == 0 ? 1 : Arrays.stream(col).max().getAsDouble();
      double range = plan.range(n).max();
      maxima.add(Double.isFinite(range) && range > 0 && range >= top ? range : niceMax(top));
      Double vu = value(e, focus, n);
      Double vl = value(e, leader, n);
      pu.add(vu);
      pl.add(vl);
      pm.add(q == null ? null : q[2]);
      boxes.add(q == null ? new double[] {0, 0, 0, 0, 0} : q);
      pt.row(name, vu, vl, q == null ? null : (Object) q[2]);
    }
    h.chart(pt.build(), Charts.radar(axisNames, maxima, List.of(focus, w.get("index.leader", leader),
        w.get("index.median")), List.of(pu, pl, pm), List.of(Charts.RED, Charts.ACCENT, "#8a9099")), 420, false);

    // The distribution of each pillar.
    h.section(w.get("index.distribution.title"));
    h.para(w.get("index.distribution.lead", focus));
    Table.Builder dt = Table.builder("index.distribution", w.get("index.distribution.chart"));
    dt.column("node", t.get("header.node"), Table.Kind.TEXT)
        .column("min", w.get("header.min"), Table.Kind.NUMBER, 2)
        .column("q1", w.get("header.q1"), Table.Kind.NUMBER, 2)
        .column("median", w.get("index.median"), Table.Kind.NUMBER, 2)
        .column("q3", w.get("header.q3"), Table.Kind.NUMBER, 2)
        .column("max", w.get("header.max"), Table.Kind.NUMBER, 2)
        .column("unit", focus, Table.Kind.NUMBER, 2);
    for (int i = 0; i < axes.size(); i++) {
      double[] q = boxes.get(i);
      dt.row(axisNames.get(i), q[0], q[1], q[2], q[3], q[4], pu.get(i));
    }
    dt.note(w.get("index.distribution.note"));
    h.chart(dt.build(), Charts.boxplots(axisNames, boxes, focus, pu, t.get("header.score")), 380, true);

    // Rank intervals.
    if (u != null) {
      h.section(w.get("index.uncertainty.title"));
      h.para(w.get("index.uncertainty.lead", u.replications()));
      List<RankStatistics> stats = u.rankStatistics().stream()
          .filter(s -> s.nominalRank().isPresent() && s.rank5().isPresent() && s.rank95().isPresent())
          .sorted(Comparator.comparingInt((RankStatistics s) -> s.nominalRank().getAsInt())
              .thenComparing(RankStatistics::unit))
          .collect(Collectors.toList());
      Table.Builder ut = Table.builder("index.uncertainty", w.get("index.uncertainty.chart"));
      ut.column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
          .column("nominal", w.get("header.nominal-rank"), Table.Kind.INTEGER)
          .column("median", w.get("header.median-rank"), Table.Kind.NUMBER, 1)
          .column("rank5", w.get("header.rank5"), Table.Kind.NUMBER, 1)
          .column("rank95", w.get("header.rank95"), Table.Kind.NUMBER, 1);
      List<String> us = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      List<Double> nom = new ArrayList<>();
      List<Double> med = new ArrayList<>();
      for (RankStatistics s : stats) {
        us.add(s.unit());
        lo.add(s.rank5().getAsDouble());
        hi.add(s.rank95().getAsDouble());
        nom.add((double) s.nominalRank().getAsInt());
        med.add(s.medianRank().orElse(s.nominalRank().getAsInt()));
        ut.row(s.unit(), s.nominalRank().getAsInt(), s.medianRank().isPresent() ? (Object) s.medianRank().getAsDouble()
            : null, s.rank5().getAsDouble(), s.rank95().getAsDouble());
      }
      if (!u.failures().isEmpty()) {
        ut.note(w.get("index.uncertainty.failures", u.failures().size()));
      }
      h.chart(ut.build(), Charts.rankIntervals(us, lo, hi, nom, med, List.of(t.get("header.rank"),
          w.get("index.interval"), w.get("index.nominal"), w.get("index.median-rank")), stats.size()),
          50 + 16 * us.size(), false);
    }

    // The methodology tree.
    h.section(w.get("index.tree.title"));
    h.para(w.get("index.tree.lead"));
    Map<String, Double> effective = plan.effectiveWeights();
    Table.Builder tt = Table.builder("index.tree", w.get("index.tree.chart", t.name(plan.name())));
    tt.column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("parent", w.get("header.parent"), Table.Kind.TEXT)
        .column("weight", t.get("header.weight"), Table.Kind.NUMBER, 3)
        .column("effective", w.get("header.effective-weight"), Table.Kind.PERCENT, 2)
        .column("method", t.get("header.method"), Table.Kind.TEXT);
    for (String n : plan.nodesTopDown()) {
      StrategySpec s = plan.strategy(n);
      tt.row(n, plan.nodeName(n).map(t::name).orElse(n), plan.parent(n).orElse(""),
          plan.parent(n).isPresent() ? (Object) plan.weight(n) : null,
          effective.containsKey(n) ? (Object) (effective.get(n) * 100) : null, s == null ? "" : s.name());
    }
    int leaves = plan.leavesUnder(root).size();
    h.chart(tt.build(), Charts.tree(tree(plan, root, effective, t)), Math.max(320, 40 + 17 * leaves), true);
    return h.build(w.get("index.footer"));
  }

  private static ObjectNode tree(Plan plan, String node, Map<String, Double> effective, Texts t) {
    ObjectNode o = Charts.object();
    String name = plan.nodeName(node).map(t::name).orElse(node);
    Double ew = effective.get(node);
    o.put("name", plan.isLeaf(node) || ew == null ? name : name + " " + Texts.number(ew * 100, 1) + "%");
    if (ew != null) {
      o.put("value", Charts.num(ew * 100));
    }
    if (!plan.isLeaf(node)) {
      var children = o.putArray("children");
      for (String c : plan.children(node)) {
        children.add(tree(plan, c, effective, t));
      }
    }
    return o;
  }

  private static Double value(Evaluation e, String unit, String node) {
    OptionalDouble v = e.score(unit, node);
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static double[] column(Evaluation e, String node) {
    return e.units().stream().map(x -> e.score(x, node)).filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble).sorted().toArray();
  }

  /** Min, first quartile, median, third quartile and max, quantiles as R's type 7 (COINr's and boxplot's). */
  static double[] quartiles(double[] sorted) {
    if (sorted.length == 0) {
      return null;
    }
    return new double[] {sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75),
        sorted[sorted.length - 1]};
  }

  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double niceMax(double top) {
    if (top <= 0) {
      return 1;
    }
    double mag = Math.pow(10, Math.floor(Math.log10(top)));
    return Math.ceil(top / mag * 2) / 2 * mag;
  }
}
