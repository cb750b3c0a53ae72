package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.workflow.MonitorEvent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Keeps the live pages current over server-sent events. After each arrival is stored and applied, the monitor's
 * events are kept as alerts and a push is scheduled: at once when none was sent within {@code bizenv.platform.push},
 * else when that time is up, so that a quiet platform shows an arrival at once and a busy one sends at most one view
 * per interval. A push builds the view once per language watched and sends it to every page watching in it; a page
 * that goes away is dropped. A comment every 20 seconds keeps idle connections open.
 */
final class LiveFeed implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

  private record Watcher(SseEmitter emitter, Locale language) {}

  private final LiveView view;
  private final int keep;
  private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
  private final Deque<MonitorEvent> alerts = new ArrayDeque<>();
  private final AtomicLong version = new AtomicLong();
  private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "live-feed");
    t.setDaemon(true);
    return t;
  });
  private final java.util.concurrent.atomic.AtomicBoolean scheduled = new java.util.concurrent.atomic.AtomicBoolean();
  private final long every;
  private volatile long lastPush;
  private long pushed;

  LiveFeed(LiveView view, PlatformProperties properties) {
    this.view = view;
    this.keep = properties.getAlerts();
    this.every = Math.max(10, properties.getPush().toMillis());
    pusher.scheduleWithFixedDelay(this::heartbeat, 20, 20, TimeUnit.SECONDS);
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      long wait = Math.max(0, lastPush + every - System.currentTimeMillis());
      try {
        pusher.schedule(this::push, wait, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        scheduled.set(false);
      }
    }
  }

  /** An arrival was taken; these events came of it. */
  void changed(List<MonitorEvent> events) {
    synchronized (alerts) {
      for (MonitorEvent e : events) {
        if (LiveView.isAlert(e)) {
          alerts.addFirst(e);
          while (alerts.size() > keep) {
            alerts.removeLast();
          }
        }
      }
    }
    version.incrementAndGet();
    schedule();
  }

  List<MonitorEvent> alerts() {
    synchronized (alerts) {
      return new ArrayList<>(alerts);
    }
  }

  /** A page starts watching: it gets the view at once, then every change. */
  SseEmitter watch(Locale language) {
    SseEmitter emitter = new SseEmitter(0L);
    Watcher w = new Watcher(emitter, language);
    emitter.onCompletion(() -> watchers.remove(w));
    emitter.onTimeout(() -> watchers.remove(w));
    emitter.onError(e -> watchers.remove(w));
    try {
      emitter.send(SseEmitter.event().name("view").data(view.json(language, alerts()), MediaType.APPLICATION_JSON));
      watchers.add(w);
    } catch (IOException e) {
      emitter.completeWithError(e);
    }
    return emitter;
  }

  private void push() {
    scheduled.set(false);
    lastPush = System.currentTimeMillis();
    try {
      long v = version.get();
      if (v == pushed) {
        return;
      }
      pushed = v;
      List<Locale> languages = watchers.stream().map(Watcher::language).distinct().toList();
      List<MonitorEvent> a = alerts();
      for (Locale language : languages) {
        long t0 = System.nanoTime();
        String json = view.json(language, a);
        if (LOG.isDebugEnabled()) {
          LOG.debug("view {} built in {} ms, {} characters", language, (System.nanoTime() - t0) / 1_000_000,
              json.length());
        }
        for (Watcher w : watchers) {
          if (w.language().equals(language)) {
            send(w, SseEmitter.event().name("view").data(json, MediaType.APPLICATION_JSON));
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("The live view could not be built or sent", e);
    }
  }

  private void heartbeat() {
    for (Watcher w : watchers) {
      send(w, SseEmitter.event().comment("alive"));
    }
  }

  private void send(Watcher w, SseEmitter.SseEventBuilder event) {
    try {
      w.emitter().send(event);
    } catch (IOException | IllegalStateException e) {
      watchers.remove(w);
    }
  }

  int watching() {
    return watchers.size();
  }

  @Override
  public void close() {
    pusher.shutdownNow();
    for (Watcher w : watchers) {
      w.emitter().complete();
    }
    watchers.clear();
  }
}
