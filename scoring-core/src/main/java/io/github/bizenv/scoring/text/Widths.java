package io.github.bizenv.scoring.text;

/**
 * Display widths of text on a terminal: East Asian wide characters (Chinese characters, full-width forms and
 * punctuation) take two columns.
 */
public final class Widths {

  private Widths() {}

  /**
   * The columns a code point takes.
   *
   * @param cp the code point
   * @return 2 for wide characters, 0 for combining marks, else 1
   */
  public static int width(int cp) {
    if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.ENCLOSING_MARK) {
      return 0;
    }
    if (cp >= 0x1100 && (cp <= 0x115F || cp == 0x2329 || cp == 0x232A
        || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD))) {
      return 2;
    }
    return 1;
  }

  /**
   * The columns a text takes.
   *
   * @param s the text
   * @return the width
   */
  public static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Cuts a text to a width, ending it in … when cut.
   *
   * @param s the text
   * @param max the most columns
   * @return the text, at most {@code max} columns wide
   */
  public static String cut(String s, int max) {
    if (width(s) <= max) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (w + width(cp) > max - 1) {
        break;
      }
      sb.appendCodePoint(cp);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return sb.append('…').toString();
  }

  /**
   * Pads a text with spaces to a width, cutting it when longer.
   *
   * @param s the text
   * @param width the width
   * @return the padded text
   */
  public static String pad(String s, int width) {
    String c = cut(s, width);
    return c + " ".repeat(Math.max(0, width - width(c)));
  }

  static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
