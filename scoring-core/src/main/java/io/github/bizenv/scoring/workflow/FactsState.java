package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Indicator;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The programme's facts, kept by unit and by task so that one arrival recomputes only what it touches: the single
 * definition of every derived column, used by {@link ProgrammeFacts} (all at once) and by
 * {@link ProgrammeMonitor} (one arrival at a time). Not thread-safe.
 */
final class FactsState {

  static final List<String> COLUMNS = List.of("kind",
      "lead.tasks", "lead.workload", "lead.on-time-rate", "lead.done-rate", "lead.milestones-on-time-rate",
      "lead.milestones-missed", "lead.green-share", "lead.red", "lead.late.A", "lead.late.B", "lead.late.C",
      "resp.tasks", "resp.done-rate", "resp.green-share", "support.tasks", "tasks.total",
      "ratings.mean", "ratings.count",
      "findings.supervision.minor", "findings.supervision.general", "findings.supervision.serious",
      "findings.hotline.minor", "findings.hotline.general", "findings.hotline.serious",
      "findings.overdue", "findings.overdue.supervision", "findings.overdue.hotline", "findings.matters",
      "findings.suggestions",
      "firsts.national", "firsts.provincial", "adopted.national", "adopted.provincial",
      "eval.national-rank", "eval.provincial-rank", "eval.national-score");

  private static final Map<String, Integer> COLUMN = new HashMap<>();

  static {
    for (int i = 0; i < COLUMNS.size(); i++) {
      COLUMN.put(COLUMNS.get(i), i);
    }
  }

  private static int col(String name) {
    return COLUMN.get(name);
  }

  private static final int LEAD_TASKS = col("lead.tasks");
  private static final int LEAD_WORKLOAD = col("lead.workload");
  private static final int LEAD_ON_TIME = col("lead.on-time-rate");
  private static final int LEAD_DONE = col("lead.done-rate");
  private static final int LEAD_MILESTONES = col("lead.milestones-on-time-rate");
  private static final int LEAD_MISSED = col("lead.milestones-missed");
  private static final int LEAD_GREEN = col("lead.green-share");
  private static final int LEAD_RED = col("lead.red");
  private static final int LEAD_LATE_A = col("lead.late.A");
  private static final int RESP_TASKS = col("resp.tasks");
  private static final int RESP_DONE = col("resp.done-rate");
  private static final int RESP_GREEN = col("resp.green-share");
  private static final int SUPPORT_TASKS = col("support.tasks");
  private static final int TASKS_TOTAL = col("tasks.total");
  private static final int RATINGS_MEAN = col("ratings.mean");
  private static final int RATINGS_COUNT = col("ratings.count");
  private static final int SUPERVISION_MINOR = col("findings.supervision.minor");
  private static final int HOTLINE_MINOR = col("findings.hotline.minor");
  private static final int OVERDUE = col("findings.overdue");
  private static final int OVERDUE_SUPERVISION = col("findings.overdue.supervision");
  private static final int OVERDUE_HOTLINE = col("findings.overdue.hotline");
  private static final int MATTERS = col("findings.matters");
  private static final int SUGGESTIONS = col("findings.suggestions");
  private static final int FIRSTS_NATIONAL = col("firsts.national");
  private static final int FIRSTS_PROVINCIAL = col("firsts.provincial");
  private static final int ADOPTED_NATIONAL = col("adopted.national");
  private static final int ADOPTED_PROVINCIAL = col("adopted.provincial");
  private static final int NATIONAL_RANK = col("eval.national-rank");
  private static final int PROVINCIAL_RANK = col("eval.provincial-rank");
  private static final int NATIONAL_SCORE = col("eval.national-score");

  final Programme programme;
  final DispatchRules rules;
  final boolean ratingsByTask;
  final Period period;
  final Map<String, Integer> unitIndex = new HashMap<>();
  final Map<String, Integer> taskIndex = new HashMap<>();
  private final Task[] tasks;
  private final TaskClass[] classes;
  private final int[][] led;
  private final int[][] resp;
  private final int[] supportCount;
  private final List<List<ProgressReport>> reports = new ArrayList<>();
  private final List<List<Rating>> ratings = new ArrayList<>();
  private final List<LinkedHashMap<String, Finding>> findings = new ArrayList<>();
  private final Map<String, Integer> findingUnit = new HashMap<>();
  private final List<List<Recognition>> recognitions = new ArrayList<>();
  private final List<List<ExternalResult>> external = new ArrayList<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  private final List<LinkedHashMap<String, Observation>> observations = new ArrayList<>();
  private final List<LinkedHashMap<String, Observation>> extra = new ArrayList<>();
  private LocalDate date;
  private TaskStatus[] status;
  /** Per task, what it adds to its lead's facts at the date: see {@link #contribution}. */
  private double[][] contribution;

