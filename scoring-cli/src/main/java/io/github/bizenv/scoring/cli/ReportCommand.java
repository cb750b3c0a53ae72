package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.reports.Notice;
import io.github.bizenv.scoring.reports.Page;
import io.github.bizenv.scoring.reports.Pages;
import io.github.bizenv.scoring.reports.Quarterly;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score report KIND}: a report as one self-contained HTML page with charts (zh/en, printable to A4) — the
 * quarterly meeting, the year-end results, the gap analysis, a composite index — and the quarterly 通报 as a Word
 * document. The page's tables can also be written as a workbook.
 */
@Command(name = "report", sortOptions = true,
    subcommands = {ReportCommand.QuarterlyCommand.class, ReportCommand.YearEndCommand.class,
        ReportCommand.GapReportCommand.class, ReportCommand.IndexCommand.class})
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(Cli.current().err);
    return Failure.USAGE;
  }

  /** {@code --out FILE}: .html for the page, .xlsx for its tables, and for the quarterly report .docx for the 通报. */
  static final class Out {
    @Option(names = "--out", paramLabel = "FILE", required = true, converter = Values.OutputFileConverter.class,
        descriptionKey = "option.out.report")
    Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    String extension() {
      return Inputs.extension(out);
    }

    /** Writes the page or its tables; false when the extension asks for something else. */
    boolean page(Page page) {
      Cli cli = Cli.current();
      switch (extension()) {
        case "html":
        case "htm":
          Outputs.current().write(out, page.bytes());
          cli.out.println(cli.t("output.wrote", cli.t("output.what.page", page.title(), page.chartCount()), out));
          return true;
        case "xlsx":
          Outputs.current().write(out, Workbooks.create().write(Report.of(page.kind(), page.title(), List.of(),
              page.tables())));
          cli.out.println(cli.t("output.wrote", cli.t("output.what.report", page.tables().size(),
              Report.of(page.kind(), page.title(), List.of(), page.tables()).rowCount()), out));
          return true;
        default:
          return false;
      }
    }

    Failure unknown(boolean docx) {
      Cli cli = Cli.current();
      return Failure.usage(cli.t(docx ? "report.out.quarterly" : "report.out", out));
    }
  }

  /** {@code score report quarterly}: the quarterly meeting's page, or with {@code --out F.docx} the 通报. */
  @Command(name = "quarterly", sortOptions = true)
  static final class QuarterlyCommand implements Callable<Integer> {

    @Mixin
    ProgrammeFiles files;

    @Option(names = "--quarter", paramLabel = "QUARTER", required = true, converter = Values.QuarterConverter.class,
        descriptionKey = "option.quarter")
    Period quarter;

    @Option(names = "--methodology", paramLabel = "FILE", converter = Values.InputConverter.class,
        descriptionKey = "option.methodology.report-quarterly")
    List<Path> methodologies = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", converter = Values.CountConverter.class, defaultValue = "5",
        descriptionKey = "option.top")
    int top;

    @Option(names = "--template", paramLabel = "FILE", converter = Values.InputConverter.class,
        descriptionKey = "option.template.notice")
    Path template;

    @Option(names = "--office", paramLabel = "TEXT", descriptionKey = "option.office")
    String office;

    @Option(names = "--to", paramLabel = "TEXT", descriptionKey = "option.to")
    String to;

    @Option(names = "--date", paramLabel = "DATE", converter = Values.DateConverter.class,
        descriptionKey = "option.date.notice")
    LocalDate date;

    @Option(names = "--number", paramLabel = "TEXT", descriptionKey = "option.number")
    String number;

    @Mixin
    Out out;

    @Override
    public Integer call() {
      Cli cli = Cli.current();
      String ext = out.extension();
      if (!List.of("html", "htm", "xlsx", "docx").contains(ext)) {
        throw out.unknown(true);
      }
      if (template != null) {
        Inputs.file(template);
      }
      methodologies.forEach(Inputs::methodologyFile);
      Inputs in = files.read(true);
      in.inPeriod(quarter, "--quarter");
      Quarterly.Builder b = Quarterly.builder(in.programme, in.data, quarter);
      if (methodologies.isEmpty()) {
        b.ranking(QuarterlyReport.of(Inputs.bundled("quarterly-progress.json"), in.programme, in.data, quarter, top));
      }
      for (Path m : methodologies) {
        b.ranking(QuarterlyReport.of(Inputs.methodology(m), in.programme, in.data, quarter, top));
      }
      Quarterly q = b.build();
      if (!ext.equals("docx")) {
        out.page(Pages.quarterly(q, cli.texts));
        return Failure.OK;
      }
      Notice.Builder n = Notice.builder(q);
      if (template != null) {
        n.template(template);
      }
      if (office != null) {
        n.office(office);
      }
      if (to != null) {
        n.addressees(to);
      }
      if (date != null) {
        n.date(date);
      }
      if (number != null) {
        n.number(number);
      }
      Outputs.current().write(out.out, n.build().toDocx(cli.texts));
      cli.out.println(cli.t("output.wrote", cli.t("output.what.notice", cli.texts.period(quarter), q.praised().size(),
          q.named().size()), out.out));
      return Failure.OK;
    }
  }

  /** {@code score report year-end}: the year-end results of one or more assessments. */
  @Command(name = "year-end", sortOptions = true)
  static final class YearEndCommand implements Callable<Integer> {

    @Mixin
    ProgrammeFiles files;

    @Option(names = "--methodology", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
        descriptionKey = "option.methodology.report-year-end")
    List<Path> methodologies = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", converter = Values.DateConverter.class,
        descriptionKey = "option.as-of")
    LocalDate asOf;

    @Mixin
    Out out;

    @Override
    public Integer call() {
      Cli cli = Cli.current();
      methodologies.forEach(Inputs::methodologyFile);
      Inputs in = files.read(true);
      LocalDate d = asOf == null ? in.programme.period().end() : in.inPeriod(asOf, "--as-of");
      List<Assessment> as = new ArrayList<>();
      for (Path m : methodologies) {
        as.add(Assessment.run(Inputs.methodology(m), in.programme, in.data, d, in.extra));
      }
      if (!out.page(Pages.yearEnd(in.programme, as, cli.texts))) {
        throw out.unknown(false);
      }
      return Failure.OK;
    }
  }

  /** {@code score report gap}: the benchmark gap analysis. */
  @Command(name = "gap", sortOptions = true)
  static final class GapReportCommand implements Callable<Integer> {

    @Mixin
    ProgrammeFiles files;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.unit.report-gap")
    String unit;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Values.DateConverter.class,
        descriptionKey = "option.as-of")
    LocalDate asOf;

    @Option(names = "--tolerance", paramLabel = "SHARE", converter = Values.ShareConverter.class,
        descriptionKey = "option.tolerance")
    double tolerance;

    @Mixin
    Out out;

    @Override
    public Integer call() {
      Cli cli = Cli.current();
      Inputs in = files.read(false);
      Programme p = in.programme;
      List<String> cities = new ArrayList<>();
      p.units().stream().filter(x -> x.kind() == UnitKind.CITY).forEach(x -> cities.add(x.id()));
      // Unasked, the city's gaps closed are shown when the data observe the city; asked for, a unit without
      // observations is a problem of the data (exit 1), not "no gap closed".
      String u = unit != null ? in.unit(unit) : cities.size() == 1
          && in.data.observations().stream().anyMatch(o -> o.unit().equals(cities.get(0))) ? cities.get(0) : null;
      LocalDate d = asOf == null ? p.period().end() : in.inPeriod(asOf, "--as-of");
      GapAnalysis gap = GapAnalysis.of(p, tolerance);
      if (!out.page(u == null ? Pages.gap(gap, d, cli.texts) : Pages.gap(gap, in.data, u, d, cli.texts))) {
        throw out.unknown(false);
      }
      return Failure.OK;
    }
  }

  /** {@code score report index}: a composite index with its ranking, profiles, distributions and rank intervals. */
  @Command(name = "index", sortOptions = true)
  static final class IndexCommand implements Callable<Integer> {

    @Mixin
    EvaluateCommand.Scoring scoring;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "option.unit.index")
    String unit;

    @Option(names = "--uncertainty", paramLabel = "FILE", converter = Values.InputConverter.class,
        descriptionKey = "option.uncertainty")
    Path uncertainty;

    @Option(names = "--replications", paramLabel = "N", converter = Values.RunsConverter.class,
        defaultValue = "200", descriptionKey = "option.replications")
    int replications;

    @Option(names = "--seed", paramLabel = "SEED", converter = Values.SeedConverter.class, defaultValue = "1",
        descriptionKey = "option.seed")
    long seed;

    @Mixin
    Out out;

    @Override
    public Integer call() {
      Cli cli = Cli.current();
      if (uncertainty != null) {
        Inputs.file(uncertainty);
      }
      EvaluateCommand.Scoring.Result r = scoring.evaluate();
      Evaluation e = r.evaluation;
      String u = unit;
      if (u != null && !e.units().contains(u)) {
        String upper = u.toUpperCase(Locale.ROOT);
        if (!e.units().contains(upper)) {
          throw Failure.data(cli.t("explain.unit-not-evaluated", unit, e.plan().id()));
        }
        u = upper;
      }
      UncertaintyResult ur = null;
      if (uncertainty != null) {
        if (r.dataset == null) {
          throw Failure.usage(cli.t("report.uncertainty-needs-tables"));
        }
        Plan plan = e.plan();
        UncertaintyAnalysis.Builder ub = UncertaintyAnalysis.builder(plan, r.dataset, UncertaintySpec.read(uncertainty))
            .seed(seed);
        e.period().ifPresent(ub::period);
        ur = ub.build().uncertainty(replications);
      }
      if (!out.page(Pages.index(e, ur, u, cli.texts))) {
        throw out.unknown(false);
      }
      return Failure.OK;
    }
  }
}
