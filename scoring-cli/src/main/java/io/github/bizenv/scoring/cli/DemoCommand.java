package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.Unit;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score demo}: the bundled Sample City 2021 programme at year end, read as the city's reform office would, each
 * of the seed article's rules in view — tasks by area and class A/B/C with the national indicators they serve;
 * December's dispatch with the escalations reached (提醒 → 催办 → 督办函 → 约谈) and the class C tasks judged by their
 * authorisation steps; the fourth quarter's meeting, departments and districts ranked apart, praised and named with
 * their problems (存在问题); the districts' 80-point assessment with quotas within each group and matters deducted
 * once; the departments' assessment with full marks for a top-10 indicator and their heads' grades, a
 * recommendation for vertically managed units — and writes the last quarter's report page and 通报, saying where
 * they are.
 */
@Command(name = "demo", sortOptions = true)
final class DemoCommand implements Callable<Integer> {

  /** Tables of the sub-reports the demo leaves out, to keep it to a screen per rule. */
  private static final Set<String> LEFT_OUT = Set.of("dispatch.by-area", "assessment.adjustments");

  @Mixin
  Output output;

  @Option(names = "--reports", paramLabel = "DIR", converter = Values.OutputFolderConverter.class,
      descriptionKey = "option.reports")
  Path reports;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    Texts t = cli.texts;
    Format format = output.format();
    Programme p = SampleCity.programme();
    ProgrammeData d = SampleCity.data(p);
    List<Observation> districts = SampleCity.districts(p);
    LocalDate asOf = p.period().end();
    String and = cli.zh() ? "和" : " and ";

    List<String> lines = new ArrayList<>();
    String head = p.units().stream().filter(u -> u.kind() == UnitKind.CITY).findFirst().flatMap(Unit::head)
        .map(t::name).orElse("—");
    lines.add(cli.t("demo.benchmark", t.name(p.benchmark().jurisdiction()), t.period(p.period()), head,
        p.organisers().stream().map(u -> Tables.unitName(p, u, t)).collect(Collectors.joining(and))));
    long municipal = p.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).count();
    long leads = p.tasks().stream().map(Task::lead).distinct().count();
    long vertical = p.units().stream().filter(Unit::verticallyManaged).count();
    long places = p.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY
        || u.kind() == UnitKind.DEVELOPMENT_ZONE).count();
    lines.add(cli.t("demo.units", p.areas().size(), p.tasks().size(), municipal, leads, vertical, places));
    lines.add(cli.t("demo.data", d.progressReports().size(), d.ratings().size(), d.findings().size(),
        d.recognitions().size(), d.externalResults().size(), d.observations().size() + districts.size()));

    List<Table> tables = new ArrayList<>();
    Table classes = Tables.classesByArea(GapAnalysis.of(p), t, true);
    long competence = p.warnings().stream().filter(w -> w.code().equals(Problem.COMPETENCE)).count();
    long worse = p.warnings().stream().filter(w -> w.code().equals(Problem.TARGET_WORSENS)).count();
    tables.add(competence + worse == 0 ? classes : withNote(classes, cli.t("demo.warnings", competence, worse)));

    BattleMap december = BattleMap.at(p, d, asOf, DispatchRules.defaults());
    tables.addAll(section(Tables.dispatch(december, format == Format.TABLE ? 8 : Integer.MAX_VALUE, t)));

    Period q4 = Period.quarter(asOf.getYear(), 4);
    QuarterlyReport quarter = QuarterlyReport.of(Inputs.bundled("quarterly-progress"), p, d, q4, 3);
    tables.addAll(section(Tables.quarter(quarter, p, format == Format.TABLE ? 3 : Integer.MAX_VALUE, t)));

    Plan districtPlan = Inputs.bundled("assessment-districts-2021");
    Assessment da = Assessment.run(districtPlan, p, d, asOf, districts);
    Report dr = Tables.assessment(da, p, asOf, Integer.MAX_VALUE, t);
    tables.addAll(section(dr));
    tables.add(titled(Tables.matters(da, p, d, asOf, format == Format.TABLE ? 3 : Integer.MAX_VALUE, t),
        dr.title()));

    Plan departmentPlan = Inputs.bundled("assessment-departments-2021");
    Assessment a = Assessment.run(departmentPlan, p, d, asOf, districts);
    tables.addAll(section(Tables.assessment(a, p, asOf, format == Format.TABLE ? 12 : Integer.MAX_VALUE, t)));

    Table.Builder next = Table.builder("demo.next", cli.t("demo.next.title"));
    String s = "scoring-examples/src/main/resources/sample-city/";
    next.note(cli.t("demo.why", Tables.unitName(p, "amr", t)));
    next.note("  ./score assess --programme " + s + "programme.json --data " + s + "data-2021.json "
        + "--methodology assessment-departments-2021 --explain amr" + (cli.zh() ? " --lang zh" : ""));
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
    // --reports names a folder of the user's, checked like every output; the default one is the demo's own, and
    // its files are replaced run after run.
    Path dir = reports != null ? reports : Path.of(System.getProperty("java.io.tmpdir"), "score-demo");
    Outputs outputs = Outputs.current();
    if (reports != null) {
      outputs.createFolder(dir, "--reports");
    } else {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw Failure.data(cli.t("output.cannot-write", dir, Outputs.reason(e)));
      }
    }
    Period q4 = Period.quarter(p.period().end().getYear(), 4);
    QuarterlyReport r = QuarterlyReport.of(Inputs.bundled("quarterly-progress.json"), p, d, q4, 5);
    Quarterly quarter = Quarterly.builder(p, d, q4).ranking(r).build();
    String lang = cli.zh() ? "zh" : "en";
    Path page = dir.resolve("quarterly-" + q4 + "." + lang + ".html");
    Path notice = dir.resolve("notice-" + q4 + "." + lang + ".docx");
    byte[] pageBytes = Pages.quarterly(quarter, t).bytes();
    byte[] noticeBytes = Notice.builder(quarter).build().toDocx(t);
    outputs.write(page, out -> out.write(pageBytes), reports == null);
    outputs.write(notice, out -> out.write(noticeBytes), reports == null);
    return List.of(cli.t("demo.reports", t.period(q4)), "  " + page.toAbsolutePath(), "  " + notice.toAbsolutePath());
  }

  /**
   * A report's tables as sections of the demo: each titled with the report's title, the report's lines before the
   * first, the tables the demo leaves out left out.
   */
  private static List<Table> section(Report r) {
    List<Table> out = new ArrayList<>();
    for (Table x : r.tables()) {
      if (LEFT_OUT.contains(x.id())) {
        continue;
      }
      Table.Builder b = Table.builder(x.id(), r.title() + (x.title().isEmpty() ? "" : " — " + x.title()));
      if (out.isEmpty()) {
        r.lines().forEach(b::intro);
      }
      copy(x, b);
      out.add(b.build());
    }
    return out;
  }

  private static Table titled(Table x, String title) {
    Table.Builder b = Table.builder(x.id(), title + " — " + x.title());
    copy(x, b);
    return b.build();
  }

  private static Table withNote(Table x, String note) {
    Table.Builder b = Table.builder(x.id(), x.title());
    copy(x, b);
    b.note(note);
    return b.build();
  }

  private static void copy(Table x, Table.Builder b) {
    x.intro().forEach(b::intro);
    x.columns().forEach(c -> b.column(c.key(), c.header(), c.kind(), c.decimals()));
    x.rows().forEach(row -> b.row(row.toArray()));
    x.notes().forEach(b::note);
  }
}
