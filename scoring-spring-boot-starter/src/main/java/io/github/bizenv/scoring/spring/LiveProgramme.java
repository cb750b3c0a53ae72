package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The configured programme's monitor (即时评价) as the application uses it: every arrival goes to the
 * {@link ProgrammeMonitor}, is counted ({@code bizenv.scoring.arrivals}, accepted or rejected), and the update it
 * causes is timed ({@code bizenv.scoring.evaluations}, {@code kind=arrival}); the last accepted arrival's time is kept
 * for the health indicator. Read standings, the battle map and events from {@link #monitor()}.
 *
 * <p>Thread-safe, as the monitor is.
 */
public final class LiveProgramme {

  private final ProgrammeMonitor monitor;
  private final ScoringMetrics metrics;
  private final Clock clock;
  private final AtomicReference<Instant> last = new AtomicReference<>();
  private final AtomicLong accepted = new AtomicLong();

  LiveProgramme(ProgrammeMonitor monitor, ScoringMetrics metrics, Clock clock) {
    this.monitor = monitor;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * The monitor: its current standings, battle map, data and listeners.
   *
   * @return the monitor
   */
  public ProgrammeMonitor monitor() {
    return monitor;
  }

  /**
   * The programme.
   *
   * @return the programme
   */
  public Programme programme() {
    return monitor.programme();
  }

  /**
   * A progress report arrives.
   *
   * @param report the report
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(ProgressReport report) {
    arrive("progress-report", () -> monitor.submit(report));
  }

  /**
   * A rating arrives.
   *
   * @param rating the rating
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Rating rating) {
    arrive("rating", () -> monitor.submit(rating));
  }

  /**
   * A finding arrives, or a new version of one.
   *
   * @param finding the finding
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Finding finding) {
    arrive("finding", () -> monitor.submit(finding));
  }

  /**
   * A recognition arrives (首创, 复制推广).
   *
   * @param recognition the recognition
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Recognition recognition) {
    arrive("recognition", () -> monitor.submit(recognition));
  }

  /**
   * An outside evaluation's result is published.
   *
   * @param result the result
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(ExternalResult result) {
    arrive("external-result", () -> monitor.submit(result));
  }

  /**
   * An observation arrives.
   *
   * @param observation the observation
   * @throws ValidationException if it does not fit the programme; nothing changes then
   */
  public void submit(Observation observation) {
    arrive("observation", () -> monitor.submit(observation));
  }

  /**
   * A batch of records arrives, taking effect at once or not at all.
   *
   * @param batch the records
   * @throws ValidationException listing every record that does not fit; nothing changes then
   */
  public void submitAll(ProgrammeData batch) {
    arrive("batch", () -> monitor.submitAll(batch));
  }

  /**
   * Moves the monitor's day forward.
   *
   * @param date the new day; a day before the monitor's changes nothing
   */
  public void advanceTo(LocalDate date) {
    arrive("day", () -> monitor.advanceTo(date));
  }

  private void arrive(String record, Runnable work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (RuntimeException e) {
      metrics.arrival(record, false);
      throw e;
    }
    metrics.evaluated(ScoringMetrics.ARRIVAL, System.nanoTime() - start);
    metrics.arrival(record, true);
    accepted.incrementAndGet();
    last.set(clock.instant());
  }

  /**
   * When the last arrival was accepted.
   *
   * @return the time, or empty before the first
   */
  public Optional<Instant> lastArrival() {
    return Optional.ofNullable(last.get());
  }

  /**
   * How many arrivals were accepted since the application started.
   *
   * @return the count
   */
  public long arrivals() {
    return accepted.get();
  }

  @Override
  public String toString() {
    return "LiveProgramme[" + monitor.programme().id() + ", day " + monitor.today() + ", " + accepted.get()
        + " arrivals]";
  }

  static LiveProgramme of(ProgrammeMonitor monitor, ScoringMetrics metrics, Clock clock) {
    return new LiveProgramme(Objects.requireNonNull(monitor), metrics, clock);
  }
}
