package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.text.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json|xlsx}, {@code --out FILE} and {@code --force}, shared by every command that prints
 * results. The format follows the file's extension unless given; a workbook needs a file. The file is written by
 * {@link Outputs}: never over an input, over an existing file only with {@code --force}, atomically.
 */
final class Output {

  @Option(names = "--format", paramLabel = "FORMAT", converter = Values.FormatConverter.class,
      descriptionKey = "option.format")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", converter = Values.OutputFileConverter.class,
      descriptionKey = "option.out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.force")
  boolean force;

  /** The format to write: as given, else by the file's extension, else a table. */
  Format format() {
    Cli cli = Cli.current();
    if (format != null) {
      Format byName = out == null ? null : Format.of(out);
      if (byName != null && byName != format) {
        throw Failure.usage(cli.t("output.mismatch", format.code(), out));
      }
      return format;
    }
    if (out != null) {
      Format f = Format.of(out);
      return f == null ? Format.TABLE : f;
    }
    return Format.TABLE;
  }

  /**
   * Writes a report in the chosen format.
   *
   * @param report the report
   * @param table the text shown as a table, when it differs from the report's own text
   * @param csvOrJson the CSV or JSON text, when it differs from the report's own (e.g. an evaluation's)
   * @param what what was written, for the message after writing a file
   */
  void write(Report report, Supplier<String> table, Supplier<String> csvOrJson, String what) {
    Cli cli = Cli.current();
    Format f = format();
    if (f == Format.XLSX && out == null) {
      throw Failure.usage(cli.t("output.xlsx-needs-file"));
    }
    byte[] bytes;
    switch (f) {
      case CSV:
        bytes = text(csvOrJson != null ? csvOrJson.get() : report.toCsv());
        break;
      case JSON:
        bytes = text(csvOrJson != null ? csvOrJson.get() : report.toJson());
        break;
      case XLSX:
        bytes = Workbooks.create().write(report);
        break;
      default:
        bytes = text(table != null ? table.get() : report.toText());
    }
    if (out == null) {
      cli.out.print(new String(bytes, StandardCharsets.UTF_8));
      cli.out.flush();
      return;
    }
    Outputs.current().write(out, bytes);
    cli.out.println(cli.t("output.wrote", what, out));
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
