package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.Rules;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of a national-scale data set: 2,844 units (China's county-level divisions) × 300 indicators
 * under a four-level tree (root → 6 areas → 60 sub-areas → 300 indicators) with fixed-goalpost and min-max
 * normalizers, weighted means, an override rule, grades with a quota, and ranks.
 *
 * <p>Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar EvaluateBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class EvaluateBenchmark {

  static final int UNITS = 2844;
  static final int AREAS = 6;
  static final int SUB_AREAS = 10;
  static final int INDICATORS = 5;

  Plan plan;
  Dataset data;

  @Setup
  public void setUp() {
    plan = Engine.create().compile(methodology());
    data = dataset(new SplittableRandom(2844));
  }

  static final Period YEAR = Period.year(2021);

  static Methodology methodology() {
    ImmutableMethodology.Builder m = Methodology.builder().id("benchmark").name(LocalizedText.of("基准", "benchmark"));
    m.addNode(Node.root("root").addRule(Rules.override(Rules.atMost("national-rank", 10))).build());
    int leaf = 0;
    for (int a = 0; a < AREAS; a++) {
      String area = "a" + a;
      m.addNode(Node.inner(area, "root").weight(1 + a % 3).build());
      for (int s = 0; s < SUB_AREAS; s++) {
        String sub = area + ".s" + s;
        m.addNode(Node.inner(sub, area).minShare(0.6).build());
        for (int i = 0; i < INDICATORS; i++) {
          String id = "i" + leaf;
          m.addNode(Node.leaf(id, sub, id).weight(1 + leaf % 4)
              .direction(leaf % 3 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .normalizer(leaf % 2 == 0 ? Normalizers.goalposts(0, 1000) : Normalizers.minMax()).build());
          leaf++;
        }
      }
    }
    return m.grades(Grades.builder().addBands(Band.of("A", 70), Band.of("B", 50), Band.rest("C"))
        .quota(Quota.of("A", 0.2)).build()).build();
  }

  static Dataset dataset(SplittableRandom r) {
    Dataset.Builder b = Dataset.builder();
    int leaves = AREAS * SUB_AREAS * INDICATORS;
    for (int u = 0; u < UNITS; u++) {
      String unit = "u" + u;
      b.unit(YEAR, unit);
      for (int i = 0; i < leaves; i++) {
        if (r.nextInt(50) != 0) { // 2 % missing
          b.value(YEAR, unit, "i" + i, r.nextDouble() * 1000);
        }
      }
      if (u % 100 == 0) {
        b.value(YEAR, unit, "national-rank", 1 + r.nextInt(80));
      }
    }
    return b.build();
  }

  @Benchmark
  public Evaluation evaluate() {
    return plan.evaluate(data, YEAR);
  }
}
