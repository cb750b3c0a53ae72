package io.github.bizenv.scoring.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one record of a kind from a request body, as the bizenv.data/1 document holds it: the library reads and checks
 * it against the programme (fields, types, ranges, references, dates in the period), and every problem is given with
 * its JSON pointer into the body. A body that is not JSON gets its line and column, and the pointer where it broke.
 */
final class RecordReader {

  /** A record read: the library's value, and the body in canonical compact form as it is stored. */
  record Read(Kind kind, Object record, String body) {}

  private final Programme programme;
  private final ObjectMapper json = new ObjectMapper();
  private final Documents documents = Documents.create();

  RecordReader(Programme programme) {
    this.programme = programme;
  }

  Read read(Kind kind, String body) {
    return read(kind, parse(kind, body));
  }

  /** Reads a record from a body already parsed by {@link #parse}. */
  Read read(Kind kind, JsonNode node) {
    if (kind == Kind.DAY) {
      return new Read(kind, day(node), node.toString());
    }
    ObjectNode doc = json.createObjectNode().put("schema", "bizenv.data/1").put("programme", programme.id());
    doc.putArray(kind.list).add(node);
    ProgrammeData data;
    try {
      data = documents.readData(new ByteArrayInputStream(doc.toString().getBytes(StandardCharsets.UTF_8)),
          kind.path, programme);
    } catch (ValidationException e) {
      String prefix = "/" + kind.list + "/0";
      List<Problem> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        String path = p.path().startsWith(prefix) ? p.path().substring(prefix.length()) : p.path();
        problems.add(Problem.of(p.code(), path, p.message()));
      }
      throw new InvalidArrival(what(kind), problems);
    }
    Object record = switch (kind) {
      case PROGRESS_REPORT -> data.progressReports().get(0);
      case RATING -> data.ratings().get(0);
      case FINDING -> data.findings().get(0);
      case RECOGNITION -> data.recognitions().get(0);
      case EXTERNAL_RESULT -> data.externalResults().get(0);
      case OBSERVATION -> data.observations().get(0);
      case DAY -> throw new AssertionError();
    };
    return new Read(kind, record, node.toString());
  }

  /** Parses a body as JSON, one value and nothing after it. */
  JsonNode parse(Kind kind, String body) {
    try (JsonParser p = json.createParser(body)) {
      JsonNode node = json.readTree(p);
      if (node == null) {
        throw new InvalidArrival(what(kind), List.of(Problem.of(Problem.SYNTAX, "", "the body is empty; expected "
            + "one " + what(kind) + " as a JSON object")));
      }
      if (p.nextToken() != null) {
        throw new InvalidArrival(what(kind), List.of(Problem.of(Problem.SYNTAX, "", "line "
            + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr()
            + ": text after the JSON object; send one record per request")));
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
        pointer = p.getParsingContext().pathAsPointer().toString();
      }
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new InvalidArrival(what(kind), List.of(Problem.of(Problem.SYNTAX, pointer,
          where + "not JSON: " + e.getOriginalMessage())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static LocalDate day(JsonNode node) {
    List<Problem> problems = new ArrayList<>();
    LocalDate d = null;
    if (!node.isObject()) {
      problems.add(Problem.of(Problem.WRONG_TYPE, "", "expected an object {\"date\": \"YYYY-MM-DD\"}"));
    } else {
      node.fieldNames().forEachRemaining(f -> {
        if (!f.equals("date")) {
          problems.add(Problem.of(Problem.UNKNOWN_FIELD, "/" + f, "unknown field \"" + f + "\"; the day has only "
              + "\"date\""));
        }
      });
      JsonNode date = node.get("date");
      if (date == null) {
        problems.add(Problem.of(Problem.MISSING_FIELD, "/date", "the new day is missing"));
      } else {
        try {
          d = LocalDate.parse(date.asText());
        } catch (DateTimeParseException e) {
          problems.add(Problem.of(Problem.WRONG_TYPE, "/date", "\"" + date.asText() + "\" is not a date YYYY-MM-DD"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidArrival(what(Kind.DAY), problems);
    }
    return d;
  }

  static String what(Kind kind) {
    return switch (kind) {
      case PROGRESS_REPORT -> "progress report";
      case RATING -> "rating";
      case FINDING -> "finding";
      case RECOGNITION -> "recognition";
      case EXTERNAL_RESULT -> "external result";
      case OBSERVATION -> "observation";
      case DAY -> "day";
    };
  }
}
