package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.analysis.Progress;

/**
 * A progress bar on standard error, drawn only when standard error is a terminal ({@link Cli#terminal}), so that
 * nothing but results reaches a pipe or a log: {@code  评估 1200/6000 [######......] 20%}, redrawn at most every
 * 1 % and 100 ms, ended by a line break.
 */
final class ProgressBar implements Progress {

  private static final int WIDTH = 30;

  private final Cli cli;
  private final String label;
  private int shown = -1;
  private long last;

  ProgressBar(Cli cli, String label) {
    this.cli = cli;
    this.label = label;
  }

  /** A bar for a run, or nothing when standard error is not a terminal. */
  static Progress of(Cli cli, String label) {
    return cli.terminal ? new ProgressBar(cli, label) : (done, total) -> { };
  }

  @Override
  public synchronized void update(int done, int total) {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    long now = System.nanoTime();
    if (done < total && (percent == shown || now - last < 100_000_000L)) {
      return;
    }
    shown = percent;
    last = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    StringBuilder bar = new StringBuilder("\r").append(label).append(' ').append(done).append('/').append(total)
        .append(" [");
    for (int i = 0; i < WIDTH; i++) {
      bar.append(i < filled ? '#' : '.');
    }
    bar.append("] ").append(percent).append('%');
    cli.err.print(bar);
    if (done >= total) {
      cli.err.println();
    }
    cli.err.flush();
  }
}
