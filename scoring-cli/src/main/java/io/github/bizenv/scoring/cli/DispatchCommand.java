package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Role;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.Escalation;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code score dispatch}: the monthly dispatch report (月度调度) of the battle map. */
final class DispatchCommand implements Main.Command {

  @Override
  public String summary() {
    return "monthly dispatch: traffic lights by area, lead unit or district, the red list and its escalations";
  }

  @Override
  public String usage() {
    return "--programme P.json --data D.json --month 2021-06 [--by area|lead|district] [--unit ID]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("programme", "month", "by", "unit"), Set.of("data"));
    Period month = Cli.period(args.required("month"), Period.Kind.MONTH);
    String by = args.optional("by", "area");
    if (!List.of("area", "lead", "district").contains(by)) {
      throw new Main.UsageException("--by is area, lead or district, not \"" + by + "\"");
    }
    ProgrammeInputs in;
    try {
      in = ProgrammeInputs.read(args, true);
    } catch (ValidationException e) {
      err.println(e.getMessage());
      return Main.INVALID;
    }
    BattleMap map = BattleMap.at(in.programme, in.data, month.end(), DispatchRules.defaults());
    String unit = args.optional("unit", null);
    if (unit != null) {
      if (in.programme.unit(unit).isEmpty()) {
        throw new Main.UsageException("unit \"" + unit + "\" is not in the programme");
      }
      unit(out, in, map, unit);
      return Main.OK;
    }
    print(out, in, map, by, 15);
    return Main.OK;
  }

  static void print(PrintStream out, ProgrammeInputs in, BattleMap map, String by, int redLines) {
    out.println("Dispatch " + map.date() + " (作战图月度调度)");
    if (by.equals("area")) {
      table(out, "By area (领域)", map.byArea(), in::areaName);
    } else if (by.equals("lead-red-only")) {
      Map<String, Map<Status, Integer>> byLead = map.byLead();
      byLead.values().removeIf(c -> c.getOrDefault(Status.RED, 0) == 0 && c.getOrDefault(Status.BEHIND, 0) == 0);
      table(out, "Leads with red or yellow tasks", byLead, in::unitName);
    } else if (by.equals("district")) {
      table(out, "By district (区县和开发区, all roles)", map.byDistrict(), in::unitName);
    } else {
      table(out, "By lead unit (牵头单位)", map.byLead(), in::unitName);
    }
    out.println();
    List<TaskStatus> red = map.redList();
    out.println("Red list: " + red.size() + " tasks — months red in a row, the escalation reached (提醒 → 催办 → 督办函 → 约谈)");
    for (TaskStatus s : red.subList(0, Math.min(redLines, red.size()))) {
      out.printf("  %s %2d %s %s %s  %s  %s%n", s.task().id(), s.monthsRed(),
          DemoCommand.pad(s.escalation().map(DispatchCommand::step).orElse(""), 16),
          DemoCommand.pad(in.unitName(s.task().lead()), 24), progress(s),
          s.task().deadline().isBefore(map.date()) ? "overdue since " + s.task().deadline() : "due " + s.task().deadline(),
          DemoCommand.shorten(s.task().description().text(true), 22));
      String roles = roles(in, s);
      if (!roles.isEmpty()) {
        out.println("         " + roles);
      }
    }
    if (red.size() > redLines) {
      out.println("  … and " + (red.size() - redLines) + " more");
    }
  }

  static String step(Escalation e) {
    return e.step().name().text(true) + "(" + e.reached() + ")";
  }

  static String progress(TaskStatus s) {
    if (s.task().legalAuthorisation()) {
      return "planned " + s.plannedStep().map(AuthorisationStep::zh).orElse("—") + " reached "
          + s.reachedStep().map(AuthorisationStep::zh).orElse("尚未申请");
    }
    return String.format(java.util.Locale.ROOT, "planned %3.0f%% reported %3.0f%%", s.planned(), s.reported());
  }

  static String roles(ProgrammeInputs in, TaskStatus s) {
    List<String> parts = new ArrayList<>();
    if (!s.task().responsible().isEmpty()) {
      parts.add(Role.RESPONSIBLE.zh() + ": " + names(in, s.task().responsible()));
    }
    if (!s.task().supporting().isEmpty()) {
      parts.add(Role.SUPPORTING.zh() + ": " + names(in, s.task().supporting()));
    }
    return String.join("; ", parts);
  }

  private static String names(ProgrammeInputs in, Set<String> units) {
    List<String> names = units.stream().map(in::unitName).collect(Collectors.toList());
    return String.join("、", names.subList(0, Math.min(4, names.size()))) + (names.size() > 4 ? " 等" + names.size() + "个" : "");
  }

  private static void unit(PrintStream out, ProgrammeInputs in, BattleMap map, String unit) {
    List<TaskStatus> tasks = map.forUnit(unit);
    out.println("Dispatch " + map.date() + " — " + in.unitName(unit) + ": " + tasks.size() + " tasks");
    for (TaskStatus s : tasks) {
      Role role = s.task().role(unit).orElseThrow();
      out.printf("  %s %s %s %s %s%n", s.task().id(), DemoCommand.pad(role.zh(), 8),
          DemoCommand.pad(s.status().zh(), 6), DemoCommand.pad(progress(s), 34),
          DemoCommand.shorten(s.task().description().text(true), 28));
    }
  }

  private static void table(PrintStream out, String title, Map<String, Map<Status, Integer>> rows,
      java.util.function.Function<String, String> name) {
    out.printf("%s", DemoCommand.pad(title, 34));
    for (Status s : Status.values()) {
      out.printf(" %s", DemoCommand.padLeft(s.zh(), 7));
    }
    out.println();
    for (Map.Entry<String, Map<Status, Integer>> e : rows.entrySet()) {
      out.printf("  %s", DemoCommand.pad(name.apply(e.getKey()), 32));
      for (Status s : Status.values()) {
        out.printf(" %7d", e.getValue().getOrDefault(s, 0));
      }
      out.println();
    }
  }
}
