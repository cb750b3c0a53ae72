package io.github.bizenv.scoring.analysis;

/**
 * Told how far an analysis has got. Calls come from the analysis's worker threads, one at a time and with
 * {@code done} increasing by one each call; keep them short.
 */
@FunctionalInterface
public interface Progress {

  /**
   * One more evaluation has finished.
   *
   * @param done evaluations finished so far
   * @param total evaluations in the analysis
   */
  void update(int done, int total);
}
