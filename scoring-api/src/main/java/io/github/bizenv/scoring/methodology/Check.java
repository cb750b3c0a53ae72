package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Ids;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one value's invariants. Package-private plumbing of the methodology model. */
final class Check {

  private final List<Problem> problems = new ArrayList<>();

  void add(String code, String path, String message) {
    problems.add(Problem.of(code, path, message));
  }

  void require(boolean ok, String code, String path, String message) {
    if (!ok) {
      add(code, path, message);
    }
  }

  void id(String path, String id, String what) {
    if (!Ids.isValid(id)) {
      add(Problem.INVALID_ID, path, what + " id " + Codes.quote(id) + " " + Ids.RULE);
    }
  }

  void text(String path, String text, String what) {
    require(!text.isBlank(), Problem.MISSING_FIELD, path, what + " is blank");
  }

  /** A number that must be finite and within [min, max] (either bound exclusive when asked). */
  void range(String path, double v, double min, boolean minOpen, double max, String what) {
    if (!Double.isFinite(v)) {
      add(Problem.NON_FINITE, path, what + " " + v + " is not finite");
    } else if (minOpen ? !(v > min) : v < min) {
      add(Problem.OUT_OF_RANGE, path, what + " " + Codes.fmt(v) + " must be " + (minOpen ? "greater than " : "at least ")
          + Codes.fmt(min));
    } else if (v > max) {
      add(Problem.OUT_OF_RANGE, path, what + " " + Codes.fmt(v) + " must be at most " + Codes.fmt(max));
    }
  }

  List<Problem> problems() {
    return problems;
  }

  void throwIfAny(String what) {
    if (!problems.isEmpty()) {
      throw new ValidationException(what, problems);
    }
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
