package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year-end results: per assessment and group, scores built up from their parts, then each unit's score card. */
final class YearEndPage {

  /** The explanation step a rule leaves, as {@link Tables} reads it too. */
  private static final Pattern RULE_STEP = Pattern.compile("rule (.+) \\((-?[0-9.]+) → (-?[0-9.]+)\\)");

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
    for (String step : x.steps()) {
      Matcher m = RULE_STEP.matcher(step);
      if (m.matches()) {
        double before = Double.parseDouble(m.group(2));
        double after = Double.parseDouble(m.group(3));
        if (before != after) {
          b.steps.add(new Step(m.group(1), before, after));
        }
      }
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
        w.get("rounding." + q.rounding().name()))));
    List<String> groups = new ArrayList<>();
    e.units().stream().map(u -> e.group(u).orElse("")).distinct().sorted().forEach(groups::add);
    Map<String, Build> builds = new LinkedHashMap<>();
    for (String g : groups) {
      for (String u : e.ranked(g)) {
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
      h.table(table);
    }
    report.tables().stream().filter(x -> x.id().equals("assessment.adjustments")).findFirst().ifPresent(h::table);
    cards(h, programme, a, builds, report, w);
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  static Optional<Quota> quota(Plan plan) {
    return plan.methodology().grades().flatMap(Grades::quota);
  }

  private static void cards(Html h, Programme programme, Assessment a, Map<String, Build> builds, Report report,
      Words w) {
    Texts t = w.texts();
    Evaluation e = a.evaluation();
    Plan plan = e.plan();
    Table adjustments = report.tables().stream().filter(x -> x.id().equals("assessment.adjustments")).findFirst()
        .orElseThrow();
    h.heading(w.get("year-end.cards", t.name(plan.name())));
    h.open("cards");
    double max = Double.isFinite(plan.range(plan.root()).max()) ? plan.range(plan.root()).max() : 0;
    for (Map.Entry<String, Build> en : builds.entrySet()) {
      String u = en.getKey();
      Build b = en.getValue();
      h.open("card");
      String group = e.group(u).map(g -> t.has("group." + g) ? t.get("group." + g) : g).orElse("");
      h.heading(w.get("card.title", e.rank(u).getAsInt(), Tables.unitName(programme, u, t),
          Charts.two(b.score), e.grade(u).map(t::grade).orElse("—")));
      List<String> head = new ArrayList<>();
      if (!group.isEmpty()) {
        head.add(w.get("card.group", group, e.ranked(e.group(u).orElse("")).size()));
      }
      a.head(u).ifPresent(x -> head.add(w.get("card.head", t.name(x.head()), t.grade(x.grade()))));
      quota(plan).ifPresent(q -> head.add(quotaPosition(e, u, q, w)));
      h.note(String.join(w.zh() ? "；" : "; ", head));
      List<String> steps = new ArrayList<>();
      List<Double> from = new ArrayList<>();
      List<Double> to = new ArrayList<>();
      List<String> colors = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      Table.Builder data = Table.builder("card." + u, w.get("card.chart", Tables.unitName(programme, u, t)));
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
          String name = w.get("card.rule", n);
          steps.add(name);
          from.add(s.before);
          to.add(s.after);
          colors.add(s.after >= s.before ? Charts.GREEN : Charts.RED);
          labels.add((s.after >= s.before ? "+" : "") + Charts.two(s.after - s.before));
          data.row(w.get("card.rule.row", name, t.sentence(s.rule)), null, null, s.after - s.before);
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
      for (List<Object> row : adjustments.rows()) {
        if (u.equals(row.get(1))) {
          reasons.add(w.get("card.adjustment", row.get(2), row.get(3), Texts.number(((Number) row.get(6)).doubleValue(),
              2)));
        }
      }
      List<String> grade = e.gradeReasons(u);
      grade.forEach(r -> reasons.add(t.sentence(r)));
      h.bullets(reasons);
      h.close();
    }
    h.close();
  }

  /** Where a unit stands against a grade quota: the places there are among the units scored, and its place. */
  static String quotaPosition(Evaluation e, String unit, Quota q, Words w) {
    List<Double> scores = new ArrayList<>();
    e.units().forEach(x -> e.score(x).ifPresent(scores::add));
    double places = scores.size() * q.maxShare();
    long allowed;
    switch (q.rounding()) {
      case CEIL:
        allowed = (long) Math.ceil(places - 1e-9);
        break;
      case ROUND:
        allowed = Math.round(places);
        break;
      default:
        allowed = (long) Math.floor(places + 1e-9);
    }
    double mine = e.score(unit).getAsDouble();
    long place = 1 + scores.stream().filter(x -> x > mine).count();
    return w.get("card.quota", w.texts().grade(q.band()), scores.size(), allowed, place);
  }

  static List<String> bands(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.methodology().grades().ifPresent(g -> g.bands().stream().map(Band::name).forEach(out::add));
    return out;
  }
}
