package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.io.CsvOptions;
import java.util.regex.Pattern;

/**
 * Numbers in table cells: plain decimals always; thousands separators ({@code 1,003}) and percent signs
 * ({@code 60%}, read as 60) when declared.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Numbers {

  /** A plain decimal, as files write numbers. */
  public static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern PERCENT = Pattern.compile("([+-]?(\\d+(\\.\\d*)?|\\.\\d+|\\d{1,3}(,\\d{3})+(\\.\\d*)?))\\s*[%％]");

  private Numbers() {}

  /**
   * Reads a trimmed cell as a number under the declared formats.
   *
   * @param v the cell, trimmed
   * @param o the declared formats
   * @return the number (possibly not finite), or NaN when the cell is not a number under them
   */
  public static double parse(String v, CsvOptions o) {
    if (DECIMAL.matcher(v).matches()) {
      return Double.parseDouble(v);
    }
    if (o.thousandsSeparators() && GROUPED.matcher(v).matches()) {
      return Double.parseDouble(v.replace(",", ""));
    }
    if (o.percentSigns()) {
      java.util.regex.Matcher m = PERCENT.matcher(v);
      if (m.matches() && (o.thousandsSeparators() || m.group(1).indexOf(',') < 0)) {
        return Double.parseDouble(m.group(1).replace(",", ""));
      }
    }
    return Double.NaN;
  }

  /**
   * Says why a cell that is not a number under the declared formats looks like one.
   *
   * @param v the cell, trimmed
   * @param o the declared formats
   * @return a sentence naming the declaration that would read it, or {@code null} if it does not look like a
   *     number
   */
  public static String undeclared(String v, CsvOptions o) {
    boolean grouped = GROUPED.matcher(v).matches();
    java.util.regex.Matcher m = PERCENT.matcher(v);
    boolean percent = m.matches();
    if (grouped && !o.thousandsSeparators()) {
      return "value \"" + v + "\" has thousands separators; declare the number format \"thousands\" to read it as "
          + plain(Double.parseDouble(v.replace(",", "")));
    }
    if (percent && !o.percentSigns()) {
      return "value \"" + v + "\" is a percentage; declare the number format \"percent\" to read it as "
          + plain(Double.parseDouble(m.group(1).replace(",", ""))) + (m.group(1).indexOf(',') >= 0
          && !o.thousandsSeparators() ? " (and \"thousands\")" : "");
    }
    if (percent && m.group(1).indexOf(',') >= 0 && !o.thousandsSeparators()) {
      return "value \"" + v + "\" has thousands separators; declare the number format \"thousands\" to read it as "
          + plain(Double.parseDouble(m.group(1).replace(",", "")));
    }
    return null;
  }

  static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
