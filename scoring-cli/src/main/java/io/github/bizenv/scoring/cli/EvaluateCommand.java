package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.Assessment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code score evaluate}: every unit × node score with ranks and grades. */
@Command(name = "evaluate", sortOptions = true)
final class EvaluateCommand implements Callable<Integer> {

  @Mixin
  Scoring scoring;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Scoring.Result r = scoring.evaluate();
    Evaluation e = r.evaluation;
    Programme p = r.programme;
    output.write(table(e, p, true, cli), () -> table(e, p, false, cli).toText(),
        output.format() == Format.JSON ? e::toJson : null,
        cli.t("output.what.evaluation", e.units().size(), e.plan().nodes().size()));
    return Failure.OK;
  }

  /**
   * The inputs of {@code evaluate} and {@code explain}: a methodology and data tables, or a methodology and a
   * programme's facts.
   */
  static final class Scoring {

    @Option(names = "--methodology", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
        descriptionKey = "option.methodology")
    Path methodology;

    @Option(names = "--data", paramLabel = "FILE", converter = Values.InputConverter.class,
        descriptionKey = "option.data.tables")
    List<Path> data = new ArrayList<>();

    @Option(names = "--programme", paramLabel = "FILE", converter = Values.InputConverter.class,
        descriptionKey = "option.programme.facts")
    Path programme;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Values.DateConverter.class,
        descriptionKey = "option.as-of")
    LocalDate asOf;

    @Mixin
    Reading reading;

    /** An evaluation and the programme that names its units, if any. */
    static final class Result {
      final Evaluation evaluation;
      final Programme programme;
      final Inputs inputs;
      /** The tables read, when the data were tables (not a programme's facts). */
      final Dataset dataset;

      Result(Evaluation evaluation, Programme programme, Inputs inputs) {
        this(evaluation, programme, inputs, null);
      }

      Result(Evaluation evaluation, Programme programme, Inputs inputs, Dataset dataset) {
        this.evaluation = evaluation;
        this.programme = programme;
        this.inputs = inputs;
        this.dataset = dataset;
      }
    }

    Result evaluate() {
      Cli cli = Cli.current();
      if (programme != null) {
        Inputs.methodologyFile(methodology);
        Inputs in = Inputs.read(programme, data, reading, true);
        Plan plan = Inputs.methodology(methodology);
        LocalDate date = asOf == null ? in.programme.period().end() : in.inPeriod(asOf, "--as-of");
        return new Result(Assessment.run(plan, in.programme, in.data, date, in.extra).evaluation(), in.programme, in);
      }
      if (data.isEmpty()) {
        throw Failure.usage(cli.t("input.data-required"));
      }
      Inputs.methodologyFile(methodology);
      data.forEach(Inputs::file);
      if (asOf != null) {
        throw Failure.usage(cli.t("evaluate.as-of-needs-programme"));
      }
      Plan plan = Inputs.methodology(methodology);
      Dataset.Builder b = Dataset.builder();
      for (Path f : data) {
        String ext = Inputs.extension(f);
        if (ext.equals("json")) {
          b.observations(Documents.create().readDataUnchecked(f).observations());
        } else if (ext.equals("xlsx") || ext.equals("xls")) {
          throw Failure.usage(cli.t("evaluate.workbook-needs-programme", f));
        } else {
          b.addCsv(f, plan, reading.options(), DocumentLimits.defaults());
        }
      }
      Dataset dataset = b.build();
      List<String> periods = new java.util.ArrayList<>();
      dataset.periods().forEach(p -> periods.add(p.toString()));
      if (reading.period == null) {
        if (periods.size() + (dataset.hasUndated() ? 1 : 0) != 1) {
          throw Failure.usage(cli.t("evaluate.choose-period", String.join(", ", periods)));
        }
        return new Result(plan.evaluate(dataset), null, null, dataset);
      }
      if (!dataset.periods().contains(reading.period)) {
        throw Failure.data(cli.t("evaluate.no-period", reading.period.toString(), String.join(", ", periods)));
      }
      return new Result(plan.evaluate(dataset, reading.period), null, null, dataset);
    }
  }

  private static Report table(Evaluation e, Programme p, boolean allNodes, Cli cli) {
    return p == null ? Tables.evaluation(e, allNodes, cli.texts) : Tables.evaluation(e, p, allNodes, cli.texts);
  }
}
