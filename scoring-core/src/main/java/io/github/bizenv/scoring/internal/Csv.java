package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180 quoting) into rows of cells, under the row limit, and writes rows as CSV: the one
 * CSV reader and writer of the library, both Jackson's.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Csv {

  private static final CsvMapper MAPPER = new CsvMapper();

  private Csv() {}

  /**
   * The rows of a table, header first.
   *
   * @param text the table
   * @param name its name for problem messages
   * @param limits the row limit
   * @return the rows
   * @throws ValidationException if the text is not well-formed CSV or has too many rows
   */
  public static List<List<String>> rows(String text, String name, DocumentLimits limits) {
    return rows(text, name, ',', limits);
  }

  /**
   * The rows of a table with another delimiter, header first.
   *
   * @param text the table
   * @param name its name for problem messages
   * @param delimiter the delimiter: comma, semicolon or tab
   * @param limits the row limit
   * @return the rows
   * @throws ValidationException if the text is not well-formed CSV or has too many rows
   */
  public static List<List<String>> rows(String text, String name, char delimiter, DocumentLimits limits) {
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY)
        .with(CsvSchema.emptySchema().withColumnSeparator(delimiter))
        .readValues(text)) {
      while (it.hasNextValue()) {
        if (rows.size() > limits.maxRows()) {
          throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "line " + (rows.size() + 1),
              "table has more than the limit of " + limits.maxRows() + " rows")));
        }
        rows.add(it.nextValue());
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? rows.size() + 1 : e.getLocation().getLineNr();
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + line,
          "not well-formed CSV: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "", "cannot read CSV: "
          + e.getMessage())));
    }
    return rows;
  }

  /**
   * Writes rows as CSV (RFC 4180: cells quoted only when they must be, LF line ends).
   *
   * @param rows the rows, header first
   * @return the table, ending in a newline
   */
  public static String write(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (SequenceWriter w = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(out)) {
      for (List<String> row : rows) {
        w.write(row);
      }
    } catch (IOException e) {
      throw new io.github.bizenv.scoring.ScoringException("cannot write CSV: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /**
   * The delimiter of a table: whichever of comma, semicolon and tab occurs most often outside quotes in its
   * first line, comma when none does.
   *
   * @param text the table
   * @return the delimiter
   */
  public static char detectDelimiter(String text) {
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        if (c == ',') {
          comma++;
        } else if (c == ';') {
          semicolon++;
        } else if (c == '\t') {
          tab++;
        }
      }
    }
    if (tab > comma && tab >= semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }
}
