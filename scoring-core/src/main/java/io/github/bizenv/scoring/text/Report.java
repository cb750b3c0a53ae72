package io.github.bizenv.scoring.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result for people: a title, lines, and tables in one language, rendered as aligned text
 * ({@link #toText()}), CSV ({@link #toCsv()}) or JSON ({@link #toJson()}); {@code scoring-excel} writes the same
 * report as a workbook, one sheet per table.
 *
 * <p>Immutable.
 */
public final class Report {

  private final String id;
  private final String title;
  private final List<String> lines;
  private final List<Table> tables;

  private Report(String id, String title, List<String> lines, List<Table> tables) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.lines = List.copyOf(lines);
    this.tables = List.copyOf(tables);
  }

  /**
   * A report.
   *
   * @param id a stable id, e.g. {@code dispatch}
   * @param title the title in the report's language
   * @param lines lines shown under the title
   * @param tables the tables
   * @return the report
   */
  public static Report of(String id, String title, List<String> lines, List<Table> tables) {
    return new Report(id, title, lines, tables);
  }

  /**
   * The stable id.
   *
   * @return e.g. {@code dispatch}
   */
  public String id() {
    return id;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Lines under the title.
   *
   * @return the lines
   */
  public List<String> lines() {
    return lines;
  }

  /**
   * The tables.
   *
   * @return the tables
   */
  public List<Table> tables() {
    return tables;
  }

  /**
   * The rows of all tables.
   *
   * @return how many rows the tables have together
   */
  public int rowCount() {
    return tables.stream().mapToInt(t -> t.rows().size()).sum();
  }

  /**
   * The report as aligned text for a terminal: Chinese characters count as two columns.
   *
   * @return the text, ending in a newline
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    if (!title.isEmpty()) {
      sb.append(title).append('\n');
    }
    lines.forEach(l -> sb.append(l).append('\n'));
    for (Table t : tables) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      text(sb, t);
    }
    return sb.toString();
  }

  private static void text(StringBuilder sb, Table t) {
    if (!t.title().isEmpty()) {
      sb.append(t.title()).append('\n');
    }
    t.intro().forEach(l -> sb.append("  ").append(l).append('\n'));
    List<Table.Column> cols = t.columns();
    if (!cols.isEmpty() && !t.rows().isEmpty()) {
      int[] width = new int[cols.size()];
      for (int c = 0; c < cols.size(); c++) {
        width[c] = Widths.width(cols.get(c).header());
        for (List<Object> row : t.rows()) {
          width[c] = Math.max(width[c], Widths.width(cell(row.get(c), cols.get(c))));
        }
        width[c] = c == cols.size() - 1 ? width[c] : Math.min(width[c], 48);
      }
      StringBuilder head = new StringBuilder("  ");
      for (int c = 0; c < cols.size(); c++) {
        head.append(c == 0 ? "" : "  ").append(align(cols.get(c).header(), width[c], right(cols.get(c))));
      }
      sb.append(Widths.stripEnd(head.toString())).append('\n');
      for (List<Object> row : t.rows()) {
        StringBuilder line = new StringBuilder("  ");
        for (int c = 0; c < cols.size(); c++) {
          line.append(c == 0 ? "" : "  ").append(align(cell(row.get(c), cols.get(c)), width[c], right(cols.get(c))));
        }
        sb.append(Widths.stripEnd(line.toString())).append('\n');
      }
    }
    t.notes().forEach(l -> sb.append("  ").append(l).append('\n'));
  }

  private static String cell(Object v, Table.Column c) {
    String s = Table.text(v, c);
    return c.kind() == Table.Kind.PERCENT && v instanceof Number ? s + "%" : s;
  }

  private static boolean right(Table.Column c) {
    return c.kind() == Table.Kind.INTEGER || c.kind() == Table.Kind.NUMBER || c.kind() == Table.Kind.PERCENT;
  }

  private static String align(String s, int width, boolean right) {
    String cut = Widths.cut(s, width);
    String pad = " ".repeat(Math.max(0, width - Widths.width(cut)));
    return right ? pad + cut : cut + pad;
  }

  /**
   * The report as CSV: a report of one table is that table (the header row, then the rows); tables of a longer
   * report follow each other, each under a row with its title and separated by an empty line. Numbers are
   * written rounded to their column's decimals, without thousands separators or percent signs.
   *
   * @return the CSV text
   */
  public String toCsv() {
    return tablesAsCsv(false);
  }

  /**
   * The report's tables as CSV, as {@link #toCsv()} writes them but with every decimal at full precision: the
   * shortest plain decimal that reads back as the same double ({@code 0.1}, {@code 12.345678901234567}), for
   * analyses whose numbers are read again by other tools.
   *
   * @return the CSV text
   */
  public String toCsvUnrounded() {
    return tablesAsCsv(true);
  }

  private String tablesAsCsv(boolean unrounded) {
    StringBuilder sb = new StringBuilder();
    List<Table> withRows = new ArrayList<>();
    for (Table t : tables) {
      if (!t.columns().isEmpty()) {
        withRows.add(t);
      }
    }
    boolean titled = withRows.size() > 1;
    for (Table t : withRows) {
      if (titled) {
        if (sb.length() > 0) {
          sb.append('\n');
        }
        sb.append(csv(t.title())).append('\n');
      }
      List<Table.Column> cols = t.columns();
      for (int c = 0; c < cols.size(); c++) {
        sb.append(c == 0 ? "" : ",").append(csv(cols.get(c).header()));
      }
      sb.append('\n');
      for (List<Object> row : t.rows()) {
        for (int c = 0; c < cols.size(); c++) {
          Object cell = row.get(c);
          String text = unrounded && (cell instanceof Double || cell instanceof Float)
              ? io.github.bizenv.scoring.internal.Numbers.decimal(((Number) cell).doubleValue())
              : Table.text(cell, cols.get(c));
          sb.append(c == 0 ? "" : ",").append(csv(text));
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static String csv(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || !s.equals(s.trim());
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /**
   * The report as JSON ({@code "schema": "bizenv.report/1"}): its title and lines, and per table its id, title,
   * columns (key, header, kind) and rows as objects keyed by the columns' stable keys, numbers rounded to their
   * column's decimals.
   *
   * @return the JSON text, ending in a newline
   */
  public String toJson() {
    ObjectNode o = Json.object();
    o.put("schema", "bizenv.report/1");
    o.put("id", id);
    o.put("title", title);
    ArrayNode ls = o.putArray("lines");
    lines.forEach(ls::add);
    ArrayNode ts = o.putArray("tables");
    for (Table t : tables) {
      ObjectNode tn = ts.addObject();
      tn.put("id", t.id());
      tn.put("title", t.title());
      if (!t.intro().isEmpty()) {
        ArrayNode in = tn.putArray("intro");
        t.intro().forEach(in::add);
      }
      ArrayNode cs = tn.putArray("columns");
      for (Table.Column c : t.columns()) {
        ObjectNode cn = cs.addObject();
        cn.put("key", c.key());
        cn.put("header", c.header());
        cn.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
      }
      ArrayNode rs = tn.putArray("rows");
      for (List<Object> row : t.rows()) {
        ObjectNode rn = rs.addObject();
        for (int c = 0; c < t.columns().size(); c++) {
          Table.Column col = t.columns().get(c);
          Object v = row.get(c);
          if (v == null) {
            rn.putNull(col.key());
          } else if (v instanceof Number) {
            rn.set(col.key(), Json.NODES.numberNode(new BigDecimal(Table.text(v, col))));
          } else if (v instanceof Table.Mark) {
            rn.put(col.key(), ((Table.Mark) v).text());
            rn.put(col.key() + ".tone", ((Table.Mark) v).tone().name().toLowerCase(java.util.Locale.ROOT));
          } else if (v instanceof LocalDate) {
            rn.put(col.key(), v.toString());
          } else {
            rn.put(col.key(), (String) v);
          }
        }
      }
      if (!t.notes().isEmpty()) {
        ArrayNode ns = tn.putArray("notes");
        t.notes().forEach(ns::add);
      }
    }
    return new Json(DocumentLimits.defaults()).write(o);
  }
}
