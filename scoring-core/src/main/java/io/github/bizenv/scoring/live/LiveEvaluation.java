package io.github.bizenv.scoring.live;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.internal.Listeners;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.engine.Session;
import io.github.bizenv.scoring.model.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A compiled plan kept current over data that keeps arriving (即时评价).
 *
 * <p>Start one from the data known on a day; {@link #apply(Updates)} batches of dated cell updates, from any
 * number of threads. Each batch takes effect atomically: scores, ranks and grades are brought up to date —
 * recomputing the units the batch touched, and every unit when a population-fitted normaliser moved — and the
 * changes of units' standing are returned and passed to every {@link Listener}, each change once, in the order the
 * batches were applied; with {@link Builder#alert alert lines} declared, each change also says which lines the unit's
 * scores crossed.
 *
 * <p>A cell's current value is its update with the latest date (of two on the same date, the later one); an update
 * dated before the cell's current value is kept for {@link #asOf} and changes nothing now. {@link #current()} always
 * equals {@link Plan#evaluate(Dataset, Period)} on {@link #data()}; {@link #asOf(LocalDate)} is that evaluation on
 * the data as it was known on a past day ({@link #dataAsOf(LocalDate)}).
 *
 * <pre>{@code
 * LiveEvaluation live = LiveEvaluation.start(plan, dataset, Period.year(2021), LocalDate.of(2021, 1, 1));
 * live.addListener(c -> { if (c.crossedGradeEdge()) notify(c.unit(), c.gradeAfter()); });
 * live.apply(Updates.at(LocalDate.of(2021, 3, 31)).set("amr", "lead.on-time-rate", 80).build());
 * Evaluation now = live.current();
 * }</pre>
 *
 * <p>Thread-safe. Listeners run on the thread that applied the batch, after the state is updated and outside its
 * lock, one batch at a time; a listener must not apply updates itself (hand them to another thread).
 */
public final class LiveEvaluation {

  private final Plan plan;
  private final Period period;
  private final LocalDate since;
  private final Dataset initial;
  private final Session session;
  private final List<Alert> alerts;
  private final ReentrantLock lock = new ReentrantLock();
  private final ReentrantLock delivery = new ReentrantLock();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final Map<String, Map<String, List<Entry>>> history = new LinkedHashMap<>();
  private final Map<String, Map<String, Entry>> effective = new HashMap<>();
  private final Set<String> units = new LinkedHashSet<>();
  private long sequence;
  private long version;

  private LiveEvaluation(Builder b) {
    this.plan = b.plan;
    this.period = b.period;
    this.since = Objects.requireNonNull(b.since, "since");
    this.initial = b.data;
    this.alerts = List.copyOf(b.alerts);
    List<String> watched = new ArrayList<>();
    for (Alert a : alerts) {
      if (!plan.hasNode(a.node())) {
        throw new IllegalArgumentException("alert " + a + ": node \"" + a.node() + "\" is not a node of \""
            + plan.id() + "\"");
      }
      if (!watched.contains(a.node())) {
        watched.add(a.node());
      }
    }
    this.session = Session.start(plan, initial, period, watched);
    units.addAll(initial.units(period));
  }

  /**
   * Starts a live evaluation.
   *
   * @param plan the plan
   * @param data the data known on {@code since}; only {@code period} is used
   * @param period the period to evaluate
   * @param since the day the data was known; {@link #asOf} answers from then on
   * @return the live evaluation, evaluated once
   * @throws ValidationException as {@link Plan#evaluate(Dataset, Period)} does
   */
  public static LiveEvaluation start(Plan plan, Dataset data, Period period, LocalDate since) {
    return builder(plan, data, period).since(since).start();
  }

  /**
   * A builder, for a live evaluation with alert lines.
   *
   * <pre>{@code
   * LiveEvaluation live = LiveEvaluation.builder(plan, data, Period.year(2021)).since(LocalDate.of(2021, 1, 1))
   *     .alert(Alert.at("root", 60)).start();
   * }</pre>
   *
   * @param plan the plan
   * @param data the data known on the start day; only {@code period} is used
   * @param period the period to evaluate
   * @return the builder
   */
  public static Builder builder(Plan plan, Dataset data, Period period) {
    return new Builder(plan, data, period);
  }

  /** Builds a {@link LiveEvaluation}. Not thread-safe. */
  public static final class Builder {
    private final Plan plan;
    private final Dataset data;
    private final Period period;
    private LocalDate since;
    private final List<Alert> alerts = new ArrayList<>();

    private Builder(Plan plan, Dataset data, Period period) {
      this.plan = Objects.requireNonNull(plan, "plan");
      this.data = Objects.requireNonNull(data, "data");
      this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * The day the initial data was known (required).
     *
     * @param since the date; {@link LiveEvaluation#asOf} answers from then on
     * @return this builder
     */
    public Builder since(LocalDate since) {
      this.since = Objects.requireNonNull(since, "since");
      return this;
    }

    /**
     * Declares an alert line: every change says which lines the unit's scores crossed ({@link Change#crossings()}).
     *
     * @param alert the alert
     * @return this builder
     */
    public Builder alert(Alert alert) {
      alerts.add(Objects.requireNonNull(alert, "alert"));
      return this;
    }

    /**
     * Evaluates the plan on the initial data and starts.
     *
     * @return the live evaluation
     * @throws NullPointerException if {@link #since} was not given
     * @throws IllegalArgumentException if an alert names a node the plan lacks
     * @throws ValidationException as {@link Plan#evaluate(Dataset, Period)} does
     */
    public LiveEvaluation start() {
      return new LiveEvaluation(this);
    }
  }

  /**
   * The alert lines declared.
   *
   * @return the alerts, in the order declared
   */
  public List<Alert> alerts() {
    return alerts;
  }

  /**
   * The plan.
   *
   * @return the plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * The period evaluated.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * The day the initial data was known.
   *
   * @return the date
   */
  public LocalDate since() {
    return since;
  }

  /**
   * Applies a batch of updates atomically: either all take effect or, when one is invalid, none does.
   *
   * @param updates the batch, dated on or after {@link #since()}
   * @return the changes of units' standing it caused, in unit order; empty when none
   * @throws ValidationException if an update is invalid (a text code no leaf declares …); nothing changes then
   * @throws IllegalArgumentException if the batch is dated before {@link #since()}
   * @throws ScoringException if a listener failed (after every listener was called; the batch took effect)
   */
  public List<Change> apply(Updates updates) {
    Objects.requireNonNull(updates, "updates");
    if (updates.date().isBefore(since)) {
      throw new IllegalArgumentException("updates dated " + updates.date() + " are before the start of the live "
          + "evaluation, " + since);
    }
    List<Change> changes;
    lock.lock();
    try {
      changes = applyLocked(updates);
      delivery.lock();
    } finally {
      lock.unlock();
    }
    try {
      deliver(changes);
    } finally {
      delivery.unlock();
    }
    return changes;
  }

  private List<Change> applyLocked(Updates updates) {
    LocalDate date = updates.date();
    try {
      for (Updates.Update u : updates.updates()) {
        Entry current = effectiveEntry(u.unit(), u.column());
        if (current == null || !date.isBefore(current.date)) {
          stage(u.unit(), u.column(), u.number(), u.codeOrNull(), u.isClear());
        }
      }
    } catch (RuntimeException e) {
      session.rollback(); // nothing of this batch takes effect
      throw e;
    }
    version++;
    for (Updates.Update u : updates.updates()) {
      Entry e = new Entry(date, version, u.number(), u.codeOrNull(), u.isClear());
      history.computeIfAbsent(u.unit(), k -> new LinkedHashMap<>()).computeIfAbsent(u.column(), k -> new ArrayList<>())
          .add(e);
      Map<String, Entry> cells = effective.computeIfAbsent(u.unit(), k -> new HashMap<>());
      Entry current = cells.get(u.column());
      if (current == null || !date.isBefore(current.date)) {
        cells.put(u.column(), e);
      }
      units.add(u.unit());
    }
    List<Session.UnitChange> raw = session.commit();
    List<Change> out = new ArrayList<>(raw.size());
    for (Session.UnitChange c : raw) {
      out.add(new Change(++sequence, date, c.unit(), c.scoreBefore(), c.scoreAfter(), c.rankBefore(), c.rankAfter(),
          c.gradeBefore(), c.gradeAfter(), crossings(c)));
    }
    return out;
  }

  private List<Crossing> crossings(Session.UnitChange c) {
    if (alerts.isEmpty()) {
      return List.of();
    }
    List<Crossing> out = new ArrayList<>();
    for (Alert a : alerts) {
      OptionalDouble before = c.scoreBefore(a.node());
      OptionalDouble after = c.scoreAfter(a.node());
      if (before.isPresent() && after.isPresent() && a.above(before.getAsDouble()) != a.above(after.getAsDouble())) {
        out.add(new Crossing(a, before.getAsDouble(), after.getAsDouble()));
      }
    }
    return out;
  }

  private Entry effectiveEntry(String unit, String column) {
    Map<String, Entry> cells = effective.get(unit);
    return cells == null ? null : cells.get(column);
  }

  private void stage(String unit, String column, double value, String code, boolean clear) {
    if (clear) {
      session.clear(unit, column);
    } else if (code != null) {
      session.setCode(unit, column, code);
    } else {
      session.set(unit, column, value);
    }
  }

  private void deliver(List<Change> changes) {
    Listeners.deliver(changes, listeners, Listener::changed, "the live evaluation of \"" + plan.id() + "\"");
  }


  /**
   * The evaluation now, as an immutable snapshot.
   *
   * @return the evaluation, equal to a whole evaluation of {@link #data()}
   */
  public Evaluation current() {
    lock.lock();
    try {
      return session.evaluation();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The data now, as an immutable copy.
   *
   * @return the data set
   */
  public Dataset data() {
    lock.lock();
    try {
      return session.data();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The evaluation as of a past day: the plan evaluated on the data known then.
   *
   * @param date a day on or after {@link #since()}
   * @return the evaluation of {@link #dataAsOf(LocalDate)}
   * @throws IllegalArgumentException if the date is before {@link #since()}
   */
  public Evaluation asOf(LocalDate date) {
    return plan.evaluate(dataAsOf(date), period);
  }

  /**
   * The data as known on a past day: the initial data, with each cell's latest update dated on or before that day.
   * Units come in the order they first appeared (initial units first), as in {@link #data()}.
   *
   * @param date a day on or after {@link #since()}
   * @return the data set
   * @throws IllegalArgumentException if the date is before {@link #since()}
   */
  public Dataset dataAsOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(since)) {
      throw new IllegalArgumentException("date " + date + " is before the start of the live evaluation, " + since);
    }
    lock.lock();
    try {
      Dataset.Builder b = Dataset.builder();
      Set<String> columns = new LinkedHashSet<>(initial.columns(period));
      history.values().forEach(m -> columns.addAll(m.keySet()));
      for (String c : columns) {
        b.column(period, c);
      }
      Set<String> known = new java.util.HashSet<>(initial.units(period));
      for (String unit : units) {
        Map<String, List<Entry>> cells = history.getOrDefault(unit, Map.of());
        Map<String, Entry> asOf = new HashMap<>();
        cells.forEach((column, entries) -> {
          Entry best = null;
          for (Entry e : entries) {
            if (!e.date.isAfter(date) && (best == null || !e.date.isBefore(best.date))) {
              best = e;
            }
          }
          if (best != null) {
            asOf.put(column, best);
          }
        });
        if (!known.contains(unit) && asOf.isEmpty()) {
          continue;
        }
        b.unit(period, unit);
        for (String column : columns) {
          Entry e = asOf.get(column);
          if (e != null) {
            if (!e.clear) {
              if (e.code != null) {
                b.code(period, unit, column, e.code);
              } else {
                b.value(period, unit, column, e.value);
              }
            }
          } else {
            OptionalDouble v = initial.value(period, unit, column);
            Optional<String> code = initial.code(period, unit, column);
            if (v.isPresent()) {
              b.value(period, unit, column, v.getAsDouble());
            } else if (code.isPresent()) {
              b.code(period, unit, column, code.get());
            }
          }
        }
      }
      return b.build();
    } finally {
      lock.unlock();
    }
  }

  /**
   * How many batches took effect.
   *
   * @return the count
   */
  public long version() {
    lock.lock();
    try {
      return version;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds a listener; it sees every change from the next batch on.
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

  /** Told of every change of a unit's standing, in the order they happen. */
  @FunctionalInterface
  public interface Listener {

    /**
     * A unit's standing changed.
     *
     * @param change the change
     */
    void changed(Change change);
  }

  /** One dated value of a cell. */
  private static final class Entry {
    final LocalDate date;
    final long version;
    final double value;
    final String code;
    final boolean clear;

    Entry(LocalDate date, long version, double value, String code, boolean clear) {
      this.date = date;
      this.version = version;
      this.value = value;
      this.code = code;
      this.clear = clear;
    }
  }
}
