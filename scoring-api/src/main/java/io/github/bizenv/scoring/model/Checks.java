package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Collects the problems of one value's invariants; package-private plumbing of the model. */
final class Checks {

  private final List<Problem> problems = new ArrayList<>();

  void add(String code, String path, String message) {
    problems.add(Problem.of(code, path, message));
  }

  void addAll(Collection<Problem> more) {
    problems.addAll(more);
  }

  void require(boolean ok, String code, String path, String message) {
    if (!ok) {
      add(code, path, message);
    }
  }

  void id(String path, String id) {
    if (!Ids.isValid(id)) {
      add(Problem.INVALID_ID, path, "id " + quote(id) + " " + Ids.RULE);
    }
  }

  void ids(String path, Collection<String> ids) {
    int i = 0;
    for (String id : ids) {
      id(path + "/" + i++, id);
    }
  }

  void finite(String path, double value) {
    if (!Double.isFinite(value)) {
      add(Problem.NON_FINITE, path, "number " + value + " is not finite");
    }
  }

  void range(String path, double value, double min, double max, String what) {
    if (!Double.isFinite(value)) {
      finite(path, value);
    } else if (value < min || value > max) {
      add(Problem.OUT_OF_RANGE, path, what + " " + fmt(value) + " is outside [" + fmt(min) + ", " + fmt(max) + "]");
    }
  }

  /** Reports every element whose key repeats an earlier one. */
  <T> void unique(String listPath, List<T> items, Function<T, String> key, String kind) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String k = key.apply(items.get(i));
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        add(Problem.DUPLICATE_ID, listPath + "/" + i + "/id",
            kind + " id " + quote(k) + " is used more than once in " + listPath);
      }
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

  static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  static String fmt(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }
}
