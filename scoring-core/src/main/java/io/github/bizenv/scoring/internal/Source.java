package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a document's bytes within the size limit and decodes them as UTF-8, with or without a BOM.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Source {

  private Source() {}

  /**
   * A file's bytes, within the size limit.
   *
   * @param path the file
   * @param limits the limits
   * @return the bytes
   */
  public static byte[] bytes(Path path, DocumentLimits limits) {
    try {
      if (Files.size(path) > limits.maxBytes()) {
        // Refused before reading: the place is found by scanning to the limit in small blocks.
        try (InputStream in = Files.newInputStream(path)) {
          throw tooLarge(path.toString(), limits, in);
        }
      }
    } catch (IOException e) {
      throw new ScoringException("cannot read " + path + ": " + e.getMessage(), e);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return bytes(in, path.toString(), limits);
    } catch (IOException e) {
      throw new ScoringException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * A stream's bytes, within the size limit; the stream is not closed.
   *
   * @param in the stream
   * @param name its name for problems
   * @param limits the limits
   * @return the bytes
   */
  public static byte[] bytes(InputStream in, String name, DocumentLimits limits) {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
    } catch (IOException e) {
      throw new ScoringException("cannot read " + name + ": " + e.getMessage(), e);
    }
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(name, limits, new java.io.ByteArrayInputStream(bytes));
    }
    return bytes;
  }

  /** The problem of a document over the size limit, placed at the line and column where it crosses the limit. */
  private static ValidationException tooLarge(String name, DocumentLimits limits, InputStream in) {
    long line = 1;
    long column = 1;
    byte[] block = new byte[1 << 16];
    long left = limits.maxBytes();
    try {
      while (left > 0) {
        int n = in.read(block, 0, (int) Math.min(block.length, left));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (block[i] == '\n') {
            line++;
            column = 1;
          } else if ((block[i] & 0xC0) != 0x80) {
            column++; // a character starts here (UTF-8 continuation bytes do not start one)
          }
        }
        left -= n;
      }
    } catch (IOException e) {
      // the place stays where the scan stopped
    }
    return new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "line " + line + ", column " + column,
        "document is larger than the limit of " + limits.maxBytes() + " bytes")));
  }

  public static String read(Path path, DocumentLimits limits) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), limits);
    } catch (IOException e) {
      throw new ScoringException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  public static String read(InputStream in, String name, DocumentLimits limits) {
    byte[] bytes = bytes(in, name, limits);
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult r = decoder.decode(buffer, out, true);
    if (r.isUnderflow()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      // The line and column of the first bad byte: count what decoded before it.
      out.flip();
      int line = 1;
      int column = 1;
      while (out.hasRemaining()) {
        if (out.get() == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + line + ", column " + column,
          "document is not valid UTF-8: byte " + CsvStream.hex(bytes[buffer.position()]) + " does not belong here; save it "
              + "as UTF-8")));
    }
    out.flip();
    return out.toString();
  }
}
