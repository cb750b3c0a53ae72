package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code score dispatch}: the monthly dispatch report (月度调度) of the battle map. */
final class DispatchCommand implements Main.Command {

  @Override
  public String summary() {
    return "monthly dispatch: traffic lights by area and lead unit, and the red list";
  }

  @Override
  public String usage() {
    return "--programme P.json --data D.json --month 2021-06";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "month"), Set.of("data"));
    Period month = Cli.period(args.required("month"), Period.Kind.MONTH);
    ProgrammeInputs in;
    try {
      in = ProgrammeInputs.read(args, true);
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    BattleMap map = BattleMap.at(in.programme, in.data, month.end(), DispatchRules.defaults());
    print(out, in, map, 15);
    return Main.OK;
  }

  static void print(PrintStream out, ProgrammeInputs in, BattleMap map, int redLines) {
    out.println("Dispatch " + map.date() + " (作战图月度调度)");
    table(out, "By area", map.byArea(), in::areaName);
    out.println();
    Map<String, Map<Status, Integer>> byLead = map.byLead();
    byLead.values().removeIf(c -> c.getOrDefault(Status.RED, 0) == 0 && c.getOrDefault(Status.BEHIND, 0) == 0);
    table(out, "Lead units with red or yellow tasks", byLead, in::unitName);
    out.println();
    List<TaskStatus> red = map.redList();
    out.println("Red list: " + red.size() + " tasks (months red in a row; ! = escalated)");
    for (TaskStatus s : red.subList(0, Math.min(redLines, red.size()))) {
      out.printf("  %s %2d%s %s planned %3.0f%% reported %3.0f%%  %s  %s%s%n", s.task().id(), s.monthsRed(),
          s.escalated() ? "!" : " ", DemoCommand.pad(in.unitName(s.task().lead()), 24), s.planned(), s.reported(),
          s.task().deadline().isBefore(map.date()) ? "overdue since " + s.task().deadline() : "due " + s.task().deadline(),
          DemoCommand.shorten(s.task().description().text(true), 24), responsible(in, s));
    }
    if (red.size() > redLines) {
      out.println("  … and " + (red.size() - redLines) + " more");
    }
  }

  private static String responsible(ProgrammeInputs in, TaskStatus s) {
    if (s.task().responsible().isEmpty()) {
      return "";
    }
    List<String> names = new java.util.ArrayList<>();
    s.task().responsible().forEach(u -> names.add(in.unitName(u)));
    return "  (with " + String.join("、", names.subList(0, Math.min(3, names.size())))
        + (names.size() > 3 ? " +" + (names.size() - 3) : "") + ")";
  }

  private static void table(PrintStream out, String title, Map<String, Map<Status, Integer>> rows,
      java.util.function.Function<String, String> name) {
    out.printf("%s", DemoCommand.pad(title, 34));
    for (Status s : Status.values()) {
      out.printf(" %11s", s.label());
    }
    out.println();
    for (Map.Entry<String, Map<Status, Integer>> e : rows.entrySet()) {
      out.printf("  %s", DemoCommand.pad(name.apply(e.getKey()), 32));
      for (Status s : Status.values()) {
        out.printf(" %11d", e.getValue().getOrDefault(s, 0));
      }
      out.println();
    }
  }
}
