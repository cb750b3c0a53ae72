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
        "unknown " + type.getSimpleName() + " " + Checks.quote(code) + "; known: " + known);
  }
}
