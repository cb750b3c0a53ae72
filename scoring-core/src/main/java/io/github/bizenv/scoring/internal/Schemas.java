package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Schema tags and path bookkeeping shared by the JSON codecs.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Schemas {

  private Schemas() {}

  /** Checks the document's {@code schema} field names {@code expected}, telling a wrong version apart. */
  public static void check(JsonIn in, JsonIn.Obj o, String expected) {
    String schema = o.text("schema");
    if (schema == null || schema.equals(expected)) {
      return;
    }
    String family = expected.substring(0, expected.indexOf('/') + 1);
    if (schema.startsWith(family)) {
      in.add(Problem.SCHEMA, "/schema", "schema " + JsonIn.quote(schema) + " is a version this library does not "
          + "read; it reads " + JsonIn.quote(expected));
    } else {
      in.add(Problem.SCHEMA, "/schema", "schema " + JsonIn.quote(schema) + " is not " + JsonIn.quote(expected));
    }
  }

  /**
   * Orders problems by the element they concern, in document order: first by the top-level field, in the
   * order {@code fields} gives, then by array index. Problems of one element keep the order they were found.
   */
  public static List<Problem> inDocumentOrder(List<Problem> problems, List<String> fields) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt((Problem p) -> rank(p.path(), fields))
        .thenComparingInt(p -> index(p.path())));
    return sorted;
  }

  private static int rank(String path, List<String> fields) {
    String[] parts = path.split("/", -1);
    int i = parts.length > 1 ? fields.indexOf(parts[1]) : -1;
    return i < 0 ? (path.isEmpty() ? -1 : fields.size()) : i;
  }

  private static int index(String path) {
    String[] parts = path.split("/", -1);
    if (parts.length > 2 && parts[2].matches("\\d{1,9}")) {
      return Integer.parseInt(parts[2]);
    }
    return -1;
  }

  /**
   * Maps a path of a model check, whose list indices count only the elements that were built, back to the
   * document's indices (elements that failed to read were left out of the lists).
   */
  public static String remap(String path, Map<String, JsonIn.Indexed<?>> lists) {
    String[] parts = path.split("/", -1);
    if (parts.length >= 3 && lists.containsKey(parts[1])) {
      try {
        int i = Integer.parseInt(parts[2]);
        parts[2] = Integer.toString(lists.get(parts[1]).documentIndex(i));
        return String.join("/", parts);
      } catch (NumberFormatException e) {
        return path;
      }
    }
    return path;
  }
}
