package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.excel.WorkbookRead;
import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.io.DocumentType;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.io.TableRead;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code score validate FILE...}: checks documents of any type — programmes, data, methodologies (JSON), tables
 * (CSV) and ledger workbooks (.xlsx). Programmes are read first; data documents are checked against the programme
 * they name when it is among the files, tables against the programme when exactly one is given. A programme's
 * warnings (a lead unit outside its competences, a target worse than its baseline) are listed under it and do not
 * fail the check.
 */
@Command(name = "validate", sortOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", converter = Values.InputConverter.class,
      descriptionKey = "validate.files")
  List<Path> files;

  @Mixin
  Reading reading;

  @Mixin
  Output output;

  private final Map<String, List<Problem>> problems = new LinkedHashMap<>();
  private final Map<String, List<Problem>> warnings = new LinkedHashMap<>();
  private final List<Object[]> results = new ArrayList<>();

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    files.forEach(Inputs::file);
    Documents docs = Documents.create();
    Map<Path, DocumentType> types = new LinkedHashMap<>();
    List<Path> workbooks = new ArrayList<>();
    for (Path p : files) {
      String ext = Inputs.extension(p);
      if (ext.equals("xlsx") || ext.equals("xls")) {
        workbooks.add(p);
        continue;
      }
      if (ext.equals("txt") || ext.equals("tsv")) {
        types.put(p, DocumentType.OBSERVATIONS_CSV);
        continue;
      }
      try {
        types.put(p, docs.detect(p));
      } catch (ValidationException e) {
        invalid(p, e);
      }
    }
    Map<String, Programme> programmes = new LinkedHashMap<>();
    for (Path p : workbooks) {
      try {
        WorkbookRead w = Workbooks.create().read(p);
        programmes.put(w.programme().id(), w.programme());
        Inputs.notes(p, w.unitsByName(), w.indicatorsByName(), w.areasByName());
        Inputs.ignored(p, w);
        ok(p, cli.t("validate.workbook", programme(p, w.programme(), w.warnings()), data(w.data())));
      } catch (ValidationException e) {
        invalid(p, e);
      }
    }
    for (Map.Entry<Path, DocumentType> e : types.entrySet()) {
      if (e.getValue() == DocumentType.PROGRAMME) {
        try {
          Programme p = docs.readProgramme(e.getKey());
          programmes.put(p.id(), p);
          ok(e.getKey(), programme(e.getKey(), p, p.warnings()));
        } catch (ValidationException x) {
          invalid(e.getKey(), x);
        }
      }
    }
    for (Map.Entry<Path, DocumentType> e : types.entrySet()) {
      Path path = e.getKey();
      try {
        if (e.getValue() == DocumentType.METHODOLOGY) {
          Plan plan = Engine.create().compile(path);
          ok(path, cli.t("validate.methodology", plan.id(), plan.nodes().size(), plan.columns().size()));
        } else if (e.getValue() == DocumentType.DATA) {
          ProgrammeData unchecked = docs.readDataUnchecked(path);
          Programme p = programmes.get(unchecked.programme());
          if (p == null) {
            ok(path, cli.t("validate.data-alone", unchecked.programme()));
          } else {
            ok(path, cli.t("validate.data", p.id(), data(docs.readData(path, p))));
          }
        } else if (e.getValue() == DocumentType.OBSERVATIONS_CSV) {
          TableRead t;
          String against;
          if (programmes.size() == 1) {
            Programme p = programmes.values().iterator().next();
            t = docs.readTable(path, p, reading.options());
            Inputs.notes(path, t.unitsByName(), t.indicatorsByName(), Map.of());
            against = cli.t("validate.csv.against", p.id());
          } else {
            t = docs.readTable(path, reading.options());
            against = cli.t(programmes.isEmpty() ? "validate.csv.alone" : "validate.csv.several");
          }
          ok(path, cli.t("validate.csv", t.observations().size(),
              t.encoding().name().equals("GB18030") ? "GBK/GB18030" : t.encoding().name(),
              cli.t("delimiter." + io.github.bizenv.scoring.io.CsvOptions.describe(t.delimiter())), against));
        }
      } catch (ValidationException x) {
        invalid(path, x);
      } catch (ScoringException x) {
        problems.computeIfAbsent(path.toString(), k -> new ArrayList<>())
            .add(Problem.of(Problem.SYNTAX, "", x.getMessage()));
        results.add(new Object[] {path.toString(), "INVALID", cli.texts.sentence(x.getMessage())});
      }
    }
    boolean invalid = !problems.isEmpty();
    Table.Builder files = Table.builder("files", cli.t("validate.files.title"));
    files.column("file", cli.texts.get("header.file"), Table.Kind.TEXT)
        .column("status", cli.t("validate.status"), Table.Kind.TEXT)
        .column("summary", cli.t("validate.summary"), Table.Kind.TEXT);
    results.forEach(r -> files.row(r[0], r[1].equals("OK") ? cli.t("validate.ok") : cli.t("validate.invalid"), r[2]));
    Report report = Report.of("validate", "", List.of(),
        List.of(files.build(), Tables.problems(problems, cli.texts), Tables.warnings(warnings, cli.texts)));
    output.write(report, this::text, null, cli.t("output.what.validate", results.size(),
        problems.values().stream().mapToInt(List::size).sum()));
    return invalid ? Failure.DATA : Failure.OK;
  }

  /** The text form: one line per file, its problems under it. */
  private String text() {
    Cli cli = Cli.current();
    StringBuilder sb = new StringBuilder();
    int w = Math.max(io.github.bizenv.scoring.text.Widths.width(cli.t("validate.ok")),
        io.github.bizenv.scoring.text.Widths.width(cli.t("validate.invalid")));
    for (Object[] r : results) {
      String file = (String) r[0];
      boolean ok = r[1].equals("OK");
      sb.append(io.github.bizenv.scoring.text.Widths.pad(ok ? cli.t("validate.ok") : cli.t("validate.invalid"), w))
          .append(' ').append(file).append(cli.zh() ? "：" : ": ")
          .append(r[2]).append('\n');
      if (!ok) {
        for (Problem p : problems.getOrDefault(file, List.of())) {
          sb.append("  ").append(cli.texts.problem(p)).append('\n');
        }
      }
      for (Problem p : warnings.getOrDefault(file, List.of())) {
        sb.append("  ").append(cli.t("validate.warning")).append(' ').append(cli.texts.problem(p)).append('\n');
      }
    }
    return sb.toString();
  }

  private void ok(Path p, String summary) {
    results.add(new Object[] {p.toString(), "OK", summary});
  }

  private void invalid(Path p, ValidationException e) {
    Cli cli = Cli.current();
    problems.computeIfAbsent(p.toString(), k -> new ArrayList<>()).addAll(e.problems());
    results.add(new Object[] {p.toString(), "INVALID", cli.t(e.problems().size() == 1 ? "validate.problem"
        : "validate.problems", e.problems().size())});
  }

  /**
   * The summary of a programme, noting its warnings (kept to be listed under it): a document's at their JSON
   * pointers, a workbook's at their cells.
   */
  private String programme(Path file, Programme p, List<Problem> found) {
    Cli cli = Cli.current();
    String s = cli.t("validate.programme", p.id(), p.tasks().size(), p.units().size(), p.indicators().size());
    if (found.isEmpty()) {
      return s;
    }
    warnings.put(file.toString(), found);
    return s + cli.t("validate.with-warnings", found.size());
  }

  private static String data(ProgrammeData d) {
    return Cli.current().t("validate.data.counts", d.progressReports().size(), d.ratings().size(), d.findings().size(),
        d.recognitions().size(), d.externalResults().size(), d.observations().size());
  }
}
