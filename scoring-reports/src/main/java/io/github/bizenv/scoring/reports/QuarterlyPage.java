package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The quarterly meeting's page. */
final class QuarterlyPage {

  private QuarterlyPage() {}

  static Page of(Quarterly q, Texts t) {
    Words w = Words.of(t);
    Programme p = q.programme();
    BattleMap end = q.quarterEnd();
    Html h = new Html("quarterly", w.get("quarterly.title", t.period(q.quarter())), w);
    h.subtitle(t.name(p.name()));
    h.subtitle(w.get("quarterly.subtitle", t.name(p.benchmark().jurisdiction()), end.date().toString()));
    Map<Status, Integer> count = new java.util.EnumMap<>(Status.class);
    end.tasks().forEach(s -> count.merge(s.status(), 1, Integer::sum));
    int ranked = q.rankings().stream().mapToInt(r -> r.units.size()).sum();
    h.figures(List.of(new String[] {w.get("figure.ranked"), String.valueOf(ranked)},
        new String[] {w.get("figure.praised"), String.valueOf(q.praised().size())},
        new String[] {w.get("figure.named"), String.valueOf(q.named().size())},
        new String[] {w.get("figure.tasks"), String.valueOf(p.tasks().size())},
        new String[] {w.head(t.label(Status.RED)), String.valueOf(count.getOrDefault(Status.RED, 0))},
        new String[] {w.head(t.label(Status.BEHIND)), String.valueOf(count.getOrDefault(Status.BEHIND, 0))},
        new String[] {w.head(t.label(Status.DONE)), String.valueOf(count.getOrDefault(Status.DONE, 0))}));

    for (Quarterly.Ranking r : q.rankings()) {
      ranking(h, q, r, w);
    }
    battleMap(h, q, w);
    problems(h, q, w);
    return h.build(w.get("page.footer", end.date().toString()));
  }

  private static String rankingTitle(Quarterly.Ranking r, Words w) {
    Texts t = w.texts();
    String plan = t.name(r.evaluation().plan().name());
    if (r.group.isEmpty()) {
      return plan;
    }
    String key = "group." + r.group;
    return plan + "（" + (t.has(key) ? t.get(key) : r.group) + "）";
  }

