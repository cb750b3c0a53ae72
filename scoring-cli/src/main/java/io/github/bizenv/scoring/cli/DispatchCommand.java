package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score dispatch}: the monthly dispatch (月度调度) of the battle map — traffic lights by area, lead unit or
 * district, the red list with its escalations and the class C tasks by their steps — or, with {@code --unit}, the
 * tasks of one unit with its role in each.
 */
@Command(name = "dispatch", sortOptions = true)
final class DispatchCommand implements Callable<Integer> {

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--month", paramLabel = "MONTH", required = true, converter = Values.MonthConverter.class,
      descriptionKey = "option.month")
  Period month;

  @Option(names = "--by", paramLabel = "VIEW", converter = Values.ViewConverter.class, descriptionKey = "option.by")
  Tables.DispatchView by;

  @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.unit.dispatch")
  String unit;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    if (by != null && unit != null) {
      throw Failure.usage(cli.t("dispatch.by-or-unit"));
    }
    output.format();
    Inputs in = files.read(true);
    in.inPeriod(month, "--month");
    BattleMap map = BattleMap.at(in.programme, in.data, month.end(), DispatchRules.defaults());
    if (unit != null) {
      String u = in.unit(unit);
      Report r = Tables.unitTasks(map, u, cli.texts);
      output.write(r, null, null, cli.t("output.what.unit-tasks", map.forUnit(u).size(),
          Tables.unitName(in.programme, u, cli.texts)));
      return Failure.OK;
    }
    boolean screen = output.format() == Format.TABLE;
    Report r = Tables.dispatch(map, by == null ? Tables.DispatchView.AREA : by, screen ? 15 : Integer.MAX_VALUE,
        cli.texts);
    output.write(r, null, null, cli.t("output.what.dispatch", map.tasks().size(), map.redList().size()));
    return Failure.OK;
  }
}
