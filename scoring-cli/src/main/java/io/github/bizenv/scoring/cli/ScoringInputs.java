package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.workflow.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.github.bizenv.scoring.model.Period;

/** Reads a methodology and data files named on the command line and evaluates them. */
final class ScoringInputs {

  private ScoringInputs() {}

  static Path file(String name) {
    Path p = Path.of(name);
    if (!Files.isRegularFile(p)) {
      throw new Main.UsageException("no such file: " + name);
    }
    return p;
  }

  static Evaluation evaluate(Args args) {
    if (!args.all("programme").isEmpty()) {
      // Programme facts (task performance, ratings, findings, outside ranks) scored by an assessment methodology.
      Path methodology = file(args.required("methodology"));
      ProgrammeInputs in = ProgrammeInputs.read(args, true);
      Plan plan = Engine.create().compile(methodology);
      LocalDate asOf = Cli.date(args.optional("as-of", in.programme.period().end().toString()));
      return Assessment.run(plan, in.programme, in.data, asOf, in.extra).evaluation();
    }
    Path methodology = file(args.required("methodology"));
    List<String> files = args.all("data");
    if (files.isEmpty()) {
      throw new Main.UsageException("option --data is required");
    }
    files.forEach(ScoringInputs::file);
    Plan plan = Engine.create().compile(methodology);
    Dataset.Builder data = Dataset.builder();
    for (String f : files) {
      Path p = file(f);
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
        data.observations(Documents.create().readDataUnchecked(p).observations());
      } else {
        String text;
        try {
          text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new ScoringException("cannot read " + p + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (plan.periodColumn().isPresent()) {
          data.addCsvWithPeriods(text, p.toString(), plan.unitColumn(), plan.periodColumn().get(),
              DocumentLimits.defaults());
        } else {
          data.addCsv(text, p.toString(), plan.unitColumn(), DocumentLimits.defaults());
        }
      }
    }
    Dataset dataset = data.build();
    String chosen = args.optional("period", null);
    Set<Period> periods = dataset.periods();
    if (chosen == null) {
      if (periods.size() + (dataset.hasUndated() ? 1 : 0) != 1) {
        throw new Main.UsageException("the data has periods " + periods + "; choose one with --period");
      }
      return plan.evaluate(dataset);
    }
    Period period;
    try {
      period = Period.parse(chosen);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
    if (!periods.contains(period)) {
      throw new Main.UsageException("the data has no period \"" + chosen + "\"; it has " + periods);
    }
    return plan.evaluate(dataset, period);
  }

  static int report(ValidationException e, java.io.PrintStream err) {
    err.println(e.getMessage());
    return Main.INVALID;
  }
}
