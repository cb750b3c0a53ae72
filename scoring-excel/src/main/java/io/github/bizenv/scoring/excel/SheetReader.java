package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Walks one sheet row by row without loading it whole: finds the header row (the first that is not blank),
 * maps its cells to the layout's columns by their Chinese or English headers, and hands each non-blank row to the
 * caller as a {@link Line}. Problems name their cell ({@code 任务!C17}).
 */
final class SheetReader {

  final Sheet sheet;
  final Layout.Sheet layout;
  final List<Problem> problems;
  final Map<String, Integer> columns = new HashMap<>();
  /** Headers that are not the layout's columns: column index → header text. */
  final Map<Integer, String> others = new java.util.TreeMap<>();
  int headerRow;
  private final DocumentLimits limits;

  SheetReader(Sheet sheet, Layout.Sheet layout, List<Problem> problems, DocumentLimits limits) {
    this.sheet = sheet;
    this.layout = layout;
    this.problems = problems;
    this.limits = limits;
  }

  String name() {
    return sheet.getName();
  }

  /** Reads the sheet, calling {@code each} for every non-blank row below the header. */
  void read(Consumer<Line> each) {
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> it = rows.iterator();
      int count = 0;
      while (it.hasNext()) {
        Row row = it.next();
        if (blank(row)) {
          continue;
        }
        if (headerRow == 0) {
          header(row);
          if (!missing().isEmpty()) {
            problems.add(Problem.of(Problem.MISSING_FIELD, name() + "!" + row.getRowNum() + ":" + row.getRowNum(),
                "the header row has no column " + String.join(", ", missing()) + "; it has "
                    + String.join(", ", headers(row))));
            return;
          }
          continue;
        }
        if (++count > limits.maxRows()) {
          problems.add(Problem.of(Problem.LIMIT, name() + "!" + row.getRowNum() + ":" + row.getRowNum(),
              "sheet has more than the limit of " + limits.maxRows() + " rows"));
          return;
        }
        each.accept(new Line(row));
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      throw new ValidationException(name(), List.of(Problem.of(Problem.SYNTAX, name(),
          "the sheet cannot be read: " + e.getMessage())));
    } catch (RuntimeException e) {
      if (e instanceof ScoringException) {
        throw e;
      }
      throw new ValidationException(name(), List.of(Problem.of(Problem.SYNTAX, name(),
          "the sheet cannot be read: " + e)));
    }
  }