  FactsState(Programme programme, DispatchRules rules, boolean ratingsByTask, List<Observation> extraObservations) {
    this.programme = Objects.requireNonNull(programme, "programme");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.ratingsByTask = ratingsByTask;
    this.period = programme.period();
    int units = programme.units().size();
    for (int u = 0; u < units; u++) {
      unitIndex.put(programme.units().get(u).id(), u);
      ratings.add(new ArrayList<>());
      findings.add(new LinkedHashMap<>());
      recognitions.add(new ArrayList<>());
      external.add(new ArrayList<>());
      observations.add(new LinkedHashMap<>());
      extra.add(new LinkedHashMap<>());
    }
    tasks = programme.tasks().toArray(new Task[0]);
    classes = new TaskClass[tasks.length];
    List<TaskGap> gaps = GapAnalysis.of(programme).tasks();
    List<List<Integer>> ledBy = new ArrayList<>();
    List<List<Integer>> respBy = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      ledBy.add(new ArrayList<>());
      respBy.add(new ArrayList<>());
    }
    supportCount = new int[units];
    for (int t = 0; t < tasks.length; t++) {
      taskIndex.put(tasks[t].id(), t);
      reports.add(new ArrayList<>());
      classes[t] = gaps.get(t).taskClass().orElse(TaskClass.A);
      ledBy.get(unitIndex.get(tasks[t].lead())).add(t);
      for (String r : tasks[t].responsible()) {
        respBy.get(unitIndex.get(r)).add(t);
      }
      for (String s : tasks[t].supporting()) {
        supportCount[unitIndex.get(s)]++;
      }
    }
    led = new int[units][];
    resp = new int[units][];
    for (int u = 0; u < units; u++) {
      led[u] = ledBy.get(u).stream().mapToInt(Integer::intValue).toArray();
      resp[u] = respBy.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
    for (int i = 0; i < programme.indicators().size(); i++) {
      indicatorIndex.put(programme.indicators().get(i).id(), i);
    }
    for (Observation o : extraObservations) {
      Integer u = unitIndex.get(o.unit());
      if (u != null && o.period().equals(programme.period())) {
        extra.get(u).putIfAbsent(o.indicator(), o);
      }
    }
  }

  // ------------------------------------------------------------------ records

  /** Adds every record of a data document; call {@link #at} afterwards. */
  void addAll(ProgrammeData d) {
    d.progressReports().forEach(this::add);
    d.ratings().forEach(this::add);
    d.findings().forEach(this::add);
    d.recognitions().forEach(this::add);
    d.externalResults().forEach(this::add);
    d.observations().forEach(this::add);
  }

  /** Adds a report; returns the index of its task, whose status needs recomputing. */
  int add(ProgressReport r) {
    int t = taskIndex.get(r.task());
    reports.get(t).add(r);
    return t;
  }

  /** Adds a rating; returns the ratee. */
  int add(Rating r) {
    int u = unitIndex.get(r.ratee());
    ratings.get(u).add(r);
    return u;
  }

  /**
   * Adds a finding, or replaces the earlier version with the same id (a rectification arriving later); returns
   * the units concerned (the new version's and, if it moved, the old one's).
   */
  int[] add(Finding f) {
    int u = unitIndex.get(f.unit());
    Integer before = findingUnit.put(f.id(), u);
    if (before != null && before != u) {
      findings.get(before).remove(f.id());
      findings.get(u).put(f.id(), f);
      return new int[] {u, before};
    }
    findings.get(u).put(f.id(), f);
    return new int[] {u};
  }

  /** Adds a recognition; returns its unit. */
  int add(Recognition r) {
    int u = unitIndex.get(r.unit());
    recognitions.get(u).add(r);
    return u;
  }

