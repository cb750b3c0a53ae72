package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code score dispatch}: the monthly dispatch (月度调度) of the battle map and its red list. */
@Command(name = "dispatch", sortOptions = true)
final class DispatchCommand implements Callable<Integer> {

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--month", paramLabel = "MONTH", required = true, converter = Values.MonthConverter.class,
      descriptionKey = "option.month")
  Period month;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Inputs in = files.read(true);
    in.inPeriod(month, "--month");
    BattleMap map = BattleMap.at(in.programme, in.data, month.end(), DispatchRules.defaults());
    boolean screen = output.format() == Format.TABLE;
    output.write(Tables.dispatch(map, screen ? 15 : Integer.MAX_VALUE, cli.texts), null, null,
        cli.t("output.what.dispatch", map.tasks().size(), map.redList().size()));
    return Failure.OK;
  }
}
