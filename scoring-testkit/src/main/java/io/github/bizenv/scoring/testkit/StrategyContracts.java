package io.github.bizenv.scoring.testkit;

import io.github.bizenv.scoring.methodology.Setting;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.AggregatorProvider;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.NormalizerProvider;
import io.github.bizenv.scoring.spi.Range;
import io.github.bizenv.scoring.spi.Rule;
import io.github.bizenv.scoring.spi.RuleProvider;
import io.github.bizenv.scoring.spi.SpecParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The contract every strategy must meet, as a check any test framework can call: it throws one
 * {@link AssertionError} listing every violation, or returns quietly. Every built-in strategy passes it; run it
 * on yours:
 *
 * <pre>{@code
 * @Test void meetsTheContract() {
 *   StrategyContracts.verifyNormalizer(new MyNormalizerProvider(), Map.of("target", 80),
 *       Direction.HIGHER_IS_BETTER, 20240101L);
 * }
 * }</pre>
 *
 * <p>The strategy reads its settings through {@link SpecParameters}, the parameters the engine itself gives it, so
 * that it is tested exactly as it will run. Checked for normalizers: a valid name; valid settings give no problem
 * and none is left unread; empty settings give problems or work, but never throw; fits map {@code NaN} to
 * {@code NaN} and every finite value the normalizer {@linkplain Normalizer#accepts accepts} into the declared
 * range; the
 * column is not modified; fits are deterministic; monotone normalizers never score a better value lower. For
 * aggregators: results lie in the declared range, inputs are not modified, results are deterministic. For rules:
 * they return a number (or {@code NaN} for {@code NaN}), do not throw on units without data, and describe
 * nothing unless explaining.
 */
public final class StrategyContracts {

  private StrategyContracts() {}

  /**
   * Checks a normalizer provider.
   *
   * @param provider the provider
   * @param settings valid settings for it
   * @param direction the indicator direction to test with
   * @param seed the seed of the random columns (print it if the check fails)
   * @throws AssertionError listing every violation
   */
  public static void verifyNormalizer(NormalizerProvider provider, Map<String, ?> settings, Direction direction,
      long seed) {
    List<String> v = new ArrayList<>();
    String name = provider.name();
    checkName(name, v);
    emptySettingsDoNotThrow(() -> provider.create(SpecParameters.of(StrategySpec.of(name), direction)), v);
    SpecParameters p = SpecParameters.of(spec(name, settings), direction);
    Normalizer n = provider.create(p);
    p.finish(name);
    if (!p.problems().isEmpty()) {
      fail(name, List.of("valid settings " + settings + " gave problems " + p.problems()), seed);
    }
    Range range = n.range();
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      int size = 1 + r.nextInt(40);
      double[] column = new double[size];
      List<String> units = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        // Unit u0 always has a value, so that reference-based normalizers can name it.
        column[i] = i > 0 && r.nextInt(8) == 0 ? Double.NaN : (r.nextDouble() - 0.2) * Math.pow(10, r.nextInt(4));
        units.add("u" + i);
      }
      double[] copy = column.clone();
      Normalizer.Fit fit = n.fit(column, units);
      Normalizer.Fit again = n.fit(column, units);
      if (!Arrays.equals(column, copy)) {
        v.add("fit modified its column");
      }
      if (fit.parameters() == null) {
        v.add("fit.parameters() is null");
      }
      for (double x : column) {
        double s = fit.apply(x);
        if (Double.isNaN(x) && !Double.isNaN(s)) {
          v.add("NaN (missing) scored " + s + " instead of NaN");
        } else if (!Double.isNaN(x) && n.accepts(x) && !range.contains(s)) {
          v.add("raw " + x + " scored " + s + ", outside the declared range " + range);
        } else if (!Double.isNaN(x) && !n.accepts(x) && !Double.isNaN(s) && !range.contains(s)) {
          v.add("raw " + x + ", which it does not accept, scored " + s + " outside the declared range " + range);
        }
        if (Double.compare(s, again.apply(x)) != 0) {
          v.add("two fits of one column score " + x + " differently");
        }
      }
      if (n.monotone()) {
        double[] sorted = Arrays.stream(column).filter(x -> x == x).sorted().toArray();
        for (int i = 1; i < sorted.length; i++) {
          double worse = fit.apply(direction == Direction.HIGHER_IS_BETTER ? sorted[i - 1] : sorted[i]);
          double better = fit.apply(direction == Direction.HIGHER_IS_BETTER ? sorted[i] : sorted[i - 1]);
          if (better < worse - 1e-12) {
            v.add("monotone, yet the better value scored " + better + " < " + worse);
            break;
          }
        }
      }
      if (v.size() > 20) {
        break;
      }
    }
    fail(name, v, seed);
  }

  /**
   * Checks an aggregator provider.
   *
   * @param provider the provider
   * @param settings valid settings for it
   * @param childRange the range of the children's scores to test with (positive for geometric means)
   * @param seed the seed of the random inputs
   * @throws AssertionError listing every violation
   */
  public static void verifyAggregator(AggregatorProvider provider, Map<String, ?> settings, Range childRange,
      long seed) {
    List<String> v = new ArrayList<>();
    String name = provider.name();
    checkName(name, v);
    emptySettingsDoNotThrow(() -> provider.create(SpecParameters.of(StrategySpec.of(name), Direction.HIGHER_IS_BETTER)),
        v);
    SpecParameters p = SpecParameters.of(spec(name, settings), Direction.HIGHER_IS_BETTER);
    Aggregator a = provider.create(p);
    p.finish(name);
    if (!p.problems().isEmpty()) {
      fail(name, List.of("valid settings " + settings + " gave problems " + p.problems()), seed);
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 200 && v.size() < 20; round++) {
      int count = 1 + r.nextInt(8);
      double[] scores = new double[count + r.nextInt(3)];
      double[] weights = new double[scores.length];
      double total = 0;
      for (int i = 0; i < count; i++) {
        scores[i] = childRange.min() + r.nextDouble() * (childRange.max() - childRange.min());
        weights[i] = 0.01 + r.nextDouble();
        total += weights[i];
      }
      for (int i = 0; i < count; i++) {
        weights[i] /= total;
      }
      List<Range> ranges = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ranges.add(childRange);
      }
      Range out = a.range(ranges);
      if (a.columnWise()) {
        columnWise(a, count, childRange, out, r, v);
        continue;
      }
      double[] s0 = scores.clone();
      double[] w0 = weights.clone();
      double result = a.aggregate(scores, weights, count);
      if (!Arrays.equals(scores, s0) || !Arrays.equals(weights, w0)) {
        v.add("aggregate modified its inputs");
      }
      if (!out.contains(result) && Math.abs(result - out.min()) > 1e-9 && Math.abs(result - out.max()) > 1e-9) {
        v.add("result " + result + " lies outside the declared range " + out + " for " + count + " children in "
            + childRange);
      }
      if (Double.compare(result, a.aggregate(scores, weights, count)) != 0) {
        v.add("aggregate is not deterministic");
      }
    }
    fail(name, v, seed);
  }

  private static void columnWise(Aggregator a, int count, Range childRange, Range out, SplittableRandom r,
      List<String> v) {
    int units = 1 + r.nextInt(12);
    double[][] children = new double[count][units];
    double[] weights = new double[count];
    for (int c = 0; c < count; c++) {
      weights[c] = 1.0 / count;
      for (int u = 0; u < units; u++) {
        children[c][u] = r.nextInt(10) == 0 ? Double.NaN
            : childRange.min() + r.nextDouble() * (childRange.max() - childRange.min());
      }
    }
    double[][] before = new double[count][];
    for (int c = 0; c < count; c++) {
      before[c] = children[c].clone();
    }
    double[] result = new double[units];
    double[] again = new double[units];
    a.aggregateColumns(children, weights, result);
    a.aggregateColumns(children, weights, again);
    for (int c = 0; c < count; c++) {
      if (!Arrays.equals(before[c], children[c])) {
        v.add("aggregateColumns modified its inputs");
      }
    }
    if (!Arrays.equals(result, again)) {
      v.add("aggregateColumns is not deterministic");
    }
    for (double x : result) {
      if (x == x && !out.contains(x)) {
        v.add("result " + x + " lies outside the declared range " + out);
      }
    }
  }

  /**
   * Checks a rule provider.
   *
   * @param provider the provider
   * @param settings valid settings for it
   * @param data values the rule may read, by indicator id (others read as {@code NaN})
   * @param seed the seed of the random scores
   * @throws AssertionError listing every violation
   */
  public static void verifyRule(RuleProvider provider, Map<String, ?> settings, Map<String, Double> data, long seed) {
    List<String> v = new ArrayList<>();
    String name = provider.name();
    checkName(name, v);
    emptySettingsDoNotThrow(() -> provider.create(SpecParameters.of(StrategySpec.of(name), Direction.HIGHER_IS_BETTER)),
        v);
    SpecParameters p = SpecParameters.of(spec(name, settings), Direction.HIGHER_IS_BETTER);
    Rule rule = provider.create(p);
    p.finish(name);
    if (!p.problems().isEmpty()) {
      fail(name, List.of("valid settings " + settings + " gave problems " + p.problems()), seed);
    }
    SplittableRandom r = new SplittableRandom(seed);
    for (Map<String, Double> values : List.of(data, Map.<String, Double>of())) {
      for (int round = 0; round < 50; round++) {
        double score = r.nextDouble() * 100;
        QuietTrace quiet = new QuietTrace();
        double out;
        try {
          out = rule.apply(score, input(values), quiet);
        } catch (RuntimeException e) {
          v.add("threw " + e + (values.isEmpty() ? " for a unit without data" : ""));
          break;
        }
        if (Double.isNaN(out)) {
          v.add("turned score " + score + " into NaN");
        }
        if (quiet.described) {
          v.add("described its effect although no explanation was being built");
        }
      }
    }
    try {
      rule.apply(Double.NaN, input(data), new QuietTrace());
    } catch (RuntimeException e) {
      v.add("threw on a missing score: " + e);
    }
    fail(name, v, seed);
  }

  private static Rule.Input input(Map<String, Double> values) {
    return new Rule.Input() {
      @Override
      public String unit() {
        return "unit";
      }

      @Override
      public double fullMarks() {
        return 100;
      }

      @Override
      public double floor() {
        return 0;
      }

      @Override
      public double value(String indicator) {
        return values.getOrDefault(indicator, Double.NaN);
      }
    };
  }

  /** A trace of plain evaluation: records that a rule tried to describe itself. */
  private static final class QuietTrace implements Rule.Trace {
    boolean described;

    @Override
    public boolean explaining() {
      return false;
    }

    @Override
    public void record(String description, double before, double after) {
      described = true;
    }

    @Override
    public void forceGrade(String grade, String reason) {
      Objects.requireNonNull(grade, "grade");
    }

    @Override
    public void excludeFromTopBand(String reason) {}
  }

  /** Settings given as plain Java values (numbers, strings, booleans, lists, maps) as a spec. */
  static StrategySpec spec(String name, Map<String, ?> settings) {
    Map<String, Setting> out = new java.util.LinkedHashMap<>();
    settings.forEach((k, val) -> out.put(k, setting(val)));
    return StrategySpec.of(name, out);
  }

  private static Setting setting(Object v) {
    if (v instanceof Number) {
      return Setting.of(((Number) v).doubleValue());
    }
    if (v instanceof String) {
      return Setting.of((String) v);
    }
    if (v instanceof Boolean) {
      return Setting.of((Boolean) v);
    }
    if (v instanceof List) {
      List<Setting> out = new ArrayList<>();
      ((List<?>) v).forEach(e -> out.add(setting(e)));
      return Setting.list(out);
    }
    if (v instanceof Map) {
      Map<String, Setting> out = new java.util.LinkedHashMap<>();
      ((Map<?, ?>) v).forEach((k, e) -> out.put(String.valueOf(k), setting(e)));
      return Setting.object(out);
    }
    throw new IllegalArgumentException("a setting is a number, string, boolean, list or map, not " + v);
  }

  private static void checkName(String name, List<String> v) {
    if (name == null || !name.matches("[a-z0-9][a-z0-9-]*")) {
      v.add("name \"" + name + "\" is not lower-case letters, digits and dashes");
    }
  }

  private static void emptySettingsDoNotThrow(Runnable create, List<String> v) {
    try {
      create.run();
    } catch (RuntimeException e) {
      v.add("threw " + e + " on empty settings instead of reporting problems through Parameters");
    }
  }

  private static void fail(String name, List<String> violations, long seed) {
    if (!violations.isEmpty()) {
      throw new AssertionError("strategy \"" + name + "\" breaks the contract (seed " + seed + "):\n  "
          + String.join("\n  ", violations.subList(0, Math.min(20, violations.size()))));
    }
  }
}
