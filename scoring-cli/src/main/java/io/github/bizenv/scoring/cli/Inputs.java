package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.excel.WorkbookRead;
import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.io.TableRead;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Unit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A programme and its data from the command line: the programme from {@code .json} or {@code .xlsx} (a ledger
 * workbook, which may hold the data too), then each {@code --data} file — a data document ({@code .json}), the data
 * sheets of a workbook ({@code .xlsx}) or a table of observations ({@code .csv}). Cells that named units or
 * indicators by name are reported on standard error with the ids they were mapped to.
 */
final class Inputs {

  final Programme programme;
  final ProgrammeData data;
  final List<Observation> extra;

  Inputs(Programme programme, ProgrammeData data, List<Observation> extra) {
    this.programme = programme;
    this.data = data;
    this.extra = extra;
  }

  static Path file(Path p) {
    Cli cli = Cli.current();
    if (Files.isDirectory(p)) {
      throw Failure.usage(cli.t("input.is-folder", p));
    }
    if (!Files.isRegularFile(p)) {
      throw Failure.usage(cli.t("input.no-file", p));
    }
    if (!Files.isReadable(p)) {
      throw Failure.usage(cli.t("input.unreadable", p));
    }
    return p;
  }

  static String extension(Path p) {
    String n = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }

  static Inputs read(Path programmeFile, List<Path> dataFiles, Reading reading, boolean dataRequired) {
    Cli cli = Cli.current();
    file(programmeFile);
    dataFiles.forEach(Inputs::file);
    Documents docs = Documents.create();
    Programme p;
    List<ProgrammeData> parts = new ArrayList<>();
    String ext = extension(programmeFile);
    if (ext.equals("xlsx") || ext.equals("xls")) {
      WorkbookRead w = Workbooks.create().read(programmeFile);
      notes(programmeFile, w);
      p = w.programme();
      parts.add(w.data());
    } else if (ext.equals("csv")) {
      throw Failure.usage(cli.t("input.programme-csv", programmeFile));
    } else {
      p = docs.readProgramme(programmeFile);
      if (dataRequired && dataFiles.isEmpty()) {
        throw Failure.usage(cli.t("input.data-required"));
      }
    }
    List<Observation> extra = new ArrayList<>();
    for (Path f : dataFiles) {
      String e = extension(f);
      if (e.equals("csv") || e.equals("txt") || e.equals("tsv")) {
        TableRead t = docs.readTable(f, p, reading.options());
        notes(f, t.unitsByName(), t.indicatorsByName(), Map.of());
        extra.addAll(t.observations());
      } else if (e.equals("xlsx") || e.equals("xls")) {
        WorkbookRead w = Workbooks.create().readData(f, p);
        notes(f, w);
        parts.add(w.data());
      } else {
        parts.add(docs.readData(f, p));
      }
    }
    return new Inputs(p, merge(p, parts), extra);
  }

  private static ProgrammeData merge(Programme p, List<ProgrammeData> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    io.github.bizenv.scoring.model.ImmutableProgrammeData.Builder b = ProgrammeData.builder().programme(p.id());
    for (ProgrammeData d : parts) {
      b.addAllProgressReports(d.progressReports()).addAllRatings(d.ratings()).addAllFindings(d.findings())
          .addAllRecognitions(d.recognitions()).addAllExternalResults(d.externalResults())
          .addAllObservations(d.observations());
    }
    return b.build();
  }

  /**
   * Says what reading a workbook noted: names mapped to ids, sheets not read, and the programme's warnings at their
   * cells (allowed, but probably wrong: a lead unit outside its competences, a target worse than its baseline).
   */
  private static void notes(Path f, WorkbookRead w) {
    notes(f, w.unitsByName(), w.indicatorsByName(), w.areasByName());
    ignored(f, w);
    if (!w.warnings().isEmpty()) {
      Cli cli = Cli.current();
      cli.err.println(cli.t("note.warnings", f, w.warnings().size()));
      int shown = 0;
      for (io.github.bizenv.scoring.Problem p : w.warnings()) {
        if (shown++ == 20) {
          cli.err.println("  " + cli.texts.get("more", w.warnings().size() - 20));
          break;
        }
        cli.err.println("  " + cli.t("validate.warning") + " " + cli.texts.problem(p));
      }
    }
  }

