package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Benchmark;
import io.github.bizenv.scoring.model.DeclaredClass;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.ImmutableBenchmark;
import io.github.bizenv.scoring.model.ImmutableFinding;
import io.github.bizenv.scoring.model.ImmutableProgrammeData;
import io.github.bizenv.scoring.model.ImmutableTask;
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
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
      "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
  private static final String[] GIVEN = {"伟", "建国", "志强", "海燕", "晓东", "丽华", "明", "军", "静", "建华",
      "红梅", "国庆", "卫东", "立新", "春生", "秀兰", "文斌", "晓峰", "玉兰", "永刚", "雪梅", "宏伟", "振华", "思远"};

  private final SplittableRandom random = new SplittableRandom(SEED);
  private final Map<String, Double> speed = new HashMap<>();
  private final Map<String, Double> quality = new HashMap<>();
  private Programme programme;

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
    for (String a : SampleCityContent.AREAS) {
      String[] f = a.split("\\|");
      areas.add(Area.of(f[0], LocalizedText.of(f[1], f[2])));
    }
    List<Unit> units = new ArrayList<>();
    units.add(Unit.builder().id("sample-city").name(LocalizedText.of("示例市", "Sample City")).kind(UnitKind.CITY)
        .head(LocalizedText.of(person() + "（市长）", "the Mayor")).build());
    for (String d : SampleCityContent.DEPARTMENTS) {
      String[] f = d.split("\\|");
      units.add(Unit.builder().id(f[0]).name(LocalizedText.of(f[1], f[2])).kind(UnitKind.DEPARTMENT)
          .head(LocalizedText.zhOnly(person())).build());
      speed.put(f[0], 0.84 + random.nextDouble() * 0.26);
      quality.put(f[0], 78 + random.nextDouble() * 17);
    }
    for (String d : SampleCityContent.DISTRICTS) {
      String[] f = d.split("\\|");
      units.add(Unit.builder().id(f[0]).name(LocalizedText.of(f[1], f[2])).kind(UnitKind.fromCode(f[3]))
          .head(LocalizedText.zhOnly(person())).build());
      quality.put(f[0], 74 + random.nextDouble() * 18);
    }
    // Some units are clearly better or worse than the rest.
    speed.putAll(Map.of("gsd", 1.16, "tax", 1.13, "amr", 1.1, "customs", 1.12, "realestate", 1.08,
        "civil-defence", 0.58, "water-res", 0.62, "audit", 0.66, "fire", 0.7, "culture", 0.72));
    quality.putAll(Map.of("nanhu", 96.0, "hitech", 95.0, "dongcheng", 93.0, "yunling", 71.0, "baishui", 73.0));

    List<Indicator> indicators = new ArrayList<>();
    ImmutableBenchmark.Builder benchmark = Benchmark.builder().jurisdiction(LocalizedText.of("深圳市", "Shenzhen"));
    for (String line : SampleCityContent.INDICATORS) {
      String[] f = line.split("\\|");
      io.github.bizenv.scoring.model.ImmutableIndicator.Builder ind = Indicator.builder().id(f[0]).name(LocalizedText.of(f[1], f[2]))
          .measurementUnit(f[3]).direction(Direction.fromCode(f[4])).area(f[5]);
      if (f[0].equals("ri-recovery")) {
        ind.addTextCode("No Practice");
      }
      indicators.add(ind.build());
      if (!f[6].isEmpty()) {
        benchmark.putValue(f[0], Double.parseDouble(f[6]));
      }
    }
    Map<String, String> evalLeads = Map.ofEntries(Map.entry("start-business", "amr"),
        Map.entry("construction-permits", "housing"), Map.entry("electricity", "power"), Map.entry("water-gas", "water"),
        Map.entry("register-property", "realestate"), Map.entry("taxes", "tax"), Map.entry("cross-border-trade", "customs"),
        Map.entry("credit", "pboc"), Map.entry("minority-investors", "jrj"), Map.entry("enforce-contracts", "court"),
        Map.entry("insolvency", "court"), Map.entry("procurement-tendering", "finance"), Map.entry("ip", "ipo"),
        Map.entry("services-supervision", "gsd"));
    for (Area a : areas) {
      indicators.add(Indicator.builder().id("eval-" + a.id()).lead(evalLeads.get(a.id()))
          .name(LocalizedText.of(a.name().zh().orElseThrow() + "（评价得分）",
              a.name().en().orElseThrow() + " (evaluation score)"))
          .measurementUnit("points (0-100)").direction(Direction.HIGHER_IS_BETTER).area(a.id()).build());
    }
    indicators.add(Indicator.builder().id("firsts-national")
        .name(LocalizedText.of("改革举措被国家层面复制推广（项）", "Practices adopted nationally"))
        .measurementUnit("count").direction(Direction.HIGHER_IS_BETTER).build());
    indicators.add(Indicator.builder().id("firsts-provincial")
        .name(LocalizedText.of("改革举措被省级层面复制推广（项）", "Practices adopted by the province"))
        .measurementUnit("count").direction(Direction.HIGHER_IS_BETTER).build());
    benchmark.putStandard("sb-time", LocalizedText.of("企业开办1个环节、1天、零费用（深府办函〔2020〕11号）",
        "Start a company in 1 procedure, 1 day, at zero cost"));
    benchmark.putStandard("gs-one-visit", LocalizedText.of("99.92%的政务服务事项“最多跑一次”",
        "99.92 % of services need at most one visit"));
    benchmark.putStandard("gs-instant", LocalizedText.of("“秒批”事项持续扩容，新增100项以上",
        "More than 100 further instant-approval services"));

    Map<String, Indicator> byId = new LinkedHashMap<>();
    indicators.forEach(i -> byId.put(i.id(), i));
    Map<String, Double> sz = new HashMap<>();
    Map<String, Double> local = new HashMap<>();
    for (String line : SampleCityContent.INDICATORS) {
      String[] f = line.split("\\|");
      sz.put(f[0], Double.parseDouble(f[6]));
      local.put(f[0], Double.parseDouble(f[7]));
    }

    List<Task> tasks = new ArrayList<>();
    Set<String> leads = new LinkedHashSet<>();
    int number = 0;
    for (int a = 0; a < areas.size(); a++) {
      Area area = areas.get(a);
      List<String> areaLeads = SampleCityContent.LEADS.get(a);
      List<String> areaIndicators = new ArrayList<>();
      for (Indicator i : indicators) {
        if (i.area().map(area.id()::equals).orElse(false) && !i.id().startsWith("eval-")) {
          areaIndicators.add(i.id());
        }
      }
      for (int k = 0; k < 15; k++) {
        number++;
        String[] text = SampleCityContent.TASKS.get(a).get(k).split("\\|");
        String lead = areaLeads.get(k % areaLeads.size());
        leads.add(lead);
        ImmutableTask.Builder t = Task.builder().id(String.format("T%03d", number)).area(area.id())
            .description(LocalizedText.of(text[0], text[1])).lead(lead);
        responsible(t, lead, areaLeads, a);
        LocalDate deadline = deadline(k);
        t.deadline(deadline).milestones(milestones(deadline, text[0]));

        String cReason = cClass(area.id(), k);
        boolean measured = cReason == null && (k < areaIndicators.size() || random.nextInt(100) < 45);
        if (cReason != null) {
          t.legalAuthorisation(true).declaredClass(DeclaredClass.of(TaskClass.C, LocalizedText.zhOnly(cReason)));
          t.benchmarkStandard(LocalizedText.zhOnly("深圳已在授权范围内先行先试"));
        } else if (measured) {
          String ind = areaIndicators.get(k % areaIndicators.size());
          Indicator indicator = byId.get(ind);
          double base = local.get(ind);
          double bench = sz.get(ind);
          double target = target(indicator, base, bench, number);
          t.measure(Measure.builder().indicator(ind).baseline(base).benchmark(bench).target(target).build());
          t.benchmarkStandard(LocalizedText.of("深圳：" + fmt(bench) + zhUnit(indicator.measurementUnit()),
              "Shenzhen: " + fmt(bench) + " " + indicator.measurementUnit()));
          String override = override(area.id(), k);
          if (override != null) {
            boolean lowerBetter = indicator.direction() == Direction.LOWER_IS_BETTER;
            boolean worse = lowerBetter ? base > bench : base < bench;
            t.declaredClass(DeclaredClass.of(worse ? TaskClass.B : TaskClass.A, LocalizedText.zhOnly(override)));
          }
        } else {
          TaskClass c = random.nextInt(4) == 0 ? TaskClass.B : TaskClass.A;
          t.declaredClass(DeclaredClass.of(c, LocalizedText.of(
              c == TaskClass.A ? "无量化指标，对照深圳做法定性研判：尚有差距" : "无量化指标，对照深圳做法定性研判：已达到深圳水平",
              c == TaskClass.A ? "No quantitative indicator; judged against Shenzhen's practice: behind"
                  : "No quantitative indicator; judged against Shenzhen's practice: on a par")));
        }
        tasks.add(t.build());
      }
    }
    if (leads.size() != 49) {
      throw new IllegalStateException("the sample should have 49 lead units, has " + leads.size());
    }
    programme = Programme.builder().id("sample-city-2021")
        .name(LocalizedText.of("示例市2021年优化营商环境“一号改革工程”",
            "Sample City 2021 \"No. 1 Reform Project\" for the business environment"))
        .period(Period.year(YEAR)).benchmark(benchmark.build()).areas(areas).units(units)
        .indicators(indicators).tasks(tasks).build();
    return programme;
  }

  private void responsible(ImmutableTask.Builder t, String lead, List<String> areaLeads, int area) {
    Set<String> out = new LinkedHashSet<>();
    int departments = random.nextInt(3);
    for (int i = 0; i < departments; i++) {
      String d = areaLeads.get(random.nextInt(areaLeads.size()));
      if (!d.equals(lead)) {
        out.add(d);
      }
    }
    if (random.nextInt(3) == 0) {
      out.add("bizenv-office".equals(lead) ? "drc" : "bizenv-office");
    }
    // Areas implemented on the ground involve the districts.
    if (Set.of(0, 1, 4, 13).contains(area) || random.nextInt(4) == 0) {
      int districts = 1 + random.nextInt(4);
      for (int i = 0; i < districts; i++) {
        out.add(SampleCityContent.DISTRICTS.get(random.nextInt(SampleCityContent.DISTRICTS.size())).split("\\|")[0]);
      }
    }
    t.responsible(out);
  }

  private LocalDate deadline(int k) {
    int[] months = {3, 4, 5, 6, 6, 7, 8, 9, 9, 10, 11, 12, 12, 12, 12};
    int month = months[(k * 7 + random.nextInt(3)) % months.length];
    return YearMonth.of(YEAR, month).atEndOfMonth();
  }

  private List<Milestone> milestones(LocalDate deadline, String what) {
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

  private static String cClass(String area, int k) {
    Map<String, String> c = Map.of(
        "start-business/9", "“一照多址”需省政府授权调整实施《市场主体登记管理条例》住所登记规定",
        "construction-permits/9", "“拿地即开工”需自然资源部授权，在用地审批法定程序内探索",
        "credit/1", "动产和权利担保统一登记需国务院授权开展地方试点",
        "enforce-contracts/12", "设立国际商事调解中心需司法部批准",
        "insolvency/12", "个人破产制度需全国人大常委会授权立法",
        "ip/13", "知识产权证券化需证监会批准试点",
        "cross-border-trade/9", "“一单制”多式联运提单物权属性需国家层面授权");
    return c.get(area + "/" + k);
  }

  private static String override(String area, int k) {
    Map<String, String> o = Map.of(
        "start-business/2", "首套印章已由市财政统一承担，实际企业开办费用为零，统计口径差异导致基期值偏高",
        "credit/0", "指标分值与深圳持平，但动产担保登记实际办理时间仍落后于深圳");
    return o.get(area + "/" + k);
  }

  private double target(Indicator indicator, double base, double bench, int number) {
    boolean lowerBetter = indicator.direction() == Direction.LOWER_IS_BETTER;
    boolean worse = lowerBetter ? base > bench : base < bench;
    if (worse) {
      // Principle A: the target reaches the benchmark; a few targets fall short, as real lists do.
      return number % 37 == 5 ? round(base + (bench - base) * 0.6, indicator) : bench;
    }
    double better = lowerBetter ? bench * 0.9 : bench * 1.05;
    if (indicator.measurementUnit().equals("%") || indicator.measurementUnit().startsWith("points")) {
      better = Math.min(better, capOf(indicator));
    }
    return round(better, indicator);
  }

  private static double capOf(Indicator indicator) {
    String u = indicator.measurementUnit();
    if (u.startsWith("points (0-")) {
      return Double.parseDouble(u.substring(10, u.length() - 1));
    }
    return 100;
  }

  private static double round(double v, Indicator indicator) {
    String u = indicator.measurementUnit();
    if (u.equals("procedures") || u.equals("payments per year") || u.equals("services") || u.equals("CNY")) {
      return Math.round(v);
    }
    return Math.round(v * 10) / 10.0;
  }

  private static String zhUnit(String unit) {
    Map<String, String> zh = Map.ofEntries(Map.entry("days", "天"), Map.entry("procedures", "个环节"),
        Map.entry("CNY", "元"), Map.entry("hours", "小时"), Map.entry("hours per year", "小时/年"),
        Map.entry("payments per year", "次/年"), Map.entry("years", "年"), Map.entry("services", "项"),
        Map.entry("patents", "件"), Map.entry("cents on the dollar", "美分/美元"));
    if (zh.containsKey(unit)) {
      return zh.get(unit);
    }
    if (unit.startsWith("points")) {
      return "分";
    }
    return unit.startsWith("%") ? "%" : "（" + unit + "）";
  }

  private String person() {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  // ---------------------------------------------------------------- data

  private ProgrammeData data() {
    ImmutableProgrammeData.Builder d = ProgrammeData.builder().programme(programme.id());
    for (Task t : programme.tasks()) {
      reports(d, t);
    }
    for (Task t : programme.tasks()) {
      for (String ratee : t.responsible()) {
        double score = quality.get(ratee) + (random.nextDouble() - 0.5) * 8;
        d.addRating(Rating.builder().task(t.id()).rater(t.lead()).ratee(ratee)
            .score(Math.max(60, Math.min(100, Math.round(score * 2) / 2.0))).date(LocalDate.of(YEAR, 12, 20))
            .build());
      }
    }
    findings(d);
    externalResults(d);
    cityObservations(d);
    return d.build();
  }

  private void reports(ImmutableProgrammeData.Builder d, Task t) {
    double factor = speed.get(t.lead());
    if (t.id().equals("T023")) {
      factor = 0.4; // stalled: red month after month
    }
    double last = 0;
    for (int m = 1; m <= 12; m++) {
      LocalDate date = YearMonth.of(YEAR, m).atEndOfMonth();
      long elapsed = date.toEpochDay() - START.toEpochDay();
      LocalDate clock = START.plusDays(Math.round(elapsed * factor));
      double progress = planned(t, clock);
      progress = Math.min(100, progress + (progress > 0 && progress < 100 ? random.nextInt(6) : 0));
      progress = Math.max(last, Math.floor(progress / 5) * 5 + (progress >= 100 ? 0 : 0));
      if (progress <= 0 && m < 2) {
        continue;
      }
      String[] evidence = evidence(progress);
      d.addProgressReport(ProgressReport.builder().task(t.id()).unit(t.lead()).date(date).progress(progress)
          .evidence(LocalizedText.of(evidence[0], evidence[1])).build());
      last = progress;
      if (progress >= 100) {
        break;
      }
    }
  }

  private static String[] evidence(double progress) {
    if (progress >= 100) {
      return new String[] {"已完成，相关文件已印发并在线运行", "Done; documents issued and the service live"};
    }
    if (progress >= 60) {
      return new String[] {"系统改造基本完成，正在试运行", "Systems mostly adapted; trial run under way"};
    }
    if (progress >= 20) {
      return new String[] {"实施方案已印发，正在推进流程再造", "Plan issued; process redesign under way"};
    }
    return new String[] {"正在开展调研和方案起草", "Researching and drafting the plan"};
  }

  /** Planned cumulative progress on a day, linear between milestones, 0 at the start of the year. */
  static double planned(Task t, LocalDate day) {
    LocalDate prevDate = START;
    double prev = 0;
    for (Milestone m : t.milestones()) {
      if (!day.isAfter(m.due())) {
        double span = m.due().toEpochDay() - prevDate.toEpochDay();
        double into = day.toEpochDay() - prevDate.toEpochDay();
        return span <= 0 ? m.plannedProgress() : prev + (m.plannedProgress() - prev) * into / span;
      }
      prevDate = m.due();
      prev = m.plannedProgress();
    }
    return prev;
  }

  private void findings(ImmutableProgrammeData.Builder d) {
    int n = 0;
    // On-site inspections at milestones of slow units' tasks.
    List<Task> slow = new ArrayList<>();
    for (Task t : programme.tasks()) {
      if (speed.get(t.lead()) < 0.8 && t.milestones().size() > 1) {
        slow.add(t);
      }
    }
    String[][] inspection = {
        {"现场督查发现未按时间节点完成流程再造", "On-site inspection: process redesign not done by the milestone"},
        {"现场督查发现系统改造滞后，线上办理尚未开通", "On-site inspection: systems late, online service not open"},
        {"现场督查发现窗口人员对新流程不熟悉", "On-site inspection: counter staff unfamiliar with the new process"}};
    for (int i = 0; i < Math.min(10, slow.size()); i++) {
      Task t = slow.get(i);
      LocalDate found = t.milestones().get(0).due().plusDays(5);
      String[] text = inspection[i % inspection.length];
      ImmutableFinding.Builder f = Finding.builder().id(String.format("F%03d", ++n))
          .kind(FindingKind.ON_SITE_INSPECTION).unit(t.lead()).task(t.id()).area(t.area())
          .severity(i % 3 == 0 ? Severity.SERIOUS : Severity.GENERAL).found(found)
          .rectificationDeadline(found.plusDays(20)).description(LocalizedText.of(text[0], text[1]));
      rectify(f, found, found.plusDays(20), i);
      d.addFinding(f.build());
    }
    String[][] spot = {
        {"随机抽查发现一次性告知清单未公开", "Spot check: the one-time notice list was not published"},
        {"随机抽查发现网上办理事项实际仍要求现场提交纸质材料", "Spot check: an online service still required paper on site"},
        {"随机抽查发现“好差评”差评未按时回访", "Spot check: bad ratings not followed up in time"}};
    for (int i = 0; i < 6; i++) {
      String unit = SampleCityContent.DISTRICTS.get((i * 5 + 2) % 12).split("\\|")[0];
      LocalDate found = LocalDate.of(YEAR, 3 + i, 10 + i);
      String[] text = spot[i % spot.length];
      ImmutableFinding.Builder f = Finding.builder().id(String.format("F%03d", ++n))
          .kind(FindingKind.RANDOM_SPOT_CHECK).unit(unit).area("services-supervision")
          .severity(i % 2 == 0 ? Severity.GENERAL : Severity.MINOR).found(found)
          .rectificationDeadline(found.plusDays(30)).description(LocalizedText.of(text[0], text[1]));
      rectify(f, found, found.plusDays(30), i + 1);
      d.addFinding(f.build());
    }
    String[][] complaints = {
        {"企业反映施工许可办理时间超过承诺时限", "A firm says its building permit took longer than promised", "construction-permits"},
        {"群众反映不动产登记窗口排队时间过长", "Residents say the property registry queue is too long", "register-property"},
        {"企业反映用水报装收取不合理费用", "A firm says it was charged improper fees for a water connection", "water-gas"},
        {"企业反映开办企业线上系统频繁卡顿", "A firm says the online start-up system keeps stalling", "start-business"},
        {"企业反映政府采购合同款项拖欠", "A firm says a procurement contract is unpaid", "procurement-tendering"},
        {"群众反映窗口工作人员服务态度差", "A resident complains of a rude counter officer", "services-supervision"},
        {"企业反映电力接入工程审批推诿", "A firm says grid-connection approval was passed around", "electricity"}};
    String[] complainedAbout = {"xingang", "realestate", "water", "yunling", "finance", "baishui", "power",
        "yunling", "qingshan", "housing", "baishui", "linhe", "yunling", "xingang"};
    for (int i = 0; i < complainedAbout.length; i++) {
      String[] text = complaints[i % complaints.length];
      LocalDate found = LocalDate.of(YEAR, 1 + (i * 5) % 11, 3 + (i * 7) % 25);
      ImmutableFinding.Builder f = Finding.builder().id(String.format("F%03d", ++n))
          .kind(FindingKind.HOTLINE_COMPLAINT).unit(complainedAbout[i]).area(text[2])
          .severity(i % 5 == 0 ? Severity.SERIOUS : i % 2 == 0 ? Severity.GENERAL : Severity.MINOR).found(found)
          .rectificationDeadline(found.plusDays(15)).description(LocalizedText.of(text[0], text[1]));
      rectify(f, found, found.plusDays(15), i + 2);
      d.addFinding(f.build());
    }
    LocalDate reported = LocalDate.of(YEAR, 8, 16);
    d.addFinding(Finding.builder().id(String.format("F%03d", ++n)).kind(FindingKind.HOTLINE_REPORT)
        .unit("baishui").area("construction-permits").severity(Severity.SERIOUS).found(reported)
        .rectificationDeadline(reported.plusDays(30))
        .description(LocalizedText.of("群众举报审批人员“吃拿卡要”，经查属实", "Report of an official demanding favours; found true"))
        .build());
    d.addFinding(Finding.builder().id(String.format("F%03d", ++n)).kind(FindingKind.HOTLINE_REPORT)
        .unit("xingang").area("services-supervision").severity(Severity.GENERAL).found(LocalDate.of(YEAR, 10, 9))
        .rectificationDeadline(LocalDate.of(YEAR, 10, 31)).rectified(LocalDate.of(YEAR, 10, 28))
        .description(LocalizedText.of("群众举报窗口违规收取材料费", "Report of improper fees for forms"))
        .build());
    String[][] suggestions = {
        {"建议将公积金提取纳入“一件事一次办”", "Suggests adding housing-fund withdrawal to one-visit services"},
        {"建议延长不动产登记周末服务时间", "Suggests longer weekend hours at the property registry"},
        {"建议开通外籍人士双语服务专线", "Suggests a bilingual line for foreign residents"}};
    String[] suggestedTo = {"hpf", "realestate", "fao"};
    for (int i = 0; i < suggestions.length; i++) {
      d.addFinding(Finding.builder().id(String.format("F%03d", ++n)).kind(FindingKind.HOTLINE_SUGGESTION)
          .unit(suggestedTo[i]).severity(Severity.MINOR).found(LocalDate.of(YEAR, 4 + 3 * i, 12))
          .description(LocalizedText.of(suggestions[i][0], suggestions[i][1])).build());
    }
  }

  private void rectify(ImmutableFinding.Builder f, LocalDate found, LocalDate deadline, int i) {
    if (i % 7 == 3) {
      f.rectified(deadline.plusDays(12)); // late
    } else if (i % 11 == 6) {
      return; // never rectified
    } else {
      f.rectified(found.plusDays(Math.max(1, (deadline.toEpochDay() - found.toEpochDay()) * 2 / 3)));
    }
  }

  private void externalResults(ImmutableProgrammeData.Builder d) {
    int[] national = {6, 18, 12, 25, 9, 14, 31, 22, 27, 16, 35, 11, 40, 8};
    int[] provincial = {2, 3, 1, 4, 1, 1, 5, 3, 6, 2, 7, 2, 9, 1};
    for (int a = 0; a < programme.areas().size(); a++) {
      String ind = "eval-" + programme.areas().get(a).id();
      double score = 92 - national[a] * 0.45 + random.nextDouble();
      d.addExternalResult(ExternalResult.builder().level(ResultLevel.NATIONAL).unit("sample-city").indicator(ind)
          .period(Period.year(YEAR)).rank(national[a]).outOf(80).score(Math.round(score * 100) / 100.0).build());
      d.addExternalResult(ExternalResult.builder().level(ResultLevel.PROVINCIAL).unit("sample-city").indicator(ind)
          .period(Period.year(YEAR)).rank(provincial[a]).outOf(21).build());
    }
  }

  private void cityObservations(ImmutableProgrammeData.Builder d) {
    // Reforms of 2021 that the nation or the province adopted (bonus items of the department assessment).
    d.addObservation(Observation.of("gsd", "firsts-national", Period.year(YEAR), 1));
    d.addObservation(Observation.of("customs", "firsts-national", Period.year(YEAR), 1));
    d.addObservation(Observation.of("tax", "firsts-provincial", Period.year(YEAR), 2));
    d.addObservation(Observation.of("amr", "firsts-provincial", Period.year(YEAR), 1));
    d.addObservation(Observation.of("realestate", "firsts-provincial", Period.year(YEAR), 3));
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

  private List<Observation> districtObservations() {
    List<Observation> out = new ArrayList<>();
    String[] indicators = {"sb-time", "cp-time", "rp-time", "el-time", "gs-online", "gs-one-visit",
        "hl-response", "hl-resolution", "hl-satisfaction"};
    for (String line : SampleCityContent.DISTRICTS) {
      String unit = line.split("\\|")[0];
      double q = (quality.get(unit) - 70) / 26; // 0 (weak) .. 1 (strong)
      for (String i : indicators) {
        Indicator ind = programme.indicator(i).orElseThrow();
        double base = Double.parseDouble(line(i)[7]);
        double bench = Double.parseDouble(line(i)[6]);
        double v = base + (bench - base) * (q * 1.1 - 0.1 + random.nextDouble() * 0.2);
        if (ind.measurementUnit().equals("%")) {
          v = Math.min(100, v);
        }
        v = Math.max(ind.direction() == Direction.LOWER_IS_BETTER ? 0.5 : 0, round(v, ind));
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
