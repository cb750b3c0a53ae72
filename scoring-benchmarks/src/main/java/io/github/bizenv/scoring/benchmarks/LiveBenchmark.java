package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.live.Alert;
import io.github.bizenv.scoring.live.Change;
import io.github.bizenv.scoring.live.LiveEvaluation;
import io.github.bizenv.scoring.live.Updates;
import io.github.bizenv.scoring.model.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One live update of the national index ({@link NationalData}: 2,844 units × 300 indicators, four levels, an
 * override, grades with a 20 % quota, ranks, an alert line at the root) through {@link LiveEvaluation#apply}: a cell
 * of a leaf with fixed goalposts (the unit is recomputed, its rank and grade moved in place), and a cell of a leaf
 * whose min-max normalizer is fitted on the column (the column and the nodes above it are recomputed for every unit,
 * then ranks and grades redone). A whole evaluation of the same period is measured beside them for scale. Sample
 * time: the median is the figure.
 *
 * <p>Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar LiveBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LiveBenchmark {

  static final LocalDate DAY = LocalDate.of(2021, 1, 31);

  Plan plan;
  Dataset data;
  Period period;
  LiveEvaluation live;
  SplittableRandom random;
  int units;
  int leaves;

  @Setup(Level.Trial)
  public void setUp() {
    NationalData shape = new NationalData(NationalData.UNITS, 6, 10, 5, 1, 2844);
    plan = Engine.create().compile(shape.methodology());
    data = shape.dataset();
    period = shape.period(0);
    live = LiveEvaluation.builder(plan, data, period).since(DAY).alert(Alert.at(plan.root(), 60)).start();
    random = new SplittableRandom(7);
    units = NationalData.UNITS;
    leaves = shape.leaves();
  }

  /** A new value in a cell of a fixed-goalposts leaf (even indicators). */
  @Benchmark
  public List<Change> updateFixedLeaf() {
    int leaf = 2 * random.nextInt(leaves / 2);
    return live.apply(Updates.at(DAY).set(NationalData.unit(random.nextInt(units)), NationalData.indicator(leaf),
        Math.round(random.nextDouble() * 100000) / 100.0).build());
  }

  /** A new value in a cell of a fitted min-max leaf (odd indicators). */
  @Benchmark
  public List<Change> updateFittedLeaf() {
    int leaf = 2 * random.nextInt(leaves / 2) + 1;
    return live.apply(Updates.at(DAY).set(NationalData.unit(random.nextInt(units)), NationalData.indicator(leaf),
        Math.round(random.nextDouble() * 100000) / 100.0).build());
  }

  /** For scale: the whole period evaluated again. */
  @Benchmark
  public Evaluation wholeEvaluation() {
    return plan.evaluate(data, period);
  }
}
