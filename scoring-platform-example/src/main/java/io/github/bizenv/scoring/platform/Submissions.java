package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.spring.LiveProgramme;
import io.github.bizenv.scoring.workflow.MonitorEvent;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes arrivals: reads and checks the record, checks that the account may submit it, stores it with its audit entry
 * in one transaction, and only then applies it to the monitor and acknowledges it. Writes are taken one at a time, so
 * that the store's order is the order the monitor saw; a restart replays the store in that order
 * ({@link #replay()}) and ends in the same state.
 *
 * <p>A record is checked in full before it is stored (the library's checks against the programme, and the monitor's
 * own: one matter concerns one unit), so that applying a stored record cannot fail on its content.
 */
final class Submissions {

  private static final Logger LOG = LoggerFactory.getLogger(Submissions.class);

  /** What the platform answers for an arrival taken. */
  record Receipt(long sequence, Kind kind, String subject, LocalDate day, boolean repeated) {}

  private final LiveProgramme live;
  private final RecordReader reader;
  private final Access access;
  private final ArrivalStore store;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final LiveFeed feed;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock(true);
  private final ThreadLocal<List<MonitorEvent>> events = new ThreadLocal<>();
  private final Map<String, String> matters = new HashMap<>();
  private volatile boolean consistent = true;
  private long replayed;
  private long accepted;

  Submissions(LiveProgramme live, ArrivalStore store, AuditLog audit, TransactionTemplate tx, LiveFeed feed,
      Clock clock) {
    this.live = live;
    this.reader = new RecordReader(live.programme());
    this.access = new Access(live.programme());
    this.store = store;
    this.audit = audit;
    this.tx = tx;
    this.feed = feed;
    this.clock = clock;
    live.monitor().addListener(e -> {
      List<MonitorEvent> sink = events.get();
      if (sink != null) {
        sink.add(e);
      }
    });
  }

  /**
   * Replays the store into the monitor, in order: the state the platform had when it stopped.
   *
   * @throws IllegalStateException naming the stored arrival that no longer fits the programme
   */
  void replay() {
    long start = System.nanoTime();
    long[] n = {0};
    store.forEach(s -> {
      RecordReader.Read r;
      try {
        r = reader.read(s.kind(), s.body());
      } catch (InvalidArrival e) {
        throw new IllegalStateException("stored arrival #" + s.seq() + " (" + s.kind() + " " + s.subject()
            + ") no longer fits the programme: " + e.problems(), e);
      }
      apply(r, true);
      n[0]++;
    });
    replayed = n[0];
    if (n[0] > 0) {
      LOG.info("Replayed {} stored arrivals in {} ms; the monitor's day is {}", n[0],
          (System.nanoTime() - start) / 1_000_000, live.monitor().today());
    }
  }

  long replayed() {
    return replayed;
  }

  boolean consistent() {
    return consistent;
  }

  /**
   * Takes one arrival.
   *
   * @param who the account
   * @param kind what it is
   * @param body the request body
   * @param key the client's idempotency key, or {@code null}
   * @param action the request, for the audit log
   * @return the receipt
   * @throws InvalidArrival if the body is not a valid record (audited)
   * @throws Denied if the account may not submit it (audited)
   */
  Receipt submit(Account who, Kind kind, String body, String key, String action) {
    RecordReader.Read read;
    String subject = null;
    try {
      com.fasterxml.jackson.databind.JsonNode node = reader.parse(kind, body);
      subject = node.path("task").asText(node.path("id").asText(null));
      access.checkKindAndTask(who, kind, node);
      read = reader.read(kind, node);
      subject = subject(read.record());
      access.check(who, kind, read.record());
    } catch (InvalidArrival e) {
      audit.record(clock.instant(), who.name(), action, kind, subject, AuditLog.Outcome.INVALID, 400, null,
          e.getMessage() + ": " + e.problems(), body);
      throw e;
    } catch (Denied e) {
      audit.record(clock.instant(), who.name(), action, kind, subject, AuditLog.Outcome.DENIED, 403, null,
          e.getMessage(), body);
      throw e;
    }
    String about = subject;
    List<MonitorEvent> happened = new ArrayList<>();
    Receipt receipt;
    lock.lock();
    try {
      if (key != null) {
        var before = store.find(who.name(), key);
        if (before.isPresent()) {
          audit.record(clock.instant(), who.name(), action, kind, about, AuditLog.Outcome.REPEATED, 200,
              before.get().seq(), "idempotency key " + key + " was used for arrival #" + before.get().seq(), null);
          return new Receipt(before.get().seq(), before.get().kind(), before.get().subject(), live.monitor().today(),
              true);
        }
      }
      checkMatter(kind, read.record(), action, who, body);
      long seq = tx.execute(status -> {
        long s = store.append(clock.instant(), who.name(), kind, about, key, read.body());
        audit.record(clock.instant(), who.name(), action, kind, about, AuditLog.Outcome.ACCEPTED, 201, s, null,
            null);
        return s;
      });
      events.set(happened);
      try {
        apply(read, false);
        accepted++;
      } catch (RuntimeException e) {
        consistent = false;
        LOG.error("Arrival #{} is stored but the monitor could not take it; restart to replay the store", seq, e);
        throw e;
      } finally {
        events.remove();
      }
      receipt = new Receipt(seq, kind, about, live.monitor().today(), false);
    } finally {
      lock.unlock();
    }
    feed.changed(happened);
    return receipt;
  }

  /** The monitor's own check, done before storing: a matter (问题事项) concerns one unit. */
  private void checkMatter(Kind kind, Object record, String action, Account who, String body) {
    if (kind != Kind.FINDING) {
      return;
    }
    Finding f = (Finding) record;
    if (f.matter().isEmpty()) {
      return;
    }
    String known = matters.get(f.matter().get());
    if (known != null && !known.equals(f.unit())) {
      InvalidArrival e = new InvalidArrival("finding", List.of(Problem.of(Problem.INCONSISTENT, "/matter",
          "matter \"" + f.matter().get() + "\" is about unit \"" + known + "\", but finding \"" + f.id()
              + "\" is about \"" + f.unit() + "\"; one matter concerns one unit")));
      audit.record(clock.instant(), who.name(), action, kind, f.id(), AuditLog.Outcome.INVALID, 400, null,
          e.getMessage() + ": " + e.problems(), body);
      throw e;
    }
  }

  /**
   * Applies a record: through the live programme, counted and timed, when it arrives; to the monitor itself when it
   * is replayed, so that a restart does not count the store's records as arrivals again.
   */
  private void apply(RecordReader.Read r, boolean replaying) {
    ProgrammeMonitor m = live.monitor();
    Object x = r.record();
    switch (r.kind()) {
      case PROGRESS_REPORT -> {
        if (replaying) {
          m.submit((ProgressReport) x);
        } else {
          live.submit((ProgressReport) x);
        }
      }
      case RATING -> {
        if (replaying) {
          m.submit((Rating) x);
        } else {
          live.submit((Rating) x);
        }
      }
      case FINDING -> {
        Finding f = (Finding) x;
        if (replaying) {
          m.submit(f);
        } else {
          live.submit(f);
        }
        f.matter().ifPresent(k -> matters.put(k, f.unit()));
      }
      case RECOGNITION -> {
        if (replaying) {
          m.submit((Recognition) x);
        } else {
          live.submit((Recognition) x);
        }
      }
      case EXTERNAL_RESULT -> {
        if (replaying) {
          m.submit((ExternalResult) x);
        } else {
          live.submit((ExternalResult) x);
        }
      }
      case OBSERVATION -> {
        if (replaying) {
          m.submit((Observation) x);
        } else {
          live.submit((Observation) x);
        }
      }
      case DAY -> {
        if (replaying) {
          m.advanceTo((LocalDate) x);
        } else {
          live.advanceTo((LocalDate) x);
        }
      }
    }
  }

  /** Arrivals in the store: replayed at start-up and accepted since. */
  long stored() {
    lock.lock();
    try {
      return replayed + accepted;
    } finally {
      lock.unlock();
    }
  }

  static String subject(Object record) {
    if (record instanceof ProgressReport r) {
      return r.task();
    }
    if (record instanceof Rating r) {
      return r.task() + " " + r.ratee();
    }
    if (record instanceof Finding f) {
      return f.id();
    }
    if (record instanceof Recognition r) {
      return r.id();
    }
    if (record instanceof ExternalResult r) {
      return r.unit() + " " + r.indicator() + " " + r.period();
    }
    if (record instanceof Observation o) {
      return o.unit() + " " + o.indicator() + " " + o.period();
    }
    return record.toString();
  }
}
