package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The inputs of {@code audit} and {@code uncertainty}: a methodology (a file or a bundled name), its data (tables or
 * data documents) and the period, and the folder the results are written to.
 */
final class AnalysisInputs {

  @Option(names = "--methodology", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
      descriptionKey = "option.methodology.analysis")
  Path methodology;

  @Option(names = "--data", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
      descriptionKey = "option.data.analysis")
  List<Path> data = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, converter = Values.OutputFolderConverter.class,
      descriptionKey = "option.out.folder")
  Path out;

  @Option(names = "--force", descriptionKey = "option.force.folder")
  boolean force;

  @Mixin
  Reading reading;

  Plan plan;
  Dataset dataset;
  /** The period to analyse, or {@code null} for the data's only one. */
  Period period;

  /** The files to write into the folder, by name, written together by {@link #commit}. */
  private final Map<String, byte[]> pending = new LinkedHashMap<>();

  /** Checks the files and the folder, then reads the methodology and the data. */
  void read() {
    Cli cli = Cli.current();
    Inputs.methodologyFile(methodology);
    data.forEach(Inputs::file);
    Outputs.current().folder(out, "--out");
    plan = Inputs.methodology(methodology);
    Dataset.Builder b = Dataset.builder();
    for (Path f : data) {
      String ext = Inputs.extension(f);
      if (ext.equals("json")) {
        b.observations(Documents.create().readDataUnchecked(f).observations());
      } else if (ext.equals("xlsx") || ext.equals("xls")) {
        throw Failure.usage(cli.t("analysis.workbook", f));
      } else {
        b.addCsv(f, plan, reading.options(), DocumentLimits.defaults());
      }
    }
    dataset = b.build();
    List<String> periods = new ArrayList<>();
    dataset.periods().forEach(p -> periods.add(p.toString()));
    if (reading.period == null) {
      if (periods.size() + (dataset.hasUndated() ? 1 : 0) != 1) {
        throw Failure.usage(cli.t("evaluate.choose-period", String.join(", ", periods)));
      }
    } else if (!dataset.periods().contains(reading.period)) {
      throw Failure.data(cli.t("evaluate.no-period", reading.period.toString(), String.join(", ", periods)));
    } else {
      period = reading.period;
    }
  }

  /** Keeps a text file to write into the output folder and returns its name. */
  String write(String name, String text) {
    pending.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return name;
  }

  /**
   * Creates the output folder (and its parents) and writes the files kept, each atomically; nothing is written when
   * the analysis fails before.
   */
  void commit() {
    Outputs outputs = Outputs.current();
    outputs.createFolder(out, "--out");
    pending.forEach((name, bytes) -> outputs.write(out.resolve(name), bytes));
    pending.clear();
  }
}
