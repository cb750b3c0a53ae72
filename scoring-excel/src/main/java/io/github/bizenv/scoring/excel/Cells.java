package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.model.Period;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;

/**
 * Cell values as a ledger means them: text, numbers (a cell formatted as a percentage is read in percentage points,
 * so 60 % is 60; text such as {@code 60%} or {@code 1,003} is read as the number it shows), dates (date cells,
 * Excel serial numbers, or text such as {@code 2021-06-30}, {@code 2021/6/30}, {@code 2021年6月30日}) and periods.
 * Each reader returns {@code null} and sets {@link #error} when the cell does not hold what is asked.
 */
final class Cells {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern ZH_YEAR = Pattern.compile("(\\d{4})\\s*年?(度)?");
  private static final Pattern ZH_QUARTER = Pattern.compile("(\\d{4})\\s*年?\\s*第?\\s*([1-4一二三四])\\s*季度?");
  private static final Pattern ZH_MONTH = Pattern.compile("(\\d{4})\\s*[年-]\\s*(\\d{1,2})\\s*月?");

  String error;

  private Cells() {}

  static Cells reader() {
    return new Cells();
  }

  /** Whether a cell holds nothing (no cell, an empty cell, or blank text). */
  static boolean blank(Cell c) {
    return c == null || c.getType() == CellType.EMPTY || text(c).isEmpty();
  }

  /** A cell's text as shown, trimmed: numbers in plain notation. */
  static String text(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return "";
    }
    Object v = c.getValue();
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString() : d.stripTrailingZeros().toPlainString();
    }
    if (v == null) {
      return c.getRawValue() == null ? "" : c.getRawValue().trim();
    }
    return v.toString().replace('\u00A0', ' ').trim();
  }

  /** Whether a cell shows an Excel error such as #N/A. */
  static boolean isError(Cell c) {
    return c != null && c.getType() == CellType.ERROR;
  }

  Double number(Cell c) {
    error = null;
    Object v = c.getValue();
    if (v instanceof BigDecimal) {
      double d = ((BigDecimal) v).doubleValue();
      String f = c.getDataFormatString();
      if (f != null && f.indexOf('%') >= 0) {
        d = new BigDecimal(((BigDecimal) v).toString()).movePointRight(2).doubleValue();
      }
      return d;
    }
    String s = text(c).replace('％', '%').replace('，', ',');
    boolean percent = s.endsWith("%");
    String n = percent ? s.substring(0, s.length() - 1).trim() : s;
    if (GROUPED.matcher(n).matches()) {
      n = n.replace(",", "");
    }
    if (DECIMAL.matcher(n).matches()) {
      double d = Double.parseDouble(n);
      if (Double.isFinite(d)) {
        return d;
      }
    }
    error = "\"" + s + "\" is not a number";
    return null;
  }

  LocalDate date(Cell c) {
    error = null;
    Object v = c.getValue();
    if (v instanceof BigDecimal) {
      double serial = ((BigDecimal) v).doubleValue();
      if (serial >= 1 && serial < 2958466) {
        return c.asDate().toLocalDate();
      }
      error = "the number " + text(c) + " is not a date";
      return null;
    }
    String s = text(c);
    Matcher m = DATE.matcher(s);
    if (m.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        error = "\"" + s + "\" is not a valid date";
        return null;
      }
    }
    error = "\"" + s + "\" is not a date such as 2021-06-30";
    return null;
  }

  Period period(Cell c) {
    error = null;
    String s = text(c);
    try {
      return Period.parse(s);
    } catch (IllegalArgumentException e) {
      Matcher m;
      try {
        if ((m = ZH_QUARTER.matcher(s)).matches()) {
          return Period.quarter(Integer.parseInt(m.group(1)), "1一2二3三4四".indexOf(m.group(2)) / 2 + 1);
        }
        if ((m = ZH_MONTH.matcher(s)).matches()) {
          return Period.month(java.time.YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if ((m = ZH_YEAR.matcher(s)).matches()) {
          return Period.year(Integer.parseInt(m.group(1)));
        }
      } catch (DateTimeException x) {
        // fall through to the message
      }
      error = e.getMessage();
      return null;
    }
  }

  Boolean yesNo(Cell c) {
    error = null;
    String s = text(c).toLowerCase(java.util.Locale.ROOT);
    if (s.isEmpty() || List.of("否", "no", "n", "false", "0", "不需要", "无").contains(s)) {
      return false;
    }
    if (List.of("是", "yes", "y", "true", "1", "需要", "√", "✓").contains(s)) {
      return true;
    }
    error = "\"" + text(c) + "\" is not yes or no (是 or 否)";
    return null;
  }

  /** Splits a list cell at 、 , ， ; ； and line breaks. */
  static List<String> list(Cell c) {
    return list(text(c));
  }

  /** Splits a list written as text at 、 , ， ; ； and line breaks. */
  static List<String> list(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("[、,，;；\\n\\r]+")) {
      if (!s.trim().isEmpty()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** A column's letters: 0 → A, 26 → AA. */
  static String column(int index) {
    StringBuilder sb = new StringBuilder();
    int i = index + 1;
    while (i > 0) {
      int r = (i - 1) % 26;
      sb.insert(0, (char) ('A' + r));
      i = (i - 1) / 26;
    }
    return sb.toString();
  }

  /** A place in a workbook: {@code 任务!C17}. */
  static String ref(String sheet, int column, int row) {
    return sheet + "!" + column(column) + row;
  }
}