  private static boolean blank(Row row) {
    for (Cell c : row) {
      if (!Cells.blank(c)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> headers(Row row) {
    List<String> out = new ArrayList<>();
    for (Cell c : row) {
      if (!Cells.blank(c)) {
        out.add(Cells.text(c));
      }
    }
    return out;
  }

  private void header(Row row) {
    headerRow = row.getRowNum();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell c = row.getCell(i);
      if (Cells.blank(c)) {
        continue;
      }
      String h = Cells.text(c);
      Layout.Col col = null;
      for (Layout.Col x : layout.cols) {
        if (x.zh.equals(h) || x.en.equalsIgnoreCase(h)) {
          col = x;
          break;
        }
      }
      for (int k = 0; col == null && k < layout.cols.size(); k++) {
        if (layout.cols.get(k).matches(h) && !columns.containsKey(layout.cols.get(k).key)) {
          col = layout.cols.get(k);
        }
      }
      if (col == null || columns.containsKey(col.key)) {
        others.put(i, h);
      } else {
        columns.put(col.key, i);
      }
    }
  }

  private List<String> missing() {
    List<String> out = new ArrayList<>();
    for (Layout.Col c : layout.cols) {
      if (c.required && !columns.containsKey(c.key)) {
        out.add(c.zh + " (" + c.en + ")");
      }
    }
    return out;
  }

  boolean has(String key) {
    return columns.containsKey(key);
  }

  /** One row of the sheet. */
  final class Line {
    final Row row;
    boolean bad;
    private final Cells cells = Cells.reader();

    Line(Row row) {
      this.row = row;
    }

    int number() {
      return row.getRowNum();
    }

    /** Whether the sheet has the column. */
    boolean has(String key) {
      return columns.containsKey(key);
    }

    Cell cell(String key) {
      Integer i = columns.get(key);
      return i == null ? null : cell(i);
    }

    Cell cell(int index) {
      return row.getOptionalCell(index).orElse(null);
    }

    String ref(String key) {
      Integer i = columns.get(key);
      return Cells.ref(name(), i == null ? 0 : i, row.getRowNum());
    }

    String ref(int index) {
      return Cells.ref(name(), index, row.getRowNum());
    }

    String rowRef() {
      return name() + "!" + row.getRowNum() + ":" + row.getRowNum();
    }

    void problem(String code, String key, String message) {
      problems.add(Problem.of(code, ref(key), message));
      bad = true;
    }

    private Cell present(String key) {
      Cell c = cell(key);
      if (Cells.isError(c)) {
        problem(Problem.WRONG_TYPE, key, header(key) + " shows an Excel error " + Cells.text(c));
        return null;
      }
      if (Cells.blank(c)) {
        Layout.Col col = layout.col(key);
        if (col.required || requiredHere.contains(key)) {
          if (col.or == null) {
            problem(Problem.MISSING_FIELD, key, header(key) + " is empty");
          } else if (Cells.blank(cell(col.or)) || Cells.isError(cell(col.or))) {
            problem(Problem.MISSING_FIELD, key, header(key) + " is empty, and so is " + header(col.or));
          }
        }
        return null;
      }
      return c;
    }

    private final java.util.Set<String> requiredHere = new java.util.HashSet<>();

    /** Marks a column required in this row (e.g. a class reason when a class is declared). */
    Line require(String key) {
      requiredHere.add(key);
      return this;
    }

    String header(String key) {
      Layout.Col c = layout.col(key);
      return c.zh + " (" + c.en + ")";
    }

    String text(String key) {
      Cell c = present(key);
      return c == null ? null : Cells.text(c);
    }

    Double number(String key) {
      Cell c = present(key);
      if (c == null) {
        return null;
      }
      Double d = cells.number(c);
      if (d == null) {
        problem(Problem.WRONG_TYPE, key, header(key) + ": " + cells.error);
      }
      return d;
    }

    java.time.LocalDate date(String key) {
      Cell c = present(key);
      if (c == null) {
        return null;
      }
      java.time.LocalDate d = cells.date(c);
      if (d == null) {
        problem(Problem.WRONG_TYPE, key, header(key) + ": " + cells.error);
      }
      return d;
    }

    io.github.bizenv.scoring.model.Period period(String key) {
      Cell c = present(key);
      if (c == null) {
        return null;
      }
      io.github.bizenv.scoring.model.Period p = cells.period(c);
      if (p == null) {
        problem(Problem.WRONG_TYPE, key, header(key) + ": " + cells.error);
      }
      return p;
    }

    Boolean yesNo(String key) {
      Cell c = cell(key);
      if (c == null) {
        return false;
      }
      Boolean b = cells.yesNo(c);
      if (b == null) {
        problem(Problem.WRONG_TYPE, key, header(key) + ": " + cells.error);
      }
      return b;
    }

    List<String> list(String key) {
      Cell c = present(key);
      return c == null ? List.of() : Cells.list(c);
    }

    /** A cell read as one of the given words (Chinese or English labels, or codes). */
    <T> T choice(String key, Map<String, T> words, String expected) {
      String s = text(key);
      if (s == null) {
        return null;
      }
      T v = words.get(Layout.normalize(s));
      if (v == null) {
        problem(Problem.WRONG_TYPE, key, header(key) + ": \"" + s + "\" is not one of " + expected);
      }
      return v;
    }
  }
}
