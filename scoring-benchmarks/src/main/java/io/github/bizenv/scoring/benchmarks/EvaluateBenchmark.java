package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import java.util.ArrayList;
import java.util.List;
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
 * normalisers, weighted means, an override rule, grades with a quota, and ranks.
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
    plan = Engine.create().compile(methodology(), "benchmark");
    data = dataset(new SplittableRandom(2844));
  }

  static String methodology() {
    List<String> nodes = new ArrayList<>();
    nodes.add("{\"id\":\"root\",\"rules\":[{\"name\":\"override\",\"any\":[{\"indicator\":\"national-rank\","
        + "\"atMost\":10}]}]}");
    int leaf = 0;
    for (int a = 0; a < AREAS; a++) {
      String area = "a" + a;
      nodes.add("{\"id\":\"" + area + "\",\"parent\":\"root\",\"weight\":" + (1 + a % 3) + "}");
      for (int s = 0; s < SUB_AREAS; s++) {
        String sub = area + ".s" + s;
        nodes.add("{\"id\":\"" + sub + "\",\"parent\":\"" + area + "\",\"missing\":{\"minShare\":0.6}}");
        for (int i = 0; i < INDICATORS; i++) {
          String id = "i" + leaf;
          String normalizer = leaf % 2 == 0
              ? "{\"name\":\"goalposts\",\"lower\":0,\"upper\":1000}"
              : "{\"name\":\"min-max\"}";
          String direction = leaf % 3 == 0 ? "lower-is-better" : "higher-is-better";
          nodes.add("{\"id\":\"" + id + "\",\"parent\":\"" + sub + "\",\"weight\":" + (1 + leaf % 4) + ",\"source\":\""
              + id + "\",\"direction\":\"" + direction + "\",\"normalizer\":" + normalizer + "}");
          leaf++;
        }
      }
    }
    return "{\"schema\":\"bizenv.methodology/1\",\"id\":\"benchmark\",\"name\":{\"en\":\"benchmark\"},\"nodes\":["
        + String.join(",", nodes) + "],\"ranking\":{\"method\":\"competition\"},"
        + "\"grades\":{\"bands\":[{\"name\":\"A\",\"min\":70},{\"name\":\"B\",\"min\":50},{\"name\":\"C\"}],"
        + "\"quota\":{\"band\":\"A\",\"maxShare\":0.2}}}";
  }

  static Dataset dataset(SplittableRandom r) {
    Dataset.Builder b = Dataset.builder();
    int leaves = AREAS * SUB_AREAS * INDICATORS;
    for (int u = 0; u < UNITS; u++) {
      String unit = "u" + u;
      b.unit("2021", unit);
      for (int i = 0; i < leaves; i++) {
        if (r.nextInt(50) != 0) { // 2 % missing
          b.value("2021", unit, "i" + i, r.nextDouble() * 1000);
        }
      }
      if (u % 100 == 0) {
        b.value("2021", unit, "national-rank", 1 + r.nextInt(80));
      }
    }
    return b.build();
  }

  @Benchmark
  public Evaluation evaluate() {
    return plan.evaluate(data, "2021");
  }
}
