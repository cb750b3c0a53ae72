package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code score evaluate}: every unit × node score with ranks and grades. */
final class EvaluateCommand implements Main.Command {

  @Override
  public String summary() {
    return "score data with a methodology: every unit × node, with ranks and grades";
  }

  @Override
  public String usage() {
    return "--methodology M.json --data D.csv [--data …] [--period P] [--format table|csv|json] [--out F]\n"
        + "               or --methodology M.json --programme P.json --data D.json [--data T.csv] [--as-of DATE] …";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("methodology", "period", "format", "out", "programme", "as-of"), Set.of("data"));
    String format = args.optional("format", "table");
    if (!Set.of("table", "csv", "json").contains(format)) {
      throw new Main.UsageException("format \"" + format + "\" is not table, csv or json");
    }
    Evaluation e;
    try {
      e = ScoringInputs.evaluate(args);
    } catch (ValidationException x) {
      return ScoringInputs.report(x, err);
    }
    String text = format.equals("csv") ? e.toCsv() : format.equals("json") ? e.toJson() : e.toTable();
    String target = args.optional("out", null);
    if (target == null) {
      out.print(text);
    } else {
      try {
        Files.write(Path.of(target), text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException x) {
        throw new ScoringException("cannot write " + target + ": " + x.getMessage(), x);
      }
      out.println("wrote " + e.units().size() + " units × " + e.plan().nodes().size() + " nodes to " + target);
    }
    return Main.OK;
  }
}
