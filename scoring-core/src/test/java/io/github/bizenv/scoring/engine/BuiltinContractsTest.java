package io.github.bizenv.scoring.engine;

import static io.github.bizenv.scoring.testkit.StrategyContracts.verifyAggregator;
import static io.github.bizenv.scoring.testkit.StrategyContracts.verifyNormalizer;
import static io.github.bizenv.scoring.testkit.StrategyContracts.verifyRule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Range;
import io.github.bizenv.scoring.spi.RuleProvider;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every built-in strategy passes the contract kit that third-party strategies are held to. */
class BuiltinContractsTest {

  static final long SEED = new SplittableRandom().nextLong();

  static final Map<String, Map<String, ?>> NORMALIZER_SETTINGS = Map.ofEntries(
      Map.entry("distance-to-frontier", Map.of("best", 1000, "worst", 0, "power", 0.8)),
      Map.entry("min-max", Map.of("lower", 1, "upper", 10)),
      Map.entry("goalposts", Map.of("lower", 0, "upper", 500)),
      Map.entry("distance-to-target", Map.of("target", 300)),
      Map.entry("step-table", Map.of("steps", List.of(Map.of("atLeast", 500, "score", 10), Map.of("atLeast", 100, "score", 4)))),
      Map.entry("categorical", Map.of("scores", Map.of("yes", 1, "no", 0))),
      Map.entry("base-score", Map.of("base", 40)),
      Map.entry("z-score", Map.of("mean", 10, "sd", 2)),
      Map.entry("rank", Map.of()),
      Map.entry("percentile-rank", Map.of()),
      Map.entry("borda", Map.of()),
      Map.entry("distance-to-max", Map.of()),
      Map.entry("fraction-of-max", Map.of()),
      Map.entry("distance-to-reference", Map.of("unit", "u0", "cap", true)),
      Map.entry("identity", Map.of("min", -1e12, "max", 1e12)),
      Map.entry("percentile-linear", Map.of("lower", 10, "upper", 90)),
      Map.entry("normal-cdf", Map.of("outliers", 2.5)));

  @Test
  void normalizers() {
    List<NormalizerProvider> all = new java.util.ArrayList<>(Builtins.normalizers());
    all.addAll(IndexBuiltins.normalizers());
    all.addAll(ReadyBuiltins.normalizers());
    assertEquals(new TreeSet<>(NORMALIZER_SETTINGS.keySet()),
        all.stream().map(NormalizerProvider::name).collect(Collectors.toCollection(TreeSet::new)));
    for (NormalizerProvider p : all) {
      Map<String, ?> settings = NORMALIZER_SETTINGS.get(p.name());
      verifyNormalizer(p, settings, Direction.HIGHER_IS_BETTER, SEED);
      if (!p.name().equals("distance-to-frontier") && !p.name().equals("identity")) {
        verifyNormalizer(p, lowerIsBetter(p.name(), settings), Direction.LOWER_IS_BETTER, SEED);
      }
    }
    verifyNormalizer(Builtins.normalizers().get(0), Map.of("best", 0, "worst", 1000), Direction.LOWER_IS_BETTER, SEED);
  }

  private static Map<String, ?> lowerIsBetter(String name, Map<String, ?> settings) {
    if (name.equals("step-table")) {
      return Map.of("steps", List.of(Map.of("atMost", 100, "score", 10), Map.of("atMost", 500, "score", 4)));
    }
    return settings;
  }

  @Test
  void aggregators() {
    List<AggregatorProvider> all = new java.util.ArrayList<>(Builtins.aggregators());
    all.addAll(IndexBuiltins.aggregators());
    for (AggregatorProvider p : all) {
      Map<String, ?> settings = p.name().equals("point-sum") ? Map.of("cap", 150, "floor", 0, "redistribute", "equally")
          : p.name().equals("generalised-mean") ? Map.of("p", 2) : Map.of();
      boolean positive = p.name().equals("geometric-mean") || p.name().equals("harmonic-mean");
      verifyAggregator(p, settings, Range.of(positive ? 1 : 0, 100), SEED);
    }
  }

  @Test
  void rules() {
    Map<String, Double> data = Map.of("count", 2.0, "rank", 3.0);
    for (RuleProvider p : BuiltinRules.rules()) {
      Map<String, ?> settings;
      switch (p.name()) {
        case "bonus-deduction":
          settings = Map.of("items", List.of(Map.of("indicator", "count", "amount", -2)), "cap", 5);
          break;
        case "override":
          settings = Map.of("any", List.of(Map.of("indicator", "rank", "atMost", 10)), "grade", "优秀");
          break;
        default:
          settings = Map.of("any", List.of(Map.of("indicator", "count", "atLeast", 1)), "effect", "zero");
      }
      verifyRule(p, settings, data, SEED);
    }
  }
}
