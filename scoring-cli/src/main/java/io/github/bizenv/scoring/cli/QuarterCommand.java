package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** {@code score quarter}: the quarterly ranking of lead units, the best praised and the worst named. */
final class QuarterCommand implements Main.Command {

  @Override
  public String summary() {
    return "quarterly ranking of lead units: top N praised, bottom N named, movement since last quarter";
  }

  @Override
  public String usage() {
    return "--programme P.json --data D.json --quarter 2021Q2 [--methodology M.json] [--top 5]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "quarter", "methodology", "top"), Set.of("data"));
    Period quarter = Cli.period(args.required("quarter"), Period.Kind.QUARTER);
    int top = (int) Cli.number(args.optional("top", "5"), "top");
    String file = args.optional("methodology", null);
    ProgrammeInputs in;
    Plan plan;
    try {
      in = ProgrammeInputs.read(args, true);
      plan = file != null ? Engine.create().compile(ScoringInputs.file(file)) : bundled("quarterly-progress.json");
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    QuarterlyReport report = QuarterlyReport.of(plan, in.programme, in.data, quarter, top);
    print(out, in, report);
    return Main.OK;
  }

  static Plan bundled(String name) {
    return Engine.create().compile(Catalogue.bundled().methodology(name.replace(".json", "")));
  }

  static void print(PrintStream out, ProgrammeInputs in, QuarterlyReport report) {
    Evaluation e = report.evaluation();
    out.println("Quarter " + report.quarter() + ": " + e.ranked("").size() + " lead units ranked by "
        + e.plan().name().text(true) + " (相同分数排名不分先后)");
    out.println("Praised (表扬):");
    lines(out, in, report, report.praised(""));
    out.println("Named (通报):");
    lines(out, in, report, report.named(""));
  }

  private static void lines(PrintStream out, ProgrammeInputs in, QuarterlyReport r, List<String> units) {
    Evaluation e = r.evaluation();
    for (String u : units) {
      OptionalInt move = r.movement(u);
      out.printf("  %3d  %s %7s  %s%n", e.rank(u).getAsInt(), DemoCommand.pad(in.unitName(u), 28),
          String.format(java.util.Locale.ROOT, "%.2f", e.score(u).getAsDouble()),
          move.isEmpty() ? "" : move.getAsInt() > 0 ? "↑" + move.getAsInt() : move.getAsInt() < 0 ? "↓" + (-move.getAsInt()) : "=");
    }
  }
}
