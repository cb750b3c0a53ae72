package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.ScoringException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs tasks 0 … n−1 on a number of threads and returns their results by index, so that the results do not depend
 * on the number of threads or the order in which tasks finish.
 */
final class Runner {

  private Runner() {}

  static <T> List<T> run(int n, int threads, Progress progress, IntFunction<T> task) {
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(null);
    }
    Object lock = new Object();
    int[] done = {0};
    Runnable tick = () -> {
      if (progress != null) {
        synchronized (lock) {
          progress.update(++done[0], n);
        }
      }
    };
    if (threads <= 1 || n <= 1) {
      for (int i = 0; i < n; i++) {
        out.set(i, task.apply(i));
        tick.run();
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
      Thread t = new Thread(r, "bizenv-analysis");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger next = new AtomicInteger();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < Math.min(threads, n); w++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < n && !Thread.currentThread().isInterrupted();
              i = next.getAndIncrement()) {
            T r = task.apply(i);
            synchronized (out) {
              out.set(i, r);
            }
            tick.run();
          }
        }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScoringException("analysis interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      throw new ScoringException("analysis failed: " + c, c);
    } finally {
      pool.shutdownNow();
    }
    synchronized (out) {
      return new ArrayList<>(out);
    }
  }
}
