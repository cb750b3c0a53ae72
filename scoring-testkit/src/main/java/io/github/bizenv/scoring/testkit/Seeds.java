package io.github.bizenv.scoring.testkit;

import java.util.SplittableRandom;

/**
 * Seeds for property-based tests written as repeated randomized tests: a base seed per suite (random, or
 * {@code -Dbizenv.seed=N} to replay), one seed per repetition, and failures that name their seed.
 *
 * <pre>{@code
 * static final long BASE = Seeds.base("MyProperties");
 *
 * @RepeatedTest(100)
 * void roundTrip(RepetitionInfo info) {
 *   long seed = Seeds.of(BASE, info.getCurrentRepetition());
 *   Seeds.check(seed, () -> { ... ProgrammeGenerator.seeded(seed) ... });
 * }
 * }</pre>
 */
public final class Seeds {

  /** The system property that replays one seed. */
  public static final String PROPERTY = "bizenv.seed";

  private Seeds() {}

  /**
   * The base seed of a suite: {@code -Dbizenv.seed} when set, else a random one. Prints it.
   *
   * @param suite the suite's name, for the printed line
   * @return the base seed
   */
  public static long base(String suite) {
    Long fixed = Long.getLong(PROPERTY);
    long base = fixed != null ? fixed : new SplittableRandom().nextLong();
    System.out.println(suite + " base seed " + base + (fixed != null ? " (from -D" + PROPERTY + ")"
        : "; repetition n uses base + n; replay one with -D" + PROPERTY + "=<seed in the failure>"));
    return base;
  }

  /**
   * The seed of one repetition: the base itself when replaying, else base + repetition.
   *
   * @param base the suite's base seed
   * @param repetition the repetition number
   * @return the seed
   */
  public static long of(long base, int repetition) {
    return Long.getLong(PROPERTY) != null ? base : base + repetition;
  }

  /**
   * Runs a property, rethrowing any failure as an {@link AssertionError} that names the seed.
   *
   * @param seed the seed the property uses
   * @param property the property
   * @throws AssertionError if the property fails, naming the seed
   */
  public static void check(long seed, Runnable property) {
    try {
      property.run();
    } catch (AssertionError | RuntimeException e) {
      throw new AssertionError("failed with seed " + seed + " (replay with -D" + PROPERTY + "=" + seed + "): "
          + e.getMessage(), e);
    }
  }
}
