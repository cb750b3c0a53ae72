package io.github.bizenv.scoring.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of results with headers in one language: the form every output renders — aligned text, CSV,
 * JSON, a worksheet, a report.
 *
 * <p>Each column has a stable key (the same in every language, used as the JSON field), a header in the
 * table's language and a kind that says how its cells are shown. A cell is {@code null} (empty), a
 * {@link String}, a {@link Number}, a {@link LocalDate} or a {@link Mark} (text with a traffic-light tone).
 * Lines before the rows ({@link #intro()}) and after them ({@link #notes()}) carry what is not tabular.
 *
 * <p>Immutable once built.
 */
public final class Table {

  /** How a column's cells are shown. */
  public enum Kind {
    /** Text, left-aligned. */
    TEXT,
    /** Whole numbers, right-aligned. */
    INTEGER,
    /** Decimals, right-aligned, rounded half-up to the column's decimals when shown. */
    NUMBER,
    /** Percentages in percentage points (60 is 60 %), rounded to the column's decimals when shown. */
    PERCENT,
    /** Dates, yyyy-mm-dd. */
    DATE
  }

  /** The tone of a marked cell: a traffic light, or none. */
  public enum Tone {
    /** No colour. */
    NONE,
    /** Red (红灯). */
    RED,
    /** Yellow (黄灯). */
    YELLOW,
    /** Green (绿灯). */
    GREEN,
    /** Blue (蓝灯). */
    BLUE,
    /** Grey: done or not started. */
    GREY
  }

  /**
   * A text cell with a tone, e.g. a task's traffic light.
   */
  public static final class Mark {
    private final String text;
    private final Tone tone;

    private Mark(String text, Tone tone) {
      this.text = Objects.requireNonNull(text, "text");
      this.tone = Objects.requireNonNull(tone, "tone");
    }

    /**
     * A marked cell.
     *
     * @param text the text
     * @param tone the tone
     * @return the cell
     */
    public static Mark of(String text, Tone tone) {
      return new Mark(text, tone);
    }

    /**
     * The text.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * The tone.
     *
     * @return the tone
     */
    public Tone tone() {
      return tone;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Mark && ((Mark) o).text.equals(text) && ((Mark) o).tone == tone;
    }

    @Override
    public int hashCode() {
      return text.hashCode() * 31 + tone.hashCode();
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A column: a stable key, a header in the table's language, a kind and the decimals shown. */
  public static final class Column {
    private final String key;
    private final String header;
    private final Kind kind;
    private final int decimals;

    private Column(String key, String header, Kind kind, int decimals) {
      this.key = Objects.requireNonNull(key, "key");
      this.header = Objects.requireNonNull(header, "header");
      this.kind = Objects.requireNonNull(kind, "kind");
      this.decimals = decimals;
    }

    /**
     * The stable key, the same in every language.
     *
     * @return e.g. {@code unit}, {@code score}
     */
    public String key() {
      return key;
    }

    /**
     * The header in the table's language.
     *
     * @return e.g. 单位 or {@code Unit}
     */
    public String header() {
      return header;
    }

    /**
     * How the cells are shown.
     *
     * @return the kind
     */
    public Kind kind() {
      return kind;
    }

    /**
     * The decimals shown for {@link Kind#NUMBER} and {@link Kind#PERCENT} cells.
     *
     * @return 0 or more
     */
    public int decimals() {
      return decimals;
    }
  }

  private final String id;
  private final String title;
  private final List<String> intro;
  private final List<Column> columns;
  private final List<List<Object>> rows;
  private final List<String> notes;

  private Table(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.intro = List.copyOf(b.intro);
    this.columns = List.copyOf(b.columns);
    List<List<Object>> r = new ArrayList<>();
    for (Object[] row : b.rows) {
      r.add(Collections.unmodifiableList(Arrays.asList(row.clone())));
    }
    this.rows = Collections.unmodifiableList(r);
    this.notes = List.copyOf(b.notes);
  }

  /**
   * A builder.
   *
   * @param id a stable id, e.g. {@code dispatch.red-list} (JSON and sheet names use it)
   * @param title the title in the table's language
   * @return the builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  /**
   * The stable id.
   *
   * @return e.g. {@code dispatch.red-list}
   */
  public String id() {
    return id;
  }

  /**
   * The title in the table's language.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Lines shown before the rows.
   *
   * @return the lines, possibly empty
   */
  public List<String> intro() {
    return intro;
  }

  /**
   * The columns.
   *
   * @return the columns, possibly empty for a table of lines only
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The rows, each with one cell per column.
   *
   * @return the rows
   */
  public List<List<Object>> rows() {
    return rows;
  }

  /**
   * Lines shown after the rows.
   *
   * @return the lines, possibly empty
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * A cell as text: decimals rounded half-up to exactly the column's decimals ({@code 55.00}), whole numbers as
   * they are, dates as yyyy-mm-dd, marks as their text.
   *
   * @param value the cell
   * @param column its column
   * @return the text; empty for {@code null}
   */
  public static String text(Object value, Column column) {
    if (value == null) {
      return "";
    }
    if (value instanceof Mark) {
      return ((Mark) value).text();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return column.kind() == Kind.INTEGER ? Texts.number(d, 0)
          : new java.math.BigDecimal(Double.toString(d)).setScale(column.decimals(), java.math.RoundingMode.HALF_UP)
              .toPlainString();
    }
    return value.toString();
  }

  /** Builds a {@link Table}. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final List<String> intro = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String id, String title) {
      this.id = Objects.requireNonNull(id, "id");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Adds a line before the rows.
     *
     * @param line the line
     * @return this builder
     */
    public Builder intro(String line) {
      intro.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Adds a column.
     *
     * @param key the stable key
     * @param header the header
     * @param kind the kind
     * @return this builder
     */
    public Builder column(String key, String header, Kind kind) {
      return column(key, header, kind, kind == Kind.PERCENT ? 0 : 2);
    }

    /**
     * Adds a column with its decimals.
     *
     * @param key the stable key
     * @param header the header
     * @param kind the kind
     * @param decimals the decimals shown
     * @return this builder
     */
    public Builder column(String key, String header, Kind kind, int decimals) {
      if (!rows.isEmpty()) {
        throw new IllegalStateException("add columns before rows");
      }
      columns.add(new Column(key, header, kind, decimals));
      return this;
    }

    /**
     * Adds a row.
     *
     * @param cells one cell per column
     * @return this builder
     * @throws IllegalArgumentException if the number of cells is not the number of columns, or a cell is of
     *     another type
     */
    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row has " + cells.length + " cells; table " + id + " has "
            + columns.size() + " columns");
      }
      for (Object c : cells) {
        if (c != null && !(c instanceof String) && !(c instanceof Number) && !(c instanceof LocalDate)
            && !(c instanceof Mark)) {
          throw new IllegalArgumentException("cell " + c + " of table " + id + " is a " + c.getClass().getName());
        }
        if (c instanceof Double && !Double.isFinite((Double) c)) {
          throw new IllegalArgumentException("cell " + c + " of table " + id + " is not finite");
        }
      }
      rows.add(cells.clone());
      return this;
    }

    /**
     * Adds a line after the rows.
     *
     * @param line the line
     * @return this builder
     */
    public Builder note(String line) {
      notes.add(Objects.requireNonNull(line, "line"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(this);
    }
  }
}
