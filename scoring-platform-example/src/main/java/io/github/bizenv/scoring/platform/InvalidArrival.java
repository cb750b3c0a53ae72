package io.github.bizenv.scoring.platform;

import io.github.bizenv.scoring.Problem;
import java.util.List;

/** A body that is not a valid record: every problem, each with its JSON pointer into the body. */
final class InvalidArrival extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  InvalidArrival(String what, List<Problem> problems) {
    super(what + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
    this.problems = List.copyOf(problems);
  }

  List<Problem> problems() {
    return problems;
  }
}