  private static void ranking(Html h, Quarterly q, Quarterly.Ranking r, Words w) {
    Texts t = w.texts();
    Evaluation e = r.evaluation();
    Programme p = q.programme();
    String title = rankingTitle(r, w);
    h.section(title);
    h.para(w.get("quarterly.ranking.lead", r.units.size(), r.praised.size(), r.named.size()));
    h.note(t.get("quarter.ties") + " " + w.get("quarterly.movement.note"));
    Table.Builder b = Table.builder("quarterly.ranking" + (r.group.isEmpty() ? "" : "." + r.group),
        w.get("quarterly.ranking.chart", title));
    b.column("rank", t.get("header.rank"), Table.Kind.INTEGER)
        .column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("score", t.get("header.score"), Table.Kind.NUMBER, 2)
        .column("movement", t.get("header.movement"), Table.Kind.TEXT)
        .column("list", w.get("header.list"), Table.Kind.TEXT);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String u : r.units) {
      double s = e.score(u).getAsDouble();
      String move = movement(r.report.movement(u));
      Table.Mark list = r.praised.contains(u) ? Table.Mark.of(t.get("quarter.praised.title"), Table.Tone.GREEN)
          : r.named.contains(u) ? Table.Mark.of(t.get("quarter.named.title"), Table.Tone.RED) : null;
      b.row(e.rank(u).getAsInt(), Tables.unitName(p, u, t), s, move, list);
      names.add(Tables.unitName(p, u, t));
      values.add(s);
      colors.add(r.praised.contains(u) ? Charts.GREEN : r.named.contains(u) ? Charts.RED : Charts.NEUTRAL);
      labels.add(Charts.two(s) + (move.isEmpty() ? "" : "  " + move));
    }
    b.note(w.get("quarterly.colours"));
    h.chart(b.build(), Charts.bars(names, values, colors, labels, t.get("header.score"), 0.0,
        Charts.finite(e.plan().range(e.plan().root()).max())), 40 + 22 * r.units.size(), false);
  }

  static String movement(OptionalInt m) {
    if (m.isEmpty()) {
      return "";
    }
    int v = m.getAsInt();
    return v > 0 ? "↑" + v : v < 0 ? "↓" + (-v) : "=";
  }

  private static void battleMap(Html h, Quarterly q, Words w) {
    Texts t = w.texts();
    Programme p = q.programme();
    List<BattleMap> months = q.months();
    h.section(w.get("quarterly.map.title"));
    h.para(w.get("quarterly.map.lead", months.size()));
    h.note(t.get("Status.legend"));
    List<String> xs = new ArrayList<>();
    for (BattleMap m : months) {
      xs.add(w.month(m.date()));
    }
    List<String> ys = new ArrayList<>();
    List<Area> areas = p.areas();
    areas.forEach(a -> ys.add(t.name(a.name())));
    int[][] cls = new int[areas.size()][months.size()];
    String[][] labels = new String[areas.size()][months.size()];
    Table.Builder b = Table.builder("quarterly.map", w.get("quarterly.map.chart"));
    b.column("area", t.get("header.area"), Table.Kind.TEXT);
    for (String x : xs) {
      b.column("red." + x, x, Table.Kind.INTEGER);
    }
    b.column("behind", w.get("header.behind-now"), Table.Kind.INTEGER);
    int[] total = new int[months.size()];
    for (int i = 0; i < areas.size(); i++) {
      Object[] row = new Object[months.size() + 2];
      row[0] = ys.get(i);
      for (int j = 0; j < months.size(); j++) {
        Map<Status, Integer> c = months.get(j).byArea().getOrDefault(areas.get(i).id(), Map.of());
        int red = c.getOrDefault(Status.RED, 0);
        int behind = c.getOrDefault(Status.BEHIND, 0);
        int going = c.getOrDefault(Status.ON_TRACK, 0) + c.getOrDefault(Status.APPROACHING, 0);
        cls[i][j] = red > 0 ? 3 : behind > 0 ? 2 : going > 0 ? 1 : 0;
        labels[i][j] = red > 0 ? String.valueOf(red) : behind > 0 ? String.valueOf(behind) : "";
        row[j + 1] = red;
        total[j] += red;
      }
      row[months.size() + 1] = months.get(months.size() - 1).byArea().getOrDefault(areas.get(i).id(), Map.of())
          .getOrDefault(Status.BEHIND, 0);
      b.row(row);
    }
    Object[] sum = new Object[months.size() + 2];
    sum[0] = t.get("header.total");
    int behindTotal = 0;
    for (int j = 0; j < months.size(); j++) {
      sum[j + 1] = total[j];
    }
    for (TaskStatus s : q.quarterEnd().tasks()) {
      behindTotal += s.status() == Status.BEHIND ? 1 : 0;
    }
    sum[months.size() + 1] = behindTotal;
    b.row(sum);
    b.note(w.get("quarterly.map.note"));
    h.chart(b.build(), Charts.heatmap(xs, ys, cls, labels, List.of(w.get("map.class.0"), w.get("map.class.1"),
        w.get("map.class.2"), w.get("map.class.3")), List.of(Charts.GREY, Charts.GREEN, Charts.YELLOW, Charts.RED)),
        90 + 30 * areas.size(), true);
    Report dispatch = Tables.dispatch(q.quarterEnd(), 20, t);
    for (Table x : dispatch.tables()) {
      if (!x.id().equals("dispatch.by-area")) {
        h.table(x);
      }
    }
  }

  private static void problems(Html h, Quarterly q, Words w) {
    Texts t = w.texts();
    Programme p = q.programme();
    if (q.named().isEmpty()) {
      return;
    }
    h.section(w.get("quarterly.problems.title"));
    h.para(w.get("quarterly.problems.lead"));
    for (Quarterly.Ranking r : q.rankings()) {
      for (String u : r.named) {
        Evaluation e = r.evaluation();
        h.open("problem");
        h.heading(w.get("quarterly.problems.unit", Tables.unitName(p, u, t), e.rank(u).getAsInt(), r.units.size(),
            Charts.two(e.score(u).getAsDouble()), rankingTitle(r, w)));
        List<Quarterly.Problem> ps = q.problems(u);
        if (ps.isEmpty()) {
          h.para(w.get("quarterly.problems.none"));
        }
        List<String> items = new ArrayList<>();
        for (Quarterly.Problem x : ps) {
          items.add(problemText(x, q, w));
        }
        h.bullets(items);
        h.close();
      }
    }
  }

  /** Text to be put in double quotes: quotes inside it become single (“…‘…’…”). */
  static String quoted(String s, Words w) {
    return w.zh() ? s.replace('“', '‘').replace('”', '’') : s.replace('"', '\'');
  }

  /** A problem as one sentence, the same in the page and the notice. */
  static String problemText(Quarterly.Problem x, Quarterly q, Words w) {
    Texts t = w.texts();
    if (x.text != null) {
      return t.name(x.text);
    }
    if (x.task != null) {
      TaskStatus s = x.task;
      String late = s.task().deadline().isBefore(s.date()) ? w.get("problem.task.overdue", w.date(s.task().deadline()))
          : w.get("problem.task.due", w.date(s.task().deadline()));
      String red = s.monthsRed() > 1 ? w.get("problem.task.months-red", s.monthsRed()) : "";
      return w.get("problem.task", s.task().id(), quoted(t.name(s.task().description()), w), t.label(s.status()),
          Texts.number(s.planned(), 0), Texts.number(s.reported(), 0), red, late);
    }
    Finding f = x.finding;
    String deadline = f.rectificationDeadline().map(d -> d.isBefore(q.quarterEnd().date())
        ? w.get("problem.finding.overdue", w.date(d)) : w.get("problem.finding.due", w.date(d))).orElse("");
    return w.get("problem.finding", t.label(f.kind()), t.label(f.severity()), w.date(f.found()),
        t.name(f.description()), deadline);
  }
}
