package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
      throw new ValidationException(name, List.of(Problem.of(Problem.LIMIT, "",
          "document is larger than the limit of " + limits.maxBytes() + " bytes")));
    }
    return bytes;
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
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "",
          "document is not valid UTF-8")));
    }
  }
}
