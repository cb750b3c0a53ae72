package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.workflow.Assessment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code score explain}: why a unit has its score at a node; with {@code --programme}, also its head's grade.
 */
@Command(name = "explain", sortOptions = true)
final class ExplainCommand implements Callable<Integer> {

  @Mixin
  EvaluateCommand.Scoring scoring;

  @Option(names = "--unit", paramLabel = "UNIT", required = true, descriptionKey = "option.unit.explain")
  String unit;

  @Option(names = "--node", paramLabel = "NODE", descriptionKey = "option.node")
  String node;

  @Option(names = "--depth", paramLabel = "N", converter = Values.NotNegativeConverter.class, descriptionKey = "option.depth")
  Integer depth;

  @Mixin
  Output output;

  @Override
  public Integer call() {
    Cli cli = Cli.current();
    EvaluateCommand.Scoring.Result r = scoring.evaluate();
    Evaluation e = r.evaluation;
    String u = r.inputs != null ? r.inputs.unit(unit) : unit;
    if (!e.units().contains(u)) {
      throw Failure.data(cli.t("explain.unit-not-evaluated", unit, e.plan().id()));
    }
    String n = node == null ? e.plan().root() : node;
    if (!e.plan().nodes().contains(n)) {
      throw Failure.usage(cli.t("explain.no-node", n, e.plan().id(), String.join(", ", e.plan().nodesTopDown())));
    }
    if (r.inputs != null) {
      AssessCommand.explain(output, Assessment.of(r.programme, e), u, n);
      return Failure.OK;
    }
    Explanation x = e.explain(u, n);
    int levels = depth == null ? Integer.MAX_VALUE : depth;
    output.write(Tables.explanation(x, cli.texts, levels), () -> Tables.explanationText(x, cli.texts, levels), null,
        cli.t("output.what.explanation", u, n));
    return Failure.OK;
  }
}
