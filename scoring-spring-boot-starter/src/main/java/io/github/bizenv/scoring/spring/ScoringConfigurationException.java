package io.github.bizenv.scoring.spring;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files the {@code bizenv.scoring.*} settings name could not all be loaded: every problem of every file, by the
 * file's location, collected before anything is thrown. Spring Boot reports it at start-up as a list of the files and
 * their problems (JSON pointer or line and column, the rule, the value). Immutable.
 */
public final class ScoringConfigurationException extends ScoringException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<Problem>> problems;

  /**
   * An exception listing problems by file.
   *
   * @param problems each location with its problems, in the order found
   */
  public ScoringConfigurationException(Map<String, List<Problem>> problems) {
    super(message(problems));
    Map<String, List<Problem>> copy = new LinkedHashMap<>();
    problems.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.problems = Collections.unmodifiableMap(copy);
  }

  private static String message(Map<String, List<Problem>> problems) {
    int n = problems.values().stream().mapToInt(List::size).sum();
    StringBuilder sb = new StringBuilder("the scoring configuration has ").append(n)
        .append(n == 1 ? " problem" : " problems");
    problems.forEach((location, list) -> {
      sb.append("\n  ").append(location);
      for (Problem p : list) {
        sb.append("\n    ").append(p);
      }
    });
    return sb.toString();
  }

  /**
   * The problems.
   *
   * @return each location with its problems
   */
  public Map<String, List<Problem>> problems() {
    return problems;
  }
}
