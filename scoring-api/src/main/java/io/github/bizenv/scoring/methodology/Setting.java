package io.github.bizenv.scoring.methodology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One value of a strategy's settings: a number, a text, a flag, a list of settings or an object of named
 * settings — the JSON values a methodology file may give a strategy, without JSON.
 *
 * <p>Numbers are finite; a text such as {@code "meta.target"} names a leaf's metadata where the strategy reads a
 * number. Objects keep their keys in insertion order (for stable files) but compare as maps. Immutable and
 * thread-safe.
 */
public final class Setting {

  /** What a setting holds. */
  public enum Kind {
    /** A finite number. */
    NUMBER,
    /** A text. */
    TEXT,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A list of settings. */
    LIST,
    /** Named settings. */
    OBJECT
  }

  private static final Setting TRUE = new Setting(Kind.FLAG, Boolean.TRUE);
  private static final Setting FALSE = new Setting(Kind.FLAG, Boolean.FALSE);

  private final Kind kind;
  private final Object value;

  private Setting(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A number.
   *
   * @param value a finite number
   * @return the setting
   * @throws IllegalArgumentException if the number is NaN or infinite
   */
  public static Setting of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a setting's number must be finite, not " + value);
    }
    return new Setting(Kind.NUMBER, value == 0 ? 0.0 : value);
  }

  /**
   * A text.
   *
   * @param value the text
   * @return the setting
   */
  public static Setting of(String value) {
    return new Setting(Kind.TEXT, Objects.requireNonNull(value, "value"));
  }

  /**
   * A flag.
   *
   * @param value the flag
   * @return the setting
   */
  public static Setting of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * A list.
   *
   * @param values the elements, in order
   * @return the setting
   */
  public static Setting list(List<Setting> values) {
    List<Setting> copy = new ArrayList<>(values.size());
    for (Setting s : values) {
      copy.add(Objects.requireNonNull(s, "element"));
    }
    return new Setting(Kind.LIST, Collections.unmodifiableList(copy));
  }

  /**
   * A list.
   *
   * @param values the elements, in order
   * @return the setting
   */
  public static Setting list(Setting... values) {
    return list(List.of(values));
  }

  /**
   * An object of named settings.
   *
   * @param values name → setting; the order is kept for writing
   * @return the setting
   */
  public static Setting object(Map<String, Setting> values) {
    Map<String, Setting> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
    return new Setting(Kind.OBJECT, Collections.unmodifiableMap(copy));
  }

  /**
   * An object of named numbers, e.g. text codes to scores.
   *
   * @param values name → number, each finite
   * @return the setting
   */
  public static Setting numbers(Map<String, Double> values) {
    Map<String, Setting> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, of(v)));
    return object(copy);
  }

  /**
   * What the setting holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The number.
   *
   * @return the number
   * @throws IllegalStateException if this is not a number
   */
  public double number() {
    return (Double) as(Kind.NUMBER);
  }

  /**
   * The text.
   *
   * @return the text
   * @throws IllegalStateException if this is not a text
   */
  public String text() {
    return (String) as(Kind.TEXT);
  }

  /**
   * The flag.
   *
   * @return the flag
   * @throws IllegalStateException if this is not a flag
   */
  public boolean flag() {
    return (Boolean) as(Kind.FLAG);
  }

  /**
   * The elements.
   *
   * @return an unmodifiable list
   * @throws IllegalStateException if this is not a list
   */
  @SuppressWarnings("unchecked")
  public List<Setting> list() {
    return (List<Setting>) as(Kind.LIST);
  }

  /**
   * The named settings.
   *
   * @return an unmodifiable map, in insertion order
   * @throws IllegalStateException if this is not an object
   */
  @SuppressWarnings("unchecked")
  public Map<String, Setting> object() {
    return (Map<String, Setting>) as(Kind.OBJECT);
  }

  private Object as(Kind expected) {
    if (kind != expected) {
      throw new IllegalStateException("setting " + this + " is a " + kind.name().toLowerCase(java.util.Locale.ROOT)
          + ", not a " + expected.name().toLowerCase(java.util.Locale.ROOT));
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Setting && ((Setting) o).kind == kind && ((Setting) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + value.hashCode();
  }

  /** Returns the setting in JSON form, e.g. {@code {"atMost": 10, "score": 100}}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  void append(StringBuilder sb) {
    switch (kind) {
      case NUMBER:
        sb.append(Codes.fmt((Double) value));
        break;
      case TEXT:
        sb.append('"').append(((String) value).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        break;
      case FLAG:
        sb.append(value);
        break;
      case LIST: {
        sb.append('[');
        String sep = "";
        for (Setting s : list()) {
          sb.append(sep);
          s.append(sb);
          sep = ", ";
        }
        sb.append(']');
        break;
      }
      default: {
        sb.append('{');
        String sep = "";
        for (Map.Entry<String, Setting> e : object().entrySet()) {
          sb.append(sep).append('"').append(e.getKey()).append("\": ");
          e.getValue().append(sb);
          sep = ", ";
        }
        sb.append('}');
      }
    }
  }
}
