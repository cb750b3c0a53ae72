package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the fields of JSON objects into model values, collecting a {@link Problem} with its JSON pointer
 * for everything wrong instead of stopping at the first. Getters return {@code null} (or an empty value)
 * for a bad field; callers build a value only when {@link #since(int)} reports no new problem.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class JsonIn {

  private final List<Problem> problems = new ArrayList<>();

  public List<Problem> problems() {
    return problems;
  }

  public int mark() {
    return problems.size();
  }

  public boolean since(int mark) {
    return problems.size() == mark;
  }

  public void add(String code, String path, String message) {
    problems.add(Problem.of(code, path, message));
  }

  /** Adds problems found by a model check, re-rooted under {@code prefix}. */
  public void addAll(List<Problem> found, String prefix) {
    for (Problem p : found) {
      problems.add(p.under(prefix));
    }
  }

  /**
   * Builds a value, turning a failed model check into problems under {@code path}.
   *
   * @return the value, or {@code null} if its check failed
   */
  public <T> T build(String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ValidationException e) {
      addAll(e.problems(), path);
      return null;
    } catch (IllegalArgumentException | IllegalStateException e) {
      add(Problem.INCONSISTENT, path, e.getMessage());
      return null;
    }
  }

  /**
   * Builds a value for cross-reference checks even when it is broken. When {@code clean}, tries
   * {@code full} first, turning a failed check into problems under {@code path}; if that fails (or the
   * element had field problems already), returns {@code skeleton} — the element with the parts that broke
   * it left out — so that the document-level checks still see its id and references. The document fails
   * anyway, because problems were recorded.
   *
   * @return the full value, the skeleton, or {@code null} if neither can be built
   */
  public <T> T buildOrSkeleton(String path, boolean clean, Supplier<T> full, Supplier<T> skeleton) {
    if (clean) {
      int mark = mark();
      T value = build(path, full);
      if (value != null && since(mark)) {
        return value;
      }
    }
    try {
      return skeleton.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  public Obj object(JsonNode node, String path, String... fields) {
    if (node == null || !node.isObject()) {
      add(Problem.WRONG_TYPE, path, "expected an object, found " + describe(node));
      return null;
    }
    Obj o = new Obj(node, path);
    Set<String> allowed = Set.of(fields);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        add(Problem.UNKNOWN_FIELD, path + "/" + escape(name), "unknown field " + quote(name) + "; known: "
            + new TreeSet<>(allowed));
      }
    }
    return o;
  }

  /**
   * Reads each element of an array. Readers return {@code null} for an element that cannot be read at all,
   * and may return a skeleton of a broken one (see {@link #buildOrSkeleton}).
   */
  public <T> Indexed<T> array(JsonNode node, String path, ElementReader<T> reader) {
    Indexed<T> out = new Indexed<>();
    if (node == null || node.isMissingNode()) {
      return out;
    }
    if (!node.isArray()) {
      add(Problem.WRONG_TYPE, path, "expected an array, found " + describe(node));
      out.broken = true;
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      T value = reader.read(node.get(i), path + "/" + i);
      if (value == null) {
        out.broken = true;
      } else {
        out.add(value, i);
      }
    }
    return out;
  }

  /** Values read from an array, with the array index each came from (skipped elements leave gaps). */
  public static final class Indexed<T> {
    public final List<T> values = new ArrayList<>();
    final List<Integer> indices = new ArrayList<>();
    boolean broken;

    /**
     * Whether an element could not be read at all, not even as a skeleton (or the array is not an array): then what
     * refers to it would seem to refer to nothing, so cross-references are not checked until it is fixed.
     *
     * @return {@code true} when an element is missing from {@link #values}
     */
    public boolean broken() {
      return broken;
    }

    public void add(T value, int index) {
      values.add(value);
      indices.add(index);
    }

    public int documentIndex(int i) {
      return i < indices.size() ? indices.get(i) : i;
    }
  }

  /** Reads one array element. */
  public interface ElementReader<T> {
    T read(JsonNode node, String path);
  }

  /** One JSON object being read. */
  public final class Obj {
    final JsonNode node;
    final String path;
    /** The fields found holding null, each reported once; made when the first is found. */
    private Set<String> nulls;

    Obj(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    public String at(String field) {
      return path + "/" + escape(field);
    }

    public JsonNode node() {
      return node;
    }

    /**
     * A field's value, or {@code null} when it is absent. A field that holds JSON {@code null} is reported (once) and
     * read as absent: a document leaves a field out rather than null it, and null is never taken for a default.
     */
    public JsonNode get(String field) {
      JsonNode n = node.get(field);
      if (n != null && n.isNull()) {
        if (nulls == null) {
          nulls = new java.util.HashSet<>();
        }
        if (nulls.add(field)) {
          add(Problem.WRONG_TYPE, at(field), "field " + quote(field) + " is null; leave it out instead");
        }
        return null;
      }
      return n;
    }

    private JsonNode required(String field) {
      JsonNode n = get(field);
      if (n == null && !node.has(field)) {
        add(Problem.MISSING_FIELD, at(field), "required field " + quote(field) + " is missing");
      }
      return n;
    }

    public String text(String field) {
      JsonNode n = required(field);
      return n == null ? null : asText(n, at(field));
    }

    public Optional<String> optText(String field) {
      JsonNode n = get(field);
      return n == null ? Optional.empty() : Optional.ofNullable(asText(n, at(field)));
    }

    public String id(String field) {
      JsonNode n = required(field);
      return n == null ? null : asId(n, at(field));
    }

    public Optional<String> optId(String field) {
      JsonNode n = get(field);
      return n == null ? Optional.empty() : Optional.ofNullable(asId(n, at(field)));
    }

    public Double number(String field) {
      JsonNode n = required(field);
      return n == null ? null : asNumber(n, at(field));
    }

    public OptionalDouble optNumber(String field) {
      JsonNode n = get(field);
      Double d = n == null ? null : asNumber(n, at(field));
      return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }

    public Integer integer(String field) {
      JsonNode n = required(field);
      if (n == null) {
        return null;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        add(Problem.WRONG_TYPE, at(field), "expected a whole number, found " + describe(n));
        return null;
      }
      return n.intValue();
    }

    public Boolean bool(String field, boolean defaultValue) {
      JsonNode n = get(field);
      if (n == null) {
        return defaultValue;
      }
      if (!n.isBoolean()) {
        add(Problem.WRONG_TYPE, at(field), "expected true or false, found " + describe(n));
        return null;
      }
      return n.booleanValue();
    }

    public LocalDate date(String field) {
      JsonNode n = required(field);
      return n == null ? null : asDate(n, at(field));
    }

    public Optional<LocalDate> optDate(String field) {
      JsonNode n = get(field);
      return n == null ? Optional.empty() : Optional.ofNullable(asDate(n, at(field)));
    }

    public Period period(String field) {
      JsonNode n = required(field);
      return n == null ? null : asPeriod(n, at(field));
    }

    public <E> E code(String field, Function<String, E> parser) {
      String s = text(field);
      if (s == null) {
        return null;
      }
      try {
        return parser.apply(s);
      } catch (IllegalArgumentException e) {
        add(Problem.OUT_OF_RANGE, at(field), e.getMessage());
        return null;
      }
    }

    public <E> Optional<E> optCode(String field, Function<String, E> parser) {
      return get(field) == null ? Optional.empty() : Optional.ofNullable(code(field, parser));
    }

    public LocalizedText localized(String field) {
      JsonNode n = required(field);
      return n == null ? null : asLocalized(n, at(field));
    }

    public Optional<LocalizedText> optLocalized(String field) {
      JsonNode n = get(field);
      return n == null ? Optional.empty() : Optional.ofNullable(asLocalized(n, at(field)));
    }

    public Set<String> idSet(String field) {
      return stringSet(field, JsonIn.this::asId);
    }

    public Set<String> textSet(String field) {
      return stringSet(field, JsonIn.this::asText);
    }

    /** An array of distinct strings, each read by {@code element}; a repeat is a problem. */
    private Set<String> stringSet(String field, ElementReader<String> element) {
      JsonNode n = get(field);
      Set<String> out = new LinkedHashSet<>();
      if (n == null) {
        return out;
      }
      if (!n.isArray()) {
        add(Problem.WRONG_TYPE, at(field), "expected an array, found " + describe(n));
        return out;
      }
      for (int i = 0; i < n.size(); i++) {
        String s = element.read(n.get(i), at(field) + "/" + i);
        if (s != null && !out.add(s)) {
          add(Problem.DUPLICATE_ID, at(field) + "/" + i, quote(s) + " is listed twice");
        }
      }
      return out;
    }

    public <V> Map<String, V> map(String field, ElementReader<V> reader) {
      JsonNode n = get(field);
      Map<String, V> out = new LinkedHashMap<>();
      if (n == null) {
        return out;
      }
      if (!n.isObject()) {
        add(Problem.WRONG_TYPE, at(field), "expected an object, found " + describe(n));
        return out;
      }
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        String p = at(field) + "/" + escape(e.getKey());
        if (!Ids.isValid(e.getKey())) {
          add(Problem.INVALID_ID, p, "id " + quote(e.getKey()) + " " + Ids.RULE);
          continue;
        }
        V v = reader.read(e.getValue(), p);
        if (v != null) {
          out.put(e.getKey(), v);
        }
      }
      return out;
    }
  }

  public String asText(JsonNode n, String path) {
    if (!n.isTextual()) {
      add(Problem.WRONG_TYPE, path, "expected a string, found " + describe(n));
      return null;
    }
    return n.textValue();
  }

  public String asId(JsonNode n, String path) {
    String s = asText(n, path);
    if (s != null && !Ids.isValid(s)) {
      add(Problem.INVALID_ID, path, "id " + quote(s) + " " + Ids.RULE);
      return null;
    }
    return s;
  }

  public Double asNumber(JsonNode n, String path) {
    if (!n.isNumber()) {
      add(Problem.WRONG_TYPE, path, "expected a number, found " + describe(n));
      return null;
    }
    double d = n.doubleValue();
    if (!Double.isFinite(d)) {
      add(Problem.NON_FINITE, path, "number " + n.asText() + " is not finite");
      return null;
    }
    return d;
  }

  public LocalDate asDate(JsonNode n, String path) {
    String s = asText(n, path);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      add(Problem.WRONG_TYPE, path, "date " + quote(s) + " is not an ISO date (yyyy-mm-dd)");
      return null;
    }
  }

  public Period asPeriod(JsonNode n, String path) {
    String s = asText(n, path);
    if (s == null) {
      return null;
    }
    try {
      return Period.parse(s);
    } catch (IllegalArgumentException e) {
      add(Problem.WRONG_TYPE, path, e.getMessage());
      return null;
    }
  }

  public LocalizedText asLocalized(JsonNode n, String path) {
    int mark = mark();
    Obj o = object(n, path, "zh", "en");
    if (o == null) {
      return null;
    }
    Optional<String> zh = o.optText("zh");
    Optional<String> en = o.optText("en");
    if (!since(mark)) {
      return null;
    }
    return build(path, () -> LocalizedText.builder().zh(zh).en(en).build());
  }

  public static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "nothing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      String s = n.textValue();
      return "the string " + quote(s.length() > 40 ? s.substring(0, 40) + "…" : s);
    }
    if (n.isBoolean()) {
      return n.booleanValue() ? "true" : "false";
    }
    return "the number " + n.asText();
  }

  public static String quote(String s) {
    return "\"" + s + "\"";
  }

  /** Escapes a JSON-pointer segment (RFC 6901). */
  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
