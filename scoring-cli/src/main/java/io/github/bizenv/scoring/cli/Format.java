package io.github.bizenv.scoring.cli;

import java.nio.file.Path;
import java.util.Locale;

/** What {@code --format} writes. */
enum Format {
  /** Aligned text for a terminal. */
  TABLE,
  /** CSV. */
  CSV,
  /** JSON. */
  JSON,
  /** An Excel workbook; needs {@code --out}. */
  XLSX;

  /** The format a file's extension names, or {@code null}. */
  static Format of(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".json")) {
      return JSON;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    if (n.endsWith(".txt")) {
      return TABLE;
    }
    return null;
  }

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
