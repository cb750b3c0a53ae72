package io.github.bizenv.scoring.testkit;

import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.ImmutableBenchmark;
import io.github.bizenv.scoring.model.ImmutableFinding;
import io.github.bizenv.scoring.model.ImmutableIndicator;
import io.github.bizenv.scoring.model.ImmutableProgrammeData;
import io.github.bizenv.scoring.model.ImmutableTask;
import io.github.bizenv.scoring.model.ImmutableUnit;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Member;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.model.RecognitionKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates random but valid programmes and programme data from a seed, for property-based tests.
 *
 * <p>The same seed and size always give equal values, on every platform. Generated values use every
 * optional field some of the time (heads, members, text codes, declared classes, evidence, rectification
 * dates…), names mix Chinese, English and awkward characters, and numbers span several magnitudes, so that
 * round trips and validators meet what real files hold.
 *
 * <pre>{@code
 * long seed = new SplittableRandom().nextLong();
 * ProgrammeGenerator gen = ProgrammeGenerator.seeded(seed).size(20);
 * Programme p = gen.programme();          // print the seed in your assertion message
 * ProgrammeData d = gen.data(p);
 * }</pre>
 *
 * <p>Instances are not thread-safe: each holds its own random stream.
 */
public final class ProgrammeGenerator {

  private static final String[] ZH = {"开办企业", "办理建筑许可", "获得电力", "登记财产", "纳税", "跨境贸易",
      "政务服务", "市场监管", "知识产权", "执行合同", "办理破产", "获得信贷", "“一网通办”", "秒批", "12345热线"};
  private static final String[] EN = {"Starting a business", "Permits", "Electricity", "Property", "Taxes",
      "Trade", "Services", "Supervision", "IP", "Contracts", "Insolvency", "Credit", "One-stop \"online\"",
      "Instant approval", "Hotline, 12345"};
  private static final String[] UNITS = {"days", "procedures", "%", "count", "points", "hours", "CNY"};

  private final long seed;
  private final SplittableRandom random;
  private int size = 10;

  private ProgrammeGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /**
   * A generator with a seed; print the seed when a test fails so the case can be replayed.
   *
   * @param seed the seed
   * @return a new generator
   */
  public static ProgrammeGenerator seeded(long seed) {
    return new ProgrammeGenerator(seed);
  }

