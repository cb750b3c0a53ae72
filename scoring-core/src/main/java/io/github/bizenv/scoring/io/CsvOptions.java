package io.github.bizenv.scoring.io;

import io.github.bizenv.scoring.model.Period;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a CSV table as it comes from an office: its encoding, its delimiter, the number formats it
 * uses and the period of rows that have none.
 *
 * <ul>
 *   <li>Encoding: detected unless declared. A byte-order mark names UTF-8 or UTF-16; otherwise the bytes are
 *       read as UTF-8 when they are valid UTF-8, else as GB18030 (which includes GBK and GB2312) when they are
 *       valid GB18030. A table that is neither is rejected with a problem naming the line and the first byte that
 *       is not UTF-8, never read as mojibake. A declared encoding is read strictly, with the same problem.
 *   <li>Delimiter: comma, semicolon or tab, detected from the header line unless declared.
 *   <li>Numbers: plain decimals ({@code 1003.5}, {@code -2}, {@code 1e3}) always; {@code 1,003} only when
 *       thousands separators are declared, {@code 60%} only when percent signs are declared (read in
 *       percentage points: {@code 60%} is 60, as progress and rates are in this library). An undeclared
 *       formatted number is a problem that says which declaration reads it.
 *   <li>Period: rows of a wide table without a period column take the declared period.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@code with*} methods return a copy.
 */
public final class CsvOptions {

  private static final CsvOptions DEFAULTS = new CsvOptions(null, '\0', false, false, null);

  private final Charset encoding;
  private final char delimiter;
  private final boolean thousands;
  private final boolean percent;
  private final Period period;

  private CsvOptions(Charset encoding, char delimiter, boolean thousands, boolean percent, Period period) {
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.thousands = thousands;
    this.percent = percent;
    this.period = period;
  }

  /**
   * The defaults: encoding and delimiter detected, plain numbers only, no default period.
   *
   * @return the default options
   */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The declared encoding.
   *
   * @return the encoding, or empty to detect it
   */
  public Optional<Charset> encoding() {
    return Optional.ofNullable(encoding);
  }

  /**
   * The declared delimiter.
   *
   * @return {@code ','}, {@code ';'} or {@code '\t'}; {@code '\0'} to detect it
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Whether numbers may have thousands separators ({@code 1,003}).
   *
   * @return {@code true} if declared
   */
  public boolean thousandsSeparators() {
    return thousands;
  }

  /**
   * Whether numbers may end in a percent sign ({@code 60%}, read as 60).
   *
   * @return {@code true} if declared
   */
  public boolean percentSigns() {
    return percent;
  }

  /**
   * The period of rows without one.
   *
   * @return the period, if declared
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /**
   * A copy with a declared encoding.
   *
   * @param charset the encoding, e.g. {@code Charset.forName("GB18030")}
   * @return the new options
   */
  public CsvOptions withEncoding(Charset charset) {
    return new CsvOptions(Objects.requireNonNull(charset, "charset"), delimiter, thousands, percent, period);
  }

  /**
   * A copy that detects the encoding (UTF-8 with or without a byte-order mark, else GB18030), as the defaults do.
   *
   * @return the new options
   */
  public CsvOptions withDetectedEncoding() {
    return new CsvOptions(null, delimiter, thousands, percent, period);
  }

  /**
   * A copy with a declared delimiter.
   *
   * @param c {@code ','}, {@code ';'} or {@code '\t'}; {@code '\0'} to detect it
   * @return the new options
   * @throws IllegalArgumentException if {@code c} is another character
   */
  public CsvOptions withDelimiter(char c) {
    if (c != ',' && c != ';' && c != '\t' && c != '\0') {
      throw new IllegalArgumentException("delimiter " + describe(c) + " is not a comma, semicolon or tab");
    }
    return new CsvOptions(encoding, c, thousands, percent, period);
  }

  /**
   * A copy that accepts or rejects thousands separators.
   *
   * @param accept {@code true} to read {@code 1,003} as 1003
   * @return the new options
   */
  public CsvOptions withThousandsSeparators(boolean accept) {
    return new CsvOptions(encoding, delimiter, accept, percent, period);
  }

  /**
   * A copy that accepts or rejects percent signs.
   *
   * @param accept {@code true} to read {@code 60%} as 60
   * @return the new options
   */
  public CsvOptions withPercentSigns(boolean accept) {
    return new CsvOptions(encoding, delimiter, thousands, accept, period);
  }

  /**
   * A copy with a period for rows that have none (a wide table without a period column).
   *
   * @param p the period
   * @return the new options
   */
  public CsvOptions withPeriod(Period p) {
    return new CsvOptions(encoding, delimiter, thousands, percent, Objects.requireNonNull(p, "p"));
  }

  /**
   * A copy without a period for rows that have none, as the defaults: such rows are then a problem.
   *
   * @return the new options
   */
  public CsvOptions withoutPeriod() {
    return new CsvOptions(encoding, delimiter, thousands, percent, null);
  }

  /**
   * Names a delimiter for messages.
   *
   * @param c the delimiter
   * @return {@code comma}, {@code semicolon}, {@code tab} or the character quoted
   */
  public static String describe(char c) {
    switch (c) {
      case ',':
        return "comma";
      case ';':
        return "semicolon";
      case '\t':
        return "tab";
      default:
        return "\"" + c + "\"";
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CsvOptions)) {
      return false;
    }
    CsvOptions x = (CsvOptions) o;
    return Objects.equals(encoding, x.encoding) && delimiter == x.delimiter && thousands == x.thousands
        && percent == x.percent && Objects.equals(period, x.period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(encoding, delimiter, thousands, percent, period);
  }

  @Override
  public String toString() {
    return "CsvOptions{encoding=" + (encoding == null ? "detect" : encoding.name()) + ", delimiter="
        + (delimiter == '\0' ? "detect" : describe(delimiter)) + ", thousands=" + thousands + ", percent=" + percent
        + ", period=" + period + "}";
  }
}
