package io.github.bizenv.scoring.cli;

/**
 * Ends a command with a message and an exit code: {@link #DATA} for a problem in the user's data or files, {@link
 * #USAGE} for a wrong command line. The message is already in the reader's language. {@link #INTERNAL} is the code
 * of an unexpected error (a bug in score), which {@link Main} reports without a stack trace.
 */
final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Done. */
  static final int OK = 0;
  /** A problem in the user's data or files. */
  static final int DATA = 1;
  /** A usage error. */
  static final int USAGE = 2;
  /** An unexpected error: a bug in score (run again with {@code SCORE_DEBUG=1} to see its stack trace). */
  static final int INTERNAL = 3;

  final int code;

  private Failure(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static Failure usage(String message) {
    return new Failure(USAGE, message);
  }

  static Failure data(String message) {
    return new Failure(DATA, message);
  }
}