  /** Adds an external result; returns the lead of its indicator, or -1 when it has none. */
  int add(ExternalResult r) {
    Indicator ind = programme.indicator(r.indicator()).orElse(null);
    if (ind == null || ind.lead().isEmpty()) {
      return -1;
    }
    int u = unitIndex.get(ind.lead().get());
    external.get(u).add(r);
    return u;
  }

  /** Adds or replaces an observation; returns its unit, or -1 when it is not of the programme's period. */
  int add(Observation o) {
    if (!o.period().equals(programme.period())) {
      return -1;
    }
    int u = unitIndex.get(o.unit());
    observations.get(u).put(o.indicator(), o);
    return u;
  }

  // ------------------------------------------------------------------ statuses

  /** Moves to a date: every task's status is recomputed. */
  void at(LocalDate d) {
    date = Objects.requireNonNull(d, "date");
    status = new TaskStatus[tasks.length];
    contribution = new double[tasks.length][];
    for (int t = 0; t < tasks.length; t++) {
      refresh(t);
    }
  }

  LocalDate date() {
    return date;
  }

  /** Recomputes one task's status at the current date. */
  TaskStatus refresh(int t) {
    status[t] = TaskStates.status(tasks[t], reports.get(t), date, rules, programme.period().start());
    contribution[t] = contribution(t);
    return status[t];
  }

  private static final int C_DUE = 0;
  private static final int C_ON_TIME = 1;
  private static final int C_LATE = 2;
  private static final int C_MILESTONES_DUE = 3;
  private static final int C_MET = 4;

  /**
   * What one task adds to its lead's facts at the date: the workload due (counted) and on time or late, and the
   * milestones due and met.
   */
  private double[] contribution(int t) {
    Task task = tasks[t];
    List<ProgressReport> rs = reports.get(t);
    double w = task.workload();
    double[] c = new double[5];
    if (!task.deadline().isAfter(date)) {
      boolean inTime;
      boolean excused = false;
      if (task.legalAuthorisation()) {
        inTime = TaskStates.reachedStep(rs, task.deadline()) == AuthorisationStep.IMPLEMENTED;
        excused = !inTime && TaskStates.light(task, rs, task.deadline(), rules) == Status.AWAITING_AUTHORISATION;
      } else {
        inTime = TaskStates.reported(rs, task.deadline()) >= 100;
      }
      if (!excused) {
        c[C_DUE] = w;
        if (inTime) {
          c[C_ON_TIME] = w;
        } else {
          c[C_LATE] = w;
        }
      }
    }
    int milestonesDue = 0;
    int met = 0;
    for (Milestone m : task.milestones()) {
      if (m.due().isAfter(date)) {
        continue;
      }
      if (m.plannedProgress().isPresent()) {
        milestonesDue++;
        if (TaskStates.reported(rs, m.due()) >= m.plannedProgress().getAsDouble()) {
          met++;
        }
      } else {
        AuthorisationStep step = m.step().orElseThrow();
        AuthorisationStep reached = TaskStates.reachedStep(rs, m.due());
        if (step == AuthorisationStep.APPLICATION_SUBMITTED) {
          milestonesDue++;
          if (reached != null) {
            met++;
          }
        } else if (step == AuthorisationStep.IMPLEMENTED && reached != null
            && reached.compareTo(AuthorisationStep.AUTHORISATION_GRANTED) >= 0) {
          milestonesDue++;
          if (reached == AuthorisationStep.IMPLEMENTED) {
            met++;
          }
        }
        // The grant itself is the higher authority's step, not the unit's: it is never counted.
      }
    }
    c[C_MILESTONES_DUE] = milestonesDue;
    c[C_MET] = met;
    return c;
  }

  TaskStatus status(int t) {
    return status[t];
  }

  int taskCount() {
    return tasks.length;
  }

  Task task(int t) {
    return tasks[t];
  }

  /** The units whose facts depend on a task's status: its lead and responsible units. */
  int[] unitsOf(int t) {
    int[] out = new int[1 + tasks[t].responsible().size()];
    out[0] = unitIndex.get(tasks[t].lead());
    int k = 1;
    for (String r : tasks[t].responsible()) {
      out[k++] = unitIndex.get(r);
    }
    return out;
  }

