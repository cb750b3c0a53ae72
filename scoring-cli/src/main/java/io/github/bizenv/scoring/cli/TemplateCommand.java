package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.model.Programme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score template}: the ledger workbook — empty with its instructions sheet, filled with the bundled Sample
 * City, or filled with a programme and its data from other files; or, with {@code --out F.docx}, the quarterly
 * notice's (通报) Word template to edit.
 */
@Command(name = "template", sortOptions = true)
final class TemplateCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "FILE", required = true, converter = Values.OutputFileConverter.class,
      descriptionKey = "option.out.template")
  Path out;

  @Option(names = "--force", descriptionKey = "option.force")
  boolean force;

  @Option(names = "--sample", descriptionKey = "option.sample")
  boolean sample;

  @Option(names = "--programme", paramLabel = "FILE", converter = Values.InputConverter.class,
      descriptionKey = "option.programme.template")
  Path programme;

  @Option(names = "--data", paramLabel = "FILE", converter = Values.InputConverter.class, descriptionKey = "option.data")
  List<Path> data = new ArrayList<>();

  @Mixin
  Reading reading;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    if (Inputs.extension(out).equals("docx") && !sample && programme == null) {
      Outputs.current().write(out, io.github.bizenv.scoring.reports.Notice.template(cli.texts));
      cli.out.println(cli.t("output.wrote", cli.t("template.notice"), out));
      return Failure.OK;
    }
    Format f = Format.of(out);
    if (f != Format.XLSX) {
      throw Failure.usage(cli.t("template.xlsx", out));
    }
    if (sample && programme != null) {
      throw Failure.usage(cli.t("template.sample-or-programme"));
    }
    Workbooks books = Workbooks.create();
    byte[] bytes;
    String what;
    if (sample) {
      Programme p = SampleCity.programme();
      bytes = books.write(p, SampleCity.data(p), cli.texts);
      what = cli.t("output.what.ledger", p.tasks().size());
    } else if (programme != null) {
      Inputs in = Inputs.read(programme, data, reading, false);
      if (!in.extra.isEmpty()) {
        bytes = books.write(in.programme, io.github.bizenv.scoring.model.ProgrammeData.builder().from(in.data)
            .addAllObservations(in.extra).build(), cli.texts);
      } else {
        bytes = books.write(in.programme, in.data, cli.texts);
      }
      what = cli.t("output.what.ledger", in.programme.tasks().size());
    } else {
      bytes = books.template(cli.texts);
      what = cli.t("output.what.template");
    }
    Outputs.current().write(out, bytes);
    cli.out.println(cli.t("output.wrote", what, out));
    return Failure.OK;
  }
}
