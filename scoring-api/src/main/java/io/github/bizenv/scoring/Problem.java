package io.github.bizenv.scoring;

import java.util.Objects;

/**
 * One broken rule in some input: what rule ({@link #code()}), where ({@link #path()}) and what is wrong
 * ({@link #message()}).
 *
 * <p>Paths are JSON pointers into the document ({@code /tasks/17/lead}) for JSON documents and for values
 * built in code (the pointer the value would have in its document), and {@code line 5, column 3} for CSV
 * tables. Messages name the thing, the rule and the value, for example
 * {@code unit "drc" is not declared in /units}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Problem {

  /** A reference names something that is not declared. */
  public static final String UNKNOWN_REFERENCE = "unknown-reference";
  /** Two things of one kind share an id. */
  public static final String DUPLICATE_ID = "duplicate-id";
  /** An id is blank or uses characters outside the id alphabet. */
  public static final String INVALID_ID = "invalid-id";
  /** A required field is absent. */
  public static final String MISSING_FIELD = "missing-field";
  /** A field the format does not define. */
  public static final String UNKNOWN_FIELD = "unknown-field";
  /** A field holds the wrong JSON type, or text that does not parse as the expected type. */
  public static final String WRONG_TYPE = "wrong-type";
  /** A number is NaN or infinite. */
  public static final String NON_FINITE = "non-finite";
  /** A value is outside its allowed range or set. */
  public static final String OUT_OF_RANGE = "out-of-range";
  /** A date falls outside the period it must lie in. */
  public static final String OUT_OF_PERIOD = "out-of-period";
  /** Values that must be ordered are not (milestones, date ranges). */
  public static final String ORDER = "order";
  /** Values that contradict each other (e.g. a declared class without a reason). */
  public static final String INCONSISTENT = "inconsistent";
  /** The document is not well-formed (JSON syntax, CSV quoting, encoding). */
  public static final String SYNTAX = "syntax";
  /** A document or table exceeds a configured limit (size, depth, rows). */
  public static final String LIMIT = "limit";
  /** The document's schema tag is missing, unknown or of an unsupported version. */
  public static final String SCHEMA = "schema";
  /** A CSV row has a different number of cells than the header. */
  public static final String CELL_COUNT = "cell-count";
  /** A methodology names a strategy (normalizer, aggregator, rule) that is not registered. */
  public static final String UNKNOWN_STRATEGY = "unknown-strategy";
  /** A strategy's setting is missing, of the wrong type, or out of its range. */
  public static final String INVALID_SETTING = "invalid-setting";
  /** Nodes of a methodology refer to each other in a cycle, or a node is not under the root. */
  public static final String CYCLE = "cycle";
  /** Parts of a methodology that cannot work together (e.g. a geometric mean over scores that can be 0). */
  public static final String INCOMPATIBLE = "incompatible";
  /** A methodology needs a data column that the data set does not have. */
  public static final String MISSING_DATA = "missing-data";
  /**
   * A strategy (normalizer, aggregator or rule) failed while evaluating, or returned a score that is infinite or
   * outside its declared range; the message names the strategy, the node and the unit.
   */
  public static final String STRATEGY_FAILED = "strategy-failed";
  /** A warning: a task's lead unit lacks the competence for the task's area. */
  public static final String COMPETENCE = "competence";
  /** A warning: a task's target is worse than its baseline, and no reason is given. */
  public static final String TARGET_WORSENS = "target-worsens";

  private final String code;
  private final String path;
  private final String message;

  private Problem(String code, String path, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a problem.
   *
   * @param code the rule broken, one of the constants of this class or a strategy's own code
   * @param path where: a JSON pointer ({@code ""} for the whole document) or a CSV location
   * @param message what is wrong, naming the thing, the rule and the value
   * @return the problem
   */
  public static Problem of(String code, String path, String message) {
    return new Problem(code, path, message);
  }

  /**
   * The rule broken.
   *
   * @return a short kebab-case code such as {@link #UNKNOWN_REFERENCE}
   */
  public String code() {
    return code;
  }

  /**
   * Where the problem is.
   *
   * @return a JSON pointer, or a CSV location such as {@code line 5, column 3}
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong.
   *
   * @return a message naming the thing, the rule and the value
   */
  public String message() {
    return message;
  }

  /**
   * Returns this problem with its path moved under a prefix, e.g. a task's problem placed in its
   * programme.
   *
   * @param prefix a JSON pointer such as {@code /tasks/3}
   * @return a problem whose path is {@code prefix + path()}
   */
  public Problem under(String prefix) {
    return new Problem(code, prefix + path, message);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem other = (Problem) o;
    return code.equals(other.code) && path.equals(other.path) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, path, message);
  }

  /** Returns {@code path: message [code]}, the form used in error listings. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + message + " [" + code + "]";
  }
}
