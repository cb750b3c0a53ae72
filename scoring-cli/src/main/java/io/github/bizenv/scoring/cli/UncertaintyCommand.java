package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.analysis.Dimension;
import io.github.bizenv.scoring.analysis.RankStatistics;
import io.github.bizenv.scoring.analysis.SensitivityIndex;
import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.text.AnalysisTables;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score uncertainty}: COINr's uncertainty analysis (and with {@code --sobol} its Sobol sensitivity analysis)
 * of a methodology over its data under a spec of uncertain assumptions; rank statistics, scores and indices as CSV
 * files at full precision in a folder, a summary on the terminal and in {@code summary.txt}, and a progress bar on
 * standard error when it is a terminal.
 */
@Command(name = "uncertainty", sortOptions = true)
final class UncertaintyCommand implements Callable<Integer> {

  /** Where the bundled specs are ({@code scoring-examples}). */
  static final String BUNDLED = "/uncertainty/";

  @Mixin
  AnalysisInputs in;

  @Option(names = "--spec", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
      descriptionKey = "option.spec")
  Path spec;

  @Option(names = "--runs", paramLabel = "N", converter = Values.RunsConverter.class, descriptionKey = "option.runs")
  int runs = 1000;

  @Option(names = "--seed", paramLabel = "SEED", converter = Values.SeedConverter.class, descriptionKey = "option.seed")
  long seed = 1;

  @Option(names = "--sobol", descriptionKey = "option.sobol")
  boolean sobol;

  @Option(names = "--bootstrap", paramLabel = "B", converter = Values.BootstrapConverter.class,
      descriptionKey = "option.bootstrap")
  int bootstrap = 100;

  @Option(names = "--threads", paramLabel = "T", converter = Values.ThreadsConverter.class,
      descriptionKey = "option.threads")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Texts t = cli.texts;
    if (sobol && runs < 2) {
      throw Failure.usage(cli.t("uncertainty.sobol-runs", runs));
    }
    UncertaintySpec u = spec();
    in.read();
    UncertaintyAnalysis.Builder b = UncertaintyAnalysis.builder(in.plan, in.dataset, u).seed(seed).threads(threads);
    if (in.period != null) {
      b.period(in.period);
    }
    int evaluations = sobol ? runs * (u.dimensions().size() + 2) : runs;
    b.progress(ProgressBar.of(cli, cli.t("uncertainty.progress")));
    UncertaintyAnalysis ua = b.build();
    long start = System.nanoTime();
    UncertaintyResult result;
    SensitivityResult sensitivity = null;
    List<String> warnings;
    if (sobol) {
      sensitivity = ua.sensitivity(runs, bootstrap);
      result = sensitivity.uncertainty();
      warnings = sensitivity.warnings();
    } else {
      result = ua.uncertainty(runs);
      warnings = result.warnings();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> files = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    summary.add(cli.t(sobol ? "uncertainty.summary.sobol" : "uncertainty.summary.what", t.name(in.plan.name()),
        in.plan.id(), in.plan.nodeName(result.target()).map(n -> t.named(n, result.target())).orElse(result.target()),
        runs, evaluations, seed, result.failures().size()));
    files.add(write("rank-statistics.csv", AnalysisTables.rankStatistics(result, t)));
    files.add(write("scores.csv", AnalysisTables.scores(result, t)));
    if (!result.failures().isEmpty()) {
      files.add(write("failures.csv", AnalysisTables.failures(result, t)));
    }
    List<RankStatistics> widest = new ArrayList<>(result.rankStatistics());
    widest.removeIf(r -> r.rank5().isEmpty() || r.rank95().isEmpty());
    widest.sort(Comparator.comparingDouble((RankStatistics r) -> r.rank95().getAsDouble() - r.rank5().getAsDouble())
        .reversed().thenComparing(RankStatistics::unit));
    List<String> shown = new ArrayList<>();
    for (RankStatistics r : widest.subList(0, Math.min(5, widest.size()))) {
      shown.add(cli.t("uncertainty.summary.unit", r.unit(), r.nominalRank().isPresent()
          ? String.valueOf(r.nominalRank().getAsInt()) : "-", Texts.number(r.rank5().getAsDouble(), 1),
          Texts.number(r.rank95().getAsDouble(), 1)));
    }
    if (!shown.isEmpty()) {
      summary.add(cli.t("uncertainty.summary.widest", String.join(cli.zh() ? "；" : "; ", shown)));
    }
    if (sensitivity != null) {
      List<String> dims = new ArrayList<>();
      for (Dimension d : u.dimensions()) {
        dims.add(d.id());
      }
      files.add(write("sensitivity-indices.csv", AnalysisTables.sensitivityIndices(sensitivity, t)));
      files.add(write("sensitivity-outputs.csv", AnalysisTables.sensitivityOutputs(sensitivity, dims, t)));
      List<String> indices = new ArrayList<>();
      for (SensitivityIndex s : sensitivity.indices()) {
        indices.add(cli.t("uncertainty.summary.index", s.dimension(), s.firstOrder().isPresent()
            ? Texts.number(s.firstOrder().getAsDouble(), 2) : "-", s.totalEffect().isPresent()
            ? Texts.number(s.totalEffect().getAsDouble(), 2) : "-"));
      }
      summary.add(cli.t("uncertainty.summary.indices", String.join(cli.zh() ? "；" : "; ", indices)));
    }
    for (String w : warnings) {
      summary.add(cli.t("analysis.warning", AnalysisTables.warning(w, t)));
    }
    files.add(in.write("summary.txt", String.join("\n", summary) + "\n"));
    in.commit();
    summary.forEach(cli.out::println);
    cli.out.println(cli.t("analysis.wrote.timed", files.size(), in.out, String.join(", ", files),
        Texts.number(seconds, 1), threads));
    return Failure.OK;
  }

  /** The spec: a file, or the name of a bundled one ({@code asem-coinr}). */
  private UncertaintySpec spec() {
    String name = spec.toString().replaceAll("\\.json$", "");
    if (!Files.exists(spec) && name.matches("[A-Za-z0-9_.-]+")) {
      try (InputStream s = UncertaintyCommand.class.getResourceAsStream(BUNDLED + name + ".json")) {
        if (s != null) {
          return UncertaintySpec.read(new String(s.readAllBytes(), StandardCharsets.UTF_8), name + ".json");
        }
      } catch (IOException e) {
        throw Failure.data(Cli.current().t("input.unreadable", spec));
      }
    }
    return UncertaintySpec.read(Inputs.file(spec));
  }

  private String write(String name, Table table) {
    return in.write(name, Report.of(table.id(), table.title(), List.of(), List.of(table)).toCsvUnrounded());
  }
}
