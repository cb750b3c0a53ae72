package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV table as a stream, a row at a time, without holding the file or its rows: bytes are decoded in
 * blocks (the encoding declared, named by a byte-order mark, or detected: UTF-8, else GBK/GB18030), split into
 * cells (RFC 4180 quoting; comma, semicolon or tab, declared or detected from the first line), and each row is
 * handed over as character ranges of one reused buffer, so that reading a cell allocates nothing. Problems name
 * the line and column; only problems build strings.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class CsvStream {

  private static final int BLOCK = 1 << 16;

  private CsvStream() {}

  /** Receives a table's rows. */
  public interface Rows {
    /**
     * One row: cell {@code k} is {@code chars[start[k] … end[k])}, not trimmed.
     *
     * @param line the line the row starts on, 1-based (the header is line 1)
     * @param chars the characters
     * @param start each cell's first character
     * @param end each cell's end
     * @param cells how many cells
     */
    void row(int line, char[] chars, int[] start, int[] end, int cells);

    /** Forgets every row handed over: the table is read again in another encoding. */
    void restart();
  }

  /** What was read: the encoding and the delimiter. */
  public static final class Read {
    /** The encoding used. */
    public final Charset charset;
    /** The delimiter used. */
    public final char delimiter;
    /** How many rows there were, header included. */
    public final int rows;

    Read(Charset charset, char delimiter, int rows) {
      this.charset = charset;
      this.delimiter = delimiter;
      this.rows = rows;
    }
  }

  /**
   * Reads a file.
   *
   * @param path the file
   * @param declared the declared encoding, or null to detect it
   * @param delimiter the declared delimiter, or {@code '\0'} to detect it
   * @param limits the row and cell limits
   * @param rows where the rows go
   * @return the encoding and delimiter used
   * @throws ValidationException if the table cannot be decoded, is not well-formed, or exceeds a limit
   */
  public static Read read(Path path, Charset declared, char delimiter, DocumentLimits limits, Rows rows) {
    String name = path.toString();
    try {
      byte[] head = new byte[4];
      int n;
      try (InputStream in = Files.newInputStream(path)) {
        n = in.readNBytes(head, 0, 4);
      }
      int bom = 0;
      Charset named = null;
      if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
        bom = 3;
        named = StandardCharsets.UTF_8;
      } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
        bom = 2;
        named = StandardCharsets.UTF_16LE;
      } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
        bom = 2;
        named = StandardCharsets.UTF_16BE;
      }
      try {
        if (declared != null) {
          int skip = declared.equals(named) ? bom : 0;
          return decodeAndSplit(path, skip, declared, name, "the declared encoding", delimiter, limits, rows);
        }
        if (named != null) {
          return decodeAndSplit(path, bom, named, name, "named by the byte-order mark", delimiter, limits, rows);
        }
      } catch (Undecodable e) {
        throw new IllegalStateException("a named encoding reports its own problems", e);
      }
      try {
        return decodeAndSplit(path, 0, StandardCharsets.UTF_8, name, null, delimiter, limits, rows);
      } catch (Undecodable utf8) {
        rows.restart();
        try {
          return decodeAndSplit(path, 0, TextDecoding.GB18030, name, null, delimiter, limits, rows);
        } catch (Undecodable gbk) {
          throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + utf8.line, "byte "
              + hex(utf8.b) + " is not UTF-8, and the table is not GBK/GB18030 either; save it as UTF-8 or declare "
              + "its encoding")));
        }
      }
    } catch (IOException e) {
      throw new ScoringException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a table's text (already decoded).
   *
   * @param text the table
   * @param name its name for problems
   * @param delimiter the declared delimiter, or {@code '\0'} to detect it
   * @param limits the row and cell limits
   * @param rows where the rows go
   * @return the delimiter used
   * @throws ValidationException if the table is not well-formed or exceeds a limit
   */
  public static Read read(String text, String name, char delimiter, DocumentLimits limits, Rows rows) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char d = delimiter != '\0' ? delimiter : Csv.detectDelimiter(t.substring(0, Math.min(t.length(), BLOCK)));
    Splitter s = new Splitter(name, d, limits, rows);
    s.feed(t.toCharArray(), 0, t.length());
    s.end();
    return new Read(StandardCharsets.UTF_8, d, s.rowCount);
  }

  /** A decoding failure: the byte and its line. */
  private static final class Undecodable extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final byte b;

    Undecodable(int line, byte b) {
      super(null, null, false, false);
      this.line = line;
      this.b = b;
    }
  }

  private static Read decodeAndSplit(Path path, int skip, Charset charset, String name, String why, char delimiter,
      DocumentLimits limits, Rows rows) throws IOException, Undecodable {
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(BLOCK);
    CharBuffer out = CharBuffer.allocate(BLOCK);
    Splitter splitter = null;
    int lines = 1;
    try (InputStream stream = Files.newInputStream(path)) {
      stream.readNBytes(new byte[skip], 0, skip);
      boolean eof = false;
      boolean done = false;
      char[] pending = null;
      while (true) {
        if (!eof) {
          int r = stream.read(in.array(), in.position(), in.remaining());
          if (r < 0) {
            eof = true;
          } else {
            in.position(in.position() + r);
          }
        }
        in.flip();
        CoderResult cr = decoder.decode(in, out, eof);
        if (cr.isError()) {
          out.flip();
          lines += count(out, '\n');
          byte bad = in.get(in.position());
          if (why != null) {
            throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + lines, "byte "
                + hex(bad) + " is not valid " + charset.name() + " (" + why + ")")));
          }
          throw new Undecodable(lines, bad);
        }
        boolean consumed = !in.hasRemaining();
        in.compact();
        if (eof && cr.isUnderflow() && consumed) {
          decoder.flush(out);
          done = true;
        }
        out.flip();
        if (out.hasRemaining()) {
          lines += count(out, '\n');
          if (splitter == null) {
            // The delimiter is detected from the first line; keep decoding until the first line is whole.
            char[] chars = pending == null ? new char[0] : pending;
            int old = chars.length;
            chars = Arrays.copyOf(chars, old + out.remaining());
            out.get(chars, old, out.remaining());
            int nl = indexOf(chars, '\n');
            if (nl >= 0 || eof) {
              String first = new String(chars, 0, nl >= 0 ? nl : chars.length);
              char d = delimiter != '\0' ? delimiter : Csv.detectDelimiter(first);
              splitter = new Splitter(name, d, limits, rows);
              splitter.feed(chars, 0, chars.length);
              pending = null;
            } else {
              pending = chars;
            }
          } else {
            splitter.feed(out.array(), out.position(), out.limit());
          }
        }
        out.clear();
        if (done) {
          break;
        }
      }
      if (splitter == null) {
        char[] chars = pending == null ? new char[0] : pending;
        splitter = new Splitter(name, delimiter != '\0' ? delimiter : ',', limits, rows);
        splitter.feed(chars, 0, chars.length);
      }
      splitter.end();
      return new Read(charset, splitter.delimiter, splitter.rowCount);
    }
  }

  private static int count(CharBuffer b, char c) {
    int n = 0;
    for (int i = b.position(); i < b.limit(); i++) {
      if (b.get(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static int indexOf(char[] a, char c) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == c) {
        return i;
      }
    }
    return -1;
  }

  static String hex(byte b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }

  /** Splits characters into rows and cells, fed in blocks; RFC 4180 quoting; CR, LF and CRLF line ends. */
  private static final class Splitter {
    private final String name;
    final char delimiter;
    private final int maxRows;
    private final int maxCell;
    private final Rows rows;
    private char[] chars = new char[1024];
    private int length;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int cells;
    private int cellStart;
    private boolean quoted;
    private boolean quoteSeen;
    private boolean afterQuote;
    private boolean lastWasCr;
    private int line = 1;
    private int rowLine = 1;
    int rowCount;

    Splitter(String name, char delimiter, DocumentLimits limits, Rows rows) {
      this.name = name;
      this.delimiter = delimiter;
      this.maxRows = limits.maxRows();
      this.maxCell = limits.maxCellLength();
      this.rows = rows;
    }

    void feed(char[] in, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = in[i];
        if (lastWasCr) {
          lastWasCr = false;
          if (c == '\n') {
            continue;
          }
        }
        if (quoted) {
          if (c == '"') {
            quoted = false;
            afterQuote = true;
          } else {
            if (c == '\n' || c == '\r') {
              line++;
            }
            append(c);
          }
          continue;
        }
        if (afterQuote && c == '"') {
          // a doubled quote inside a quoted cell
          append('"');
          quoted = true;
          afterQuote = false;
          continue;
        }
        if (c == delimiter) {
          endCell();
        } else if (c == '\n' || c == '\r') {
          endCell();
          endRow();
          line++;
          rowLine = line;
          lastWasCr = c == '\r';
        } else if (c == '"' && length == cellStart && !quoteSeen) {
          quoted = true;
          quoteSeen = true;
        } else if (afterQuote) {
          if (c != ' ' && c != '\t') {
            throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + line + ", column "
                + (cells + 1), "not well-formed CSV: text after the closing quote of a cell")));
          }
        } else {
          append(c);
        }
      }
    }

    private void append(char c) {
      if (length - cellStart >= maxCell) {
        throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "line " + rowLine + ", column "
            + (cells + 1), "cell is longer than the limit of " + maxCell + " characters")));
      }
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      chars[length++] = c;
    }

    private void endCell() {
      if (cells == start.length) {
        start = Arrays.copyOf(start, cells * 2);
        end = Arrays.copyOf(end, cells * 2);
      }
      start[cells] = cellStart;
      end[cells] = length;
      cells++;
      cellStart = length;
      quoteSeen = false;
      afterQuote = false;
    }

    private void endRow() {
      if (rowCount >= maxRows) {
        throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "line " + rowLine,
            "table has more than the limit of " + maxRows + " rows")));
      }
      rowCount++;
      rows.row(rowLine, chars, start, end, cells);
      cells = 0;
      length = 0;
      cellStart = 0;
    }

    void end() {
      if (quoted) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + rowLine,
            "not well-formed CSV: a quoted cell is not closed before the end of the table")));
      }
      if (cells > 0 || length > 0 || quoteSeen) {
        endCell();
        endRow();
      }
    }
  }
}
