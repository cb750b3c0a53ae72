package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.text.Widths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes workbooks with fastexcel and makes them reproducible: the same content gives the same bytes (fixed entry
 * times and creation date), as every other output of the library.
 */
final class Xlsx {

  static final String HEADER_FILL = "DDEBF7";
  static final String TITLE_SIZE = "14";
  private static final long FIXED_TIME = 315532800000L + 86_400_000L; // 1980-01-02, the zip epoch's first safe day

  private Xlsx() {}

  /** Something that fills a workbook. */
  interface Content {
    void write(Workbook wb) throws IOException;
  }

  static byte[] write(Content content) {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(raw, "bizenv scoring", "1.0");
      content.write(wb);
      wb.finish();
      return normalize(raw.toByteArray());
    } catch (IOException e) {
      throw new ScoringException("cannot write the workbook: " + e.getMessage(), e);
    }
  }

  /**
   * Rewrites the archive with fixed entry times and creation date. fastexcel streams entries with data
   * descriptors that {@code ZipInputStream} misreads, so the archive is read through its central directory.
   */
  private static byte[] normalize(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length + 1024);
    Path tmp = Files.createTempFile("bizenv-", ".xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      Files.write(tmp, xlsx);
      try (ZipFile in = new ZipFile(tmp.toFile())) {
        zip.setLevel(6);
        for (ZipEntry e : Collections.list(in.entries())) {
          byte[] data;
          try (InputStream is = in.getInputStream(e)) {
            data = is.readAllBytes();
          }
        if (e.getName().equals("docProps/core.xml")) {
          String s = new String(data, StandardCharsets.UTF_8)
              .replaceAll("<dcterms:created([^>]*)>[^<]*</dcterms:created>",
                  "<dcterms:created$1>2021-01-01T00:00:00.000Z</dcterms:created>");
          data = s.getBytes(StandardCharsets.UTF_8);
        }
          ZipEntry n = new ZipEntry(e.getName());
          n.setTime(FIXED_TIME);
          zip.putNextEntry(n);
          zip.write(data);
          zip.closeEntry();
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return out.toByteArray();
  }

  /** Styles a header row: bold on a light fill, bordered, wrapped. */
  static void header(Worksheet ws, int row, int from, int to) {
    if (to < from) {
      return;
    }
    ws.range(row, from, row, to).style().bold().fillColor(HEADER_FILL).borderStyle("thin").wrapText(true)
        .verticalAlignment("center").set();
  }

  /** Width of a column for the text it holds (Chinese characters count double). */
  static double width(String s) {
    return Math.min(60, Math.max(6, Widths.width(s) + 2));
  }
}
