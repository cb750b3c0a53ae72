package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * National scale: one evaluation of 2,844 units × 300 indicators under a four-level tree ({@link NationalData}:
 * goalposts and min-max, weighted means with a minimum share, an override, grades with a quota, ranks), against
 * {@link RawLoop} doing the same arithmetic over primitive arrays in the same run; and all 12 monthly periods.
 *
 * <p>Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar EvaluateBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EvaluateBenchmark {

  NationalData shape;
  Plan plan;
  Dataset data;
  Period first;
  RawLoop raw;
  RawLoop.Period[] rawPeriods;

  @Setup
  public void setUp() {
    shape = NationalData.national();
    plan = Engine.create().compile(shape.methodology());
    data = shape.dataset();
    first = shape.period(0);
    raw = new RawLoop(shape);
    rawPeriods = RawLoop.periods(shape);
  }

  /** One period through the engine. */
  @Benchmark
  public Evaluation evaluate() {
    return plan.evaluate(data, first);
  }

  /** The same period through the plain loop. */
  @Benchmark
  public RawLoop.Result rawLoop() {
    return raw.evaluate(rawPeriods[0]);
  }

  /** All twelve periods through the engine. */
  @Benchmark
  public void evaluateAllPeriods(Blackhole bh) {
    for (Period p : data.periods()) {
      bh.consume(plan.evaluate(data, p));
    }
  }
}
