package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableTreat;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.methodologies.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * Re-evaluating the ASEM index (COINr's example: 51 units, 49 indicators, denominate → impute → screen → treat →
 * min-max → weighted means) with other weights, two ways: deriving a weight variant of the compiled plan and
 * evaluating it on the nominal evaluation ({@link #weightVariant}), against reading, compiling and evaluating the
 * methodology from its text ({@link #compileAndEvaluateFromText}). Both cycle through the same 16 seeded weight
 * sets (±25 % noise on the pillars and sub-indices, as COINr's uncertainty example). {@link #winmaxVariant} changes
 * the outlier treatment instead, which re-runs the last pipeline step and the leaves.
 *
 * <p>Needs {@code ../shared/data/asem/ASEM_iData.csv} beside the repository. Run: {@code ./mvnw -q -pl
 * scoring-benchmarks -am package -DskipTests && java -jar scoring-benchmarks/target/benchmarks.jar
 * VariantBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class VariantBenchmark {

  static final Path DATA = Path.of(System.getProperty("bizenv.asem",
      "../shared/data/asem/ASEM_iData.csv"));

  String text;
  Engine engine;
  Dataset data;
  Plan plan;
  Evaluation nominal;
  List<Map<String, Double>> weights;
  List<String> texts;
  int next;

  @Setup
  public void setUp() {
    if (!Files.isRegularFile(DATA)) {
      throw new IllegalStateException("the ASEM data is not at " + DATA.toAbsolutePath()
          + "; run from the repository root with ../shared beside it, or pass -Dbizenv.asem=<path>");
    }
    engine = Engine.create();
    text = Catalogue.bundled().text("asem");
    plan = engine.compile(text, "asem.json");
    data = Dataset.readCsv(DATA, plan);
    nominal = plan.evaluate(data);
    SplittableRandom r = new SplittableRandom(2024);
    weights = new java.util.ArrayList<>();
    texts = new java.util.ArrayList<>();
    for (int k = 0; k < 16; k++) {
      Map<String, Double> w = new HashMap<>();
      for (String node : plan.nodes()) {
        int level = plan.level(node);
        if (level == 2 || level == 3) {
          w.put(node, plan.weight(node) * (0.75 + 0.5 * r.nextDouble()));
        }
      }
      weights.add(w);
      texts.add(io.github.bizenv.scoring.io.Documents.create().toJson(plan.withWeights(w).methodology()));
    }
  }

  /** Derive a variant with other weights and evaluate it, reusing the nominal evaluation. */
  @Benchmark
  public Evaluation weightVariant() {
    Map<String, Double> w = weights.get(next++ & 15);
    return plan.withWeights(w).evaluate(nominal);
  }

  /**
   * Derive a variant with another winmax (the treat step's, 1 to 5 in turn) and evaluate it on the nominal
   * evaluation: the steps before treating are not run again, and every leaf is normalized again.
   */
  @Benchmark
  public Evaluation winmaxVariant() {
    int winmax = 1 + (next++ % 5);
    return plan.vary(m -> ImmutableMethodology.copyOf(m).withPipeline(m.pipeline().stream()
        .map(s -> s instanceof Treat ? ImmutableTreat.copyOf((Treat) s).withWinmax(winmax) : s)
        .collect(Collectors.toList()))).evaluate(nominal);
  }

  /** The same variant as a file: read, compile and evaluate from scratch. */
  @Benchmark
  public Evaluation compileAndEvaluateFromText() {
    String t = texts.get(next++ & 15);
    return engine.compile(t, "asem-variant.json").evaluate(data);
  }
}
