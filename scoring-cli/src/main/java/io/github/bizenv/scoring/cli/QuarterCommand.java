package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code score quarter}: the quarterly ranking of lead units, the best praised and the worst named. */
@Command(name = "quarter", sortOptions = true)
final class QuarterCommand implements Callable<Integer> {

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--quarter", paramLabel = "QUARTER", required = true, converter = Values.QuarterConverter.class,
      descriptionKey = "option.quarter")
  Period quarter;

  @Option(names = "--methodology", paramLabel = "FILE", descriptionKey = "option.methodology.quarter")
  Path methodology;

  @Option(names = "--top", paramLabel = "N", converter = Values.CountConverter.class, defaultValue = "5",
      descriptionKey = "option.top")
  int top;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Inputs in = files.read(true);
    in.inPeriod(quarter, "--quarter");
    Plan plan = methodology != null ? Inputs.methodology(methodology) : Inputs.bundled("quarterly-progress.json");
    QuarterlyReport report = QuarterlyReport.of(plan, in.programme, in.data, quarter, top);
    output.write(Tables.quarter(report, in.programme, cli.texts), null, null,
        cli.t("output.what.quarter", report.praised("").size(), report.named("").size()));
    return Failure.OK;
  }
}
