package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.excel.WorkbookRead;
import io.github.bizenv.scoring.excel.Workbooks;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a large ledger workbook: 2,844 units (China's county-level divisions) × 100 indicators in the data sheet
 * (284,400 rows, a ~7 MB .xlsx), read row by row in a JVM limited to 512 MB of heap — the whole workbook's cells
 * as objects would not fit comfortably, a stream does.
 *
 * <p>Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar WorkbookReadBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class WorkbookReadBenchmark {

  static final int UNITS = 2844;
  static final int INDICATORS = 100;

  Path file;

  @Setup
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(2844);
    List<Unit> units = new ArrayList<>();
    for (int u = 0; u < UNITS; u++) {
      units.add(Unit.builder().id(String.format("u%04d", u)).name(LocalizedText.zhOnly("第" + u + "县"))
          .kind(UnitKind.COUNTY).build());
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < INDICATORS; i++) {
      indicators.add(Indicator.builder().id(String.format("i%03d", i)).name(LocalizedText.zhOnly("指标" + i))
          .measurementUnit("%").direction(Direction.HIGHER_IS_BETTER).build());
    }
    Programme p = Programme.builder().id("national").name(LocalizedText.zhOnly("全国县域"))
        .period(Period.year(2021)).benchmark(io.github.bizenv.scoring.model.Benchmark.builder().jurisdiction(LocalizedText.zhOnly("标杆")).build())
        .areas(List.of(Area.of("all", LocalizedText.zhOnly("全部")))).units(units).indicators(indicators).build();
    List<Observation> observations = new ArrayList<>();
    for (Unit u : units) {
      for (Indicator i : indicators) {
        observations.add(Observation.of(u.id(), i.id(), p.period(), Math.round(random.nextDouble() * 10000) / 100.0));
      }
    }
    ProgrammeData d = ProgrammeData.builder().programme(p.id()).observations(observations).build();
    file = Files.createTempFile("ledger-", ".xlsx");
    Files.write(file, Workbooks.create().write(p, d, Texts.chinese()));
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public WorkbookRead read() {
    return Workbooks.create().read(file);
  }
}
