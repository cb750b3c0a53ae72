package io.github.bizenv.scoring.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar days that data and evaluations refer to: a month, a quarter, a year, or a custom
 * range. Both ends are inclusive.
 *
 * <p>Written in files as {@code 2021-06} (month), {@code 2021Q2} (quarter), {@code 2021} (year) or
 * {@code 2021-01-01..2021-06-30} (range); {@link #parse(String)} reads and {@link #toString()} writes
 * that form. Two periods are equal when they have the same kind and the same days, so the range
 * {@code 2021-01-01..2021-12-31} is not equal to the year {@code 2021} though it covers the same days.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {

  /** The kind of a period. */
  public enum Kind {
    /** A calendar month. */
    MONTH,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar year. */
    YEAR,
    /** Any range of days. */
    RANGE
  }

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  private final Kind kind;
  private final LocalDate start;
  private final LocalDate end;

  private Period(Kind kind, LocalDate start, LocalDate end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  /**
   * A calendar month.
   *
   * @param month the month
   * @return the period
   */
  public static Period month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new Period(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
  }

  /**
   * A calendar quarter.
   *
   * @param year the year
   * @param quarter 1 to 4
   * @return the period
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4
   */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter + " is not 1 to 4");
    }
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the period
   */
  public static Period year(int year) {
    return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * A range of days, both ends inclusive.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static Period range(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " is before its start " + start);
    }
    return new Period(Kind.RANGE, start, end);
  }

  /**
   * Reads the file form of a period.
   *
   * @param text {@code 2021-06}, {@code 2021Q2}, {@code 2021} or {@code 2021-01-01..2021-06-30}
   * @return the period
   * @throws IllegalArgumentException naming the text and the accepted forms if it is not one of them
   */
  public static Period parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      Matcher m;
      if ((m = YEAR.matcher(text)).matches()) {
        return year(Integer.parseInt(m.group(1)));
      }
      if ((m = QUARTER.matcher(text)).matches()) {
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = MONTH.matcher(text)).matches()) {
        return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = RANGE.matcher(text)).matches()) {
        return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("period \"" + text + "\" names a month or day that does not exist "
          + "(months are 1 to 12; days as many as the month has)", e);
    }
    throw new IllegalArgumentException("period \"" + text
        + "\" is not a year (2021), quarter (2021Q2), month (2021-06) or range (2021-01-01..2021-06-30)");
  }

  /**
   * The kind of period.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The first day.
   *
   * @return the first day, inclusive
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day.
   *
   * @return the last day, inclusive
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Tells whether a day lies in this period.
   *
   * @param date the day
   * @return {@code true} when {@code start() <= date <= end()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Tells whether another period lies wholly in this one.
   *
   * @param other the other period
   * @return {@code true} when every day of {@code other} lies in this period
   */
  public boolean contains(Period other) {
    return contains(other.start) && contains(other.end);
  }

  /** Orders by start, then end, then kind. */
  @Override
  public int compareTo(Period o) {
    int c = start.compareTo(o.start);
    if (c == 0) {
      c = end.compareTo(o.end);
    }
    return c != 0 ? c : kind.compareTo(o.kind);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Period)) {
      return false;
    }
    Period p = (Period) o;
    return kind == p.kind && start.equals(p.start) && end.equals(p.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, start, end);
  }

  /** Returns the file form, which {@link #parse(String)} reads back. */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return String.valueOf(start.getYear());
      case QUARTER:
        return start.getYear() + "Q" + ((start.getMonthValue() + 2) / 3);
      case MONTH:
        return YearMonth.from(start).toString();
      default:
        return start + ".." + end;
    }
  }
}
