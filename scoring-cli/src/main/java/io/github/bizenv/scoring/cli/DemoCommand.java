package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.reports.Notice;
import io.github.bizenv.scoring.reports.Pages;
import io.github.bizenv.scoring.reports.Quarterly;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score demo}: the bundled Sample City 2021 programme at year end — the A/B/C summary, December's red
 * list, and the year-end assessments of districts (80-point share) and departments (with the national/provincial
 * override) — and writes the last quarter's report page and 通报, saying where they are.
 */
@Command(name = "demo", sortOptions = true)
final class DemoCommand implements Callable<Integer> {

  @Mixin
  Output output;

  @Option(names = "--reports", paramLabel = "DIR", descriptionKey = "option.reports")
  Path reports;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Texts t = cli.texts;
    Programme p = SampleCity.programme();
    ProgrammeData d = SampleCity.data(p);
    List<io.github.bizenv.scoring.model.Observation> districts = SampleCity.districts(p);
    LocalDate asOf = p.period().end();

    long leads = p.tasks().stream().map(Task::lead).distinct().count();
    long places = p.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY
        || u.kind() == UnitKind.DEVELOPMENT_ZONE).count();
    List<String> lines = new ArrayList<>();
    lines.add(cli.t("demo.benchmark", t.name(p.benchmark().jurisdiction()), p.period(), p.areas().size(),
        p.tasks().size(), leads, places));
    lines.add(cli.t("demo.data", d.progressReports().size(), d.ratings().size(), d.findings().size(),
        d.externalResults().size(), d.observations().size() + districts.size()));

    List<Table> tables = new ArrayList<>();
    GapAnalysis gap = GapAnalysis.of(p);
    tables.add(Tables.classesByArea(gap, t, true));
    Report dispatch = Tables.dispatch(BattleMap.at(p, d, asOf, DispatchRules.defaults()), 8, t);
    tables.addAll(titled(dispatch));
    Plan districtPlan = Inputs.bundled("assessment-districts-2021.json");
    tables.addAll(titled(Tables.assessment(Assessment.run(districtPlan, p, d, asOf, districts), p, Integer.MAX_VALUE,
        t)));
    Plan departmentPlan = Inputs.bundled("assessment-departments-2021.json");
    tables.addAll(titled(Tables.assessment(Assessment.run(departmentPlan, p, d, asOf, districts), p, 12, t)));
    String s = "scoring-examples/src/main/resources/";
    Table.Builder next = Table.builder("demo.next", cli.t("demo.next.title"));
    next.note(cli.t("demo.why", p.unit("amr").map(u -> t.name(u.name())).orElse("amr")));
    next.note("  ./score assess --programme " + s + "sample-city/programme.json --data " + s
        + "sample-city/data-2021.json --methodology assessment-departments-2021 "
        + "--explain amr" + (cli.zh() ? " --lang zh" : ""));
    next.note(cli.t("demo.more"));
    if (output.format() == Format.TABLE && output.out == null) {
      writeReports(p, d, t).forEach(next::note);
    }
    tables.add(next.build());
    Report report = Report.of("demo", t.name(p.name()) + (cli.zh() ? "" : "  (" + p.name().text(true) + ")"), lines,
        tables);
    output.write(report, null, null, cli.t("output.what.report", report.tables().size(), report.rowCount()));
    return Failure.OK;
  }

  /** Writes the quarterly meeting's page and its 通报 for the year's last quarter; returns lines saying where. */
  private List<String> writeReports(Programme p, ProgrammeData d, Texts t) {
    Cli cli = Cli.current();
    Path dir = reports != null ? reports : Path.of(System.getProperty("java.io.tmpdir"), "score-demo");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw Failure.data(cli.t("output.cannot-write", dir));
    }
    Period q4 = Period.quarter(p.period().end().getYear(), 4);
    QuarterlyReport r = QuarterlyReport.of(Inputs.bundled("quarterly-progress.json"), p, d, q4, 5);
    Quarterly quarter = Quarterly.builder(p, d, q4).ranking(r).build();
    String lang = cli.zh() ? "zh" : "en";
    Path page = dir.resolve("quarterly-" + q4 + "." + lang + ".html");
    Path notice = dir.resolve("notice-" + q4 + "." + lang + ".docx");
    Output.save(Pages.quarterly(quarter, t).bytes(), page);
    Output.save(Notice.builder(quarter).build().toDocx(t), notice);
    return List.of(cli.t("demo.reports", t.period(q4)), "  " + page.toAbsolutePath(), "  " + notice.toAbsolutePath());
  }

  /** A report's tables, each titled with the report's title, the bonuses and deductions left out. */
  private static List<Table> titled(Report r) {
    List<Table> out = new ArrayList<>();
    for (Table x : r.tables()) {
      if (x.id().equals("assessment.adjustments")) {
        continue;
      }
      Table.Builder b = Table.builder(x.id(), r.title() + (x.title().isEmpty() ? "" : " — " + x.title()));
      x.intro().forEach(b::intro);
      x.columns().forEach(c -> b.column(c.key(), c.header(), c.kind(), c.decimals()));
      x.rows().forEach(row -> b.row(row.toArray()));
      x.notes().forEach(b::note);
      out.add(b.build());
    }
    return out;
  }
}
