package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.GradeEdge;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.ScoreBasis;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.HeadGrade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The year-end results: per assessment and group, scores built up from their parts, then each unit's score card. */
final class YearEndPage {

  private YearEndPage() {}

  /** A rule's change of the root score. */
  static final class Step {
    final String rule;
    final double before;
    final double after;

    Step(String rule, double before, double after) {
      this.rule = rule;
      this.before = before;
      this.after = after;
    }
  }

  /** A unit's score built up from its parts. */
  static final class Build {
    final List<String> parts = new ArrayList<>();
    final List<Double> scores = new ArrayList<>();
    final List<Double> weights = new ArrayList<>();
    final List<Double> contributions = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    double subtotal;
    double score;
  }

  static Build build(Evaluation e, String unit, Texts t) {
    Plan p = e.plan();
    Explanation x = e.explain(unit, p.root());
    Build b = new Build();
    double sum = 0;
    for (Explanation c : x.children()) {
      b.parts.add(c.name().map(t::name).orElse(c.node()));
      OptionalDouble s = c.score();
      double wgt = c.weightUsed() == c.weightUsed() ? c.weightUsed() : 0;
      b.scores.add(s.isPresent() ? s.getAsDouble() : null);
      b.weights.add(s.isPresent() ? wgt : null);
      double v = s.isPresent() ? wgt * s.getAsDouble() : 0;
      b.contributions.add(v);
      sum += v;
    }
    for (RuleEffects.Effect r : RuleEffects.at(x)) {
      // An override can give a score to a node that had none (all its parts missing): from 0, then.
      b.steps.add(new Step(r.rule, r.before == r.before ? r.before : 0, r.after));
    }
    b.score = e.score(unit).getAsDouble();
    b.subtotal = b.steps.isEmpty() ? b.score : b.steps.get(0).before;
    // Scale the parts so that they add up to the score before the rules (the methodology's points or range).
    double k = sum == 0 ? 0 : b.subtotal / sum;
    for (int i = 0; i < b.contributions.size(); i++) {
      b.contributions.set(i, b.contributions.get(i) * k);
    }
    return b;
  }

  static Page of(Programme programme, List<Assessment> assessments, Texts t) {
    Words w = Words.of(t);
    Html h = new Html("year-end", w.get("year-end.title", t.name(programme.name())), w);
    h.subtitle(w.get("year-end.subtitle", w.date(programme.period().end())));
    List<String[]> figures = new ArrayList<>();
    for (Assessment a : assessments) {
      figures.add(new String[] {t.name(a.evaluation().plan().name()), w.get("figure.units",
          a.evaluation().units().size())});
    }
    h.figures(figures);
    for (Assessment a : assessments) {
      assessment(h, programme, a, w);
    }
    return h.build(w.get("page.footer", programme.period().end().toString()));
  }

