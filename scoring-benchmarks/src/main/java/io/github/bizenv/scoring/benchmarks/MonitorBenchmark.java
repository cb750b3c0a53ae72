package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * One arrival in the programme monitor on the bundled Sample City at its year end: 210 tasks, 49 departments and 12
 * districts, the year's 1,558 progress reports, 1,519 ratings and 209 findings already in, and three assessments kept
 * current (departments, districts, the quarterly progress ranking). Each arrival is dated the monitor's day, so the
 * day does not move: a progress report of a random task (its status, its lead's and responsible units' facts, their
 * scores, the ranks and grades of all), a rating, or a new version of a finding. {@code advanceDay} moves the day
 * forward by one, which recomputes every task and every unit.
 *
 * <p>The monitor is built afresh for every iteration (1 s), so that the arrivals of one iteration (tens of thousands)
 * pile up no further; they still make the task and unit record lists several times a city-year's, so the figures
 * err on the slow side. The machine the figures in the report come from is shared: read the median, not the mean. Run: {@code ./mvnw -q -pl scoring-benchmarks -am package -DskipTests && java -jar
 * scoring-benchmarks/target/benchmarks.jar MonitorBenchmark}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 15, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MonitorBenchmark {

  static final LocalDate DAY = LocalDate.of(2021, 12, 31);

  Programme programme;
  ProgrammeData data;
  List<Plan> plans;
  ProgrammeMonitor monitor;
  List<ProgressReport> reports;
  List<Rating> ratings;
  List<Finding> findings;
  int next;
  LocalDate day;

  @Setup(Level.Trial)
  public void load() {
    programme = SampleCity.programme();
    data = SampleCity.data(programme);
    plans = List.of(bundled("assessment-departments-2021.json"), bundled("assessment-districts-2021.json"),
        bundled("quarterly-progress.json"));
    SplittableRandom r = new SplittableRandom(8);
    reports = new ArrayList<>();
    ratings = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      Task t = programme.tasks().get(r.nextInt(programme.tasks().size()));
      if (t.legalAuthorisation()) {
        continue;
      }
      reports.add(ProgressReport.builder().task(t.id()).unit(t.lead()).date(DAY).progress(5 * r.nextInt(21))
          .evidence(LocalizedText.zhOnly("月度调度报送")).build());
      if (!t.responsible().isEmpty()) {
        List<String> resp = new ArrayList<>(t.responsible());
        ratings.add(Rating.builder().task(t.id()).rater(t.lead()).ratee(resp.get(r.nextInt(resp.size())))
            .score(60 + r.nextInt(41)).date(DAY).build());
      }
    }
    findings = new ArrayList<>();
    for (int i = 0; i < 4096; i++) {
      Finding f = data.findings().get(r.nextInt(data.findings().size()));
      findings.add(Finding.builder().from(f).rectified(f.rectified().isPresent() && r.nextBoolean()
          ? java.util.Optional.empty() : java.util.Optional.of(DAY)).build());
    }
  }

  static Plan bundled(String name) {
    return Engine.create().compile(Catalogue.bundled().methodology(name.replace(".json", "")));
  }

  @Setup(Level.Iteration)
  public void start() {
    ProgrammeMonitor.Builder b = ProgrammeMonitor.builder(programme).data(data).extra(SampleCity.districts(programme))
        .start(DAY);
    plans.forEach(b::plan);
    monitor = b.build();
    day = DAY;
  }

  /** A progress report of a random task arrives. */
  @Benchmark
  public ProgrammeMonitor progressReport() {
    monitor.submit(reports.get((next++ & Integer.MAX_VALUE) % reports.size()));
    return monitor;
  }

  /** A lead unit's rating of a responsible unit arrives. */
  @Benchmark
  public ProgrammeMonitor rating() {
    monitor.submit(ratings.get((next++ & Integer.MAX_VALUE) % ratings.size()));
    return monitor;
  }

  /** A new version of a finding arrives (rectified, or not yet). */
  @Benchmark
  public ProgrammeMonitor finding() {
    monitor.submit(findings.get(next++ & 4095));
    return monitor;
  }

  /** The day moves forward by one: every task and every unit is recomputed. */
  @Benchmark
  public ProgrammeMonitor advanceDay() {
    day = day.plusDays(1);
    monitor.advanceTo(day);
    return monitor;
  }
}
