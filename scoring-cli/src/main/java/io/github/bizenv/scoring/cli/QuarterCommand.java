package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.Listing;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score quarter}: the quarterly meeting (季度调度推进会) — per ranking group (departments, districts) the best
 * praised and the worst named, each list with its tie rule and notes, and each named unit with its problems
 * (存在问题).
 */
@Command(name = "quarter", sortOptions = true)
final class QuarterCommand implements Callable<Integer> {

  /** Problems shown per named unit on the terminal; files get them all. */
  static final int SCREEN_PROBLEMS = 4;

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--quarter", paramLabel = "QUARTER", required = true, converter = Values.QuarterConverter.class,
      descriptionKey = "option.quarter")
  Period quarter;

  @Option(names = "--methodology", paramLabel = "FILE", converter = Values.InputConverter.class,
      descriptionKey = "option.methodology.quarter")
  Path methodology;

  @Option(names = "--top", paramLabel = "N", converter = Values.CountConverter.class, defaultValue = "5",
      descriptionKey = "option.top")
  int top;

  @Option(names = "--ties", paramLabel = "RULE", converter = Values.TiesConverter.class,
      descriptionKey = "option.ties")
  Listing.Ties ties = Listing.Ties.LIST_ALL;

  @Option(names = "--problems", paramLabel = "N", converter = Values.CountConverter.class,
      descriptionKey = "option.problems")
  Integer problems;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    if (methodology != null) {
      Inputs.methodologyFile(methodology);
    }
    Format format = output.format();
    Inputs in = files.read(true);
    in.inPeriod(quarter, "--quarter");
    Plan plan = methodology != null ? Inputs.methodology(methodology) : Inputs.bundled("quarterly-progress");
    QuarterlyReport report = QuarterlyReport.of(plan, in.programme, in.data, quarter, top, ties);
    int shown = problems != null ? problems : format == Format.TABLE ? SCREEN_PROBLEMS : Integer.MAX_VALUE;
    int praised = report.groups().stream().mapToInt(g -> report.praised(g).units().size()).sum();
    int named = report.groups().stream().mapToInt(g -> report.named(g).units().size()).sum();
    output.write(Tables.quarter(report, in.programme, shown, cli.texts), null, null,
        cli.t("output.what.quarter", praised, named));
    return Failure.OK;
  }
}
