package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.analysis.Audit;
import io.github.bizenv.scoring.analysis.Correlation;
import io.github.bizenv.scoring.analysis.CorrelationMethod;
import io.github.bizenv.scoring.analysis.IndicatorStatistics;
import io.github.bizenv.scoring.analysis.PrincipalComponents;
import io.github.bizenv.scoring.analysis.RemovalEffect;
import io.github.bizenv.scoring.analysis.Stage;
import io.github.bizenv.scoring.text.AnalysisTables;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score audit}: COINr's statistical audit of a methodology over its data, one CSV file per table at full
 * precision in a folder, and a short summary on the terminal and in {@code summary.txt}.
 */
@Command(name = "audit", sortOptions = true)
final class AuditCommand implements Callable<Integer> {

  @Mixin
  AnalysisInputs in;

  @Option(names = "--stage", paramLabel = "STAGE", split = ",", converter = Values.StageConverter.class,
      descriptionKey = "option.stage")
  List<Stage> stages = new ArrayList<>();

  @Option(names = "--unit", paramLabel = "UNIT", split = ",", descriptionKey = "option.unit.audit")
  List<String> units = new ArrayList<>();

  @Option(names = "--correlation", paramLabel = "METHOD", converter = Values.CorrelationConverter.class,
      descriptionKey = "option.correlation")
  CorrelationMethod method = CorrelationMethod.PEARSON;

  @Option(names = "--flag-above", paramLabel = "R", converter = Values.CorrelationValueConverter.class,
      descriptionKey = "option.flag-above")
  double high = 0.9;

