package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A programme and its data from the command line: {@code --programme P.json --data D.json [--data T.csv]}. */
final class ProgrammeInputs {

  final Programme programme;
  final ProgrammeData data;
  final List<Observation> extra;

  ProgrammeInputs(Programme programme, ProgrammeData data, List<Observation> extra) {
    this.programme = programme;
    this.data = data;
    this.extra = extra;
  }

  /** Reads the programme, then each --data file: at most one data document, any number of CSV tables. */
  static ProgrammeInputs read(Args args, boolean dataRequired) {
    Path programmeFile = ScoringInputs.file(args.required("programme"));
    List<Path> files = new ArrayList<>();
    for (String f : args.all("data")) {
      files.add(ScoringInputs.file(f));
    }
    if (dataRequired && files.isEmpty()) {
      throw new Main.UsageException("option --data is required");
    }
    Documents docs = Documents.create();
    Programme p = docs.readProgramme(programmeFile);
    ProgrammeData data = null;
    List<Observation> extra = new ArrayList<>();
    for (Path f : files) {
      if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
        extra.addAll(docs.readObservations(f, p));
      } else if (data == null) {
        data = docs.readData(f, p);
      } else {
        throw new Main.UsageException("give one data document (bizenv.data/1); more --data files must be CSV tables");
      }
    }
    if (data == null) {
      data = ProgrammeData.builder().programme(p.id()).build();
    }
    return new ProgrammeInputs(p, data, extra);
  }

  String unitName(String id) {
    return programme.unit(id).map(u -> u.name().text(true)).orElse(id);
  }

  String areaName(String id) {
    return programme.area(id).map(a -> a.name().text(true)).orElse(id);
  }
}
