package io.github.bizenv.scoring.internal;

import io.github.bizenv.scoring.io.CsvOptions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as text, both ways — the one place that formats and parses them: plain numbers in messages, brief
 * numbers in explanations, numbers rounded half up (四舍五入) for presentation; and table cells read as plain
 * decimals always, with thousands separators ({@code 1,003}) and percent signs ({@code 60%}, read as 60) when
 * declared.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Numbers {

  /** A plain decimal, as files write numbers. */
  public static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern PERCENT =
      Pattern.compile("([+-]?(\\d+(\\.\\d*)?|\\.\\d+|\\d{1,3}(,\\d{3})+(\\.\\d*)?))\\s*[%％]");

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
      Matcher m = PERCENT.matcher(v);
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
    Matcher m = PERCENT.matcher(v);
    boolean percent = m.matches();
    if (grouped && !o.thousandsSeparators()) {
      return "value \"" + v + "\" has thousands separators; declare the number format \"thousands\" to read it as "
          + decimal(Double.parseDouble(v.replace(",", "")));
    }
    if (percent && !o.percentSigns()) {
      return "value \"" + v + "\" is a percentage; declare the number format \"percent\" to read it as "
          + decimal(Double.parseDouble(m.group(1).replace(",", ""))) + (m.group(1).indexOf(',') >= 0
          && !o.thousandsSeparators() ? " (and \"thousands\")" : "");
    }
    if (percent && m.group(1).indexOf(',') >= 0 && !o.thousandsSeparators()) {
      return "value \"" + v + "\" has thousands separators; declare the number format \"thousands\" to read it as "
          + decimal(Double.parseDouble(m.group(1).replace(",", "")));
    }
    return null;
  }

  /**
   * A number in plain form: whole numbers without a fraction ({@code 3}), others as Java prints them.
   *
   * @param d the number
   * @return the text
   */
  public static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /**
   * A number in plain decimal form, never in exponent notation, without trailing zeros ({@code 3}, {@code 0.00001},
   * {@code 12.5}): how numbers are written to data files.
   *
   * @param d a finite number
   * @return the text
   */
  public static String decimal(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * A number rounded to six decimal places, in plain form: for explanations, where full precision is noise.
   *
   * @param d the number
   * @return the text
   */
  public static String brief(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    return plain(Math.round(d * 1e6) / 1e6);
  }

  /**
   * A number rounded half up to a number of decimals, with exactly that many ({@code 93.28}, {@code 80.00}).
   *
   * @param v a finite number
   * @param decimals the decimal places
   * @return the text
   */
  public static String rounded(double v, int decimals) {
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
  }

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

  /**
   * Rounds half up (四舍五入) the number as written ({@link Double#toString(double)}) to some decimals: 2.675 gives
   * 2.68, as a person rounding the printed score would, not 2.67 as its binary value would.
   *
   * <p>Far from a tie the scaled binary value decides the same way as the written decimal — the two differ by at
   * most {@code scaled × 2^-52}, and the margin kept is four times that — and {@code k / 10^d} is the same double as
   * the decimal {@code k·10^-d} (both are correctly rounded). Near a tie, and for huge values, the decimal is
   * rounded exactly.
   *
   * @param v a number
   * @param decimals 0 or more
   * @return the rounded number
   */
  public static double round(double v, int decimals) {
    if (decimals < POW10.length) {
      double p = POW10[decimals];
      double scaled = Math.abs(v) * p;
      if (scaled < 1e15) {
        double floor = Math.floor(scaled);
        double frac = scaled - floor;
        if (Math.abs(frac - 0.5) > Math.max(1e-6, scaled * 0x1p-50)) {
          double r = (frac > 0.5 ? floor + 1 : floor) / p;
          return v < 0 && r != 0 ? -r : r;
        }
      }
    }
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
