package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.HeadGrade;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code score assess}: a year-end assessment of a programme's units with an assessment methodology. */
final class AssessCommand implements Main.Command {

  /** The Chinese names of ranking groups that are unit kinds. */
  static final Map<String, String> GROUPS = Map.of("department", "市直部门", "district", "区", "county", "县（市）",
      "development-zone", "开发区");

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
      a.head(explain).ifPresent(h -> out.println("head " + h.head().text(true) + ": " + h.text() + " — " + h.reason()));
      return Main.OK;
    }
    print(out, in, a, asOf, Integer.MAX_VALUE);
    return Main.OK;
  }

  static void print(PrintStream out, ProgrammeInputs in, Assessment a, LocalDate asOf, int limit) {
    Evaluation e = a.evaluation();
    Plan p = e.plan();
    out.println(e.plan().name().text(true) + " — as of " + asOf + "; scores out of "
        + DemoCommand.fmt(p.fullMarks(p.root())) + " (满分" + DemoCommand.fmt(p.fullMarks(p.root())) + "分)"
        + (p.headGrades().isEmpty() ? "" : "; heads graded " + String.join("/", p.headGrades())));
    List<String> groups = e.units().stream().map(u -> e.group(u).orElse("")).distinct().sorted()
        .collect(java.util.stream.Collectors.toList());
    for (String g : groups) {
      List<String> ranked = e.ranked(g);
      if (!g.isEmpty()) {
        out.println("  [" + GROUPS.getOrDefault(g, g) + "]");
      }
      for (String u : ranked.subList(0, Math.min(limit, ranked.size()))) {
        String head = a.head(u).map(AssessCommand::head).orElse("");
        out.printf("  %3d  %s %7s  %-4s  %s%s%n", e.rank(u).getAsInt(), DemoCommand.pad(in.unitName(u), 30),
            String.format(Locale.ROOT, "%." + p.decimals(p.root()) + "f", e.score(u).getAsDouble()),
            e.grade(u).orElse(""), head, reasons(e, u));
      }
      if (ranked.size() > limit) {
        out.println("  … and " + (ranked.size() - limit) + " more");
      }
      for (String u : e.units()) {
        if (e.group(u).orElse("").equals(g) && e.unranked(u).isPresent()) {
          String head = a.head(u).map(AssessCommand::head).orElse("");
          out.printf("    –  %s %7s  %-4s  %s  (%s)%n", DemoCommand.pad(in.unitName(u), 30),
              String.format(Locale.ROOT, "%." + p.decimals(p.root()) + "f", e.score(u).getAsDouble()),
              e.grade(u).orElse(""), head, e.unranked(u).get());
        }
      }
    }
  }

  static String head(HeadGrade h) {
    return "head " + DemoCommand.pad(h.head().text(true), 6) + " " + h.text();
  }

  private static String reasons(Evaluation e, String u) {
    List<String> r = e.gradeReasons(u);
    return r.size() > 1 ? "  (" + r.get(r.size() - 1) + ")" : "";
  }
}
