package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.io.Documents;
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
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the bundled Sample City programme, its 2021 data and its district table from a fixed seed.
 *
 * <p>Run {@code main} with the output folder to regenerate the files under
 * {@code src/main/resources/sample-city/}; a test checks that the bundled files are exactly what this
 * class generates, so the two cannot drift apart.
 */
public final class SampleCityGenerator {

  /** The seed of the bundled sample. */
  public static final long SEED = 2021_0311L;

  private static final int YEAR = 2021;
  private static final LocalDate START = LocalDate.of(YEAR, 1, 1);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
      "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余"};
  private static final String[] GIVEN = {"伟", "建国", "志强", "海燕", "晓东", "丽华", "明", "军", "静", "建华",
      "红梅", "国庆", "卫东", "立新", "春生", "秀兰", "文斌", "晓峰", "玉兰", "永刚", "雪梅", "宏伟", "振华", "思远",
      "光明", "德明", "慧敏", "少华", "家骏", "雅琴", "俊杰", "保国", "新民", "桂英", "忠诚", "玉成", "学军", "云飞"};
  private static final List<String> SERVICE_UNITS = List.of("gsd", "nrp", "tax", "amr", "housing", "hrss", "psb",
      "hpf", "medical", "power", "water", "gas");

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final Map<String, Double> speed = new HashMap<>();
  private final Map<String, Double> quality = new HashMap<>();
  private final Map<String, String> scenario = new HashMap<>();
  private final Set<String> stalled = new HashSet<>();
  private final Set<String> names = new HashSet<>();
  private final List<String> localities = new ArrayList<>();
  private Programme programme;
  private int document = 10;

  private SampleCityGenerator() {}

  /**
   * Generates the sample.
   *
   * @return the programme, its data and the district observations, in that order
   */
  public static Sample generate() {
    SampleCityGenerator g = new SampleCityGenerator();
    Programme p = g.programme();
    ProgrammeData d = g.data();
    List<Observation> districts = g.districtObservations();
    return new Sample(p, d, districts);
  }

  /** The generated sample: a programme, its data and a table of district observations. */
  public static final class Sample {
    private final Programme programme;
    private final ProgrammeData data;
    private final List<Observation> districts;

    Sample(Programme programme, ProgrammeData data, List<Observation> districts) {
      this.programme = programme;
      this.data = data;
      this.districts = List.copyOf(districts);
    }

    /**
     * The programme.
     *
     * @return the programme
     */
    public Programme programme() {
      return programme;
    }

    /**
     * The programme's 2021 data.
     *
     * @return the data
     */
    public ProgrammeData data() {
      return data;
    }

    /**
     * 2021 observations of the districts, counties and development zones.
     *
     * @return the observations
     */
    public List<Observation> districts() {
      return districts;
    }
  }

  /**
   * Writes {@code programme.json}, {@code data-2021.json} and {@code districts-2021.csv} to a folder.
   *
   * @param args the output folder
   * @throws Exception if a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: SampleCityGenerator OUTPUT_FOLDER");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    Sample s = generate();
    Documents docs = Documents.create();
    docs.write(docs.toJson(s.programme()), out.resolve("programme.json"));
    docs.write(docs.toJson(s.data()), out.resolve("data-2021.json"));
    docs.write(docs.toWideCsv(s.districts()), out.resolve("districts-2021.csv"));
  }

  // ---------------------------------------------------------------- programme

  private Programme programme() {
    List<Area> areas = new ArrayList<>();
    Map<String, String> servedBy = new HashMap<>();
    for (String a : SampleCityContent.AREAS) {
      String[] f = a.split("\\|");
      io.github.bizenv.scoring.model.ImmutableArea.Builder b = Area.builder().id(f[0]).name(LocalizedText.of(f[1], f[2]));
      for (String s : f[3].split(",")) {
        b.addServe("eval-" + s);
        servedBy.put("eval-" + s, f[0]);
      }
      areas.add(b.build());
    }
    List<Unit> units = new ArrayList<>();
    units.add(Unit.builder().id("sample-city").name(LocalizedText.of("示例市", "Sample City")).kind(UnitKind.CITY)
        .head(LocalizedText.of(person() + "（市委书记）", "the Party Secretary")).build());
    for (String d : SampleCityContent.DEPARTMENTS) {
      String[] f = d.split("\\|", -1);
      ImmutableUnit.Builder u = Unit.builder().id(f[0]).name(LocalizedText.of(f[1], f[2]))
          .kind(UnitKind.DEPARTMENT).head(LocalizedText.zhOnly(person())).verticallyManaged(f[4].equals("vertical"));
      if (!f[3].isEmpty()) {
        u.addCompetences(f[3].split(","));
      }
      units.add(u.build());
      speed.put(f[0], 0.86 + random.nextDouble() * 0.26);
      quality.put(f[0], 80 + random.nextDouble() * 15);
    }
    for (String d : SampleCityContent.DISTRICTS) {
      String[] f = d.split("\\|");
      units.add(Unit.builder().id(f[0]).name(LocalizedText.of(f[1], f[2])).kind(UnitKind.fromCode(f[3]))
          .head(LocalizedText.zhOnly(person())).build());
      quality.put(f[0], 74 + random.nextDouble() * 18);
      localities.add(f[0]);
    }
    // Some units are clearly better or worse than the rest.
    speed.putAll(Map.of("gsd", 1.16, "tax", 1.13, "amr", 1.1, "customs", 1.12, "nrp", 1.08, "power", 1.1,
        "civil-defence", 0.62, "water-res", 0.66, "audit", 0.7, "culture", 0.72));
    speed.put("eco", 0.8);
    speed.put("jrj", 0.84);
    quality.putAll(Map.of("nanhu", 96.0, "hitech", 95.0, "dongcheng", 93.0, "etdz", 92.5, "yunling", 71.0,
        "baishui", 73.0, "eco", 76.0, "civil-defence", 75.0));

    List<Indicator> indicators = new ArrayList<>();
    ImmutableBenchmark.Builder benchmark = Benchmark.builder().jurisdiction(LocalizedText.of("深圳市", "Shenzhen"));
    Map<String, Double> sz = new HashMap<>();
    Map<String, Double> local = new HashMap<>();
    for (String line : SampleCityContent.INDICATORS) {
      String[] f = line.split("\\|");
      ImmutableIndicator.Builder ind = Indicator.builder().id(f[0]).name(LocalizedText.of(f[1], f[2]))
          .measurementUnit(f[3]).direction(Direction.fromCode(f[4])).area(f[5]);
      if (f[0].equals("ri-recovery")) {
        ind.addTextCode("No Practice");
      }
      indicators.add(ind.build());
      benchmark.putValue(f[0], Double.parseDouble(f[6]));
      sz.put(f[0], Double.parseDouble(f[6]));
      local.put(f[0], Double.parseDouble(f[7]));
    }
    for (String line : SampleCityContent.NATIONAL) {
      String[] f = line.split("\\|");
      indicators.add(Indicator.builder().id("eval-" + f[0]).lead(f[3])
          .name(LocalizedText.of(f[1] + "（国评/省评指标得分）", f[2] + " (national/provincial evaluation score)"))
          .measurementUnit("points (0-100)").direction(Direction.HIGHER_IS_BETTER).area(servedBy.get("eval-" + f[0]))
          .build());
    }
    benchmark.putStandard("sb-time", LocalizedText.of("企业开办1个环节、1天、零费用（深府办函〔2020〕11号）",
        "Start a company in 1 procedure, 1 day, at zero cost"));
    benchmark.putStandard("gs-one-visit", LocalizedText.of("99.92%的政务服务事项“最多跑一次”",
        "99.92 % of services need at most one visit"));
    benchmark.putStandard("gs-instant", LocalizedText.of("“秒批”事项持续扩容，新增100项以上",
        "More than 100 further instant-approval services"));
    Map<String, Indicator> byId = new LinkedHashMap<>();
    indicators.forEach(i -> byId.put(i.id(), i));

    List<Task> tasks = new ArrayList<>();
    int number = 0;
    for (int a = 0; a < areas.size(); a++) {
      for (String line : SampleCityContent.TASKS.get(a)) {
        number++;
        String[] f = line.split("\\|", -1);
        String id = String.format("T%03d", number);
        String lead = f[2];
        ImmutableTask.Builder t = Task.builder().id(id).area(areas.get(a).id())
            .description(LocalizedText.of(f[0], f[1])).lead(lead);
        Set<String> responsible = units(f[3]);
        responsible.remove(lead);
        Set<String> supporting = units(f[4]);
        supporting.remove(lead);
        supporting.removeAll(responsible);
        t.responsible(responsible).supporting(supporting);
        LocalDate deadline = YearMonth.of(YEAR, Integer.parseInt(f[5])).atEndOfMonth();
        t.deadline(deadline);
        Map<String, String> flags = flags(f[7]);
        if (flags.containsKey("w")) {
          t.workload(Double.parseDouble(flags.get("w")));
        }
        if (flags.containsKey("stalled")) {
          stalled.add(id);
        }
        if (flags.containsKey("C")) {
          String[] c = flags.get("C").split("/");
          scenario.put(id, c[1]);
          t.legalAuthorisation(true).declaredClass(DeclaredClass.of(TaskClass.C, LocalizedText.zhOnly(c[0])));
          t.benchmarkStandard(LocalizedText.zhOnly("深圳已在授权范围内先行先试"));
          t.milestones(authorisationSteps(deadline));
        } else {
          t.milestones(milestones(deadline));
        }
        if (!f[6].isEmpty()) {
          String[] m = f[6].split("=");
          Indicator indicator = byId.get(m[0]);
          double bench = sz.get(m[0]);
          t.measure(Measure.builder().indicator(m[0]).baseline(local.get(m[0])).benchmark(bench)
              .target(Double.parseDouble(m[1])).build());
          t.benchmarkStandard(LocalizedText.of("深圳：" + fmt(bench) + zhUnit(indicator.measurementUnit()),
              "Shenzhen: " + fmt(bench) + " " + indicator.measurementUnit()));
        }
        if (flags.containsKey("A") || flags.containsKey("B")) {
          TaskClass c = flags.containsKey("A") ? TaskClass.A : TaskClass.B;
          t.declaredClass(DeclaredClass.of(c, LocalizedText.zhOnly(flags.get(c.code()))));
        } else if (f[6].isEmpty() && !flags.containsKey("C")) {
          TaskClass c = random.nextInt(4) == 0 ? TaskClass.B : TaskClass.A;
          t.declaredClass(DeclaredClass.of(c, LocalizedText.of(
              c == TaskClass.A ? "无量化指标，对照深圳做法定性研判：尚有差距" : "无量化指标，对照深圳做法定性研判：已达到深圳水平",
              c == TaskClass.A ? "No quantitative indicator; judged against Shenzhen's practice: behind"
                  : "No quantitative indicator; judged against Shenzhen's practice: on a par")));
        }
        tasks.add(t.build());
      }
    }
    programme = Programme.builder().id("sample-city-2021")
        .name(LocalizedText.of("示例市2021年优化营商环境“一号改革工程”",
            "Sample City 2021 \"No. 1 Reform Project\" for the business environment"))
        .period(Period.year(YEAR)).benchmark(benchmark.build()).addOrganisers("reform-office", "drc").areas(areas)
        .units(units).indicators(indicators).tasks(tasks).build();
    if (!programme.warnings().isEmpty()) {
      throw new IllegalStateException("the sample should draw no warning: " + programme.warnings());
    }
    return programme;
  }

  private Set<String> units(String spec) {
    Set<String> out = new LinkedHashSet<>();
    for (String token : spec.split(",")) {
      if (token.isEmpty()) {
        continue;
      }
      switch (token) {
        case "@all":
          out.addAll(localities);
          break;
        case "@districts":
          out.addAll(localities.subList(0, 6));
          break;
        case "@counties":
          out.addAll(localities.subList(6, 10));
          break;
        case "@zones":
          out.addAll(localities.subList(10, 12));
          break;
        case "@some":
          int n = 2 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            out.add(localities.get(random.nextInt(localities.size())));
          }
          break;
        default:
          out.add(token);
      }
    }
    return out;
  }

  private static Map<String, String> flags(String spec) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String flag : spec.split(";")) {
      if (flag.isEmpty()) {
        continue;
      }
      int eq = flag.indexOf('=');
      out.put(eq < 0 ? flag : flag.substring(0, eq), eq < 0 ? "" : flag.substring(eq + 1));
    }
    return out;
  }

  private static List<Milestone> milestones(LocalDate deadline) {
    int months = deadline.getMonthValue();
    int steps = months <= 3 ? 2 : months <= 6 ? 3 : 4;
    String[][] plan = {
        {"制定实施方案", "Adopt the implementation plan"},
        {"完成流程再造和系统改造", "Redesign the process and adapt the systems"},
        {"试运行并评估", "Trial run and review"},
        {"全面落地见效", "Fully in effect"}};
    double[][] shares = {{40, 100}, {30, 70, 100}, {20, 50, 80, 100}};
    List<Milestone> out = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      LocalDate due = i == steps - 1 ? deadline
          : YearMonth.of(YEAR, Math.max(1, months * (i + 1) / steps)).atEndOfMonth();
      String[] p = plan[i == steps - 1 ? 3 : i];
      out.add(Milestone.builder().due(due).plannedProgress(shares[steps - 2][i])
          .description(LocalizedText.of(p[0], p[1])).build());
    }
    return out;
  }

  /** A class C task's plan: apply, be authorised, put into effect by the deadline. */
  private static List<Milestone> authorisationSteps(LocalDate deadline) {
    int months = deadline.getMonthValue();
    return List.of(
        Milestone.builder().due(YearMonth.of(YEAR, Math.max(2, months / 3)).atEndOfMonth())
            .step(AuthorisationStep.APPLICATION_SUBMITTED)
            .description(LocalizedText.of("向上级机关提交授权申请", "Apply to the higher authority")).build(),
        Milestone.builder().due(YearMonth.of(YEAR, Math.max(3, months * 2 / 3)).atEndOfMonth())
            .step(AuthorisationStep.AUTHORISATION_GRANTED)
            .description(LocalizedText.of("获得授权或批复", "Authorisation granted")).build(),
        Milestone.builder().due(deadline).step(AuthorisationStep.IMPLEMENTED)
            .description(LocalizedText.of("落地实施", "Put into effect")).build());
  }

  private static String zhUnit(String unit) {
    Map<String, String> zh = Map.ofEntries(Map.entry("days", "天"), Map.entry("working days", "个工作日"),
        Map.entry("procedures", "个环节"), Map.entry("CNY", "元"), Map.entry("hours", "小时"),
        Map.entry("hours per year", "小时/年"), Map.entry("payments per year", "次/年"), Map.entry("months", "个月"),
        Map.entry("services", "项"), Map.entry("patents", "件"), Map.entry("cents on the dollar", "美分/美元"));
    if (zh.containsKey(unit)) {
      return zh.get(unit);
    }
    if (unit.startsWith("points")) {
      return "分";
    }
    return unit.startsWith("%") ? "%" : "（" + unit + "）";
  }

  /** A name not given to anyone else. */
  private String person() {
    while (true) {
      String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
      if (names.add(name)) {
        return name;
      }
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  // ---------------------------------------------------------------- data

  private ProgrammeData data() {
    ImmutableProgrammeData.Builder d = ProgrammeData.builder().programme(programme.id());
    List<ProgressReport> reports = new ArrayList<>();
    for (Task t : programme.tasks()) {
      reports.addAll(t.legalAuthorisation() ? steps(t) : reports(t));
    }
    d.progressReports(reports);
    ratings(d);
    findings(d, ProgrammeData.builder().programme(programme.id()).progressReports(reports).build());
    recognitions(d);
    externalResults(d);
    cityObservations(d);
    return d.build();
  }

  private List<ProgressReport> reports(Task t) {
    List<ProgressReport> out = new ArrayList<>();
    // Most tasks of a good unit are done on time; a weak unit is late with more of them.
    double late = Math.max(0.04, Math.min(0.85, (1.06 - speed.get(t.lead())) * 2.2));
    double factor = random.nextDouble() < late ? 0.72 + random.nextDouble() * 0.2 : 1 + random.nextDouble() * 0.12;
    boolean stall = stalled.contains(t.id());
    if (stall) {
      factor = 0.55;
    }
    double last = 0;
    for (int m = 1; m <= 12; m++) {
      LocalDate date = YearMonth.of(YEAR, m).atEndOfMonth();
      long elapsed = date.toEpochDay() - START.toEpochDay();
      LocalDate clock = START.plusDays(Math.round(elapsed * factor));
      double progress = planned(t, clock);
      progress = Math.min(100, progress + (progress > 0 && progress < 100 ? random.nextInt(6) : 0));
      progress = Math.max(last, Math.floor(progress / 5) * 5);
      if (stall) {
        progress = Math.min(progress, 80);
      }
      if (progress <= 0 && m < 2) {
        continue;
      }
      out.add(ProgressReport.builder().task(t.id()).unit(t.lead()).date(date).progress(progress)
          .evidence(evidence(t, progress)).build());
      last = progress;
      if (progress >= 100) {
        break;
      }
    }
    return out;
  }

  /** A class C task's reports: the steps of its scenario. */
  private List<ProgressReport> steps(Task t) {
    List<ProgressReport> out = new ArrayList<>();
    Milestone apply = t.milestones().get(0);
    Milestone grant = t.milestones().get(1);
    switch (scenario.get(t.id())) {
      case "done":
        out.add(step(t, apply.due().minusDays(10), AuthorisationStep.APPLICATION_SUBMITTED));
        out.add(step(t, grant.due().minusDays(15), AuthorisationStep.AUTHORISATION_GRANTED));
        out.add(step(t, t.deadline().minusDays(10), AuthorisationStep.IMPLEMENTED));
        break;
      case "awaiting":
        out.add(step(t, apply.due().minusDays(5), AuthorisationStep.APPLICATION_SUBMITTED));
        break;
      case "late-apply":
        out.add(step(t, LocalDate.of(YEAR, 8, 20), AuthorisationStep.APPLICATION_SUBMITTED));
        break;
      default:
        out.add(step(t, apply.due().minusDays(5), AuthorisationStep.APPLICATION_SUBMITTED));
        out.add(step(t, LocalDate.of(YEAR, 10, 12), AuthorisationStep.AUTHORISATION_GRANTED));
    }
    return out;
  }

  private ProgressReport step(Task t, LocalDate date, AuthorisationStep step) {
    String[] e;
    switch (step) {
      case APPLICATION_SUBMITTED:
        e = new String[] {"已向上级机关报送授权申请（示政文〔2021〕" + (++document) + "号）",
            "Application for authorisation sent to the higher authority"};
        break;
      case AUTHORISATION_GRANTED:
        e = new String[] {"上级机关复函同意先行先试（" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日收文）",
            "The higher authority agreed to a pilot"};
        break;
      default:
        e = new String[] {"已落地实施，首批" + (3 + random.nextInt(20)) + "家企业完成办理",
            "In effect; the first firms have used it"};
    }
    return ProgressReport.builder().task(t.id()).unit(t.lead()).date(date).step(step)
        .evidence(LocalizedText.of(e[0], e[1])).build();
  }

  private LocalizedText evidence(Task t, double progress) {
    String name = t.description().zh().orElseThrow();
    String topic = name.length() > 12 ? name.substring(0, 12) + "…" : name;
    int n = random.nextInt(4);
    if (progress >= 100) {
      String[][] done = {
          {"已全面落地，累计办理" + (200 + random.nextInt(5000)) + "件", "In effect; cases handled so far counted"},
          {"通过市“一号改革工程”专班验收，相关制度文件已印发", "Accepted by the programme's task force; rules issued"},
          {"改革事项已在全市推开，企业满意度" + (90 + random.nextInt(10)) + "%", "Rolled out city-wide; firms satisfied"},
          {"已上线运行并纳入政务服务事项清单", "Live and listed among the government services"}};
      return LocalizedText.of(done[n][0], done[n][1]);
    }
    if (progress >= 60) {
      String[][] trial = {
          {"系统改造基本完成，在" + (2 + random.nextInt(8)) + "个区县试运行", "Systems mostly adapted; trial in some districts"},
          {"试运行期间办理" + (20 + random.nextInt(300)) + "件，平均用时缩短" + (20 + random.nextInt(50)) + "%",
              "Trial cases handled; time cut"},
          {"已完成流程再造，申请材料由" + (8 + random.nextInt(10)) + "份精简至" + (2 + random.nextInt(4)) + "份",
              "Process redesigned; fewer documents"},
          {"召开“" + topic + "”试运行评估会，形成整改清单", "Trial reviewed; fixes listed"}};
      return LocalizedText.of(trial[n][0], trial[n][1]);
    }
    if (progress >= 20) {
      String[][] plan = {
          {"印发实施方案（示政办发〔2021〕" + (++document) + "号）", "Implementation plan issued"},
          {"赴深圳对口部门对标学习，形成对标报告", "Benchmark visit to Shenzhen; report written"},
          {"召开部门协调会" + (2 + random.nextInt(4)) + "次，明确责任分工", "Coordination meetings held; duties split"},
          {"完成事项梳理，编制办事指南" + (5 + random.nextInt(30)) + "项", "Matters sorted; service guides written"}};
      return LocalizedText.of(plan[n][0], plan[n][1]);
    }
    String[][] start = {
        {"成立工作专班，开展调研", "Task force formed; research under way"},
        {"正在起草实施方案", "Drafting the implementation plan"},
        {"梳理现行流程和法规依据", "Reviewing the current process and its legal basis"},
        {"征求相关部门和企业意见", "Consulting departments and firms"}};
    return LocalizedText.of(start[n][0], start[n][1]);
  }

  /** Planned cumulative progress on a day, linear between milestones, 0 at the start of the year. */
  static double planned(Task t, LocalDate day) {
    LocalDate prevDate = START;
    double prev = 0;
    for (Milestone m : t.milestones()) {
      double p = m.plannedProgress().orElse(0);
      if (!day.isAfter(m.due())) {
        double span = m.due().toEpochDay() - prevDate.toEpochDay();
        double into = day.toEpochDay() - prevDate.toEpochDay();
        return span <= 0 ? p : prev + (p - prev) * into / span;
      }
      prevDate = m.due();
      prev = p;
    }
    return prev;
  }

  /** Each quarter, every lead rates the responsible units of its tasks still under way (季度评价). */
  private void ratings(ImmutableProgrammeData.Builder d) {
    for (int q = 1; q <= 4; q++) {
      LocalDate date = LocalDate.of(YEAR, q * 3, 20);
      LocalDate from = LocalDate.of(YEAR, q * 3 - 2, 1);
      for (Task t : programme.tasks()) {
        if (t.deadline().isBefore(from)) {
          continue;
        }
        for (String ratee : t.responsible()) {
          double score = quality.get(ratee) + (random.nextDouble() - 0.5) * 8;
          d.addRating(Rating.builder().task(t.id()).rater(t.lead()).ratee(ratee)
              .score(Math.max(60, Math.min(100, Math.round(score * 2) / 2.0))).date(date).build());
        }
      }
    }
  }

  private int findingNumber;

  private String nextFinding() {
    return String.format("F%03d", ++findingNumber);
  }

  private void findings(ImmutableProgrammeData.Builder d, ProgrammeData reports) {
    List<Finding> out = new ArrayList<>();
    // 实地督察 at the key dates: the lead units of tasks red or behind.
    String[][] inspection = {
        {"实地督察发现未按时间节点完成流程再造", "On-site inspection: process redesign not done by the milestone"},
        {"实地督察发现系统改造滞后，线上办理尚未开通", "On-site inspection: systems late, online service not open"},
        {"实地督察发现窗口人员对新流程不熟悉", "On-site inspection: counter staff unfamiliar with the new process"},
        {"实地督察发现改革举措宣传不到位，企业知晓率低", "On-site inspection: firms do not know of the reform"}};
    for (LocalDate round : List.of(LocalDate.of(YEAR, 4, 12), LocalDate.of(YEAR, 7, 12), LocalDate.of(YEAR, 10, 12),
        LocalDate.of(YEAR, 12, 10))) {
      BattleMap map = BattleMap.at(programme, reports, round.minusDays(12), DispatchRules.defaults());
      int k = 0;
      for (TaskStatus s : map.tasks()) {
        if (k >= 9 || !(s.status() == Status.RED || s.status() == Status.BEHIND)) {
          continue;
        }
        Task t = s.task();
        String[] text = inspection[(k + round.getMonthValue()) % inspection.length];
        Severity severity = s.status() == Status.RED ? (s.monthsRed() >= 3 ? Severity.SERIOUS : Severity.GENERAL)
            : Severity.MINOR;
        LocalDate found = round.plusDays(k % 3);
        out.add(rectify(Finding.builder().id(nextFinding()).kind(FindingKind.ON_SITE_INSPECTION).unit(t.lead())
            .task(t.id()).area(t.area()).severity(severity).found(found)
            .description(LocalizedText.of(text[0] + "（" + t.id() + "）", text[1] + " (" + t.id() + ")")), found, 20,
            t.lead()));
        k++;
      }
    }
    // 四不两直 spot checks of service windows, each month.
    String[][] spot = {
        {"“四不两直”抽查发现一次性告知清单未公开", "Four-nos visit: the one-time notice list was not published"},
        {"“四不两直”抽查发现网上可办事项仍要求现场提交纸质材料", "Four-nos visit: an online service still required paper"},
        {"“四不两直”抽查发现窗口工作人员脱岗", "Four-nos visit: a counter was left unattended"},
        {"“四不两直”抽查发现“好差评”差评未按时回访", "Four-nos visit: bad ratings not followed up in time"}};
    for (int m = 2; m <= 12; m++) {
      for (int k = 0; k < 4; k++) {
        String unit = k % 2 == 0 ? localities.get(random.nextInt(localities.size()))
            : SERVICE_UNITS.get(random.nextInt(SERVICE_UNITS.size()));
        String[] text = spot[random.nextInt(spot.length)];
        LocalDate found = LocalDate.of(YEAR, m, 3 + 6 * k);
        out.add(rectify(Finding.builder().id(nextFinding()).kind(FindingKind.FOUR_NOS_TWO_STRAIGHTS).unit(unit)
            .area("government-services").severity(weakSeverity(unit)).found(found)
            .description(LocalizedText.of(text[0], text[1])), found, 30, unit));
      }
    }
    // 暗访 of the service halls, twice a year, by a third party.
    String[][] mystery = {
        {"暗访发现办事群众排队超过30分钟", "Unannounced visit: people queued over 30 minutes"},
        {"暗访发现咨询电话无人接听", "Unannounced visit: the enquiry line went unanswered"},
        {"暗访发现自助服务终端故障未修复", "Unannounced visit: self-service terminals out of order"}};
    for (LocalDate round : List.of(LocalDate.of(YEAR, 5, 18), LocalDate.of(YEAR, 11, 16))) {
      for (int k = 0; k < localities.size(); k++) {
        if (random.nextInt(6) == 0) {
          continue;
        }
        String unit = localities.get(k);
        String[] text = mystery[random.nextInt(mystery.length)];
        LocalDate found = round.plusDays(k % 4);
        out.add(rectify(Finding.builder().id(nextFinding()).kind(FindingKind.UNANNOUNCED_VISIT).unit(unit)
            .area("government-services").severity(weakSeverity(unit)).found(found)
            .description(LocalizedText.of(text[0], text[1])), found, 20, unit));
      }
    }
    // 12345 complaints found true, some also found by an inspection or reported twice: one matter each.
    String[][] complaints = {
        {"企业反映施工许可办理时间超过承诺时限", "A firm says its building permit took longer than promised", "construction-approval", "housing"},
        {"群众反映不动产登记窗口排队时间过长", "Residents say the property registry queue is too long", "property-registration", "nrp"},
        {"企业反映用水报装收取不合理费用", "A firm says it was charged improper fees for a water connection", "utilities", "water"},
        {"企业反映开办企业线上系统频繁卡顿", "A firm says the online start-up system keeps stalling", "commercial-registration", "amr"},
        {"企业反映政府采购合同款项拖欠", "A firm says a procurement contract is unpaid", "procurement-tendering", "finance"},
        {"群众反映窗口工作人员服务态度差", "A resident complains of a rude counter officer", "government-services", ""},
        {"企业反映电力接入工程审批推诿", "A firm says grid-connection approval was passed around", "utilities", "power"},
        {"企业反映涉企检查过多过频", "A firm says inspections are too many and too frequent", "market-supervision", "amr"},
        {"企业反映用气报装需多次跑腿", "A firm says a gas connection took several visits", "utilities", "gas"},
        {"企业反映退税到账慢", "A firm says its tax refund is slow to arrive", "tax-services", "tax"}};
    int matter = 0;
    for (int i = 0; i < 84; i++) {
      String[] text = complaints[random.nextInt(complaints.length)];
      String unit = text[3].isEmpty() || random.nextInt(3) == 0 ? weakLocality() : text[3];
      LocalDate found = LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
      Severity severity = random.nextInt(8) == 0 ? Severity.SERIOUS : random.nextInt(2) == 0 ? Severity.GENERAL
          : Severity.MINOR;
      ImmutableFinding.Builder f = Finding.builder().id(nextFinding()).kind(FindingKind.HOTLINE_COMPLAINT).unit(unit)
          .area(text[2]).severity(severity).found(found).description(LocalizedText.of(text[0], text[1]));
      boolean linked = i % 9 == 4 && found.getMonthValue() < 12;
      boolean twice = i % 13 == 7 && found.getMonthValue() < 12;
      String matterId = linked || twice ? String.format("M%02d", ++matter) : null;
      if (matterId != null) {
        f.matter(matterId);
      }
      Finding complaint = rectify(f, found, 15, unit);
      out.add(complaint);
      if (linked) {
        // An inspection finds the same problem a few days later: more serious, one matter.
        out.add(rectify(Finding.builder().id(nextFinding()).kind(FindingKind.RANDOM_SPOT_CHECK).unit(unit)
            .matter(matterId).area(text[2]).severity(severity == Severity.MINOR ? Severity.GENERAL : Severity.SERIOUS)
            .found(found.plusDays(6)).description(LocalizedText.of("随机抽查核实：" + text[0], "Spot check confirms: "
                + text[1])), found.plusDays(6), 20, unit));
      } else if (twice) {
        out.add(rectify(Finding.builder().id(nextFinding()).kind(FindingKind.HOTLINE_COMPLAINT).unit(unit)
            .matter(matterId).area(text[2]).severity(severity).found(found.plusDays(2))
            .description(LocalizedText.of("同一问题再次投诉：" + text[0], "The same complaint again: " + text[1])),
            found.plusDays(2), 15, unit));
      }
    }
    // 12345 reports of wrongdoing found true.
    String[][] reportsOf = {
        {"群众举报审批人员“吃拿卡要”，经查属实", "Report of an official demanding favours; found true"},
        {"群众举报窗口违规收取材料费，经查属实", "Report of improper fees for forms; found true"},
        {"企业举报中介机构与审批人员串通，经查属实", "Report of collusion between an agency and an official; found true"}};
    String[] reported = {"baishui", "xingang", "yunling", "qingshan", "housing", "beishan"};
    for (int i = 0; i < reported.length; i++) {
      LocalDate found = LocalDate.of(YEAR, 3 + i, 16);
      ImmutableFinding.Builder f = Finding.builder().id(nextFinding()).kind(FindingKind.HOTLINE_REPORT)
          .unit(reported[i]).area(i % 2 == 0 ? "construction-approval" : "government-services")
          .severity(i == 0 || i == 2 ? Severity.SERIOUS : Severity.GENERAL).found(found)
          .rectificationDeadline(found.plusDays(30))
          .description(LocalizedText.of(reportsOf[i % 3][0], reportsOf[i % 3][1]));
      if (i == 0) {
        f.rectified(found.plusDays(58)); // late
      } else if (i != 2) {
        f.rectified(found.plusDays(21));
      }
      out.add(f.build());
    }
    // 12345 suggestions: no deduction.
    String[][] suggestions = {
        {"建议将公积金提取纳入“一件事一次办”", "Suggests adding housing-fund withdrawal to one-visit services", "hpf"},
        {"建议延长不动产登记周末服务时间", "Suggests longer weekend hours at the property registry", "nrp"},
        {"建议开通外籍人士双语服务专线", "Suggests a bilingual line for foreign residents", "fao"},
        {"建议公布涉企收费清单二维码", "Suggests a QR code for the list of charges to firms", "drc"},
        {"建议增设工业园区政务服务自助终端", "Suggests self-service terminals in industrial parks", "etdz"}};
    for (int i = 0; i < 15; i++) {
      String[] s = suggestions[i % suggestions.length];
      out.add(Finding.builder().id(nextFinding()).kind(FindingKind.HOTLINE_SUGGESTION).unit(s[2])
          .severity(Severity.MINOR).found(LocalDate.of(YEAR, 1 + (i * 7) % 12, 5 + i))
          .description(LocalizedText.of(s[0], s[1])).build());
    }
    d.findings(out);
  }

  private String weakLocality() {
    // Weaker places draw more complaints.
    String a = localities.get(random.nextInt(localities.size()));
    String b = localities.get(random.nextInt(localities.size()));
    return quality.get(a) <= quality.get(b) ? a : b;
  }

  private Severity weakSeverity(String unit) {
    double q = quality.getOrDefault(unit, 85.0);
    int roll = random.nextInt(100);
    return roll < (95 - q) * 2 ? Severity.SERIOUS : roll < 45 ? Severity.GENERAL : Severity.MINOR;
  }

  /** Sets the rectification deadline and, by the unit's quality, when (or whether) it was rectified. */
  private Finding rectify(ImmutableFinding.Builder f, LocalDate found, int days, String unit) {
    LocalDate deadline = found.plusDays(days);
    f.rectificationDeadline(deadline);
    double q = quality.getOrDefault(unit, 85.0);
    int roll = random.nextInt(100);
    if (roll < (96 - q) * 0.9) {
      // never rectified
    } else if (roll < (96 - q) * 2.6) {
      LocalDate late = deadline.plusDays(5 + random.nextInt(20));
      if (late.getYear() == YEAR) {
        f.rectified(late);
      }
    } else {
      f.rectified(found.plusDays(1 + random.nextInt(days)));
    }
    return f.build();
  }

  private void recognitions(ImmutableProgrammeData.Builder d) {
    String[][] r = {
        // id, kind, level, unit, task, matter, date, description, evidence
        {"R01", "first", "national", "amr", "T004", "R-e-licence", "2021-05-20", "全国首个电子营业执照与电子印章同步发放、同步应用",
            "国家市场监管总局《市场监管信息》2021年第18期刊发"},
        {"R02", "adopted", "provincial", "amr", "T004", "R-e-licence", "2021-09-15", "电子营业执照与电子印章同步发放在全省复制推广",
            "省政府办公厅《关于复制推广营商环境改革经验的通知》"},
        {"R03", "first", "provincial", "gsd", "T173", "R-zero-apply", "2021-06-10", "全省首推“无感申办”惠企政策兑现",
            "省政务服务数据管理局简报2021年第12期"},
        {"R04", "adopted", "national", "gsd", "T173", "R-zero-apply", "2021-11-20", "“无感申办”入选国务院办公厅政务服务改革典型经验",
            "国务院办公厅电子政务办公室《全国政务服务典型经验案例》"},
        {"R05", "first", "provincial", "customs", "T093", "", "2021-08-05", "全省首个跨境电商出口退货“一站式”监管",
            "海关总署广东分署工作简报2021年第9期"},
        {"R06", "adopted", "provincial", "tax", "T071", "", "2021-10-18", "“云办税厅”非接触式办税在全省推广",
            "省税务局《关于推广“云办税厅”的通知》"},
        {"R07", "adopted", "provincial", "nrp", "T060", "", "2021-12-06", "新建商品房“交房即交证”在全省复制推广",
            "省自然资源厅文件"},
        {"R08", "first", "provincial", "court", "T136", "", "2021-07-22", "全省首个府院联动破产工作联席机制",
            "省高级人民法院《法院工作简报》"},
        {"R09", "adopted", "provincial", "housing", "T023", "", "2021-10-28", "工程建设项目联合验收“一次办结”在全省推广",
            "省住房城乡建设厅文件"},
        {"R10", "first", "provincial", "reform-office", "T184", "", "2021-12-15", "全省首个营商环境即时评价平台上线",
            "省委改革办《改革简报》2021年第30期"}};
    for (String[] x : r) {
      io.github.bizenv.scoring.model.ImmutableRecognition.Builder b = Recognition.builder().id(x[0])
          .kind(RecognitionKind.fromCode(x[1])).level(ResultLevel.fromCode(x[2])).unit(x[3]).task(x[4])
          .date(LocalDate.parse(x[6])).description(LocalizedText.zhOnly(x[7])).evidence(LocalizedText.zhOnly(x[8]));
      if (!x[5].isEmpty()) {
        b.matter(x[5]);
      }
      d.addRecognition(b.build());
    }
  }

  private void externalResults(ImmutableProgrammeData.Builder d) {
    LocalDate[] published = {LocalDate.of(2021, 7, 19), LocalDate.of(2021, 5, 20), LocalDate.of(2022, 8, 30),
        LocalDate.of(2022, 5, 18)};
    for (int i = 0; i < SampleCityContent.NATIONAL.size(); i++) {
      String ind = "eval-" + SampleCityContent.NATIONAL.get(i).split("\\|")[0];
      int[] ranks = SampleCityContent.RESULTS[i];
      for (int k = 0; k < 4; k++) {
        boolean national = k % 2 == 0;
        int year = k < 2 ? 2020 : 2021;
        io.github.bizenv.scoring.model.ImmutableExternalResult.Builder b = ExternalResult.builder()
            .level(national ? ResultLevel.NATIONAL : ResultLevel.PROVINCIAL).unit("sample-city").indicator(ind)
            .period(Period.year(year)).rank(ranks[k]).outOf(national ? 80 : 21).published(published[k]);
        if (national) {
          b.score(Math.round((92 - ranks[k] * 0.45 + random.nextDouble()) * 100) / 100.0);
        }
        d.addExternalResult(b.build());
      }
    }
  }

  private void cityObservations(ImmutableProgrammeData.Builder d) {
    for (String line : SampleCityContent.INDICATORS) {
      String[] f = line.split("\\|");
      Indicator ind = programme.indicator(f[0]).orElseThrow();
      double base = Double.parseDouble(f[7]);
      double bench = Double.parseDouble(f[6]);
      double closed = 0.25 + random.nextDouble() * 0.85;
      double now = round(base + (bench - base) * Math.min(1, closed), ind);
      d.addObservation(Observation.of("sample-city", f[0], Period.year(YEAR - 1), base));
      d.addObservation(Observation.of("sample-city", f[0], Period.year(YEAR), now));
    }
  }

  private static double round(double v, Indicator indicator) {
    String u = indicator.measurementUnit();
    if (u.equals("procedures") || u.equals("payments per year") || u.equals("services") || u.equals("CNY")) {
      return Math.round(v);
    }
    return Math.round(v * 100) / 100.0;
  }

  private List<Observation> districtObservations() {
    List<Observation> out = new ArrayList<>();
    String[] indicators = {"sb-time", "cp-time", "rp-time", "el-time", "gs-online", "gs-one-visit",
        "hl-response", "hl-resolution", "hl-satisfaction"};
    for (String unit : localities) {
      double q = (quality.get(unit) - 70) / 26; // 0 (weak) .. 1 (strong)
      for (String i : indicators) {
        Indicator ind = programme.indicator(i).orElseThrow();
        double base = Double.parseDouble(line(i)[7]);
        double bench = Double.parseDouble(line(i)[6]);
        double v = base + (bench - base) * (q * 1.1 - 0.1 + random.nextDouble() * 0.2);
        if (ind.measurementUnit().equals("%")) {
          v = Math.min(100, v);
        }
        v = Math.max(ind.direction() == Direction.LOWER_IS_BETTER ? 0.5 : 0, Math.round(v * 10) / 10.0);
        if (i.equals("cp-time") && unit.equals("hitech")) {
          continue; // no project approved in the zone this year: not observed
        }
        out.add(Observation.of(unit, i, Period.year(YEAR), v));
      }
    }
    return out;
  }

  private static String[] line(String indicator) {
    for (String line : SampleCityContent.INDICATORS) {
      if (line.startsWith(indicator + "|")) {
        return line.split("\\|");
      }
    }
    throw new IllegalArgumentException(indicator);
  }
}
