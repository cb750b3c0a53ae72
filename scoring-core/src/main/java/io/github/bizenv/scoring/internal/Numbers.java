package io.github.bizenv.scoring.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one number formatter of the library's texts: plain numbers in messages, brief numbers in explanations, and
 * numbers rounded half up (四舍五入) for presentation.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class Numbers {

  private Numbers() {}

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

  /**
   * A number rounded half up to a number of decimals, as presented.
   *
   * @param v a finite number
   * @param decimals the decimal places
   * @return the rounded number
   */
  public static double round(double v, int decimals) {
    return new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }
}
