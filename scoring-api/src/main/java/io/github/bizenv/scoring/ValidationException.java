package io.github.bizenv.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when input — a document, a table, or values passed to a builder — breaks one or more rules.
 *
 * <p>It carries <em>every</em> problem found, not only the first, each with the place it was found
 * ({@link Problem#path()}). Its message lists them all, one per line, so that a log line or a command-line
 * error is enough to fix the input. Whatever was being built or loaded when this is thrown was not built
 * or loaded at all: nothing is half-loaded.
 */
public class ValidationException extends ScoringException {

  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before it summarises the rest. */
  private static final int MESSAGE_LIMIT = 50;

  private final List<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param source what was being validated, e.g. a file name or {@code "Programme"}
   * @param problems the problems found; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ValidationException(String source, List<Problem> problems) {
    super(message(Objects.requireNonNull(source, "source"), problems));
    this.problems = Collections.unmodifiableList(new ArrayList<>(problems));
  }

  /**
   * The problems found: for documents, in document order of the elements they concern.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String source, List<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    int shown = 0;
    for (Problem p : problems) {
      if (shown == MESSAGE_LIMIT) {
        sb.append("\n  … and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
        break;
      }
      sb.append("\n  ").append(p);
      shown++;
    }
    return sb.toString();
  }
}
