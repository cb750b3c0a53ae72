package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    this.writer = mapper.writer(printer);
  }

  public JsonNode parse(String text, String name) {
    try {
      JsonNode node = mapper.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "", "document is empty")));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "", e.getOriginalMessage())));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "",
          "not well-formed JSON" + where + ": " + e.getOriginalMessage())));
    }
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
