package io.github.bizenv.scoring.model;

import java.util.Locale;
import java.util.StringJoiner;

/** The file form of enum constants: lower case with dashes. Package-private plumbing. */
final class Codes {

  private Codes() {}

  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code) {
    StringJoiner known = new StringJoiner(", ");
    for (E e : type.getEnumConstants()) {
      String c = code(e);
      if (c.equals(code)) {
        return e;
      }
      known.add(c);
    }
    throw new IllegalArgumentException(
        "unknown " + words(type) + " " + Checks.quote(code) + "; known: " + known);
  }

  /** The kind of an enum's constants in words, for messages: {@code FindingKind} is "finding kind". */
  static String words(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
