package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.text.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A report as one self-contained HTML page: its styles, Apache ECharts and every chart's data are inside the file,
 * so it opens without a network, in Chinese or English, and prints to A4 with a page break before each section.
 * Every chart has its data as a table beside it; {@link #tables()} gives those tables (and the page's other tables)
 * as {@link Table}s for any other output, e.g. a workbook.
 *
 * <p>Made by {@link Pages}. Immutable; the same inputs give the same bytes.
 */
public final class Page {

  private final String kind;
  private final String title;
  private final String html;
  private final int charts;
  private final List<Table> tables;

  Page(String kind, String title, String html, int charts, List<Table> tables) {
    this.kind = kind;
    this.title = title;
    this.html = html;
    this.charts = charts;
    this.tables = List.copyOf(tables);
  }

  /**
   * The kind of report.
   *
   * @return {@code quarterly}, {@code year-end}, {@code gap} or {@code index}
   */
  public String kind() {
    return kind;
  }

  /**
   * The title, in the page's language.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The page.
   *
   * @return the HTML text
   */
  public String html() {
    return html;
  }

  /**
   * The page as UTF-8 bytes.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the page to a file.
   *
   * @param file the file, e.g. {@code 季度通报.html}
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.write(file, bytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * How many charts the page draws.
   *
   * @return the number of charts
   */
  public int chartCount() {
    return charts;
  }

  /**
   * The page's tables in the order shown: the data of every chart and the other tables.
   *
   * @return the tables
   */
  public List<Table> tables() {
    return tables;
  }

  @Override
  public String toString() {
    return kind + ": " + title;
  }
}
