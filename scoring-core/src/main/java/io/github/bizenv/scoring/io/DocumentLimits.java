package io.github.bizenv.scoring.io;

/**
 * Limits applied when reading documents, so that a hostile or broken file fails fast with a clear
 * problem instead of exhausting memory.
 *
 * <p>JSON documents and the CSV tables of a programme are read whole, so their size is limited; observation
 * tables read into a data set ({@code Dataset.readCsv}) are streamed and need no size limit, only a row limit that
 * fits national data (2,844 units × 300 indicators × 12 months is 10.2 million rows of a long table) and a limit
 * on one cell. Immutable and thread-safe; {@code with*} methods return a copy.
 */
public final class DocumentLimits {

  private static final DocumentLimits DEFAULTS = new DocumentLimits(64L << 20, 64, 20_000_000, 65_536);

  private final long maxBytes;
  private final int maxDepth;
  private final int maxRows;
  private final int maxCellLength;

  private DocumentLimits(long maxBytes, int maxDepth, int maxRows, int maxCellLength) {
    if (maxBytes < 1 || maxDepth < 1 || maxRows < 1 || maxCellLength < 1) {
      throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth="
          + maxDepth + ", maxRows=" + maxRows + ", maxCellLength=" + maxCellLength);
    }
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxRows = maxRows;
    this.maxCellLength = maxCellLength;
  }

  /**
   * The defaults: 64 MiB per document read whole, JSON nesting depth 64, 20,000,000 CSV rows, 65,536 characters in
   * one CSV cell.
   *
   * @return the default limits
   */
  public static DocumentLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The largest document read whole, in bytes.
   *
   * @return the limit
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * The deepest JSON nesting read.
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The most CSV rows read, the header included.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * The most characters in one CSV cell.
   *
   * @return the limit
   */
  public int maxCellLength() {
    return maxCellLength;
  }

  /**
   * A copy with another size limit.
   *
   * @param bytes the largest document read whole, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxBytes(long bytes) {
    return new DocumentLimits(bytes, maxDepth, maxRows, maxCellLength);
  }

  /**
   * A copy with another depth limit.
   *
   * @param depth the deepest JSON nesting read, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxDepth(int depth) {
    return new DocumentLimits(maxBytes, depth, maxRows, maxCellLength);
  }

  /**
   * A copy with another row limit.
   *
   * @param rows the most CSV rows read, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxRows(int rows) {
    return new DocumentLimits(maxBytes, maxDepth, rows, maxCellLength);
  }

  /**
   * A copy with another cell limit.
   *
   * @param characters the most characters in one CSV cell, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxCellLength(int characters) {
    return new DocumentLimits(maxBytes, maxDepth, maxRows, characters);
  }

  @Override
  public String toString() {
    return "DocumentLimits{maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxRows=" + maxRows
        + ", maxCellLength=" + maxCellLength + "}";
  }
}
