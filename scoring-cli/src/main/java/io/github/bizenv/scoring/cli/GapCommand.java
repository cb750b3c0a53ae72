package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code score gap}: the A/B/C analysis of a programme against its benchmark. */
@Command(name = "gap", sortOptions = true)
final class GapCommand implements Callable<Integer> {

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.unit.gap")
  String unit;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Values.DateConverter.class,
      descriptionKey = "option.as-of")
  LocalDate asOf;

  @Option(names = "--tolerance", paramLabel = "SHARE", converter = Values.ShareConverter.class,
      descriptionKey = "option.tolerance")
  double tolerance;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Inputs in = files.read(false);
    GapAnalysis gap = GapAnalysis.of(in.programme, tolerance);
    String u = unit == null ? null : in.unit(unit);
    LocalDate date = asOf == null ? in.programme.period().end() : in.inPeriod(asOf, "--as-of");
    output.write(u == null ? Tables.gap(gap, cli.texts) : Tables.gap(gap, in.data, u, date, cli.texts), null, null,
        cli.t("output.what.gap", in.programme.tasks().size()));
    return Failure.OK;
  }
}