  /** Says which sheets of a workbook were not read. */
  static void ignored(Path f, WorkbookRead w) {
    if (!w.ignoredSheets().isEmpty()) {
      Cli cli = Cli.current();
      cli.err.println(cli.t("note.ignored-sheets", f, String.join(cli.zh() ? "、" : ", ", w.ignoredSheets())));
    }
  }

  /** Says which names were mapped to which ids, a few of each. */
  static void notes(Path f, Map<String, String> units, Map<String, String> indicators, Map<String, String> areas) {
    Cli cli = Cli.current();
    note(cli, f, "note.units", units);
    note(cli, f, "note.indicators", indicators);
    note(cli, f, "note.areas", areas);
  }

  private static void note(Cli cli, Path f, String key, Map<String, String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<String> shown = new ArrayList<>();
    names.entrySet().stream().limit(4).forEach(e -> shown.add(e.getKey() + " → " + e.getValue()));
    String more = names.size() > 4 ? cli.texts.get("more", names.size() - 4) : "";
    cli.err.println(cli.t(key, f, names.size(), String.join(cli.zh() ? "，" : ", ", shown) + more));
  }

  /**
   * The methodology a {@code --methodology} option names: a file, or when no such file exists, the name of a
   * bundled methodology ({@code db2020}, {@code asem} …, see {@link Catalogue}).
   */
  static Plan methodology(Path file) {
    String name = file.toString().replaceAll("\\.json$", "");
    if (!Files.exists(file) && Catalogue.bundled().names().contains(name)) {
      return bundled(name);
    }
    return Engine.create().compile(file(file));
  }

  /** Checks a {@code --methodology} option: an existing file or a bundled methodology's name. */
  static void methodologyFile(Path file) {
    if (Files.exists(file) || !Catalogue.bundled().names().contains(file.toString().replaceAll("\\.json$", ""))) {
      file(file);
    }
  }

  static Plan bundled(String name) {
    return Engine.create().compile(Catalogue.bundled().methodology(name.replaceAll("\\.json$", "")));
  }

  private static final java.util.regex.Pattern TWO_NAMES = java.util.regex.Pattern.compile("(.+)（(.+)）");

  /**
   * A unit named on the command line by id, by name, or by either name of a unit with two (市市场监管局 for
   * 市市场监管局（市知识产权局）).
   */
  String unit(String text) {
    Cli cli = Cli.current();
    if (programme.unit(text).isPresent()) {
      return text;
    }
    List<String> ids = new ArrayList<>();
    for (Unit u : programme.units()) {
      if (u.name().zh().map(text::equals).orElse(false) || u.name().en().map(text::equalsIgnoreCase).orElse(false)) {
        ids.add(u.id());
      }
    }
    if (ids.isEmpty()) {
      // One body, two names (一个机构两块牌子): 市市场监管局（市知识产权局） answers to either name.
      for (Unit u : programme.units()) {
        java.util.regex.Matcher m = TWO_NAMES.matcher(u.name().zh().orElse(""));
        if (m.matches() && (m.group(1).equals(text) || m.group(2).equals(text))) {
          ids.add(u.id());
        }
      }
    }
    if (ids.size() == 1) {
      return ids.get(0);
    }
    throw Failure.data(cli.t("input.unknown-unit", text, programme.id()));
  }

  /** Checks that a period lies in the programme's. */
  Period inPeriod(Period period, String option) {
    if (!programme.period().contains(period)) {
      Cli cli = Cli.current();
      throw Failure.data(cli.t("input.outside-period", option, period, programme.period(), programme.id()));
    }
    return period;
  }

  /** Checks that a date lies in the programme's period. */
  LocalDate inPeriod(LocalDate date, String option) {
    if (!programme.period().contains(date)) {
      Cli cli = Cli.current();
      throw Failure.data(cli.t("input.outside-period", option, date, programme.period(), programme.id()));
    }
    return date;
  }
}
