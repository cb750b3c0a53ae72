package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import java.io.PrintStream;
import java.util.Set;

/** {@code score explain}: why a unit has its score at a node. */
final class ExplainCommand implements Main.Command {

  @Override
  public String summary() {
    return "explain a unit's score at a node: inputs, methods, weights, rules, rank and grade";
  }

  @Override
  public String usage() {
    return "--methodology M.json --data D.csv [--data …] [--period P] --unit U [--node N]\n"
        + "               or --methodology M.json --programme P.json --data D.json [--as-of DATE] --unit U [--node N]";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) {
    Args args = new Args(argv, Set.of("methodology", "period", "unit", "node", "programme", "as-of"), Set.of("data"));
    String unit = args.required("unit");
    Evaluation e;
    try {
      e = ScoringInputs.evaluate(args);
    } catch (ValidationException x) {
      return ScoringInputs.report(x, err);
    }
    if (!e.units().contains(unit)) {
      throw new Main.UsageException("unit \"" + unit + "\" is not in the data");
    }
    String node = args.optional("node", e.plan().root());
    if (!e.plan().nodes().contains(node)) {
      throw new Main.UsageException("node \"" + node + "\" is not in methodology \"" + e.plan().id() + "\"; nodes: "
          + String.join(", ", e.plan().nodesTopDown()));
    }
    out.print(e.explain(unit, node).text());
    return Main.OK;
  }
}
