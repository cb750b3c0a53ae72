package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180 quoting) into rows of cells, under the row and cell limits, as {@link CsvStream} splits
 * streamed tables; and writes rows as CSV (Jackson's writer).
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
   * @param limits the row and cell limits
   * @return the rows, each with the line it starts on
   * @throws ValidationException if the text is not well-formed CSV or exceeds a limit, naming the line and column
   */
  public static Rows rows(String text, String name, DocumentLimits limits) {
    return rows(text, name, ',', limits);
  }

  /**
   * The rows of a table with another delimiter, header first: split as {@link CsvStream} splits a stream (RFC 4180
   * quoting; CR, LF and CRLF line ends), so that both readers accept the same tables, under the same limits, with
   * the same problems.
   *
   * @param text the table
   * @param name its name for problem messages
   * @param delimiter the delimiter: comma, semicolon or tab
   * @param limits the row and cell limits
   * @return the rows, each with the line it starts on
   * @throws ValidationException if the text is not well-formed CSV or exceeds a limit, naming the line and column
   */
  public static Rows rows(String text, String name, char delimiter, DocumentLimits limits) {
    Rows rows = new Rows();
    CsvStream.read(text, name, delimiter, limits, new CsvStream.Rows() {
      @Override
      public void row(int line, char[] chars, int[] start, int[] end, int cells) {
        String[] row = new String[cells];
        for (int k = 0; k < cells; k++) {
          row[k] = new String(chars, start[k], end[k] - start[k]);
        }
        rows.add(List.of(row), line);
      }

      @Override
      public void restart() {
        throw new IllegalStateException("a decoded text is split once");
      }
    });
    return rows;
  }

  /** A table's rows, header first, each with the line it starts on (a quoted cell may span lines). */
  public static final class Rows extends AbstractList<List<String>> {
    private final List<List<String>> rows = new ArrayList<>();
    private int[] lines = new int[16];

    void add(List<String> row, int line) {
      if (rows.size() == lines.length) {
        lines = java.util.Arrays.copyOf(lines, lines.length * 2);
      }
      lines[rows.size()] = line;
      rows.add(row);
    }

    @Override
    public List<String> get(int index) {
      return rows.get(index);
    }

    @Override
    public int size() {
      return rows.size();
    }

    /**
     * The line a row starts on.
     *
     * @param index the row's index, the header being 0
     * @return its line, 1-based
     */
    public int line(int index) {
      if (index < 0 || index >= rows.size()) {
        throw new IndexOutOfBoundsException(index);
      }
      return lines[index];
    }
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