  BattleMap battleMap() {
    return new BattleMap(programme, date, Arrays.asList(status), rules);
  }

  /** The findings about one unit, latest versions, in arrival order. */
  java.util.Collection<Finding> findingsOf(int u) {
    return findings.get(u).values();
  }

  /** Every finding known, latest versions, by unit in programme order then arrival order. */
  List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    findings.forEach(m -> out.addAll(m.values()));
    return out;
  }

  // ------------------------------------------------------------------ facts

  /** One unit's facts: a value per column of {@link #COLUMNS} (NaN when absent) and its observations. */
  static final class Row {
    final double[] values = new double[COLUMNS.size()];
    String kind;
    final Map<String, Observation> observations = new LinkedHashMap<>();

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Row)) {
        return false;
      }
      Row r = (Row) o;
      return Arrays.equals(values, r.values) && kind.equals(r.kind) && observations.equals(r.observations);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /** Parts of a unit's facts, recomputed separately ({@link #row(int, Row, int)}). */
  static final int LEAD = 1;
  static final int RESP = 2;
  static final int RATINGS = 4;
  static final int FINDINGS = 8;
  static final int RECOGNITIONS = 16;
  static final int EXTERNAL = 32;
  static final int OBSERVATIONS = 64;
  static final int ALL = 127;

  Row row(int u) {
    return row(u, null, ALL);
  }

  /**
   * A unit's facts: the parts named recomputed, the others taken from {@code previous} (all recomputed when it is
   * null). The parts depend on: {@link #LEAD} the statuses of the tasks it leads; {@link #RESP} those it is
   * responsible for; {@link #RATINGS}, {@link #FINDINGS}, {@link #RECOGNITIONS}, {@link #EXTERNAL},
   * {@link #OBSERVATIONS} the records of that kind about it; all of them the date.
   */
  Row row(int u, Row previous, int parts) {
    Row row = new Row();
    double[] v = row.values;
    if (previous == null) {
      parts = ALL;
      Arrays.fill(v, Double.NaN);
    } else {
      System.arraycopy(previous.values, 0, v, 0, v.length);
      if ((parts & OBSERVATIONS) == 0) {
        row.observations.putAll(previous.observations);
      }
    }
    row.kind = programme.units().get(u).kind().code();
    if ((parts & LEAD) != 0) {
      leadFacts(u, v);
    }
    if ((parts & RESP) != 0) {
      respFacts(u, v);
    }
    v[SUPPORT_TASKS] = supportCount[u] > 0 ? supportCount[u] : Double.NaN;
    v[TASKS_TOTAL] = led[u].length + resp[u].length;
    if ((parts & RATINGS) != 0) {
      ratingFacts(u, v);
    }
    if ((parts & FINDINGS) != 0) {
      findingFacts(u, v);
    }
    if ((parts & RECOGNITIONS) != 0) {
      recognitionFacts(u, v);
    }
    if ((parts & EXTERNAL) != 0) {
      externalFacts(u, v);
    }
    if ((parts & OBSERVATIONS) != 0) {
      observations.get(u).forEach(row.observations::putIfAbsent);
      extra.get(u).forEach(row.observations::putIfAbsent);
    }
    return row;
  }

  private void leadFacts(int u, double[] v) {
    int count = 0;
    double workload = 0;
    double done = 0;
    double due = 0;
    double onTime = 0;
    double green = 0;
    int red = 0;
    int milestonesDue = 0;
    int met = 0;
    double[] late = new double[3];
    for (int t : led[u]) {
      TaskStatus s = status[t];
      double[] c = contribution[t];
      double w = tasks[t].workload();
      count++;
      workload += w;
      if (s.status() == Status.DONE) {
        done += w;
      }
      if (green(s.status())) {
        green += w;
      }
      if (s.status() == Status.RED) {
        red++;
      }
      due += c[C_DUE];
      onTime += c[C_ON_TIME];
      late[classes[t].ordinal()] += c[C_LATE];
      milestonesDue += (int) c[C_MILESTONES_DUE];
      met += (int) c[C_MET];
    }
    for (int k = LEAD_TASKS; k <= LEAD_LATE_A + 2; k++) {
      v[k] = Double.NaN;
    }
    if (count > 0) {
      v[LEAD_TASKS] = count;
      v[LEAD_WORKLOAD] = workload;
      v[LEAD_MISSED] = milestonesDue - met;
      v[LEAD_RED] = red;
      for (int c = 0; c < 3; c++) {
        v[LEAD_LATE_A + c] = late[c];
      }
      v[LEAD_DONE] = 100.0 * done / workload;
      v[LEAD_GREEN] = 100.0 * green / workload;
    }
    if (due > 0) {
      v[LEAD_ON_TIME] = 100.0 * onTime / due;
    }
    if (milestonesDue > 0) {
      v[LEAD_MILESTONES] = 100.0 * met / milestonesDue;
    }
  }

  static boolean green(Status s) {
    return s == Status.DONE || s == Status.ON_TRACK || s == Status.APPROACHING || s == Status.AWAITING_AUTHORISATION;
  }

  private void respFacts(int u, double[] v) {
    int count = 0;
    double workload = 0;
    double done = 0;
    double green = 0;
    v[RESP_TASKS] = Double.NaN;
    v[RESP_DONE] = Double.NaN;
    v[RESP_GREEN] = Double.NaN;
    for (int t : resp[u]) {
      double w = tasks[t].workload();
      count++;
      workload += w;
      if (status[t].status() == Status.DONE) {
        done += w;
      }
      if (green(status[t].status())) {
        green += w;
      }
    }
    if (count > 0) {
      v[RESP_TASKS] = count;
      v[RESP_DONE] = 100.0 * done / workload;
      v[RESP_GREEN] = 100.0 * green / workload;
    }
  }

  private void ratingFacts(int u, double[] v) {
    v[RATINGS_MEAN] = Double.NaN;
    v[RATINGS_COUNT] = Double.NaN;
    if (!ratingsByTask) {
      double sum = 0;
      int n = 0;
      for (Rating r : ratings.get(u)) {
        if (!r.date().isAfter(date)) {
          sum += r.score();
          n++;
        }
      }
      if (n > 0) {
        v[RATINGS_MEAN] = sum / n / 1;
        v[RATINGS_COUNT] = n;
      }
      return;
    }
    Map<String, double[]> groups = new LinkedHashMap<>();
    for (Rating r : ratings.get(u)) {
      if (!r.date().isAfter(date)) {
        double[] sc = groups.computeIfAbsent(ratingsByTask ? r.task() : "", k -> new double[2]);
        sc[0] += r.score();
        sc[1]++;
      }
    }
    if (groups.isEmpty()) {
      return;
    }
    double sum = 0;
    int count = 0;
    int all = 0;
    for (double[] sc : groups.values()) {
      sum += sc[0] / sc[1];
      count++;
      all += (int) sc[1];
    }
    v[RATINGS_MEAN] = sum / count;
    v[RATINGS_COUNT] = all;
  }

  /**
   * Findings as deduction matters: the findings of one matter count once, in the cell of their most severe record
   * (a supervision finding before a hotline one at equal severity), and once more as overdue when any of them was
   * not rectified by its deadline. Suggestions deduct nothing and are only counted.
   */
  private void findingFacts(int u, double[] v) {
    for (int c = SUPERVISION_MINOR; c <= SUGGESTIONS; c++) {
      v[c] = 0;
    }
    Map<String, int[]> matters = new LinkedHashMap<>();
    for (Finding f : findings.get(u).values()) {
      if (f.found().isAfter(date)) {
        continue;
      }
      if (f.kind() == FindingKind.HOTLINE_SUGGESTION) {
        v[SUGGESTIONS]++;
        continue;
      }
      // [best cell: severity * 2 + (supervision ? 1 : 0), overdue family: 0 none, 1 hotline, 2 supervision]
      int[] m = matters.computeIfAbsent(f.matter().orElse("\u0000" + f.id()), k -> new int[] {-1, 0});
      int cell = f.severity().ordinal() * 2 + (f.kind().hotline() ? 0 : 1);
      m[0] = Math.max(m[0], cell);
      if (!f.rectifiedInTime(date)) {
        m[1] = Math.max(m[1], f.kind().hotline() ? 1 : 2);
      }
    }
    for (int[] m : matters.values()) {
      int severity = m[0] / 2;
      boolean supervision = m[0] % 2 == 1;
      v[(supervision ? SUPERVISION_MINOR : HOTLINE_MINOR) + severity]++;
      v[MATTERS]++;
      if (m[1] > 0) {
        v[OVERDUE]++;
        v[m[1] == 2 ? OVERDUE_SUPERVISION : OVERDUE_HOTLINE]++;
      }
    }
  }

  /**
   * Recognitions as bonus matters: the records of one reform count once, at the highest: national adoption,
   * national first, provincial adoption, provincial first.
   */
  private void recognitionFacts(int u, double[] v) {
    v[FIRSTS_NATIONAL] = 0;
    v[FIRSTS_PROVINCIAL] = 0;
    v[ADOPTED_NATIONAL] = 0;
    v[ADOPTED_PROVINCIAL] = 0;
    Map<String, Integer> matters = new LinkedHashMap<>();
    for (Recognition r : recognitions.get(u)) {
      if (r.date().isAfter(date)) {
        continue;
      }
      int rank = (r.level() == ResultLevel.NATIONAL ? 2 : 0) + (r.kind() == RecognitionKind.ADOPTED ? 1 : 0);
      matters.merge(r.matter().orElse("\u0000" + r.id()), rank, Math::max);
    }
    for (int rank : matters.values()) {
      v[rank == 3 ? ADOPTED_NATIONAL : rank == 2 ? FIRSTS_NATIONAL : rank == 1 ? ADOPTED_PROVINCIAL
          : FIRSTS_PROVINCIAL]++;
    }
  }

  /**
   * The outside results of the indicators the unit leads: per indicator and level the latest period published by
   * the date; then the best rank over the indicators.
   */
  private void externalFacts(int u, double[] v) {
    v[NATIONAL_RANK] = Double.NaN;
    v[PROVINCIAL_RANK] = Double.NaN;
    v[NATIONAL_SCORE] = Double.NaN;
    List<ExternalResult> rs = external.get(u);
    if (rs.isEmpty()) {
      return;
    }
    int n = programme.indicators().size();
    ExternalResult[] national = new ExternalResult[n];
    ExternalResult[] provincial = new ExternalResult[n];
    for (ExternalResult r : rs) {
      if (r.availableFrom().isAfter(date)) {
        continue;
      }
      ExternalResult[] latest = r.level() == ResultLevel.NATIONAL ? national : provincial;
      int i = indicatorIndex.get(r.indicator());
      if (latest[i] == null || !r.period().end().isBefore(latest[i].period().end())) {
        latest[i] = r;
      }
    }
    ExternalResult bestNational = null;
    ExternalResult bestProvincial = null;
    for (int i = 0; i < n; i++) {
      if (national[i] != null && (bestNational == null || national[i].rank() < bestNational.rank())) {
        bestNational = national[i];
      }
      if (provincial[i] != null && (bestProvincial == null || provincial[i].rank() < bestProvincial.rank())) {
        bestProvincial = provincial[i];
      }
    }
    if (bestNational != null) {
      v[NATIONAL_RANK] = bestNational.rank();
      if (bestNational.score().isPresent()) {
        v[NATIONAL_SCORE] = bestNational.score().getAsDouble();
      }
    }
    if (bestProvincial != null) {
      v[PROVINCIAL_RANK] = bestProvincial.rank();
    }
  }

  /** All units' facts as a data set of one period, the programme's. */
  Dataset toDataset() {
    Dataset.Builder b = Dataset.builder();
    for (String column : COLUMNS) {
      b.column(period, column);
    }
    for (int u = 0; u < programme.units().size(); u++) {
      write(b, programme.units().get(u).id(), row(u));
    }
    return b.build();
  }

  void write(Dataset.Builder b, String unit, Row row) {
    b.unit(period, unit);
    b.code(period, unit, "kind", row.kind);
    for (int c = 1; c < COLUMNS.size(); c++) {
      double x = row.values[c];
      if (x == x) {
        b.value(period, unit, COLUMNS.get(c), x);
      }
    }
    for (Observation o : row.observations.values()) {
      if (o.number().isPresent()) {
        b.value(period, unit, o.indicator(), o.number().getAsDouble());
      } else {
        b.code(period, unit, o.indicator(), o.code().orElseThrow());
      }
    }
  }
}
