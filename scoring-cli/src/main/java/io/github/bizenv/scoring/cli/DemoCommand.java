package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.TaskGap;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code score demo}: the bundled Sample City 2021 programme at year end — the A/B/C summary, December's red
 * list, and the year-end assessments of districts (80-point share) and departments (with the national/provincial
 * override).
 */
final class DemoCommand implements Main.Command {

  @Override
  public String summary() {
    return "the bundled Sample City 2021 programme at year end: classes, red list, assessments";
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
    out.println(p.name().zh().orElse("") + "  " + p.name().en().orElse(""));
    out.println("Benchmark " + p.benchmark().jurisdiction().text(true) + " (" + p.benchmark().jurisdiction().text(false)
        + "), period " + p.period() + ": " + p.areas().size() + " areas, " + p.tasks().size() + " tasks, " + leads
        + " lead units, " + places + " districts, counties and zones");
    out.println("Data: " + d.progressReports().size() + " progress reports, " + d.ratings().size() + " ratings, "
        + d.findings().size() + " findings, " + d.externalResults().size() + " external results, "
        + (d.observations().size() + in.extra.size()) + " observations");
    out.println();

    GapAnalysis gap = GapAnalysis.of(p);
    out.printf("%s %4s %4s %4s %6s%n", pad("Tasks by area and class (分类)", 34), "A", "B", "C", "total");
    Map<TaskClass, Integer> totals = new EnumMap<>(TaskClass.class);
    for (Map.Entry<String, Map<TaskClass, Integer>> e : gap.byArea().entrySet()) {
      Map<TaskClass, Integer> c = e.getValue();
      c.forEach((k, v) -> totals.merge(k, v, Integer::sum));
      out.printf("  %s %4d %4d %4d %6d%n", pad(in.areaName(e.getKey()), 32), c.getOrDefault(TaskClass.A, 0),
          c.getOrDefault(TaskClass.B, 0), c.getOrDefault(TaskClass.C, 0),
          c.values().stream().mapToInt(Integer::intValue).sum());
    }
    out.printf("  %s %4d %4d %4d %6d%n", pad("合计 total", 32), totals.getOrDefault(TaskClass.A, 0),
        totals.getOrDefault(TaskClass.B, 0), totals.getOrDefault(TaskClass.C, 0), p.tasks().size());
    long declared = p.tasks().stream().filter(t -> t.declaredClass().isPresent()).count();
    long overriding = gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).count();
    out.println("  " + (p.tasks().size() - declared) + " classes computed from the measure against the benchmark; "
        + declared + " declared with a reason, " + overriding + " of them overriding the computed class; "
        + gap.contradictions().size() + " targets contradict their class (score gap)");
    out.println();

    DispatchCommand.print(out, in, BattleMap.at(p, d, asOf, DispatchRules.defaults()), 8);
    out.println();

    Plan districts = QuarterCommand.bundled("assessment-districts-2021.json");
    AssessCommand.print(out, in, Assessment.run(districts, p, d, asOf, in.extra), Integer.MAX_VALUE);
    out.println();
    Plan departments = QuarterCommand.bundled("assessment-departments-2021.json");
    AssessCommand.print(out, in, Assessment.run(departments, p, d, asOf, in.extra), 12);
    out.println();
    String s = "scoring-examples/src/main/resources/";
    out.println("Why is 市市场监管局 优秀? ./score assess --programme " + s + "sample-city/programme.json --data " + s
        + "sample-city/data-2021.json --methodology " + METHODOLOGIES + "assessment-departments-2021.json --explain amr");
    out.println("More: ./score dispatch, ./score quarter, ./score gap, ./score evaluate, ./score explain (./score --help)");
    return Main.OK;
  }

  /** Where the bundled methodology files are in a clone of the repository. */
  static final String METHODOLOGIES = "scoring-methodologies/src/main/resources/io/github/bizenv/scoring/methodologies/";

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
      int cw = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
          || (cp >= 0x3000 && cp <= 0x303F) || cp == 0x201C || cp == 0x201D ? 2 : 1;
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
}
