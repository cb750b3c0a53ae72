package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.TaskGap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/** The benchmark gap analysis (对标分析): classes by area, the gap per indicator, targets against both ends. */
final class GapPage {

  private GapPage() {}

  /**
   * How much of the gap between baseline and benchmark a task's target closes, in percent; none when the baseline is
   * not behind the benchmark (a task declared A although its baseline is not behind, e.g. measured on a pilot).
   */
  static OptionalDouble closedShare(TaskGap g) {
    Measure m = g.task().measure().orElseThrow();
    if (!(g.gap().orElse(0) > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((m.baseline() - m.target()) / (m.baseline() - m.benchmark()) * 100);
  }

  static Page of(GapAnalysis gap, ProgrammeData data, String unit, LocalDate asOf, Texts t) {
    Words w = Words.of(t);
    Programme p = gap.programme();
    Report report = unit == null ? Tables.gap(gap, t) : Tables.gap(gap, data, unit, asOf, t);
    Html h = new Html("gap", report.title(), w);
    long measured = gap.tasks().stream().filter(g -> g.gap().isPresent()).count();
    Map<TaskClass, Long> classes = gap.tasks().stream().filter(g -> g.taskClass().isPresent())
        .collect(Collectors.groupingBy(g -> g.taskClass().get(), Collectors.counting()));
    h.figures(List.of(new String[] {w.get("figure.tasks"), String.valueOf(p.tasks().size())},
        new String[] {t.label(TaskClass.A), String.valueOf(classes.getOrDefault(TaskClass.A, 0L))},
        new String[] {t.label(TaskClass.B), String.valueOf(classes.getOrDefault(TaskClass.B, 0L))},
        new String[] {t.label(TaskClass.C), String.valueOf(classes.getOrDefault(TaskClass.C, 0L))},
        new String[] {w.get("figure.measured"), String.valueOf(measured)},
        new String[] {w.get("figure.contradictions"), String.valueOf(gap.contradictions().size())}));

    h.section(w.get("gap.classes.title"));
    h.para(w.get("gap.classes.lead", t.name(p.benchmark().jurisdiction())));
    h.note(t.get("TaskClass.A.long") + "；" + t.get("TaskClass.B.long") + "；" + t.get("TaskClass.C.long"));
    Table byArea = Tables.classesByArea(gap, t, true);
    List<String> areas = new ArrayList<>();
    List<List<Double>> counts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (List<Object> row : byArea.rows().subList(0, byArea.rows().size() - 1)) {
      areas.add((String) row.get(0));
      for (int k = 0; k < 3; k++) {
        double c = ((Number) row.get(k + 1)).doubleValue();
        counts.get(k).add(c == 0 ? null : c);
      }
    }
    h.chart(byArea, Charts.stacked(areas, List.of(new Charts.Stack(t.label(TaskClass.A), counts.get(0), Charts.RED),
        new Charts.Stack(t.label(TaskClass.B), counts.get(1), Charts.GREEN),
        new Charts.Stack(t.label(TaskClass.C), counts.get(2), Charts.GREY)), true, w.get("axis.tasks"), true),
        60 + 28 * areas.size(), false);

    h.section(w.get("gap.indicators.title"));
    h.para(w.get("gap.indicators.lead"));
    List<TaskGap> measuredTasks = gap.tasks().stream().filter(g -> g.gap().isPresent()).collect(Collectors.toList());
    List<TaskGap> relative = measuredTasks.stream().filter(g -> g.relativeGap().isPresent())
        .sorted(Comparator.comparingDouble((TaskGap g) -> -g.relativeGap().getAsDouble())
            .thenComparing(g -> g.task().id()))
        .collect(Collectors.toList());
    Table.Builder gt = Table.builder("gap.indicators", w.get("gap.indicators.chart"));
    gt.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("indicator", t.get("header.indicator"), Table.Kind.TEXT)
        .column("class", t.get("header.class"), Table.Kind.TEXT)
        .column("baseline", w.get("header.baseline"), Table.Kind.NUMBER, 2)
        .column("benchmark", w.get("header.benchmark"), Table.Kind.NUMBER, 2)
        .column("unit", w.get("header.measurement-unit"), Table.Kind.TEXT)
        .column("gap", w.get("header.gap"), Table.Kind.NUMBER, 2)
        .column("relative", w.get("header.relative-gap"), Table.Kind.PERCENT, 1);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (TaskGap g : measuredTasks) {
      Measure m = g.task().measure().orElseThrow();
      Indicator ind = p.indicator(m.indicator()).orElse(null);
      gt.row(g.task().id(), ind == null ? m.indicator() : t.name(ind.name()),
          g.taskClass().map(TaskClass::code).orElse(""), m.baseline(), m.benchmark(),
          ind == null ? "" : ind.measurementUnit(), g.gap().getAsDouble(),
          g.relativeGap().isPresent() ? (Object) (g.relativeGap().getAsDouble() * 100) : null);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TaskGap g : relative) {
      Measure m = g.task().measure().orElseThrow();
      if (!seen.add(m.indicator())) {
        continue;
      }
      String name = p.indicator(m.indicator()).map(i -> t.name(i.name())).orElse(m.indicator());
      names.add(name);
      double r = g.relativeGap().getAsDouble() * 100;
      values.add(r);
      colors.add(g.taskClass().orElse(TaskClass.A) == TaskClass.A ? Charts.RED
          : g.taskClass().get() == TaskClass.B ? Charts.GREEN : Charts.GREY);
      labels.add(Texts.number(r, 1) + "%");
    }
    gt.note(w.get("gap.indicators.note"));
    h.chart(gt.build(), Charts.bars(names, values, colors, labels, w.get("axis.relative-gap"), null, null),
        40 + 18 * names.size(), true);

    h.section(w.get("gap.targets.title"));
    h.para(w.get("gap.targets.lead"));
    Table.Builder tt = Table.builder("gap.targets", w.get("gap.targets.chart"));
    tt.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("indicator", t.get("header.indicator"), Table.Kind.TEXT)
        .column("lead", t.get("header.lead"), Table.Kind.TEXT)
        .column("baseline", w.get("header.baseline"), Table.Kind.NUMBER, 2)
        .column("target", w.get("header.target"), Table.Kind.NUMBER, 2)
        .column("benchmark", w.get("header.benchmark"), Table.Kind.NUMBER, 2)
        .column("closed", w.get("header.closed-share"), Table.Kind.PERCENT, 0)
        .column("deadline", t.get("header.deadline"), Table.Kind.DATE);
    List<TaskGap> aTasks = measuredTasks.stream()
        .filter(g -> g.taskClass().orElse(null) == TaskClass.A && g.gap().getAsDouble() != 0)
        .collect(Collectors.toList());
    // The chart shows each indicator once, at the target that closes least of its gap; the table every task.
    Map<String, Double> least = new java.util.LinkedHashMap<>();
    int ahead = 0;
    for (TaskGap g : aTasks) {
      Measure m = g.task().measure().orElseThrow();
      String name = p.indicator(m.indicator()).map(i -> t.name(i.name())).orElse(m.indicator());
      OptionalDouble closed = closedShare(g);
      tt.row(g.task().id(), name, Tables.unitName(p, g.task().lead(), t), m.baseline(), m.target(), m.benchmark(),
          closed.isPresent() ? (Object) closed.getAsDouble() : null, g.task().deadline());
      if (closed.isPresent()) {
        least.merge(name, closed.getAsDouble(), Math::min);
      } else {
        ahead++;
      }
    }
    if (ahead > 0) {
      tt.note(w.get("gap.targets.ahead", ahead));
    }
    List<String> tn = new ArrayList<>();
    List<Double> tv = new ArrayList<>();
    List<String> tc = new ArrayList<>();
    List<String> tl = new ArrayList<>();
    least.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).forEach(en -> {
          tn.add(en.getKey());
          tv.add(en.getValue());
          tc.add(en.getValue() >= 100 - 1e-9 ? Charts.GREEN : Charts.RED);
          tl.add(Texts.number(en.getValue(), 0) + "%");
        });
    tt.note(w.get("gap.targets.note"));
    h.chart(tt.build(), Charts.bars(tn, tv, tc, tl, w.get("axis.closed-share"), 0.0, null), 40 + 18 * tn.size(), true);
    for (Table x : report.tables()) {
      if (!x.id().equals("gap.by-area")) {
        h.table(x);
      }
    }
    return h.build(w.get("page.footer", asOf.toString()));
  }
}