  private static void assessment(Html h, Programme programme, Assessment a, Words w) {
    Texts t = w.texts();
    Evaluation e = a.evaluation();
    Plan plan = e.plan();
    Report report = Tables.assessment(a, programme, Integer.MAX_VALUE, t);
    h.section(report.title());
    h.para(w.get("year-end.lead"));
    quota(plan).ifPresent(q -> h.note(w.get("year-end.quota", t.grade(q.band()), Texts.number(q.maxShare() * 100, 1),
        w.get("rounding." + q.rounding().name())) + within(e, q, w)));
    List<String> groups = groups(e);
    Map<String, Build> builds = new LinkedHashMap<>();
    for (String g : groups) {
      for (String u : e.ranked(g)) {
        builds.put(u, build(e, u, t));
      }
    }
    List<String> unranked = new ArrayList<>();
    for (String u : e.units()) {
      if (e.rank(u).isEmpty() && e.score(u).isPresent()) {
        unranked.add(u);
        builds.put(u, build(e, u, t));
      }
    }
    for (String g : groups) {
      List<String> ranked = e.ranked(g);
      Table table = report.tables().stream().filter(x -> x.id().equals(g.isEmpty() ? "assessment" : "assessment." + g))
          .findFirst().orElseThrow();
      if (ranked.isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      ranked.forEach(u -> names.add(Tables.unitName(programme, u, t)));
      Build first = builds.get(ranked.get(0));
      List<Charts.Stack> stacks = new ArrayList<>();
      for (int i = 0; i < first.parts.size(); i++) {
        List<Double> v = new ArrayList<>();
        for (String u : ranked) {
          Build b = builds.get(u);
          v.add(i < b.contributions.size() && b.scores.get(i) != null ? round(b.contributions.get(i)) : null);
        }
        stacks.add(new Charts.Stack(first.parts.get(i), v, Charts.PALETTE[i % Charts.PALETTE.length]));
      }
      List<Double> adjust = new ArrayList<>();
      List<Double> finals = new ArrayList<>();
      for (String u : ranked) {
        Build b = builds.get(u);
        adjust.add(b.score - b.subtotal > 0 ? round(b.score - b.subtotal) : null);
        finals.add(b.score);
      }
      Table.Builder data = Table.builder(table.id() + ".chart", w.get("year-end.chart", table.title()));
      data.column("name", t.get("header.unit"), Table.Kind.TEXT);
      for (String part : first.parts) {
        data.column("part." + part, part, Table.Kind.NUMBER, 2);
      }
      data.column("subtotal", w.get("header.subtotal"), Table.Kind.NUMBER, 2)
          .column("adjustment", w.get("header.rules"), Table.Kind.NUMBER, 2)
          .column("score", t.get("header.score"), Table.Kind.NUMBER, 2);
      for (int k = 0; k < ranked.size(); k++) {
        Build b = builds.get(ranked.get(k));
        List<Object> row = new ArrayList<>();
        row.add(names.get(k));
        for (int i = 0; i < first.parts.size(); i++) {
          row.add(i < b.contributions.size() && b.scores.get(i) != null ? (Object) b.contributions.get(i) : null);
        }
        row.add(b.subtotal);
        row.add(b.score - b.subtotal == 0 ? null : (Object) (b.score - b.subtotal));
        row.add(b.score);
        data.row(row.toArray());
      }
      data.note(w.get("year-end.chart.note"));
      stacks.add(new Charts.Stack(w.get("header.bonus"), adjust, "#9aa3ad"));
      h.chart(data.build(), Charts.stacked(names, stacks, true, w.get("axis.points"), false, t.get("header.score"),
          finals), 80 + 28 * ranked.size(), true);
      h.table(reasons(heads(table, a, w), e, w));
    }
    if (!unranked.isEmpty()) {
      h.heading(w.get("year-end.unranked"));
      h.para(w.get("year-end.unranked.lead"));
      h.table(unrankedTable(programme, a, unranked, w));
    }
    h.table(adjustments(programme, e, builds.keySet(), w));
    cards(h, programme, a, builds, w);
  }

  /** The ranking groups in the order the evaluation ranks them (e.g. 区, 县（市）, 开发区), then any other. */
  static List<String> groups(Evaluation e) {
    List<String> out = new ArrayList<>(e.groups());
    e.units().stream().map(u -> e.group(u).orElse("")).distinct().sorted().filter(g -> !out.contains(g))
        .forEach(out::add);
    return out;
  }

  /** Where a quota's places are counted, when not over all the units: the ranking groups, or a data column. */
  private static String within(Evaluation e, Quota q, Words w) {
    if (q.within().equals(Quota.ALL)) {
      return "";
    }
    String space = w.zh() ? "" : " ";
    if (!q.within().equals(Quota.RANKING_GROUPS)) {
      return space + w.get("year-end.quota.column", q.within());
    }
    List<String> labels = new ArrayList<>();
    e.groups().forEach(g -> labels.add(w.group(e.plan(), g)));
    return labels.size() < 2 ? "" : space + w.get("year-end.quota.within", w.list(labels));
  }

  /** A head's grade as a page says it: the grade, or the grade recommended to the higher authority. */
  static String headText(HeadGrade x, Words w) {
    String grade = w.texts().grade(x.grade());
    return x.recommendation() ? w.get("head.recommended", grade) : grade;
  }

  /** The results table of {@link Tables#assessment}, saying which heads' grades are recommendations. */
  private static Table heads(Table table, Assessment a, Words w) {
    int unit = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals("unit")) {
        unit = i;
      }
    }
    if (unit < 0) {
      return table;
    }
    int column = unit;
    return TableEdits.replace(table, "head-grade", null, row -> a.head((String) row.get(column))
        .map(x -> (Object) headText(x, w)).orElse(null), n -> n);
  }

  /** The results table with the reason of a grade in the page's words (the quota's scope named). */
  private static Table reasons(Table table, Evaluation e, Words w) {
    int unit = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      if (table.columns().get(i).key().equals("unit")) {
        unit = i;
      }
    }
    if (unit < 0) {
      return table;
    }
    int column = unit;
    return TableEdits.replace(table, "reason", null, row -> {
      String u = (String) row.get(column);
      List<String> rs = e.gradeReasons(u);
      return rs.size() > 1 ? gradeReason(e, u, rs.get(rs.size() - 1), w) : null;
    }, n -> n);
  }

  /** A reason of a unit's grade in the page's words. */
  static String gradeReason(Evaluation e, String unit, String reason, Words w) {
    return reason.startsWith("quota:") ? quota(e.plan()).map(q -> demoted(e, unit, q, w)).orElse(w.rule(reason))
        : w.rule(reason);
  }

  /**
   * Every change a rule made to a unit's scores — the root's and its parts' (a deduction scheme deducts in its own
   * part) — as {@link RuleEffects} reads them, in the units' order on the page.
   */
  static Table adjustments(Programme programme, Evaluation e, java.util.Collection<String> units, Words w) {
    Texts t = w.texts();
    Plan p = e.plan();
    Table.Builder adj = Table.builder("assessment.adjustments", t.get("assessment.adjustments.title"));
    adj.column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("node", t.get("header.node"), Table.Kind.TEXT)
        .column("rule", t.get("header.rule"), Table.Kind.TEXT)
        .column("before", t.get("header.before"), Table.Kind.NUMBER, 2)
        .column("after", t.get("header.after"), Table.Kind.NUMBER, 2)
        .column("change", t.get("header.change"), Table.Kind.NUMBER, 2);
    for (String u : units) {
      for (RuleEffects.Effect x : RuleEffects.under(e.explain(u, p.root()))) {
        adj.row(Tables.unitName(programme, u, t), u, p.nodeName(x.node).map(t::name).orElse(x.node), w.rule(x.rule),
            x.before == x.before ? (Object) x.before : null, x.after, x.change());
      }
    }
    return adj.build();
  }

  private static Table unrankedTable(Programme programme, Assessment a, List<String> units, Words w) {
    Texts t = w.texts();
    Evaluation e = a.evaluation();
    Table.Builder b = Table.builder("assessment.unranked", w.get("year-end.unranked"));
    b.column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("score", t.get("header.score"), Table.Kind.NUMBER, 2)
        .column("grade", t.get("header.grade"), Table.Kind.TEXT)
        .column("head", t.get("header.head"), Table.Kind.TEXT)
        .column("head-grade", t.get("header.head-grade"), Table.Kind.TEXT)
        .column("reason", w.get("header.unranked-reason"), Table.Kind.TEXT);
    for (String u : units) {
      b.row(Tables.unitName(programme, u, t), u, e.score(u).getAsDouble(), e.grade(u).map(t::grade).orElse(null),
          a.head(u).map(x -> t.name(x.head())).orElse(null), a.head(u).map(x -> headText(x, w)).orElse(null),
          e.unranked(u).map(w::rule).orElse(null));
    }
    return b.build();
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  static Optional<Quota> quota(Plan plan) {
    return plan.methodology().grades().flatMap(Grades::quota);
  }

  private static void cards(Html h, Programme programme, Assessment a, Map<String, Build> builds, Words w) {
    Texts t = w.texts();
    Evaluation e = a.evaluation();
    Plan plan = e.plan();
    h.heading(w.get("year-end.cards", t.name(plan.name())));
    h.open("cards");
    double max = Double.isFinite(plan.range(plan.root()).max()) ? plan.range(plan.root()).max() : 0;
    for (Map.Entry<String, Build> en : builds.entrySet()) {
      String u = en.getKey();
      Build b = en.getValue();
      h.open("card");
      String name = Tables.unitName(programme, u, t);
      String grade = e.grade(u).map(t::grade).orElse("—");
      h.heading(e.rank(u).isPresent() ? w.get("card.title", e.rank(u).getAsInt(), name, Charts.two(b.score), grade)
          : w.get("card.title.unranked", name, Charts.two(b.score), grade));
      List<String> head = new ArrayList<>();
      String group = w.group(plan, e.group(u).orElse(""));
      if (!group.isEmpty() && e.rank(u).isPresent()) {
        head.add(w.get("card.group", group, e.ranked(e.group(u).orElse("")).size()));
      }
      e.unranked(u).ifPresent(r -> head.add(w.get("card.unranked", w.rule(r))));
      a.head(u).ifPresent(x -> head.add(x.recommendation()
          ? w.get("card.head.recommendation", t.name(x.head()), t.grade(x.grade()))
          : w.get("card.head", t.name(x.head()), t.grade(x.grade()))));
      quota(plan).ifPresent(q -> head.add(quotaPosition(e, u, q, w)));
      h.note(String.join(w.zh() ? "；" : "; ", head));
      List<String> steps = new ArrayList<>();
      List<Double> from = new ArrayList<>();
      List<Double> to = new ArrayList<>();
      List<String> colors = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      Table.Builder data = Table.builder("card." + u, w.get("card.chart", name));
      data.column("step", w.get("header.step"), Table.Kind.TEXT)
          .column("score", w.get("header.part-score"), Table.Kind.NUMBER, 2)
          .column("weight", t.get("header.weight"), Table.Kind.NUMBER, 3)
          .column("points", w.get("header.points"), Table.Kind.NUMBER, 2);
      double level = 0;
      for (int i = 0; i < b.parts.size(); i++) {
        if (b.scores.get(i) == null) {
          data.row(b.parts.get(i), null, null, null);
          continue;
        }
        double c = b.contributions.get(i);
        steps.add(b.parts.get(i));
        from.add(level);
        to.add(level + c);
        colors.add(Charts.PALETTE[i % Charts.PALETTE.length]);
        labels.add(Charts.two(c));
        data.row(b.parts.get(i), b.scores.get(i), b.weights.get(i), c);
        level += c;
      }
      if (!b.steps.isEmpty()) {
        steps.add(w.get("header.subtotal"));
        from.add(0.0);
        to.add(b.subtotal);
        colors.add(Charts.ACCENT);
        labels.add(Charts.two(b.subtotal));
        data.row(w.get("header.subtotal"), null, null, b.subtotal);
        int n = 0;
        for (Step s : b.steps) {
          n++;
          String rule = w.get("card.rule", n);
          steps.add(rule);
          from.add(s.before);
          to.add(s.after);
          colors.add(s.after >= s.before ? Charts.GREEN : Charts.RED);
          labels.add((s.after >= s.before ? "+" : "") + Charts.two(s.after - s.before));
          data.row(w.get("card.rule.row", rule, w.rule(s.rule)), null, null, s.after - s.before);
        }
      }
      steps.add(t.get("header.score"));
      from.add(0.0);
      to.add(b.score);
      colors.add(Charts.ACCENT);
      labels.add(Charts.two(b.score));
      data.row(t.get("header.score"), null, null, b.score);
      h.chart(data.build(), Charts.waterfall(steps, from, to, colors, labels, w.get("axis.points"),
          Math.max(max, b.subtotal)), 210, true);
      List<String> reasons = new ArrayList<>();
      for (RuleEffects.Effect x : RuleEffects.under(e.explain(u, plan.root()))) {
        String node = plan.nodeName(x.node).map(t::name).orElse(x.node);
        reasons.add(w.get("card.adjustment", node, w.rule(x.rule),
            (x.change() > 0 ? "+" : "") + Texts.number(x.change(), 2)));
      }
      for (String r : e.gradeReasons(u)) {
        reasons.add(gradeReason(e, u, r, w));
      }
      h.bullets(reasons);
      h.close();
    }
    h.close();
  }

  /**
   * The places of a grade quota as they fall to one unit, counted as the engine counts them: within the unit's scope
   * (its ranking group by default, or all units), the units forced into the band first, then the others in the band
   * on their scores, best first.
   */
  static final class Places {
    /** The scope's group, {@code ""} for all units; {@code null} when the quota is counted per value of a column. */
    final String scope;
    final int size;
    final int allowed;
    final int forced;
    /** Whether the unit itself was forced into the band. */
    final boolean forcedSelf;
    /** The unit's place among those competing for the band (forced units first), 0 when it does not compete. */
    final int place;

    Places(String scope, int size, int allowed, int forced, boolean forcedSelf, int place) {
      this.scope = scope;
      this.size = size;
      this.allowed = allowed;
      this.forced = forced;
      this.forcedSelf = forcedSelf;
      this.place = place;
    }
  }

  static Places places(Evaluation e, String unit, Quota q) {
    Plan plan = e.plan();
    Grades g = plan.methodology().grades().orElseThrow();
    if (!q.within().equals(Quota.ALL) && !q.within().equals(Quota.RANKING_GROUPS)) {
      return new Places(null, 0, 0, 0, false, 0);
    }
    String node = g.node().orElse(plan.root());
    int decimals = g.basis() == ScoreBasis.PRESENTED ? plan.decimals(node) : -1;
    String scope = q.within().equals(Quota.ALL) ? "" : e.group(unit).orElse("");
    int band = bands(plan).indexOf(q.band());
    Map<String, Double> competing = new LinkedHashMap<>();
    int size = 0;
    int forced = 0;
    for (String v : e.units()) {
      OptionalDouble s = e.score(v, node);
      if (s.isEmpty() || !(q.within().equals(Quota.ALL) || e.group(v).orElse("").equals(scope))) {
        continue;
      }
      size++;
      double c = decimals < 0 ? s.getAsDouble() : presented(s.getAsDouble(), decimals);
      Optional<String> force = forcedGrade(e, v);
      if (force.isPresent()) {
        forced += force.get().equals(q.band()) ? 1 : 0;
      } else if (bandOf(g, c) == band && !(band == 0 && e.excludedFromTop(v).isPresent() && g.bands().size() > 1)) {
        competing.put(v, c);
      }
    }
    int allowed = q.rounding().apply(q.maxShare() * size);
    boolean self = forcedGrade(e, unit).map(q.band()::equals).orElse(false);
    int place = 0;
    if (competing.containsKey(unit)) {
      double mine = competing.get(unit);
      place = 1 + forced + (int) competing.values().stream().filter(x -> x > mine).count();
    }
    return new Places(scope, size, allowed, forced, self, place);
  }

  /** The grade a rule forced on a unit, as the engine's grade reasons say. */
  private static Optional<String> forcedGrade(Evaluation e, String unit) {
    for (String r : e.gradeReasons(unit)) {
      if (r.startsWith("forced to ")) {
        int colon = r.indexOf(':');
        return Optional.of(r.substring("forced to ".length(), colon < 0 ? r.length() : colon));
      }
    }
    return Optional.empty();
  }

  private static double presented(double v, int decimals) {
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  private static int bandOf(Grades g, double score) {
    boolean exclusive = g.edge() == GradeEdge.MIN_EXCLUSIVE;
    for (int b = 0; b < g.bands().size(); b++) {
      OptionalDouble min = g.bands().get(b).min();
      if (min.isEmpty() || (exclusive ? score > min.getAsDouble() : score >= min.getAsDouble())) {
        return b;
      }
    }
    return -1;
  }

  /** The scope of a quota in words: （区）, " in districts", or nothing when it is all the units. */
  private static String scopeText(Evaluation e, String scope, Words w) {
    String label = w.group(e.plan(), scope);
    return label.isEmpty() ? "" : w.zh() ? "（" + label + "）" : " in " + label;
  }

  /** Where a unit stands against a grade quota: the places in its scope, how many were forced, and its place. */
  static String quotaPosition(Evaluation e, String unit, Quota q, Words w) {
    String band = w.texts().grade(q.band());
    Places p = places(e, unit, q);
    if (p.scope == null) {
      return w.get("card.quota.column", band, q.within());
    }
    StringBuilder sb = new StringBuilder(w.get("card.quota.scope", band, scopeText(e, p.scope, w), p.size,
        p.allowed));
    if (p.forced > 0) {
      sb.append(w.get("card.quota.forced", p.forced));
    }
    if (p.forcedSelf) {
      sb.append(w.get("card.quota.forced-self", band));
    } else if (p.place > 0) {
      sb.append(w.get("card.quota.place", band, p.place));
    }
    return sb.toString();
  }

  /** Why a unit was moved down by the quota, in the page's words. */
  private static String demoted(Evaluation e, String unit, Quota q, Words w) {
    Places p = places(e, unit, q);
    List<String> bands = bands(e.plan());
    int b = bands.indexOf(q.band());
    String next = b + 1 < bands.size() ? bands.get(b + 1) : q.band();
    return w.get("card.quota.demoted", w.texts().grade(q.band()), w.texts().grade(next),
        p.scope == null ? "" : scopeText(e, p.scope, w), p.size, p.allowed);
  }

  static List<String> bands(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.methodology().grades().ifPresent(g -> g.bands().stream().map(Band::name).forEach(out::add));
    return out;
  }
}
