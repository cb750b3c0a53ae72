package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.EscalationStep;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.time.LocalDate;
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

  /** The ranking's title: the methodology's name, and the group's when it ranks groups apart. */
  static String rankingTitle(Quarterly.Ranking r, Words w) {
    String plan = w.texts().name(r.evaluation().plan().name());
    String group = w.group(r.evaluation().plan(), r.group);
    return group.isEmpty() ? plan : plan + (w.zh() ? "（" + group + "）" : " (" + group + ")");
  }

  /** A ranking's short name: its group, or — when the quarter has several rankings of no group — its methodology's. */
  static String rankingName(Quarterly q, Quarterly.Ranking r, Words w) {
    String group = w.group(r.evaluation().plan(), r.group);
    return !group.isEmpty() || q.rankings().size() == 1 ? group : w.texts().name(r.evaluation().plan().name());
  }

  /** The ranking table's id: quarterly.ranking, with the group and, for several methodologies, the methodology. */
  static String rankingId(Quarterly q, Quarterly.Ranking r) {
    boolean several = q.rankings().stream().map(x -> x.report).distinct().count() > 1;
    return "quarterly.ranking" + (several ? "." + r.evaluation().plan().id() : "")
        + (r.group.isEmpty() ? "" : "." + r.group);
  }

  private static void ranking(Html h, Quarterly q, Quarterly.Ranking r, Words w) {
    Texts t = w.texts();
    Evaluation e = r.evaluation();
    Programme p = q.programme();
    String title = rankingTitle(r, w);
    h.section(title);
    h.para(w.get("quarterly.ranking.lead", r.units.size(), r.praised.size(), r.named.size()));
    List<String> notes = new ArrayList<>();
    r.praiseList.note().ifPresent(n -> notes.add(w.get("quarterly.praise.note", t.name(n))));
    r.namedList.note().ifPresent(n -> notes.add(w.get("quarterly.named.note", t.name(n))));
    notes.add(t.get("quarter.ties") + (w.zh() ? "" : " ") + w.get("quarterly.movement.note"));
    notes.forEach(h::note);
    Table.Builder b = Table.builder(rankingId(q, r), w.get("quarterly.ranking.chart", title));
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
      Table.Mark list = r.praised.contains(u) ? Table.Mark.of(w.get("quarterly.praised"), Table.Tone.GREEN)
          : r.named.contains(u) ? Table.Mark.of(w.get("quarterly.named"), Table.Tone.RED)
          : e.excludedFromTop(u).isPresent() ? Table.Mark.of(w.get("quarterly.not-praised"), Table.Tone.GREY) : null;
      b.row(e.rank(u).getAsInt(), Tables.unitName(p, u, t), s, move, list);
      names.add(Tables.unitName(p, u, t));
      values.add(s);
      colors.add(r.praised.contains(u) ? Charts.GREEN : r.named.contains(u) ? Charts.RED
          : e.excludedFromTop(u).isPresent() ? Charts.GREY : Charts.NEUTRAL);
      labels.add(Charts.two(s) + (move.isEmpty() ? "" : "  " + move));
    }
    b.note(w.get(r.units.stream().anyMatch(u -> e.excludedFromTop(u).isPresent() && !r.named.contains(u))
        ? "quarterly.colours.ineligible" : "quarterly.colours"));
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
        int red = months.get(j).byArea().getOrDefault(areas.get(i).id(), Map.of()).getOrDefault(Status.RED, 0);
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
    h.chart(b.build(), monthlyMap(p, months, w), 90 + 30 * areas.size(), true);
    Report dispatch = Tables.dispatch(q.quarterEnd(), 20, t);
    for (Table x : dispatch.tables()) {
      if (!x.id().equals("dispatch.by-area")) {
        h.table(x);
      }
    }
  }

  /**
   * The battle map as a heat map of areas × month ends: an area is red with its number of red tasks, yellow with its
   * number of tasks behind, green when its tasks go as planned, grey otherwise. The quarterly page and the live page
   * ({@link LiveCharts#monthlyMap}) draw it alike.
   */
  static com.fasterxml.jackson.databind.node.ObjectNode monthlyMap(Programme p, List<BattleMap> months, Words w) {
    Texts t = w.texts();
    List<String> xs = new ArrayList<>();
    for (BattleMap m : months) {
      xs.add(w.month(m.date()));
    }
    List<String> ys = new ArrayList<>();
    List<Area> areas = p.areas();
    areas.forEach(a -> ys.add(t.name(a.name())));
    int[][] cls = new int[areas.size()][months.size()];
    String[][] labels = new String[areas.size()][months.size()];
    for (int i = 0; i < areas.size(); i++) {
      for (int j = 0; j < months.size(); j++) {
        Map<Status, Integer> c = months.get(j).byArea().getOrDefault(areas.get(i).id(), Map.of());
        int red = c.getOrDefault(Status.RED, 0);
        int behind = c.getOrDefault(Status.BEHIND, 0);
        int going = c.getOrDefault(Status.ON_TRACK, 0) + c.getOrDefault(Status.APPROACHING, 0);
        cls[i][j] = red > 0 ? 3 : behind > 0 ? 2 : going > 0 ? 1 : 0;
        labels[i][j] = red > 0 ? String.valueOf(red) : behind > 0 ? String.valueOf(behind) : "";
      }
    }
    return Charts.heatmap(xs, ys, cls, labels, List.of(w.get("map.class.0"), w.get("map.class.1"),
        w.get("map.class.2"), w.get("map.class.3")), List.of(Charts.GREY, Charts.GREEN, Charts.YELLOW, Charts.RED));
  }

  /** The escalation ladder in words: after how many red months each step comes. */
  static String ladder(Quarterly q, Words w) {
    List<String> steps = new ArrayList<>();
    for (EscalationStep s : q.rules().escalation()) {
      steps.add(w.get(s.months() == 1 ? "escalation.step.one" : "escalation.step", s.months(),
          w.texts().name(s.name())));
    }
    return steps.isEmpty() ? "" : w.get("escalation.ladder", String.join(w.zh() ? "，" : ", ", steps));
  }

  private static void problems(Html h, Quarterly q, Words w) {
    Texts t = w.texts();
    Programme p = q.programme();
    if (q.named().isEmpty()) {
      return;
    }
    h.section(w.get("quarterly.problems.title"));
    h.para(w.get("quarterly.problems.lead"));
    String ladder = ladder(q, w);
    if (!ladder.isEmpty()) {
      h.note(ladder);
    }
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
          items.add(problemText(x, u, q, w));
        }
        h.bullets(items);
        String escalation = escalation(q, u, w);
        if (!escalation.isEmpty()) {
          h.para(w.get("quarterly.problems.escalation", escalation));
        }
        h.close();
      }
    }
  }

  /** Text to be put in double quotes: quotes inside it become single (“…‘…’…”). */
  static String quoted(String s, Words w) {
    return w.zh() ? s.replace('“', '‘').replace('”', '’') : s.replace('"', '\'');
  }

  /** A problem of a named unit as one sentence, the same in the page and the notice. */
  static String problemText(Quarterly.Problem x, String unit, Quarterly q, Words w) {
    Texts t = w.texts();
    if (x.text != null) {
      return t.name(x.text);
    }
    if (x.task != null) {
      TaskStatus s = x.task;
      Task task = s.task();
      String role = task.role(unit).map(r -> w.get("problem.role." + r.name())).orElse("");
      String late = task.deadline().isBefore(s.date()) ? w.get("problem.task.overdue", w.date(task.deadline()))
          : w.get("problem.task.due", w.date(task.deadline()));
      String red = s.monthsRed() > 1 ? w.get("problem.task.months-red", s.monthsRed()) : "";
      String name = quoted(t.name(task.description()), w);
      if (task.legalAuthorisation()) {
        return w.get("problem.task.steps", task.id(), name, role, t.label(s.status()),
            s.plannedStep().map(t::label).orElse(w.get("problem.task.no-step")),
            s.reachedStep().map(t::label).orElse(w.get("problem.task.no-step")), red, late);
      }
      return w.get("problem.task", task.id(), name, role, t.label(s.status()), Texts.number(s.planned(), 0),
          Texts.number(s.reported(), 0), red, late);
    }
    if (x.indicator != null) {
      return w.get("problem.indicator", quoted(t.name(x.indicator), w), Charts.two(x.score), Charts.two(x.mean));
    }
    Finding f = x.finding;
    LocalDate end = q.quarterEnd().date();
    String deadline = f.rectificationDeadline().map(d -> {
      java.util.Optional<LocalDate> done = f.rectified().filter(r -> !r.isAfter(end));
      return done.isPresent() ? w.get("problem.finding.late", w.date(d), w.date(done.get()))
          : d.isBefore(end) ? w.get("problem.finding.overdue", w.date(d)) : w.get("problem.finding.due", w.date(d));
    }).orElse("");
    return w.get("problem.finding", w.head(t.label(f.kind())), t.label(f.severity()), w.date(f.found()),
        t.name(f.description()), deadline);
  }

  /**
   * Where a named unit's red tasks stand on the escalation ladder (督办升级): for each, the step it reached and when,
   * and the step that follows if it is still red at the next month's end.
   *
   * @return the sentences joined, or {@code ""} when none of its red tasks escalated
   */
  static String escalation(Quarterly q, String unit, Words w) {
    List<String> out = new ArrayList<>();
    for (Quarterly.Ladder l : q.ladders(unit)) {
      Texts t = w.texts();
      String s = w.get("escalation.reached", l.task.task().id(), l.task.monthsRed(), w.yearMonth(l.reached.reached()),
          t.name(l.reached.step().name()));
      out.add(s + (l.next == null ? w.get("escalation.top")
          : w.get("escalation.next", w.yearMonth(l.nextMonth), t.name(l.next.name()))));
    }
    return String.join(w.zh() ? "；" : "; ", out);
  }
}
