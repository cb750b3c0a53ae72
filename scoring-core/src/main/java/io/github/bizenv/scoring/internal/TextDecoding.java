package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Decodes the bytes of a text table: the declared encoding strictly, or the detected one — a byte-order mark
 * (UTF-8, UTF-16), else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312) when
 * they are valid GB18030. Bytes that fit neither are a problem naming the line of the first byte that is not
 * UTF-8; nothing is ever decoded with replacement characters.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class TextDecoding {

  /** GB18030, the national standard that includes GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoding() {}

  /** Decoded text and the encoding it was read in. */
  public static final class Decoded {
    private final String text;
    private final Charset charset;

    Decoded(String text, Charset charset) {
      this.text = text;
      this.charset = charset;
    }

    /**
     * The text, without a byte-order mark.
     *
     * @return the text
     */
    public String text() {
      return text;
    }

    /**
     * The encoding the text was read in.
     *
     * @return the encoding
     */
    public Charset charset() {
      return charset;
    }
  }

  /**
   * Decodes bytes.
   *
   * @param bytes the bytes
   * @param declared the declared encoding, or {@code null} to detect it
   * @param name the document's name for problems
   * @return the text and its encoding
   * @throws ValidationException naming the line of the first byte that cannot be decoded
   */
  public static Decoded decode(byte[] bytes, Charset declared, String name) {
    int bom = 0;
    Charset charset = null;
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (starts(bytes, 0xFF, 0xFE)) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (starts(bytes, 0xFE, 0xFF)) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    }
    if (declared != null) {
      int skip = declared.equals(StandardCharsets.UTF_8) && bom == 3
          || (declared.equals(StandardCharsets.UTF_16LE) || declared.equals(StandardCharsets.UTF_16BE)) && bom == 2
          ? bom : 0;
      return strict(bytes, skip, declared, name, "the declared encoding");
    }
    if (charset != null) {
      return strict(bytes, bom, charset, name, "named by the byte-order mark");
    }
    int badUtf8 = firstBad(bytes, 0, StandardCharsets.UTF_8);
    if (badUtf8 < 0) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (firstBad(bytes, 0, GB18030) < 0) {
      return new Decoded(new String(bytes, GB18030), GB18030);
    }
    throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + line(bytes, badUtf8),
        "byte " + hex(bytes[badUtf8]) + " is not UTF-8, and the table is not GBK/GB18030 either; save it as UTF-8 "
            + "or declare its encoding")));
  }

  private static Decoded strict(byte[] bytes, int offset, Charset charset, String name, String why) {
    int bad = firstBad(bytes, offset, charset);
    if (bad >= 0) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line " + line(bytes, bad),
          "byte " + hex(bytes[bad]) + " is not valid " + charset.name() + " (" + why + ")")));
    }
    return new Decoded(new String(bytes, offset, bytes.length - offset, charset), charset);
  }

  /** The index of the first byte that does not decode, or -1. */
  private static int firstBad(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        r = d.flush(out);
        if (r.isOverflow()) {
          out.clear();
          continue;
        }
        return in.hasRemaining() ? in.position() : -1;
      }
      out.clear();
    }
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int line(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String hex(byte b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }
}