  @Option(names = "--flag-below", paramLabel = "R", converter = Values.CorrelationValueConverter.class,
      descriptionKey = "option.flag-below")
  double low = -0.4;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Texts t = cli.texts;
    in.read();
    Audit audit = in.period == null ? Audit.of(in.plan, in.dataset) : Audit.of(in.plan, in.dataset, in.period);
    List<Stage> chosen = stages.isEmpty() ? audit.stages() : stages;
    for (Stage s : chosen) {
      if (!audit.stages().contains(s)) {
        throw Failure.data(cli.t("audit.no-stage", s.code(), in.plan.id(), codes(audit.stages())));
      }
    }
    for (String u : units) {
      if (!audit.evaluation().units().contains(u)) {
        throw Failure.data(cli.t("explain.unit-not-evaluated", u, in.plan.id()));
      }
    }
    List<String> files = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    summary.add(cli.t("audit.summary.what", t.name(in.plan.name()), in.plan.id(), audit.evaluation().units().size(),
        audit.nodes(in.plan.root(), 1).size(), audit.levels(), String.join(cli.zh() ? "、" : ", ", labels(chosen, t))));
    for (Stage s : chosen) {
      String code = s.code();
      List<IndicatorStatistics> stats = audit.statistics(s);
      files.add(write("statistics-" + code + ".csv", AnalysisTables.statistics(audit, s, t)));
      int outliers = 0;
      int lowAvailability = 0;
      for (IndicatorStatistics x : stats) {
        outliers += x.outliers() ? 1 : 0;
        lowAvailability += x.lowAvailability() ? 1 : 0;
      }
      summary.add(cli.t("audit.summary.stage", AnalysisTables.stage(s, t), stats.size(), outliers, lowAvailability));
      files.add(write("correlations-" + code + "-" + method.name().toLowerCase(java.util.Locale.ROOT) + ".csv",
          AnalysisTables.correlations(audit, s, method, t)));
      if (s != Stage.AGGREGATED) {
        Table flags = AnalysisTables.correlationFlags(audit, s, method, high, low, t);
        files.add(write("correlation-flags-" + code + ".csv", flags));
        if (s == Stage.NORMALISED) {
          long above = flags.rows().stream().filter(r -> r.get(0).equals(t.get("audit.flag.high"))).count();
          summary.add(cli.t("audit.summary.flags", Texts.number(high, 2), above, Texts.number(low, 2),
              flags.rows().size() - above));
        }
      }
    }
    files.add(write("parent-correlations.csv", AnalysisTables.parentCorrelations(audit, method, t)));
    weakest(audit, summary, cli);
    files.add(write("cronbach.csv", AnalysisTables.cronbach(audit, t)));
    OptionalDouble alpha = audit.cronbachAlpha(Stage.NORMALISED, in.plan.root(), 1);
    if (alpha.isPresent()) {
      summary.add(cli.t("audit.summary.alpha", Texts.number(alpha.getAsDouble(), 3)));
    }
    for (int l = 1; l < audit.levels(); l++) {
      Stage s = l == 1 ? Stage.NORMALISED : Stage.AGGREGATED;
      try {
        List<PrincipalComponents> pca = audit.pca(s, in.plan.root(), l, true);
        List<Table> tables = AnalysisTables.pca(audit, l, pca, t);
        files.add(write("pca-level-" + l + ".csv", tables.get(0)));
        files.add(write("pca-variance-level-" + l + ".csv", tables.get(1)));
      } catch (IllegalArgumentException e) {
        summary.add(cli.t("audit.summary.no-pca", l, t.sentence(e.getMessage())));
      }
    }
    for (int l = 1; l < audit.levels(); l++) {
      List<RemovalEffect> effects = audit.removalEffects(l);
      List<Table> tables = AnalysisTables.removal(audit, l, effects, t);
      files.add(write("removal-level-" + l + ".csv", tables.get(0)));
      files.add(write("removal-ranks-level-" + l + ".csv", tables.get(1)));
      RemovalEffect most = null;
      for (RemovalEffect e : effects) {
        if (e.meanAbsoluteRankChange().isPresent() && (most == null
            || e.meanAbsoluteRankChange().getAsDouble() > most.meanAbsoluteRankChange().getAsDouble())) {
          most = e;
        }
      }
      if (most != null) {
        summary.add(cli.t("audit.summary.removal", l, name(most.element(), t),
            Texts.number(most.meanAbsoluteRankChange().getAsDouble(), 2)));
      }
    }
    for (String u : units) {
      files.add(write("unit-" + u + ".csv", AnalysisTables.unitSummary(audit, u, t)));
      files.add(write("strengths-weaknesses-" + u + ".csv", AnalysisTables.strengthsAndWeaknesses(audit,
          audit.strengthsAndWeaknesses(u, Stage.NORMALISED, 5, 5), Stage.NORMALISED, t)));
    }
    files.add(in.write("summary.txt", String.join("\n", summary) + "\n"));
    in.commit();
    summary.forEach(cli.out::println);
    cli.out.println(cli.t("analysis.wrote", files.size(), in.out, String.join(", ", files)));
    return Failure.OK;
  }

  /** The indicator least correlated with its parent, when one correlates weakly or negatively. */
  private void weakest(Audit audit, List<String> summary, Cli cli) {
    Correlation weakest = null;
    for (Correlation c : audit.correlationsWithParent(1, method)) {
      if (c.value().isPresent() && (weakest == null || c.value().getAsDouble() < weakest.value().getAsDouble())) {
        weakest = c;
      }
    }
    if (weakest != null) {
      summary.add(cli.t("audit.summary.weakest", name(weakest.first(), cli.texts), name(weakest.second(), cli.texts),
          Texts.number(weakest.value().getAsDouble(), 2)));
    }
  }

  private String name(String node, Texts t) {
    return in.plan.nodeName(node).map(n -> t.named(n, node)).orElse(node);
  }

  private String write(String name, Table table) {
    return in.write(name, Report.of(table.id(), table.title(), List.of(), List.of(table)).toCsvUnrounded());
  }

  private static List<String> labels(List<Stage> stages, Texts t) {
    List<String> out = new ArrayList<>();
    stages.forEach(s -> out.add(AnalysisTables.stage(s, t)));
    return out;
  }

  private static String codes(List<Stage> stages) {
    List<String> out = new ArrayList<>();
    stages.forEach(s -> out.add(s.code()));
    return String.join(", ", out);
  }
}