  /**
   * Sets the size: programmes get up to {@code size} tasks, and units, areas and indicators in proportion;
   * data gets a few records per task.
   *
   * @param size at least 1
   * @return this generator
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public ProgrammeGenerator size(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("size " + size + " is less than 1");
    }
    this.size = size;
    return this;
  }

  /**
   * The seed this generator started from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * A random valid programme.
   *
   * @return the programme
   */
  public Programme programme() {
    int year = 2018 + random.nextInt(8);
    Period period = period(year);
    int areaCount = 1 + random.nextInt(Math.max(1, size / 3) + 1);
    List<Area> areaStubs = new ArrayList<>();
    for (int i = 0; i < areaCount; i++) {
      areaStubs.add(Area.of("area-" + i, text()));
    }
    List<Area> areas = areaStubs;
    int unitCount = 2 + random.nextInt(Math.max(1, size / 2) + 1);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < unitCount; i++) {
      ImmutableUnit.Builder u = Unit.builder().id("u" + i).name(text())
          .kind(UnitKind.values()[random.nextInt(UnitKind.values().length)]);
      if (random.nextInt(3) == 0) {
        u.head(text());
      }
      if (random.nextInt(5) == 0) {
        u.verticallyManaged(true);
      }
      if (random.nextInt(3) == 0) {
        for (Area a : areas) {
          if (random.nextBoolean()) {
            u.addCompetence(a.id());
          }
        }
      }
      if (i > 0 && random.nextInt(4) == 0) {
        // Members point only to earlier units, so membership never forms a cycle.
        Set<Integer> chosen = new HashSet<>();
        int m = 1 + random.nextInt(Math.min(3, i));
        for (int k = 0; k < m; k++) {
          int j = random.nextInt(i);
          if (chosen.add(j)) {
            u.addMember(Member.of("u" + j, Math.max(0.01, number(0.01, 1000))));
          }
        }
      }
      units.add(u.build());
    }
    int indicatorCount = 1 + random.nextInt(Math.max(1, size / 2) + 1);
    List<Indicator> indicators = new ArrayList<>();
    ImmutableBenchmark.Builder benchmark = Benchmark.builder().jurisdiction(text());
    for (int i = 0; i < indicatorCount; i++) {
      ImmutableIndicator.Builder ind = Indicator.builder().id("ind." + i).name(text())
          .measurementUnit(UNITS[random.nextInt(UNITS.length)])
          .direction(random.nextBoolean() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
      if (random.nextBoolean()) {
        ind.area(areas.get(random.nextInt(areas.size())).id());
      }
      if (random.nextInt(3) == 0) {
        ind.lead(units.get(random.nextInt(units.size())).id());
      }
      if (random.nextInt(4) == 0) {
        ind.addTextCode("No Practice");
        if (random.nextBoolean()) {
          ind.addTextCode("不适用, n/a");
        }
      }
      indicators.add(ind.build());
      if (random.nextBoolean()) {
        benchmark.putValue("ind." + i, number(0, 500));
      }
      if (random.nextInt(3) == 0) {
        benchmark.putStandard("ind." + i, text());
      }
    }
    List<Area> served = new ArrayList<>();
    for (Area a : areaStubs) {
      io.github.bizenv.scoring.model.ImmutableArea.Builder ab = Area.builder().from(a);
      if (random.nextInt(3) == 0) {
        ab.addServe(indicators.get(random.nextInt(indicators.size())).id());
      }
      served.add(ab.build());
    }
    int taskCount = random.nextInt(size + 1);
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < taskCount; i++) {
      tasks.add(task("T" + i, period, areas, units, indicators));
    }
    List<String> organisers = new ArrayList<>();
    if (random.nextBoolean()) {
      organisers.add(units.get(random.nextInt(units.size())).id());
    }
    return Programme.builder().id("prog-" + Long.toHexString(seed & 0xffffff)).name(text()).period(period)
        .benchmark(benchmark.build()).organisers(organisers).areas(served).units(units).indicators(indicators)
        .tasks(tasks).build();
  }

  private Task task(String id, Period period, List<Area> areas, List<Unit> units, List<Indicator> indicators) {
    LocalDate deadline = date(period);
    ImmutableTask.Builder t = Task.builder().id(id).area(areas.get(random.nextInt(areas.size())).id())
        .description(text()).deadline(deadline);
    if (random.nextBoolean()) {
      t.benchmarkStandard(text());
    }
    if (random.nextInt(3) > 0) {
      io.github.bizenv.scoring.model.ImmutableMeasure.Builder m = Measure.builder()
          .indicator(indicators.get(random.nextInt(indicators.size())).id())
          .baseline(number(0, 1000)).benchmark(number(0, 1000)).target(number(0, 1000));
      if (random.nextInt(5) == 0) {
        m.worseningReason(text());
      }
      t.measure(m.build());
    }
    int pick = random.nextInt(6);
    boolean c = pick == 0;
    if (c) {
      t.declaredClass(DeclaredClass.of(TaskClass.C, text())).legalAuthorisation(true);
    } else if (pick == 1) {
      t.declaredClass(DeclaredClass.of(random.nextBoolean() ? TaskClass.A : TaskClass.B, text()));
    }
    String lead = units.get(random.nextInt(units.size())).id();
    t.lead(lead);
    Set<String> taken = new HashSet<>();
    taken.add(lead);
    int responsible = random.nextInt(Math.min(4, units.size()));
    for (int k = 0; k < responsible; k++) {
      String u = units.get(random.nextInt(units.size())).id();
      if (taken.add(u)) {
        t.addResponsible(u);
      }
    }
    int supporting = random.nextInt(Math.min(3, units.size()));
    for (int k = 0; k < supporting; k++) {
      String u = units.get(random.nextInt(units.size())).id();
      if (taken.add(u)) {
        t.addSupporting(u);
      }
    }
    if (random.nextInt(4) == 0) {
      t.workload(new double[] {0.5, 1.5, 2}[random.nextInt(3)]);
    }
    int milestones = random.nextInt(5);
    long span = deadline.toEpochDay() - period.start().toEpochDay();
    List<LocalDate> dues = new ArrayList<>();
    for (int k = 0; k < milestones && span > 0; k++) {
      dues.add(period.start().plusDays(random.nextLong(span + 1)));
    }
    dues = new ArrayList<>(new java.util.TreeSet<>(dues));
    if (c) {
      int step = 0;
      for (int k = 0; k < dues.size() && step < AuthorisationStep.values().length; k++) {
        step += random.nextInt(2);
        if (step < AuthorisationStep.values().length) {
          t.addMilestone(Milestone.builder().due(dues.get(k)).step(AuthorisationStep.values()[step])
              .description(text()).build());
          step++;
        }
      }
      return t.build();
    }
    double progress = 0;
    for (int k = 0; k < dues.size(); k++) {
      double rest = 100 - progress;
      progress = k == dues.size() - 1 && random.nextBoolean() ? 100
          : progress + Math.max(0.5, Math.round(rest * random.nextDouble() * 0.8 * 2) / 2.0);
      if (progress > 100) {
        break;
      }
      t.addMilestone(Milestone.builder().due(dues.get(k)).plannedProgress(progress).description(text()).build());
      if (progress == 100) {
        break;
      }
    }
    return t.build();
  }

  /**
   * Random valid data for a programme: progress reports by lead and responsible units, ratings from leads
   * to responsible units, findings, external results and observations, all within the programme period.
   *
   * @param programme the programme
   * @return the data
   */
  public ProgrammeData data(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    Period period = programme.period();
    ImmutableProgrammeData.Builder d = ProgrammeData.builder().programme(programme.id());
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (Task t : programme.tasks()) {
      int reports = random.nextInt(4);
      for (int k = 0; k < reports; k++) {
        List<String> reporters = new ArrayList<>(t.responsible());
        reporters.add(t.lead());
        io.github.bizenv.scoring.model.ImmutableProgressReport.Builder r = ProgressReport.builder().task(t.id())
            .unit(reporters.get(random.nextInt(reporters.size()))).date(date(period))
            .evidence(random.nextBoolean() ? java.util.Optional.of(text()) : java.util.Optional.empty());
        if (t.legalAuthorisation()) {
          r.step(AuthorisationStep.values()[random.nextInt(AuthorisationStep.values().length)]);
        } else {
          r.progress(Math.round(random.nextDouble() * 1000) / 10.0);
        }
        ProgressReport report = r.build();
        // One report per task, unit and date: a second one drawn for the same day is left out.
        if (reported.add(report.task() + "\u0000" + report.unit() + "\u0000" + report.date())) {
          d.addProgressReport(report);
        }
      }
      for (String ratee : t.responsible()) {
        if (!ratee.equals(t.lead()) && random.nextBoolean()) {
          d.addRating(Rating.builder().task(t.id()).rater(t.lead()).ratee(ratee)
              .score(Math.round(random.nextDouble() * 100)).date(date(period)).build());
        }
      }
    }
    int findings = random.nextInt(size + 1);
    for (int i = 0; i < findings; i++) {
      LocalDate found = date(period);
      String unit = programme.units().get(random.nextInt(programme.units().size())).id();
      ImmutableFinding.Builder f = Finding.builder().id("F" + i)
          .kind(FindingKind.values()[random.nextInt(FindingKind.values().length)])
          .unit(unit)
          .severity(Severity.values()[random.nextInt(Severity.values().length)])
          .found(found).description(text());
      if (random.nextInt(3) == 0) {
        f.matter("M-" + unit + "-" + random.nextInt(2));
      }
      if (!programme.tasks().isEmpty() && random.nextBoolean()) {
        f.task(programme.tasks().get(random.nextInt(programme.tasks().size())).id());
      }
      if (random.nextBoolean()) {
        f.area(programme.areas().get(random.nextInt(programme.areas().size())).id());
      }
      if (random.nextBoolean()) {
        f.rectificationDeadline(found.plusDays(random.nextInt(60)));
      }
      if (random.nextBoolean()) {
        f.rectified(found.plusDays(random.nextInt(90)));
      }
      d.addFinding(f.build());
    }
    int recognitions = random.nextInt(size / 3 + 1);
    for (int i = 0; i < recognitions; i++) {
      String unit = programme.units().get(random.nextInt(programme.units().size())).id();
      io.github.bizenv.scoring.model.ImmutableRecognition.Builder r = Recognition.builder().id("R" + i)
          .kind(random.nextBoolean() ? RecognitionKind.FIRST : RecognitionKind.ADOPTED)
          .level(random.nextBoolean() ? ResultLevel.NATIONAL : ResultLevel.PROVINCIAL).unit(unit)
          .date(date(period)).description(text()).evidence(text());
      if (random.nextBoolean()) {
        r.matter("R-" + unit + "-" + random.nextInt(2));
      }
      if (!programme.tasks().isEmpty() && random.nextBoolean()) {
        r.task(programme.tasks().get(random.nextInt(programme.tasks().size())).id());
      }
      d.addRecognition(r.build());
    }
    for (Indicator ind : programme.indicators()) {
      if (random.nextBoolean()) {
        int outOf = 1 + random.nextInt(100);
        d.addExternalResult(ExternalResult.builder()
            .level(random.nextBoolean() ? ResultLevel.NATIONAL : ResultLevel.PROVINCIAL)
            .unit(programme.units().get(random.nextInt(programme.units().size())).id())
            .indicator(ind.id()).period(period).rank(1 + random.nextInt(outOf)).outOf(outOf)
            .score(random.nextBoolean() ? java.util.OptionalDouble.of(number(0, 100))
                : java.util.OptionalDouble.empty())
            .published(random.nextBoolean() ? java.util.Optional.of(date(period).plusDays(random.nextInt(400)))
                : java.util.Optional.empty())
            .build());
      }
    }
    d.addAllObservations(observations(programme));
    return d.build();
  }

  /**
   * Random observations for a programme: each unit and indicator observed at most once, in the programme
   * period; some values are declared text codes.
   *
   * @param programme the programme
   * @return the observations
   */
  public List<Observation> observations(Programme programme) {
    List<Observation> out = new ArrayList<>();
    for (Unit u : programme.units()) {
      for (Indicator ind : programme.indicators()) {
        int roll = random.nextInt(5);
        if (roll == 0) {
          continue;
        }
        if (roll == 1 && !ind.textCodes().isEmpty()) {
          List<String> codes = new ArrayList<>(ind.textCodes());
          out.add(Observation.ofCode(u.id(), ind.id(), programme.period(), codes.get(random.nextInt(codes.size()))));
        } else {
          out.add(Observation.of(u.id(), ind.id(), programme.period(), number(-50, 5000)));
        }
      }
    }
    return out;
  }

  private Period period(int year) {
    switch (random.nextInt(4)) {
      case 0:
        return Period.quarter(year, 1 + random.nextInt(4));
      case 1:
        return Period.month(YearMonth.of(year, 1 + random.nextInt(12)));
      case 2:
        LocalDate start = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return Period.range(start, start.plusDays(30 + random.nextInt(700)));
      default:
        return Period.year(year);
    }
  }

  private LocalDate date(Period p) {
    long span = p.end().toEpochDay() - p.start().toEpochDay();
    return p.start().plusDays(random.nextLong(span + 1));
  }

  private double number(double min, double max) {
    switch (random.nextInt(4)) {
      case 0:
        return Math.round(min + random.nextDouble() * (max - min));
      case 1:
        return Math.round((min + random.nextDouble() * (max - min)) * 100) / 100.0;
      case 2:
        return min + random.nextDouble() * (max - min);
      default:
        return min + (max - min) * Math.pow(random.nextDouble(), 6);
    }
  }

  private LocalizedText text() {
    int i = random.nextInt(ZH.length);
    switch (random.nextInt(3)) {
      case 0:
        return LocalizedText.zhOnly(ZH[i]);
      case 1:
        return LocalizedText.builder().en(EN[i]).build();
      default:
        return LocalizedText.of(ZH[i], EN[i]);
    }
  }
}
