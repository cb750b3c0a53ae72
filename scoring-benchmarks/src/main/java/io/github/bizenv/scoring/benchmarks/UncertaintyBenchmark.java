package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.UncertaintyAnalysis;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UncertaintySpec;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodologies.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * COINr's uncertainty and sensitivity analysis of the ASEM index ({@code asem.json} with {@code
 * uncertainty/asem-coinr.json}: winmax 1–5, min-max or z-score, ±25 % weight noise on pillars and sub-indices,
 * arithmetic or geometric mean), as issue 12 asks: an uncertainty analysis of N = 1,000 replications
 * ({@link #uncertainty}) and a Sobol sensitivity analysis with N = 1,000, that is 6,000 evaluations, with 100
 * bootstrap resamples ({@link #sensitivity}). Each operation builds the analysis afresh (nominal evaluation, spec
 * bound, nothing kept from an earlier operation; seed 2024) and runs it on {@code threads} threads. The targets on a 2-core
 * machine: uncertainty ≤ 1 s, Sobol ≤ 5 s. COINr takes about 116 s and, for N = 100 Sobol, about 70 s.
 *
 * <p>Needs {@code ../shared/data/asem/ASEM_iData.csv} beside the repository. Run: {@code ./mvnw -q -pl
 * scoring-benchmarks -am package -DskipTests && java -jar scoring-benchmarks/target/benchmarks.jar
 * UncertaintyBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 10, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UncertaintyBenchmark {

  /** The threads evaluating replications. */
  @Param({"2"})
  public int threads;

  Plan plan;
  Dataset data;
  UncertaintySpec spec;

  @Setup
  public void setUp() {
    if (!Files.isRegularFile(VariantBenchmark.DATA)) {
      throw new IllegalStateException("the ASEM data is not at " + VariantBenchmark.DATA.toAbsolutePath()
          + "; run from the repository root with ../shared beside it, or pass -Dbizenv.asem=<path>");
    }
    plan = Engine.create().compile(Catalogue.bundled().methodology("asem"));
    data = Dataset.readCsv(VariantBenchmark.DATA, plan);
    try (InputStream in = UncertaintyBenchmark.class.getResourceAsStream("/uncertainty/asem-coinr.json")) {
      spec = UncertaintySpec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "asem-coinr.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private UncertaintyAnalysis analysis() {
    return UncertaintyAnalysis.builder(plan, data, spec).seed(2024).threads(threads).build();
  }

  /** N = 1,000 replications: rank statistics of every unit. */
  @Benchmark
  public UncertaintyResult uncertainty() {
    return analysis().uncertainty(1000);
  }

  /** Saltelli's design with N = 1,000 (6,000 evaluations), first-order and total Sobol indices, 100 bootstraps. */
  @Benchmark
  public SensitivityResult sensitivity() {
    return analysis().sensitivity(1000, 100);
  }
}
