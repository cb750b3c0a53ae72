package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.workflow.Assessment;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code score assess}: a year-end assessment of a programme's units with an assessment methodology. */
final class AssessCommand implements Main.Command {

  @Override
  public String summary() {
    return "year-end assessment: score units' programme facts with an assessment methodology";
  }

  @Override
  public String usage() {
    return "--programme P.json --data D.json [--data T.csv] --methodology M.json [--as-of DATE] [--explain UNIT]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "methodology", "as-of", "explain"), Set.of("data"));
    ProgrammeInputs in;
    Plan plan;
    try {
      String file = args.required("methodology");
      in = ProgrammeInputs.read(args, true);
      plan = Engine.create().compile(ScoringInputs.file(file));
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    LocalDate asOf = Cli.date(args.optional("as-of", in.programme.period().end().toString()));
    Assessment a;
    try {
      a = Assessment.run(plan, in.programme, in.data, asOf, in.extra);
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    String explain = args.optional("explain", null);
    if (explain != null) {
      if (!a.evaluation().units().contains(explain)) {
        throw new Main.UsageException("unit \"" + explain + "\" is not assessed by " + plan.id());
      }
      out.print(a.evaluation().explain(explain, plan.root()).text());
      return Main.OK;
    }
    print(out, in, a, Integer.MAX_VALUE);
    return Main.OK;
  }

  static void print(PrintStream out, ProgrammeInputs in, Assessment a, int limit) {
    Evaluation e = a.evaluation();
    out.println(e.plan().name().text(true) + " — as of " + in.programme.period().end());
    List<String> groups = e.units().stream().map(u -> e.group(u).orElse("")).distinct().sorted()
        .collect(java.util.stream.Collectors.toList());
    for (String g : groups) {
      List<String> ranked = e.ranked(g);
      if (!g.isEmpty()) {
        out.println("  [" + g + "]");
      }
      for (String u : ranked.subList(0, Math.min(limit, ranked.size()))) {
        String head = a.head(u).map(h -> h.text(true)).orElse("");
        out.printf("  %3d  %s %7s  %-4s  %s%s%n", e.rank(u).getAsInt(), DemoCommand.pad(in.unitName(u), 30),
            String.format(Locale.ROOT, "%.2f", e.score(u).getAsDouble()), e.grade(u).orElse(""),
            head.isEmpty() ? "" : "head " + head + " " + a.headGrade(u).orElse(""),
            reasons(e, u));
      }
      if (ranked.size() > limit) {
        out.println("  … and " + (ranked.size() - limit) + " more");
      }
    }
  }

  private static String reasons(Evaluation e, String u) {
    List<String> r = e.gradeReasons(u);
    return r.size() > 1 ? "  (" + r.get(r.size() - 1) + ")" : "";
  }
}
