package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the national data set from CSV: 2,844 units × 300 indicators (and a rank column) × 12 months, 10.2
 * million values, as a wide table (one row per unit and month, about 80 MB) or a long one (one row per value,
 * about 250 MB). The heap is capped at 170 MB, twice the 85 MB the loaded data set holds: the load streams the
 * file and keeps only the columns, so it runs within that cap. After each iteration the benchmark prints what the
 * data set holds.
 *
 * <p>Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar LoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms170m", "-Xmx170m"})
public class LoadBenchmark {

  @Param({"wide", "long"})
  public String layout;

  Path dir;
  Path file;
  Dataset loaded;

  @Setup(Level.Trial)
  public void write() throws IOException {
    dir = Files.createTempDirectory("bizenv-load");
    file = dir.resolve(layout + ".csv");
    NationalData data = NationalData.national();
    if (layout.equals("wide")) {
      data.writeWide(file);
    } else {
      data.writeLong(file);
    }
    System.out.printf("%n%s table: %,d bytes%n", layout, Files.size(file));
  }

  @Setup(Level.Iteration)
  public void forget() {
    loaded = null;
    System.gc();
  }

  /** Reads the table into a data set. */
  @Benchmark
  public Dataset load() {
    loaded = Dataset.readCsv(file, "unit", "period", DocumentLimits.defaults());
    return loaded;
  }

  @TearDown(Level.Iteration)
  public void report() {
    System.gc();
    long held = usedHeap();
    loaded = null;
    System.gc();
    long without = usedHeap();
    System.out.printf("  the data set holds %.1f MB%n", (held - without) / 1e6);
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @TearDown(Level.Trial)
  public void delete() {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
