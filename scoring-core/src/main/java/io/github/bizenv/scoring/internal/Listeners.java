package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.ScoringException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Hands events to listeners the one way the live evaluation and the programme monitor do: every event to every
 * listener, in order, even when one of them throws; the first failure is then raised once, naming whose listener it
 * was.
 *
 * <p>Internal: not part of the API; it may change in any release.
 */
public final class Listeners {

  private Listeners() {}

  /**
   * Delivers each event to each listener.
   *
   * @param events the events, in order
   * @param listeners the listeners
   * @param call how a listener takes an event
   * @param owner whose listeners they are, for the message, e.g. {@code the monitor of "p"}
   * @param <E> the events
   * @param <L> the listeners
   * @throws ScoringException after every delivery, if a listener threw
   */
  public static <E, L> void deliver(List<E> events, Iterable<L> listeners, BiConsumer<L, E> call, String owner) {
    RuntimeException failure = null;
    for (E e : events) {
      for (L l : listeners) {
        try {
          call.accept(l, e);
        } catch (RuntimeException x) {
          if (failure == null) {
            failure = x;
          }
        }
      }
    }
    if (failure != null) {
      throw new ScoringException("a listener of " + owner + " failed: " + failure, failure);
    }
  }
}
