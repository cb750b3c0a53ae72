package io.github.bizenv.scoring.io;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import io.github.bizenv.scoring.ScoringException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a document's bytes within the size limit and decodes them as UTF-8, with or without a BOM. */
final class Source {

  private Source() {}

  static String read(Path path, DocumentLimits limits) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), limits);
    } catch (IOException e) {
      throw new ScoringException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  static String read(InputStream in, String name, DocumentLimits limits) {
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
