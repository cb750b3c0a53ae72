package io.github.bizenv.scoring.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Strategies;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.Setting;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Explain works for every built-in aggregator, Copeland included, in English and in Chinese: every step of the
 * explanation of the aggregate has a Chinese template, and Copeland's lists the pairwise wins and losses.
 */
class ExplainEveryAggregatorTest {

  static List<String> aggregators() {
    return new ArrayList<>(Strategies.defaults().aggregatorNames());
  }

  static StrategySpec spec(String name) {
    switch (name) {
      case "generalised-mean":
        return StrategySpec.of(name, Map.of("p", Setting.of(2)));
      case "point-sum":
        return StrategySpec.of(name, Map.of("cap", Setting.of(150), "redistribute", Setting.of("equally")));
      default:
        return StrategySpec.of(name);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("aggregators")
  void explainsInBothLanguages(String aggregator) {
    Methodology m = Methodology.builder().id("m").name(LocalizedText.of("体系", "M"))
        .addNode(Node.root("root").aggregator(spec(aggregator)).minShare(0.5).build())
        .addNode(Node.leaf("a", "root", "A").normalizer(Normalizers.minMax(1, 100)).build())
        .addNode(Node.leaf("b", "root", "B").normalizer(Normalizers.minMax(1, 100)).weight(2).build())
        .build();
    Dataset data = Dataset.builder()
        .value("u1", "A", 1).value("u1", "B", 5)
        .value("u2", "A", 3).value("u2", "B", 2)
        .value("u3", "A", 2)
        .value("u4", "A", 3).value("u4", "B", 2)
        .build();
    Evaluation e = Engine.create().compile(m).evaluate(data);
    for (String unit : e.units()) {
      Explanation x = e.explain(unit, "root");
      String en = Tables.explanationText(x, Texts.english());
      String zh = Tables.explanationText(x, Texts.chinese());
      assertTrue(en.contains(aggregator), en);
      for (String step : x.steps()) {
        assertTrue(Texts.chinese().translates(step), () -> aggregator + ": no Chinese for \"" + step + "\"\n" + zh);
      }
      if (aggregator.equals("copeland")) {
        assertTrue(en.contains("in pairwise comparisons with the other units, wins"), en);
        assertTrue(en.contains("wins (share of weight where higher, ties half): "), en);
        assertTrue(en.contains("losses: "), en);
        assertTrue(zh.contains("与其他单位两两比较，胜"), zh);
        assertFalse(zh.contains("losses"), zh);
      }
    }
  }
}
