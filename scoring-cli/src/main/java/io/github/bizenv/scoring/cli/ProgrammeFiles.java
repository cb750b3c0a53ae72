package io.github.bizenv.scoring.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --programme P.json|P.xlsx} and {@code --data D...}, with how tables are read. */
final class ProgrammeFiles {

  @Option(names = "--programme", paramLabel = "FILE", required = true, converter = Values.InputConverter.class,
      descriptionKey = "option.programme")
  Path programme;

  @Option(names = "--data", paramLabel = "FILE", converter = Values.InputConverter.class, descriptionKey = "option.data")
  List<Path> data = new ArrayList<>();

  @Mixin
  Reading reading;

  Inputs read(boolean dataRequired) {
    return Inputs.read(programme, data, reading, dataRequired);
  }
}
