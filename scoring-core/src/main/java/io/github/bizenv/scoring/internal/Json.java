package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON parsing under limits, and the canonical JSON form: two-space indentation, LF line ends, fields in
 * a fixed order, map keys and sets sorted, whole numbers without a fraction, UTF-8 text unescaped.
 * Only the tree model is used: no type information is ever taken from input.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Json {

  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  public Json(DocumentLimits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxDocumentLength(limits.maxBytes())
            .maxStringLength(limits.maxCellLength())
            .maxNameLength(limits.maxCellLength())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    // Trailing tokens are checked by parse(), which names them in plain words.
    this.mapper = JsonMapper.builder(factory).build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    this.writer = mapper.writer(printer);
  }

  /**
   * Parses a document, which must be a JSON object. Every problem names its place as {@code line L, column C}:
   * not well-formed JSON, a limit exceeded (size, nesting, a string's length), an empty document, or a document
   * that is not an object.
   *
   * @param text the document
   * @param name its name for problems
   * @return the document's root object
   * @throws ValidationException if the text is not a JSON object within the limits
   */
  public JsonNode parse(String text, String name) {
    JsonParser p = null;
    try {
      p = mapper.createParser(text);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, where(p.currentLocation()),
            "document is empty; expected a JSON object {…}")));
      }
      if (first != JsonToken.START_OBJECT) {
        throw new ValidationException(name, List.of(Problem.of(Problem.WRONG_TYPE, where(p.currentTokenLocation()),
            "a document is a JSON object {…}; found " + token(first))));
      }
      JsonNode node = mapper.readTree(p);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, where(p.currentTokenLocation()),
            "not well-formed JSON: " + token(after) + " after the end of the document")));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT,
          where(p == null ? null : p.currentLocation()), limit(e.getOriginalMessage()))));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, where(at),
          "not well-formed JSON: " + plain(e.getOriginalMessage()))));
    } catch (java.io.IOException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, where(p == null ? null
          : p.currentLocation()), "not well-formed JSON: " + plain(String.valueOf(e.getMessage())))));
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (java.io.IOException ignored) {
          // a parser over a string holds nothing to release
        }
      }
    }
  }

  /** A parser location as a problem path: {@code line L, column C}. */
  static String where(JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return "line 1, column 1";
    }
    return "line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr());
  }

  private static String token(JsonToken t) {
    switch (t) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "another object";
      default:
        return "\"" + t.asString() + "\"";
    }
  }

  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
      "\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  /**
   * A parser's message in plain words: the parser's own source descriptions, feature names and character codes are
   * left out ("Unexpected character ('}'): was expecting double-quote to start field name").
   */
  static String plain(String message) {
    String m = SOURCE.matcher(message).replaceAll("line $1, column $2");
    if (m.startsWith("Non-standard token '")) {
      int end = m.indexOf('\'', 20);
      return (end > 0 ? m.substring(20, end) : "this token") + " is not a JSON number";
    }
    m = m.replaceAll("\\s*\\(code \\d+\\)", "")
        .replaceAll("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)", "(control character $1)")
        .replaceAll(":?\\s*(enable|use|set) `[^`]*`[^;)]*", "")
        .replace("`", "");
    return m.trim();
  }

  /** A limit the parser enforced, in plain words (the parser names its own methods). */
  static String limit(String message) {
    java.util.regex.Matcher n = java.util.regex.Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)")
        .matcher(message);
    String max = n.find() ? n.group(2) : "?";
    if (message.startsWith("Document nesting depth")) {
      return "document is nested deeper than the limit of " + max + " levels";
    }
    if (message.startsWith("Document length")) {
      return "document is longer than the limit of " + max + " bytes";
    }
    if (message.startsWith("String value length")) {
      return "a string is longer than the limit of " + max + " characters";
    }
    if (message.startsWith("Number value length")) {
      return "a number is longer than the limit of " + max + " characters";
    }
    if (message.startsWith("Name length")) {
      return "a field name is longer than the limit of " + max + " characters";
    }
    return "document exceeds a limit of the reader: " + plain(message).replaceAll(", from [^)]*", "");
  }

  public String write(JsonNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new ScoringException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The canonical JSON of a document whose objects are small and many, such as a methodology: like
   * {@link #write}, but an object or array that fits on one line of at most {@value #WIDTH} characters, indent
   * included, is written on one line ({@code {"id": "sb", "parent": "index"}}).
   */
  public String writeCompact(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    compact(node, 0, 0, sb);
    return sb.append('\n').toString();
  }

  /** The widest line {@link #writeCompact} writes on one line. */
  public static final int WIDTH = 120;

  /** Writes {@code node} starting at {@code column} of a line, its own lines indented for {@code depth}. */
  private void compact(JsonNode node, int depth, int column, StringBuilder sb) {
    String one = inline(node);
    if (!node.isContainerNode() || node.size() == 0 || column + one.length() <= WIDTH) {
      sb.append(one);
      return;
    }
    String pad = "  ".repeat(depth + 1);
    boolean object = node.isObject();
    sb.append(object ? '{' : '[').append('\n');
    java.util.Iterator<Map.Entry<String, JsonNode>> fields = object ? node.properties().iterator() : null;
    for (int i = 0; i < node.size(); i++) {
      sb.append(pad);
      int at = pad.length();
      JsonNode child;
      if (object) {
        Map.Entry<String, JsonNode> e = fields.next();
        String key = inline(NODES.textNode(e.getKey())) + ": ";
        sb.append(key);
        at += key.length();
        child = e.getValue();
      } else {
        child = node.get(i);
      }
      compact(child, depth + 1, at, sb);
      sb.append(i < node.size() - 1 ? ",\n" : "\n");
    }
    sb.append("  ".repeat(depth)).append(object ? '}' : ']');
  }

  private String inline(JsonNode node) {
    if (node.isObject()) {
      StringBuilder sb = new StringBuilder("{");
      String sep = "";
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        sb.append(sep).append(inline(NODES.textNode(e.getKey()))).append(": ").append(inline(e.getValue()));
        sep = ", ";
      }
      return sb.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder sb = new StringBuilder("[");
      String sep = "";
      for (JsonNode e : node) {
        sb.append(sep).append(inline(e));
        sep = ", ";
      }
      return sb.append(']').toString();
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new ScoringException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static JsonNode number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return NODES.numberNode((long) d);
    }
    return NODES.numberNode(d);
  }

  public static JsonNode text(LocalizedText t) {
    ObjectNode o = object();
    t.zh().ifPresent(s -> o.put("zh", s));
    t.en().ifPresent(s -> o.put("en", s));
    return o;
  }

  public static ArrayNode sorted(Collection<String> values) {
    ArrayNode a = NODES.arrayNode();
    new TreeSet<>(values).forEach(a::add);
    return a;
  }

  public static <V> ObjectNode sortedMap(Map<String, V> map, java.util.function.Function<V, JsonNode> value) {
    ObjectNode o = object();
    new TreeMap<>(map).forEach((k, v) -> o.set(k, value.apply(v)));
    return o;
  }
}
