package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.TaskGap;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** {@code score gap}: the A/B/C analysis of a programme against its benchmark. */
final class GapCommand implements Main.Command {

  @Override
  public String summary() {
    return "classify tasks A/B/C against the benchmark, list contradicting targets and closed gaps";
  }

  @Override
  public String usage() {
    return "--programme P.json [--data D.json --unit CITY --as-of DATE] [--tolerance 0.05]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "tolerance", "unit", "as-of"), Set.of("data"));
    double tolerance = Cli.number(args.optional("tolerance", "0"), "tolerance");
    ProgrammeInputs in;
    try {
      in = ProgrammeInputs.read(args, false);
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    GapAnalysis gap = GapAnalysis.of(in.programme, tolerance);
    out.println(in.programme.name().text(true) + " — benchmark " + in.programme.benchmark().jurisdiction().text(true));
    out.printf("%s %4s %4s %4s%n", DemoCommand.pad("Area", 34), "A", "B", "C");
    for (Map.Entry<String, Map<TaskClass, Integer>> e : gap.byArea().entrySet()) {
      Map<TaskClass, Integer> c = e.getValue();
      out.printf("  %s %4d %4d %4d%n", DemoCommand.pad(in.areaName(e.getKey()), 32), c.getOrDefault(TaskClass.A, 0),
          c.getOrDefault(TaskClass.B, 0), c.getOrDefault(TaskClass.C, 0));
    }
    long overriding = gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).count();
    out.println();
    out.println("Declared classes overriding the computed one: " + overriding);
    gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).forEach(g -> out.println("  " + g.task().id()
        + " computed " + g.computedClass().orElseThrow() + ", declared " + g.taskClass().orElseThrow() + ": "
        + g.task().declaredClass().orElseThrow().reason().text(true)));
    out.println("Targets contradicting their class: " + gap.contradictions().size());
    for (TaskGap g : gap.contradictions()) {
      out.println("  " + g.task().id() + " " + g.contradiction().orElseThrow() + " — "
          + DemoCommand.shorten(g.task().description().text(true), 30));
    }
    String unit = args.optional("unit", null);
    if (unit != null) {
      LocalDate asOf = Cli.date(args.optional("as-of", in.programme.period().end().toString()));
      out.println("Gaps closed by " + asOf + " (class A, " + unit + " at or better than the benchmark): "
          + gap.closedBy(in.data, unit, asOf).size());
      gap.closedBy(in.data, unit, asOf).forEach(g -> out.println("  " + g.task().id() + " "
          + g.task().measure().orElseThrow().indicator()));
      out.println("Leads widened by " + asOf + " (class B, better than the baseline): "
          + gap.widenedBy(in.data, unit, asOf).size());
    }
    return Main.OK;
  }
}
