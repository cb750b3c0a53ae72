package io.github.bizenv.scoring.io;

/**
 * Limits applied when reading documents, so that a hostile or broken file fails fast with a clear
 * problem instead of exhausting memory.
 *
 * <p>Immutable and thread-safe; {@code with*} methods return a copy.
 */
public final class DocumentLimits {

  private static final DocumentLimits DEFAULTS = new DocumentLimits(64L << 20, 64, 2_000_000);

  private final long maxBytes;
  private final int maxDepth;
  private final int maxRows;

  private DocumentLimits(long maxBytes, int maxDepth, int maxRows) {
    if (maxBytes < 1 || maxDepth < 1 || maxRows < 1) {
      throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth="
          + maxDepth + ", maxRows=" + maxRows);
    }
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.maxRows = maxRows;
  }

  /**
   * The defaults: 64 MiB per document, JSON nesting depth 64, 2,000,000 CSV rows.
   *
   * @return the default limits
   */
  public static DocumentLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The largest document read, in bytes.
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
   * The most CSV data rows read.
   *
   * @return the limit
   */
  public int maxRows() {
    return maxRows;
  }

  /**
   * A copy with another size limit.
   *
   * @param bytes the largest document read, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxBytes(long bytes) {
    return new DocumentLimits(bytes, maxDepth, maxRows);
  }

  /**
   * A copy with another depth limit.
   *
   * @param depth the deepest JSON nesting read, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxDepth(int depth) {
    return new DocumentLimits(maxBytes, depth, maxRows);
  }

  /**
   * A copy with another row limit.
   *
   * @param rows the most CSV data rows read, at least 1
   * @return the new limits
   */
  public DocumentLimits withMaxRows(int rows) {
    return new DocumentLimits(maxBytes, maxDepth, rows);
  }

  @Override
  public String toString() {
    return "DocumentLimits{maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxRows=" + maxRows + "}";
  }
}
