package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentType;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code score validate FILE...}: checks documents of any type. Programmes are read first; data documents
 * are checked against the programme they name when it is among the files, CSV tables against the
 * programme when exactly one is given.
 */
final class ValidateCommand implements Main.Command {

  @Override
  public String summary() {
    return "check programme, data, methodology and CSV documents, listing every problem";
  }

  @Override
  public String usage() {
    return "FILE...";
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      throw new Main.UsageException("no file given");
    }
    Documents docs = Documents.create();
    Map<Path, DocumentType> types = new LinkedHashMap<>();
    boolean invalid = false;
    for (String a : args) {
      if (a.startsWith("-")) {
        throw new Main.UsageException("unknown option " + a);
      }
      Path p = Path.of(a);
      if (!Files.isRegularFile(p)) {
        throw new Main.UsageException("no such file: " + a);
      }
      try {
        types.put(p, docs.detect(p));
      } catch (ValidationException e) {
        invalid |= report(out, p, e);
      } catch (ScoringException e) {
        out.println("INVALID " + p + ": " + e.getMessage());
        invalid = true;
      }
    }
    Map<String, Programme> programmes = new LinkedHashMap<>();
    for (Map.Entry<Path, DocumentType> e : types.entrySet()) {
      if (e.getValue() == DocumentType.PROGRAMME) {
        try {
          Programme p = docs.readProgramme(e.getKey());
          programmes.put(p.id(), p);
          out.println("OK      " + e.getKey() + ": programme \"" + p.id() + "\" with " + p.tasks().size()
              + " tasks, " + p.units().size() + " units, " + p.indicators().size() + " indicators");
          for (Problem w : p.warnings()) {
            out.println("  warning " + w);
          }
        } catch (ValidationException x) {
          invalid |= report(out, e.getKey(), x);
        }
      }
    }
    for (Map.Entry<Path, DocumentType> e : types.entrySet()) {
      Path path = e.getKey();
      try {
        if (e.getValue() == DocumentType.METHODOLOGY) {
          io.github.bizenv.scoring.engine.Plan plan = io.github.bizenv.scoring.engine.Engine.create().compile(path);
          out.println("OK      " + path + ": methodology \"" + plan.id() + "\" with " + plan.nodes().size()
              + " nodes reading " + plan.columns().size() + " columns");
        } else if (e.getValue() == DocumentType.DATA) {
          ProgrammeData unchecked = docs.readDataUnchecked(path);
          Programme p = programmes.get(unchecked.programme());
          if (p == null) {
            out.println("OK      " + path + ": data for \"" + unchecked.programme() + "\" (structure only: give "
                + "that programme's file too to check its references)");
          } else {
            ProgrammeData d = docs.readData(path, p);
            out.println("OK      " + path + ": data for \"" + p.id() + "\" with " + d.progressReports().size()
                + " progress reports, " + d.ratings().size() + " ratings, " + d.findings().size() + " findings, " + d.recognitions().size()
                + " recognitions, "
                + d.externalResults().size() + " external results, " + d.observations().size() + " observations");
          }
        } else if (e.getValue() == DocumentType.OBSERVATIONS_CSV) {
          List<Observation> o;
          String against;
          if (programmes.size() == 1) {
            Programme p = programmes.values().iterator().next();
            o = docs.readObservations(path, p);
            against = "checked against \"" + p.id() + "\"";
          } else {
            o = docs.readObservations(path, (io.github.bizenv.scoring.model.Period) null);
            against = programmes.isEmpty() ? "numbers only: give the programme to check ids and text codes"
                : "numbers only: several programmes given, so none is assumed";
          }
          out.println("OK      " + path + ": " + o.size() + " observations (" + against + ")");
        }
      } catch (ValidationException x) {
        invalid |= report(out, path, x);
      }
    }
    return invalid ? Main.INVALID : Main.OK;
  }

  private static boolean report(PrintStream out, Path path, ValidationException e) {
    List<Problem> problems = new ArrayList<>(e.problems());
    out.println("INVALID " + path + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    for (Problem p : problems) {
      out.println("  " + p);
    }
    return true;
  }
}
