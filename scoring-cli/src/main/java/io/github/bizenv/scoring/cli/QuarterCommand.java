package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.workflow.Listing;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import io.github.bizenv.scoring.workflow.Shortfall;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code score quarter}: the quarterly meeting — departments and districts ranked apart, the best praised and the
 * worst named with their problems (存在问题).
 */
final class QuarterCommand implements Main.Command {

  @Override
  public String summary() {
    return "quarterly ranking: per group the top N praised, the bottom N named with their problems, movement";
  }

  @Override
  public String usage() {
    return "--programme P.json --data D.json --quarter 2021Q2 [--methodology M.json] [--top 5] [--ties list-all|leave-out]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "quarter", "methodology", "top", "ties"), Set.of("data"));
    Period quarter = Cli.period(args.required("quarter"), Period.Kind.QUARTER);
    int top = (int) Cli.number(args.optional("top", "5"), "top");
    String ties = args.optional("ties", "list-all");
    if (!ties.equals("list-all") && !ties.equals("leave-out")) {
      throw new Main.UsageException("--ties is list-all or leave-out, not \"" + ties + "\"");
    }
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
    QuarterlyReport report = QuarterlyReport.of(plan, in.programme, in.data, quarter, top,
        ties.equals("list-all") ? Listing.Ties.LIST_ALL : Listing.Ties.LEAVE_OUT);
    print(out, in, report, 4);
    return Main.OK;
  }

  static Plan bundled(String name) {
    InputStream in = QuarterCommand.class.getResourceAsStream("/methodologies/" + name);
    if (in == null) {
      throw new IllegalStateException("the bundled methodology " + name + " is missing");
    }
    return Engine.create().compile(in, name);
  }

  static void print(PrintStream out, ProgrammeInputs in, QuarterlyReport report, int problems) {
    Evaluation e = report.evaluation();
    out.println("Quarter " + report.quarter() + " (季度调度推进会): ranked by " + e.plan().name().text(true)
        + " (相同分数排名不分先后)");
    for (String g : report.groups()) {
      out.println("  [" + AssessCommand.GROUPS.getOrDefault(g, g) + "] " + e.ranked(g).size() + " ranked");
      Listing praised = report.praised(g);
      out.println("  Praised (表扬), " + praised.size() + ":" + praised.note().map(n -> "  " + n.text(true)).orElse(""));
      lines(out, in, report, praised.units(), 0);
      Listing named = report.named(g);
      out.println("  Named (点名通报), " + named.size() + ":" + named.note().map(n -> "  " + n.text(true)).orElse(""));
      lines(out, in, report, named.units(), problems);
    }
  }

  private static void lines(PrintStream out, ProgrammeInputs in, QuarterlyReport r, List<String> units, int problems) {
    Evaluation e = r.evaluation();
    for (String u : units) {
      OptionalInt move = r.movement(u);
      out.printf("    %3d  %s %7s  %s%n", e.rank(u).getAsInt(), DemoCommand.pad(in.unitName(u), 28),
          String.format(java.util.Locale.ROOT, "%.2f", e.score(u).getAsDouble()),
          move.isEmpty() ? "" : move.getAsInt() > 0 ? "↑" + move.getAsInt() : move.getAsInt() < 0 ? "↓" + (-move.getAsInt()) : "=");
      if (problems > 0) {
        List<Shortfall> s = r.shortfalls(u);
        out.println("         存在问题:");
        for (Shortfall x : s.subList(0, Math.min(problems, s.size()))) {
          out.println("           - " + DemoCommand.shorten(x.text().text(true), 70));
        }
        if (s.size() > problems) {
          out.println("           … and " + (s.size() - problems) + " more");
        }
      }
    }
  }
}
