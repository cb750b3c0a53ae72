package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.Assessment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score assess}: a year-end assessment of a programme's units with an assessment methodology — scores out of
 * the methodology's full marks, grades, heads' grades (a recommendation for vertically managed units), units not
 * ranked with why — or, with {@code --explain}, why one unit has its score, grade and head's grade.
 */
@Command(name = "assess", sortOptions = true)
final class AssessCommand implements Callable<Integer> {

  @Mixin
  ProgrammeFiles files;

  @Option(names = "--methodology", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
      descriptionKey = "option.methodology.assess")
  Path methodology;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Values.DateConverter.class,
      descriptionKey = "option.as-of")
  LocalDate asOf;

  @Option(names = "--explain", paramLabel = "UNIT", descriptionKey = "option.explain")
  String explain;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Inputs.methodologyFile(methodology);
    output.format();
    Inputs in = files.read(true);
    Plan plan = Inputs.methodology(methodology);
    LocalDate date = asOf == null ? in.programme.period().end() : in.inPeriod(asOf, "--as-of");
    Assessment a = Assessment.run(plan, in.programme, in.data, date, in.extra);
    Evaluation e = a.evaluation();
    if (explain != null) {
      String u = in.unit(explain);
      if (!e.units().contains(u)) {
        throw Failure.data(cli.t("explain.unit-not-evaluated", explain, plan.id()));
      }
      explain(output, a, u, plan.root());
      return Failure.OK;
    }
    output.write(Tables.assessment(a, in.programme, date, Integer.MAX_VALUE, cli.texts), null, null,
        cli.t("output.what.assessment", e.units().size()));
    return Failure.OK;
  }

  /** Writes why a unit has its score at a node, and its head's grade when the assessment gives one. */
  static void explain(Output output, Assessment a, String unit, String node) {
    Cli cli = Cli.current();
    Evaluation e = a.evaluation();
    Explanation x = e.explain(unit, node);
    Optional<String> head = a.head(unit).map(h -> Tables.head(h, e, cli.texts));
    Report r = Tables.explanation(x, cli.texts);
    Report withHead = Report.of(r.id(), r.title(), head.map(List::of).orElse(List.of()), r.tables());
    output.write(withHead, () -> Tables.explanationText(x, cli.texts) + head.map(h -> h + "\n").orElse(""), null,
        cli.t("output.what.explanation", unit, node));
  }
}
