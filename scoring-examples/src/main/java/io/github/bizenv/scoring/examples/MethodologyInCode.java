package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Map;

/**
 * The README's methodology in code: Doing Business's "Starting a business" topic built with the model's builders,
 * written as the file it is, evaluated, and varied without reading anything again.
 */
public final class MethodologyInCode {

  private MethodologyInCode() {}

  /**
   * The methodology of the README.
   *
   * @return Starting a business, as Doing Business 2020 scores it (for men; one cost component)
   */
  public static Methodology startingABusiness() {
    // README:methodology:begin
    Methodology sb = Methodology.builder()
        .id("starting-a-business").name(LocalizedText.of("开办企业", "Starting a business"))
        .addNode(Node.root("sb").build())
        .addNode(Node.leaf("procedures", "sb", "Procedures (number)").direction(Direction.LOWER_IS_BETTER)
            .normalizer(Normalizers.distanceToFrontier(1, 18)).build())
        .addNode(Node.leaf("time", "sb", "Time (days)").direction(Direction.LOWER_IS_BETTER)
            .normalizer(Normalizers.distanceToFrontier(0.5, 100)).build())
        .addNode(Node.leaf("cost", "sb", "Cost (% of income per capita)").direction(Direction.LOWER_IS_BETTER)
            .normalizer(Normalizers.distanceToFrontier(0, 200)).build())
        .build();
    // README:methodology:end
    return sb;
  }

  /**
   * Prints the file form, the scores and two variants.
   *
   * @param args none
   */
  public static void main(String[] args) {
    Methodology sb = startingABusiness();
    // README:variant:begin
    System.out.print(Documents.create().toJson(sb));            // the same methodology as a file

    Plan plan = Engine.create().compile(sb);
    Dataset data = Dataset.builder()
        .value("CHN", "Procedures (number)", 4).value("CHN", "Time (days)", 9)
        .value("CHN", "Cost (% of income per capita)", 0.4)
        .value("IND", "Procedures (number)", 10).value("IND", "Time (days)", 17)
        .value("IND", "Cost (% of income per capita)", 6.1).build();
    Evaluation nominal = plan.evaluate(data);

    Plan timeCounts = plan.withWeights(Map.of("time", 2.0));     // a variant: nothing read or compiled again
    Evaluation varied = timeCounts.evaluate(nominal);             // re-aggregates; the leaves are reused
    System.out.printf("CHN %.2f → %.2f, IND %.2f → %.2f%n", nominal.score("CHN").getAsDouble(),
        varied.score("CHN").getAsDouble(), nominal.score("IND").getAsDouble(), varied.score("IND").getAsDouble());
    // README:variant:end
  }
}
