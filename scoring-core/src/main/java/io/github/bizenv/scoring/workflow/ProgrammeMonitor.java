package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.Listeners;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.live.Change;
import io.github.bizenv.scoring.live.LiveEvaluation;
import io.github.bizenv.scoring.live.Updates;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.ImmutableProgrammeData;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The real-time evaluation loop of a reform programme (即时评价): progress reports, ratings, findings, recognitions,
 * outside results and observations arrive one at a time or in batches, from any number of threads; the monitor keeps
 * every task's traffic light and escalation, the facts of every unit, and the standings in each monitored assessment
 * current, and tells its listeners what changed — a task turned red or reached an escalation step, a finding became
 * overdue, a unit moved in a ranking or crossed a grade edge.
 *
 * <p>The monitor's day ({@link #today()}) moves forward with the records it receives (a report dated June 30 means
 * June 30 has come) and with {@link #advanceTo(LocalDate)}; facts count what is dated on or before it. At every moment
 * {@link #current()} equals a batch run — {@link BattleMap#at} and {@link Assessment#run} — on {@link #data()} as of
 * {@link #today()}; {@link #asOf(LocalDate)} is that batch run on the records the monitor had received by a past day.
 * A finding that arrives again with its id is a new version of it (e.g. its rectification).
 *
 * <p>Its standings are {@link LiveEvaluation}s of the programme's facts: one arrival recomputes the facts of the
 * units it touches and the scores those facts reach.
 *
 * <pre>{@code
 * ProgrammeMonitor monitor = ProgrammeMonitor.builder(programme).data(known).plan(departments).plan(districts)
 *     .extra(districtObservations).build();
 * monitor.addListener(e -> { if (e.kind() == MonitorEvent.Kind.TASK_ESCALATED) dispatchOffice.send(e); });
 * monitor.submit(ProgressReport.builder().task("T023").unit("housing").date(today).progress(85).build());
 * }</pre>
 *
 * <p>Thread-safe. Listeners run on the submitting thread, after the state is updated and outside its lock, one
 * arrival at a time and in order; a listener must not submit to the monitor itself.
 */
public final class ProgrammeMonitor {

  private final Programme programme;
  private final DispatchRules rules;
  private final List<Observation> extra;
  private final LocalDate start;
  private final Map<String, Plan> plans;
  private final FactsState facts;
  private final Map<String, LiveEvaluation> live = new LinkedHashMap<>();
  private final FactsState.Row[] rows;
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantLock delivery = new ReentrantLock();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final List<Received> log = new ArrayList<>();
  private final Map<String, Boolean> overdue = new HashMap<>();
  private final Map<String, String> matterUnit = new HashMap<>();
  /** The keys of the records received of which the programme holds one (see {@link #once}). */
  private final Set<String> received = new HashSet<>();
  private LocalDate today;
  private long sequence;

  private ProgrammeMonitor(Builder b) {
    this.programme = b.programme;
    this.rules = b.rules;
    this.extra = List.copyOf(b.extra);
    this.plans = new LinkedHashMap<>(b.plans);
    LocalDate first = b.start != null ? b.start : programme.period().start();
    List<Problem> problems = b.data.problemsAgainst(programme);
    if (!problems.isEmpty()) {
      throw new ValidationException("data for programme \"" + programme.id() + "\"", problems);
    }
    this.facts = new FactsState(programme, rules, false, extra);
    LocalDate latest = first;
    for (Object record : records(b.data)) {
      latest = max(latest, dateOf(record));
    }
    this.start = latest;
    this.today = latest;
    for (Object record : records(b.data)) {
      log.add(new Received(today, record));
      String key = once(record);
      if (key != null) {
        received.add(key);
      }
      add(record);
    }
    facts.at(today);
    rows = new FactsState.Row[programme.units().size()];
    for (int u = 0; u < rows.length; u++) {
      rows[u] = facts.row(u);
    }
    Dataset data = facts.toDataset();
    plans.forEach((id, plan) -> live.put(id, LiveEvaluation.start(plan, data, facts.period, today)));
    for (Finding f : facts.findings()) {
      overdue.put(f.id(), !f.found().isAfter(today) && !f.rectifiedInTime(today));
    }
  }

  /**
   * A builder.
   *
   * @param programme the programme to monitor
   * @return a new builder
   */
  public static Builder builder(Programme programme) {
    return new Builder(Objects.requireNonNull(programme, "programme"));
  }

  /** Builds a monitor. Not thread-safe. */
  public static final class Builder {
    private final Programme programme;
    private ProgrammeData data;
    private DispatchRules rules = DispatchRules.defaults();
    private final List<Observation> extra = new ArrayList<>();
    private final Map<String, Plan> plans = new LinkedHashMap<>();
    private LocalDate start;

    private Builder(Programme programme) {
      this.programme = programme;
      this.data = ProgrammeData.builder().programme(programme.id()).build();
    }

    /**
     * The data known when the monitor starts (none by default).
     *
     * @param data the data
     * @return this builder
     */
    public Builder data(ProgrammeData data) {
      this.data = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * Observations from outside the programme's data (e.g. a table of district indicators), as
     * {@link Assessment#run} takes them.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder extra(List<Observation> observations) {
      extra.addAll(Objects.requireNonNull(observations, "observations"));
      return this;
    }

    /**
     * The traffic-light thresholds and escalation ladder (the defaults otherwise).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(DispatchRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * An assessment methodology to keep current over the programme's facts; any number, ids distinct.
     *
     * @param plan the methodology
     * @return this builder
     * @throws IllegalArgumentException if a methodology with the same id was added
     */
    public Builder plan(Plan plan) {
      Objects.requireNonNull(plan, "plan");
      if (plans.putIfAbsent(plan.id(), plan) != null) {
        throw new IllegalArgumentException("methodology \"" + plan.id() + "\" is monitored already");
      }
      return this;
    }

    /**
     * The monitor's first day (the programme's start by default; later if the data holds later records).
     *
     * @param start the day
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /**
     * The monitor, with everything evaluated once.
     *
     * @return the monitor
     * @throws ValidationException if the data does not fit the programme, or a methodology cannot score the facts
     */
    public ProgrammeMonitor build() {
      return new ProgrammeMonitor(this);
    }
  }

  // ------------------------------------------------------------------ arrivals

  /**
   * A progress report arrives.
   *
   * @param report the report
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(ProgressReport report) {
    arrive(List.of(Objects.requireNonNull(report, "report")), null);
  }

  /**
   * A rating arrives.
   *
   * @param rating the rating
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Rating rating) {
    arrive(List.of(Objects.requireNonNull(rating, "rating")), null);
  }

  /**
   * A finding arrives, or a new version of one (same id), e.g. with its rectification date.
   *
   * @param finding the finding
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Finding finding) {
    arrive(List.of(Objects.requireNonNull(finding, "finding")), null);
  }

  /**
   * A recognition of a reform arrives (首创, 复制推广).
   *
   * @param recognition the recognition
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Recognition recognition) {
    arrive(List.of(Objects.requireNonNull(recognition, "recognition")), null);
  }

  /**
   * An outside evaluation result is published.
   *
   * @param result the result
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(ExternalResult result) {
    arrive(List.of(Objects.requireNonNull(result, "result")), null);
  }

  /**
   * An observation arrives, or replaces the one of the same unit, indicator and period.
   *
   * @param observation the observation
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Observation observation) {
    arrive(List.of(Objects.requireNonNull(observation, "observation")), null);
  }

  /**
   * A batch of records arrives; it takes effect at once, or not at all when one record does not fit.
   *
   * @param batch the records, for this monitor's programme
   * @throws ValidationException listing every record that does not fit; nothing changes then
   */
  public void submitAll(ProgrammeData batch) {
    Objects.requireNonNull(batch, "batch");
    if (!batch.programme().equals(programme.id())) {
      throw new ValidationException("batch", List.of(Problem.of(Problem.UNKNOWN_REFERENCE, "/programme",
          "data is for programme \"" + batch.programme() + "\", not \"" + programme.id() + "\"")));
    }
    List<Object> records = records(batch);
    List<String> paths = new ArrayList<>();
    String[] lists = {"/progressReports/", "/ratings/", "/findings/", "/recognitions/", "/externalResults/",
        "/observations/"};
    int[] sizes = {batch.progressReports().size(), batch.ratings().size(), batch.findings().size(),
        batch.recognitions().size(), batch.externalResults().size(), batch.observations().size()};
    for (int l = 0; l < lists.length; l++) {
      for (int i = 0; i < sizes[l]; i++) {
        paths.add(lists[l] + i);
      }
    }
    arrive(records, paths, null);
  }

  /**
   * Moves the monitor's day forward: deadlines pass, tasks turn red, findings become overdue.
   *
   * @param date the new day; a day before {@link #today()} changes nothing
   */
  public void advanceTo(LocalDate date) {
    arrive(List.of(), Objects.requireNonNull(date, "date"));
  }

  private static List<Object> records(ProgrammeData d) {
    List<Object> out = new ArrayList<>();
    out.addAll(d.progressReports());
    out.addAll(d.ratings());
    out.addAll(d.findings());
    out.addAll(d.recognitions());
    out.addAll(d.externalResults());
    out.addAll(d.observations());
    return out;
  }

  private void arrive(List<Object> records, LocalDate advance) {
    arrive(records, null, advance);
  }

  private void arrive(List<Object> records, List<String> paths, LocalDate advance) {
    List<MonitorEvent> events;
    lock.lock();
    try {
      check(records, paths);
      events = arriveLocked(records, advance);
      delivery.lock();
    } finally {
      lock.unlock();
    }
    try {
      deliver(events);
    } finally {
      delivery.unlock();
    }
  }

  /**
   * A key of the records of which a programme holds one: a report per task, unit and date, a rating per task, units
   * and date, a recognition per id, an outside result per level, unit, indicator and period. Findings and
   * observations have none: a second one is a new version that replaces the first.
   */
  private static String once(Object r) {
    if (r instanceof ProgressReport) {
      ProgressReport x = (ProgressReport) r;
      return "report\u0000" + x.task() + "\u0000" + x.unit() + "\u0000" + x.date();
    }
    if (r instanceof Rating) {
      Rating x = (Rating) r;
      return "rating\u0000" + x.task() + "\u0000" + x.rater() + "\u0000" + x.ratee() + "\u0000" + x.date();
    }
    if (r instanceof Recognition) {
      return "recognition\u0000" + ((Recognition) r).id();
    }
    if (r instanceof ExternalResult) {
      ExternalResult x = (ExternalResult) r;
      return "result\u0000" + x.level() + "\u0000" + x.unit() + "\u0000" + x.indicator() + "\u0000" + x.period();
    }
    return null;
  }

  private void check(List<Object> records, List<String> paths) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> matters = new HashMap<>();
    Set<String> batch = new HashSet<>();
    for (int i = 0; i < records.size(); i++) {
      Object r = records.get(i);
      String path = paths != null ? paths.get(i) : records.size() == 1 ? "" : "/" + i;
      String key = once(r);
      if (key != null && (received.contains(key) || !batch.add(key))) {
        problems.add(Problem.of(Problem.DUPLICATE_ID, path, (r instanceof Recognition ? "recognition \""
            + ((Recognition) r).id() + "\" has" : "the same " + (r instanceof ProgressReport ? "progress report"
            : r instanceof Rating ? "rating" : "outside result") + " has") + " arrived already"
            + (received.contains(key) ? "" : " in this batch") + "; a programme holds one"));
        continue;
      }
      List<Problem> found;
      if (r instanceof ProgressReport) {
        found = ProgrammeData.problemsOf((ProgressReport) r, programme);
      } else if (r instanceof Rating) {
        found = ProgrammeData.problemsOf((Rating) r, programme);
      } else if (r instanceof Finding) {
        Finding f = (Finding) r;
        found = new ArrayList<>(ProgrammeData.problemsOf(f, programme));
        if (f.matter().isPresent()) {
          String known = matters.getOrDefault(f.matter().get(), matterUnit.get(f.matter().get()));
          if (known != null && !known.equals(f.unit())) {
            found.add(Problem.of(Problem.INCONSISTENT, "/matter", "matter \"" + f.matter().get() + "\" is about unit \""
                + known + "\", but finding \"" + f.id() + "\" is about \"" + f.unit() + "\"; one matter concerns one unit"));
          }
          matters.putIfAbsent(f.matter().get(), f.unit());
        }
      } else if (r instanceof Recognition) {
        found = ProgrammeData.problemsOf((Recognition) r, programme);
      } else if (r instanceof ExternalResult) {
        found = ProgrammeData.problemsOf((ExternalResult) r, programme);
      } else {
        found = ProgrammeData.problemsOf((Observation) r, programme);
      }
      found.forEach(p -> problems.add(path.isEmpty() ? p : p.under(path)));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("arrival for programme \"" + programme.id() + "\"", problems);
    }
  }

  private List<MonitorEvent> arriveLocked(List<Object> records, LocalDate advance) {
    LocalDate next = advance == null ? today : max(today, advance);
    for (Object r : records) {
      next = max(next, dateOf(r));
    }
    boolean moved = next.isAfter(today);
    int taskCount = facts.taskCount();
    TaskStatus[] before = new TaskStatus[taskCount];
    for (int t = 0; t < taskCount; t++) {
      before[t] = facts.status(t);
    }
    BitSet tasks = new BitSet();
    BitSet units = new BitSet();
    int[] parts = new int[rows.length];
    for (Object r : records) {
      log.add(new Received(next, r));
      String key = once(r);
      if (key != null) {
        received.add(key);
      }
      int[] touched = add(r);
      if (r instanceof ProgressReport) {
        tasks.set(touched[0]);
      } else {
        int part = r instanceof Rating ? FactsState.RATINGS : r instanceof Finding ? FactsState.FINDINGS
            : r instanceof Recognition ? FactsState.RECOGNITIONS : r instanceof ExternalResult ? FactsState.EXTERNAL
            : FactsState.OBSERVATIONS;
        for (int u : touched) {
          if (u >= 0) {
            units.set(u);
            parts[u] |= part;
          }
        }
      }
    }
    today = next;
    if (moved) {
      facts.at(today);
      tasks.set(0, taskCount);
      units.set(0, rows.length);
      java.util.Arrays.fill(parts, FactsState.ALL);
    } else {
      for (int t = tasks.nextSetBit(0); t >= 0; t = tasks.nextSetBit(t + 1)) {
        facts.refresh(t);
        int[] concerned = facts.unitsOf(t);
        for (int k = 0; k < concerned.length; k++) {
          units.set(concerned[k]);
          parts[concerned[k]] |= k == 0 ? FactsState.LEAD : FactsState.RESP;
        }
      }
    }
    List<MonitorEvent> events = new ArrayList<>();
    for (int t = tasks.nextSetBit(0); t >= 0; t = tasks.nextSetBit(t + 1)) {
      TaskStatus a = before[t];
      TaskStatus b = facts.status(t);
      String lead = b.task().lead();
      if (a.status() != b.status()) {
        events.add(MonitorEvent.status(++sequence, today, lead, b.task().id(), a.status(), b.status()));
      }
      for (Escalation e : b.escalations()) {
        if (!a.escalations().contains(e)) {
          events.add(MonitorEvent.escalated(++sequence, today, lead, b.task().id(), e));
        }
      }
    }
    for (int u = units.nextSetBit(0); u >= 0; u = units.nextSetBit(u + 1)) {
      for (Finding f : facts.findingsOf(u)) {
        boolean now = !f.found().isAfter(today) && !f.rectifiedInTime(today);
        Boolean was = overdue.put(f.id(), now);
        if (now && !Boolean.TRUE.equals(was)) {
          events.add(MonitorEvent.overdue(++sequence, today, f.unit(), f.id()));
        }
      }
    }
    Updates.Builder updates = Updates.at(today);
    boolean any = false;
    for (int u = units.nextSetBit(0); u >= 0; u = units.nextSetBit(u + 1)) {
      FactsState.Row row = facts.row(u, rows[u], parts[u]);
      any |= diff(updates, programme.units().get(u).id(), rows[u], row);
      rows[u] = row;
    }
    if (any) {
      Updates batch = updates.build();
      for (Map.Entry<String, LiveEvaluation> e : live.entrySet()) {
        for (Change c : e.getValue().apply(batch)) {
          events.add(MonitorEvent.standing(++sequence, today, e.getKey(), c));
        }
      }
    }
    return events;
  }

  private static boolean diff(Updates.Builder b, String unit, FactsState.Row before, FactsState.Row after) {
    boolean any = false;
    if (!before.kind.equals(after.kind)) {
      b.code(unit, "kind", after.kind);
      any = true;
    }
    for (int c = 1; c < FactsState.COLUMNS.size(); c++) {
      double x = before.values[c];
      double y = after.values[c];
      if (Double.compare(x, y) != 0) {
        if (y == y) {
          b.set(unit, FactsState.COLUMNS.get(c), y);
        } else {
          b.clear(unit, FactsState.COLUMNS.get(c));
        }
        any = true;
      }
    }
    if (!before.observations.equals(after.observations)) {
      for (Observation o : before.observations.values()) {
        if (!after.observations.containsKey(o.indicator())) {
          b.clear(unit, o.indicator());
          any = true;
        }
      }
      for (Observation o : after.observations.values()) {
        if (!o.equals(before.observations.get(o.indicator()))) {
          if (o.number().isPresent()) {
            b.set(unit, o.indicator(), o.number().getAsDouble());
          } else {
            b.code(unit, o.indicator(), o.code().orElseThrow());
          }
          any = true;
        }
      }
    }
    return any;
  }

  /** Adds a record to the facts; returns what it touched (a task index for a report, unit indices otherwise). */
  private int[] add(Object r) {
    if (r instanceof ProgressReport) {
      return new int[] {facts.add((ProgressReport) r)};
    }
    if (r instanceof Rating) {
      return new int[] {facts.add((Rating) r)};
    }
    if (r instanceof Finding) {
      Finding f = (Finding) r;
      f.matter().ifPresent(m -> matterUnit.put(m, f.unit()));
      return facts.add(f);
    }
    if (r instanceof Recognition) {
      return new int[] {facts.add((Recognition) r)};
    }
    if (r instanceof ExternalResult) {
      return new int[] {facts.add((ExternalResult) r)};
    }
    return new int[] {facts.add((Observation) r)};
  }

  private static LocalDate dateOf(Object r) {
    if (r instanceof ProgressReport) {
      return ((ProgressReport) r).date();
    }
    if (r instanceof Rating) {
      return ((Rating) r).date();
    }
    if (r instanceof Finding) {
      Finding f = (Finding) r;
      return f.rectified().map(d -> max(d, f.found())).orElse(f.found());
    }
    if (r instanceof Recognition) {
      return ((Recognition) r).date();
    }
    if (r instanceof ExternalResult) {
      return ((ExternalResult) r).published().orElse(LocalDate.MIN);
    }
    return LocalDate.MIN;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? b : a;
  }

  private void deliver(List<MonitorEvent> events) {
    Listeners.deliver(events, listeners, Listener::on, "the monitor of \"" + programme.id() + "\"");
  }


  // ------------------------------------------------------------------ reading

  /**
   * The programme.
   *
   * @return the programme
   */
  public Programme programme() {
    return programme;
  }

  /**
   * The monitor's day.
   *
   * @return the date facts are counted up to
   */
  public LocalDate today() {
    lock.lock();
    try {
      return today;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The monitor's first day: {@link #asOf} answers from then on.
   *
   * @return the date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The ids of the monitored methodologies.
   *
   * @return the ids, in the order the builder was given them
   */
  public Set<String> plans() {
    return new LinkedHashSet<>(plans.keySet());
  }

  /**
   * A task's status today.
   *
   * @param task the task id
   * @return its status
   * @throws IllegalArgumentException if the programme has no such task
   */
  public TaskStatus status(String task) {
    Integer t = facts.taskIndex.get(task);
    if (t == null) {
      throw new IllegalArgumentException("task \"" + task + "\" is not in programme \"" + programme.id() + "\"");
    }
    lock.lock();
    try {
      return facts.status(t);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Everything the monitor knows today: the battle map, the assessments, the data.
   *
   * @return the snapshot, equal to {@link #asOf(LocalDate) asOf(today())}
   */
  public MonitorSnapshot current() {
    lock.lock();
    try {
      Map<String, Assessment> a = new LinkedHashMap<>();
      live.forEach((id, l) -> a.put(id, Assessment.of(programme, l.current())));
      return new MonitorSnapshot(today, facts.battleMap(), a, dataKnownBy(today));
    } finally {
      lock.unlock();
    }
  }

  /**
   * What a batch run gives on the records received by a past day, as of that day.
   *
   * @param date a day from {@link #start()} to {@link #today()}
   * @return the snapshot
   * @throws IllegalArgumentException if the day is outside that range
   */
  public MonitorSnapshot asOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ProgrammeData data;
    lock.lock();
    try {
      if (date.isBefore(start) || date.isAfter(today)) {
        throw new IllegalArgumentException("date " + date + " is outside the monitor's days " + start + ".." + today);
      }
      data = dataKnownBy(date);
    } finally {
      lock.unlock();
    }
    FactsState s = new FactsState(programme, rules, false, extra);
    s.addAll(data);
    s.at(date);
    Dataset d = s.toDataset();
    Map<String, Assessment> a = new LinkedHashMap<>();
    plans.forEach((id, plan) -> {
      Evaluation e = plan.evaluate(d, s.period);
      a.put(id, Assessment.of(programme, e));
    });
    return new MonitorSnapshot(date, s.battleMap(), a, data);
  }

  /**
   * Every record received, as a data document: reports, ratings, recognitions and results in arrival order, the
   * latest version of each finding and of each observation.
   *
   * @return the data
   */
  public ProgrammeData data() {
    lock.lock();
    try {
      return dataKnownBy(today);
    } finally {
      lock.unlock();
    }
  }

  private ProgrammeData dataKnownBy(LocalDate date) {
    ImmutableProgrammeData.Builder b = ProgrammeData.builder().programme(programme.id());
    Map<String, Finding> findings = new LinkedHashMap<>();
    Map<String, Observation> observations = new LinkedHashMap<>();
    for (Received x : log) {
      if (x.on.isAfter(date)) {
        continue;
      }
      Object r = x.record;
      if (r instanceof ProgressReport) {
        b.addProgressReports((ProgressReport) r);
      } else if (r instanceof Rating) {
        b.addRatings((Rating) r);
      } else if (r instanceof Finding) {
        findings.put(((Finding) r).id(), (Finding) r);
      } else if (r instanceof Recognition) {
        b.addRecognitions((Recognition) r);
      } else if (r instanceof ExternalResult) {
        b.addExternalResults((ExternalResult) r);
      } else {
        Observation o = (Observation) r;
        observations.put(o.unit() + "\u0000" + o.indicator() + "\u0000" + o.period(), o);
      }
    }
    return b.findings(findings.values()).observations(observations.values()).build();
  }

  /**
   * Adds a listener; it sees every event from the next arrival on.
   *
   * @param listener the listener
   */
  public void addListener(Listener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener.
   *
   * @param listener the listener
   */
  public void removeListener(Listener listener) {
    listeners.remove(listener);
  }

  /** Told of every event, in the order they happen. */
  @FunctionalInterface
  public interface Listener {

    /**
     * Something changed.
     *
     * @param event the event
     */
    void on(MonitorEvent event);
  }

  /** A record and the monitor's day when it arrived. */
  private static final class Received {
    final LocalDate on;
    final Object record;

    Received(LocalDate on, Object record) {
      this.on = on;
      this.record = record;
    }
  }
}
