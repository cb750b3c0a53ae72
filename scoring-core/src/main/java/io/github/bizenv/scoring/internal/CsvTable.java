package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.nio.charset.Charset;

/**
 * A CSV table's bytes decoded and split under {@link CsvOptions}: the encoding and delimiter declared or
 * detected, then the rows.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class CsvTable {

  private final Charset charset;
  private final char delimiter;
  private final Csv.Rows rows;

  private CsvTable(Charset charset, char delimiter, Csv.Rows rows) {
    this.charset = charset;
    this.delimiter = delimiter;
    this.rows = rows;
  }

  /**
   * Decodes and splits a table.
   *
   * @param bytes the table's bytes
   * @param name its name for problems
   * @param options the declared encoding and delimiter, if any
   * @param limits the row limit
   * @return the table
   * @throws ValidationException if it cannot be decoded or is not well-formed CSV
   */
  public static CsvTable of(byte[] bytes, String name, CsvOptions options, DocumentLimits limits) {
    TextDecoding.Decoded d = TextDecoding.decode(bytes, options.encoding().orElse(null), name);
    String text = d.text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = options.delimiter() != '\0' ? options.delimiter() : Csv.detectDelimiter(text);
    return new CsvTable(d.charset(), delimiter, Csv.rows(text, name, delimiter, limits));
  }

  /**
   * The encoding the table was read in.
   *
   * @return the encoding
   */
  public Charset charset() {
    return charset;
  }

  /**
   * The delimiter the table was split by.
   *
   * @return comma, semicolon or tab
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The rows, header first, each with its line.
   *
   * @return the rows
   */
  public Csv.Rows rows() {
    return rows;
  }
}
