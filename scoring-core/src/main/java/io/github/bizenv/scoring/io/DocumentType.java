package io.github.bizenv.scoring.io;

/** The kinds of document this library reads, as told by {@link Documents#detect}. */
public enum DocumentType {
  /** A programme, JSON with {@code "schema": "bizenv.programme/1"}. */
  PROGRAMME("bizenv.programme/1"),
  /** Programme data, JSON with {@code "schema": "bizenv.data/1"}. */
  DATA("bizenv.data/1"),
  /** A methodology, JSON with {@code "schema": "bizenv.methodology/1"}; compile it with the engine. */
  METHODOLOGY("bizenv.methodology/1"),
  /** A CSV table of observations, wide or long. */
  OBSERVATIONS_CSV("csv");

  private final String schema;

  DocumentType(String schema) {
    this.schema = schema;
  }

  /**
   * The schema tag written in documents of this type ({@code "csv"} for CSV tables, which carry none).
   *
   * @return the tag, e.g. {@code bizenv.programme/1}
   */
  public String schema() {
    return schema;
  }
}
