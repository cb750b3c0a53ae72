package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.HeadGrade;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import io.github.bizenv.scoring.workflow.TaskGap;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code score demo}: the bundled Sample City 2021 programme at year end, read as the city's reform office would —
 * the A/B/C summary, December's dispatch with its escalations, the class C tasks by their authorisation steps, the
 * fourth quarter's meeting, and the year-end assessments of districts (out of 80) and departments (out of 100) with
 * their heads' grades.
 */
final class DemoCommand implements Main.Command {

  @Override
  public String summary() {
    return "the bundled Sample City 2021 programme at year end: classes, dispatch, quarterly meeting, assessments";
  }

  @Override
  public String usage() {
    return "";
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      throw new Main.UsageException("demo takes no arguments, got " + String.join(" ", args));
    }
    Programme p = SampleCity.programme();
    ProgrammeData d = SampleCity.data(p);
    ProgrammeInputs in = new ProgrammeInputs(p, d, SampleCity.districts(p));
    LocalDate asOf = p.period().end();

    long leads = p.tasks().stream().map(Task::lead).distinct().count();
    long places = p.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY
        || u.kind() == UnitKind.DEVELOPMENT_ZONE).count();
    long departments = p.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).count();
    Unit city = p.units().stream().filter(u -> u.kind() == UnitKind.CITY).findFirst().orElseThrow();
    out.println(p.name().zh().orElse("") + "  " + p.name().en().orElse(""));
    out.println("Benchmark " + p.benchmark().jurisdiction().text(true) + " (" + p.benchmark().jurisdiction().text(false)
        + "), period " + p.period() + "; led by " + city.head().map(h -> h.text(true)).orElse("") + ", organised by "
        + p.organisers().stream().map(in::unitName).collect(Collectors.joining("和")));
    out.println(p.areas().size() + " areas, " + p.tasks().size() + " tasks, " + departments + " municipal units ("
        + leads + " of them lead tasks, " + p.units().stream().filter(Unit::verticallyManaged).count()
        + " vertically managed), " + places + " districts, counties and zones");
    out.println("Data: " + d.progressReports().size() + " progress reports, " + d.ratings().size() + " ratings, "
        + d.findings().size() + " findings, " + d.recognitions().size() + " recognitions, " + d.externalResults().size()
        + " outside results, " + (d.observations().size() + in.extra.size()) + " observations");
    out.println();

    classes(out, in, p);
    out.println();
    BattleMap dec = BattleMap.at(p, d, asOf, DispatchRules.defaults());
    DispatchCommand.print(out, in, dec, "lead-red-only", 8);
    out.println();
    authorisation(out, in, dec);
    out.println();
    QuarterCommand.print(out, in, QuarterlyReport.of(QuarterCommand.bundled("quarterly-progress.json"), p, d,
        Period.quarter(2021, 4), 3), 3);
    out.println();
    Plan districts = QuarterCommand.bundled("assessment-districts-2021.json");
    Assessment da = Assessment.run(districts, p, d, asOf, in.extra);
    AssessCommand.print(out, in, da, asOf, Integer.MAX_VALUE);
    matter(out, in, d, da.evaluation());
    out.println();
    Plan depts = QuarterCommand.bundled("assessment-departments-2021.json");
    Assessment a = Assessment.run(depts, p, d, asOf, in.extra);
    AssessCommand.print(out, in, a, asOf, 12);
    fullMarks(out, in, a);
    out.println();
    String s = "scoring-examples/src/main/resources/";
    out.println("Why is 市市场监管局 at full marks? ./score assess --programme " + s + "sample-city/programme.json --data " + s
        + "sample-city/data-2021.json --methodology " + s + "methodologies/assessment-departments-2021.json --explain amr");
    out.println("More: ./score dispatch --by district, ./score quarter, ./score gap, ./score evaluate, ./score explain "
        + "(./score --help)");
    return Main.OK;
  }

  private static void classes(PrintStream out, ProgrammeInputs in, Programme p) {
    GapAnalysis gap = GapAnalysis.of(p);
    out.printf("%s %4s %4s %4s %6s  %s%n", pad("Tasks by area and class (分类)", 34), "A", "B", "C", "total",
        "serves (国评指标)");
    Map<TaskClass, Integer> totals = new EnumMap<>(TaskClass.class);
    for (Map.Entry<String, Map<TaskClass, Integer>> e : gap.byArea().entrySet()) {
      Map<TaskClass, Integer> c = e.getValue();
      c.forEach((k, v) -> totals.merge(k, v, Integer::sum));
      String serves = p.area(e.getKey()).orElseThrow().serves().stream()
          .map(i -> p.indicator(i).orElseThrow().name().text(true).replace("（国评/省评指标得分）", ""))
          .collect(Collectors.joining("、"));
      out.printf("  %s %4d %4d %4d %6d  %s%n", pad(in.areaName(e.getKey()), 32), c.getOrDefault(TaskClass.A, 0),
          c.getOrDefault(TaskClass.B, 0), c.getOrDefault(TaskClass.C, 0),
          c.values().stream().mapToInt(Integer::intValue).sum(), serves);
    }
    out.printf("  %s %4d %4d %4d %6d%n", pad("合计 total", 32), totals.getOrDefault(TaskClass.A, 0),
        totals.getOrDefault(TaskClass.B, 0), totals.getOrDefault(TaskClass.C, 0), p.tasks().size());
    long declared = p.tasks().stream().filter(t -> t.declaredClass().isPresent()).count();
    long overriding = gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).count();
    out.println("  " + (p.tasks().size() - declared) + " classes computed from the measure against the benchmark; "
        + declared + " declared with a reason, " + overriding + " of them overriding the computed class; "
        + gap.contradictions().size() + " targets contradict their class (score gap); "
        + p.warnings().size() + " warnings (leads without the competence, targets worse than their baseline)");
  }

  private static void authorisation(PrintStream out, ProgrammeInputs in, BattleMap map) {
    out.println("Class C tasks, judged by their authorisation steps (申请提交 → 获得授权 → 落地实施), not by a percentage:");
    for (TaskStatus s : map.tasks()) {
      if (s.task().legalAuthorisation()) {
        out.printf("  %s %s %s %s  %s%n", s.task().id(), pad(s.status().zh(), 8), pad(DispatchCommand.progress(s), 40),
            pad(in.unitName(s.task().lead()), 22), shorten(s.task().description().text(true), 20));
      }
    }
  }

  /** One matter of a district found twice, and what it cost: once. */
  private static void matter(PrintStream out, ProgrammeInputs in, ProgrammeData d, Evaluation e) {
    Map<String, List<Finding>> matters = new LinkedHashMap<>();
    for (Finding f : d.findings()) {
      if (f.matter().isPresent() && e.units().contains(f.unit())) {
        matters.computeIfAbsent(f.matter().get(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<Finding>> m : matters.entrySet()) {
      List<Finding> fs = m.getValue();
      if (fs.size() > 1 && fs.stream().map(Finding::kind).distinct().count() > 1) {
        String unit = fs.get(0).unit();
        out.println("  One matter, deducted once (同一事项不重复扣分): " + in.unitName(unit) + " " + m.getKey() + " — "
            + fs.stream().map(f -> f.id() + " " + f.kind().zh() + "（" + severity(f) + "）").collect(Collectors.joining(" + "))
            + " → one deduction, at the amount of the most severe; ./score assess … --explain " + unit);
        return;
      }
    }
  }

  private static String severity(Finding f) {
    switch (f.severity()) {
      case SERIOUS:
        return "严重";
      case GENERAL:
        return "一般";
      default:
        return "轻微";
    }
  }

  private static void fullMarks(PrintStream out, ProgrammeInputs in, Assessment a) {
    Evaluation e = a.evaluation();
    out.println("  Full marks for the whole assessment (牵头指标国评前10或省评第1，考核直接得满分), and the heads' grades:");
    for (String u : e.units()) {
      if (e.gradeReasons(u).stream().anyMatch(r -> r.startsWith("forced to "))) {
        HeadGrade h = a.head(u).orElseThrow();
        out.printf("    %s %7s  %s  head %s %s%n", pad(in.unitName(u), 30),
            String.format(Locale.ROOT, "%.2f", e.score(u).getAsDouble()), e.grade(u).orElse(""), h.head().text(true),
            h.text());
      }
    }
  }

  static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  static String shorten(String s, int width) {
    return s.codePointCount(0, s.length()) <= width ? s
        : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String s, int width) {
    int w = 0;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = wide(cp) ? 2 : 1;
      if (w + cw > width) {
        break;
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    while (w++ < width) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /** Pads on the left to a display width. */
  static String padLeft(String s, int width) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return " ".repeat(Math.max(0, width - w)) + s;
  }

  private static boolean wide(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x3000 && cp <= 0x303F) || cp == 0x201C || cp == 0x201D;
  }
}
