package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.engine.Strategies;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.testkit.StrategyContracts;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A third-party normalizer plugs in through ServiceLoader and meets the strategy contract. */
class CustomStrategyTest {

  @Test
  void meetsTheContract() {
    StrategyContracts.verifyNormalizer(new LogisticNormalizerProvider(), Map.of("midpoint", 50, "steepness", 0.1),
        Direction.HIGHER_IS_BETTER, 42L);
    StrategyContracts.verifyNormalizer(new LogisticNormalizerProvider(), Map.of("midpoint", 50),
        Direction.LOWER_IS_BETTER, 43L);
  }

  @Test
  void isFoundByTheServiceLoaderAndUsedByName() {
    assertTrue(Strategies.defaults().normalizerNames().contains("logistic"), Strategies.defaults().normalizerNames()
        .toString());
    Plan plan = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'m','name':{'en':'m'},'nodes':["
        + "{'id':'root'},{'id':'x','parent':'root','source':'x','normalizer':{'name':'logistic','midpoint':80,"
        + "'steepness':0.2}}]}").replace('\'', '"'), "m.json");
    Evaluation e = plan.evaluate(Dataset.builder().value("a", "x", 80)
        .value("b", "x", 90).build());
    assertEquals(50, e.score("a").getAsDouble(), 1e-12);
    assertEquals(100 / (1 + Math.exp(-2)), e.score("b").getAsDouble(), 1e-12);
    assertTrue(e.explain("b", "x").text().contains("normalizer: logistic (midpoint 80, steepness 0.2, scale 100)"));
  }

  @Test
  void anUnregisteredRegistryDoesNotKnowIt() {
    assertTrue(!Strategies.builder().build().normalizerNames().contains("logistic"));
    assertTrue(Strategies.builder().register(new LogisticNormalizerProvider()).build().normalizerNames()
        .contains("logistic"));
  }
}
