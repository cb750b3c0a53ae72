package io.github.bizenv.scoring.methodology;

import java.util.Locale;
import java.util.StringJoiner;

/** The file form of enum constants (lower case with dashes) and small formatting helpers. Package-private. */
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
    throw new IllegalArgumentException(words(type) + " \"" + code + "\" is not one of " + known);
  }

  /** The kind of an enum's constants in words, for messages: {@code QuotaRounding} is "quota rounding". */
  static String words(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  static String quote(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
