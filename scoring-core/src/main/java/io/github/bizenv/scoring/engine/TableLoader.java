package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.CsvStream;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a streamed CSV table into a data set's period tables, row by row: wide (a unit column, an optional period
 * column, one column per indicator) or long ({@code unit, indicator, value} and optionally {@code period}; the
 * Chinese headers 单位, 指标, 数值, 周期 too). Values go straight into column arrays sized to the units; a cell that
 * is a plain decimal is parsed from its characters without a string, and unit ids, indicators and periods are
 * read once per distinct text. Only a problem builds a message and a place.
 */
final class TableLoader implements CsvStream.Rows {

  private static final int MAX_PROBLEMS = 1000;

  private final String name;
  private final String unitColumn;
  private final String periodColumn;
  private final CsvOptions options;
  private final boolean plainNumbers;
  final Map<Period, Dataset.Table> tables = new LinkedHashMap<>();
  final List<Problem> problems = new ArrayList<>();
  private int dropped;
  private String firstDropped;

  private String[] header;
  private boolean isLong;
  private int unitCol;
  private int periodCol;
  private int indicatorCol;
  private int valueCol;
  private final Interner units = new Interner();
  private final Interner texts = new Interner();
  private final Map<String, Period> periods = new HashMap<>();
  private final Map<String, Boolean> validUnits = new IdentityHashMap<>();
  private final Map<Dataset.Table, Dataset.Column[]> wideColumns = new IdentityHashMap<>();
  private String lastPeriodText;
  private Dataset.Table lastTable;

  TableLoader(String name, String unitColumn, String periodColumn, CsvOptions options) {
    this.name = name;
    this.unitColumn = unitColumn;
    this.periodColumn = periodColumn;
    this.options = options;
    this.plainNumbers = !options.thousandsSeparators() && !options.percentSigns();
  }

  @Override
  public void restart() {
    tables.clear();
    problems.clear();
    wideColumns.clear();
    header = null;
    lastPeriodText = null;
    lastTable = null;
    dropped = 0;
    firstDropped = null;
  }

  private void problem(String code, String where, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Problem.of(code, where, message));
    } else {
      if (dropped++ == 0) {
        firstDropped = where;
      }
    }
  }

  /** The problems, with a last one saying how many more there were. */
  List<Problem> problems() {
    if (dropped > 0) {
      List<Problem> out = new ArrayList<>(problems);
      out.add(Problem.of(Problem.LIMIT, firstDropped, "… and " + dropped + " more problems of the same table, the "
          + "first of them here; only the first " + MAX_PROBLEMS + " are listed"));
      return out;
    }
    return problems;
  }

  boolean headerSeen() {
    return header != null;
  }

  @Override
  public void row(int line, char[] c, int[] start, int[] end, int cells) {
    if (header == null) {
      header(c, start, end, cells);
      return;
    }
    if (cells == 1 && trimStart(c, start[0], end[0]) == trimEnd(c, start[0], end[0])) {
      return; // a blank line
    }
    if (cells != header.length) {
      problem(Problem.CELL_COUNT, "line " + line, "row has " + cells + " cells; the header has " + header.length);
      return;
    }
    String unit = units.get(c, trimStart(c, start[unitCol], end[unitCol]), trimEnd(c, start[unitCol], end[unitCol]));
    Boolean valid = validUnits.get(unit);
    if (valid == null) {
      valid = Ids.isValid(unit);
      validUnits.put(unit, valid);
    }
    if (!valid) {
      problem(Problem.INVALID_ID, "line " + line + ", column " + (unitCol + 1), "unit id \"" + unit + "\" " + Ids.RULE);
      return;
    }
    Dataset.Table table = table(line, c, start, end);
    if (table == null) {
      return;
    }
    if (isLong) {
      String indicator = texts.get(c, trimStart(c, start[indicatorCol], end[indicatorCol]),
          trimEnd(c, start[indicatorCol], end[indicatorCol]));
      int u = table.unit(unit);
      Dataset.Column col = table.columns.get(indicator);
      if (col == null) {
        col = new Dataset.Column(table.units.size());
        table.columns.put(indicator, col);
      }
      cell(table, col, indicator, u, unit, c, start[valueCol], end[valueCol], line, valueCol);
    } else {
      int u = table.unit(unit);
      Dataset.Column[] cols = wideColumns.get(table);
      if (cols == null) {
        cols = new Dataset.Column[header.length];
        for (int k = 0; k < header.length; k++) {
          if (k != unitCol && k != periodCol) {
            int size = table.units.size();
            cols[k] = table.columns.computeIfAbsent(header[k], h -> new Dataset.Column(size));
          }
        }
        wideColumns.put(table, cols);
      }
      for (int k = 0; k < cells; k++) {
        if (cols[k] != null) {
          cell(table, cols[k], header[k], u, unit, c, start[k], end[k], line, k);
        }
      }
    }
  }

  private void header(char[] c, int[] start, int[] end, int cells) {
    header = new String[cells];
    for (int k = 0; k < cells; k++) {
      int s = trimStart(c, start[k], end[k]);
      header[k] = new String(c, s, trimEnd(c, s, end[k]) - s);
      if (header[k].isEmpty()) {
        problem(Problem.MISSING_FIELD, "line 1, column " + (k + 1), "header cell is empty");
      }
    }
    int unit = index("unit", "单位");
    indicatorCol = index("indicator", "指标");
    valueCol = index("value", "数值");
    isLong = unit >= 0 && indicatorCol >= 0 && valueCol >= 0;
    unitCol = isLong ? unit : indexOf(unitColumn);
    periodCol = periodColumn != null ? indexOf(periodColumn) : isLong ? index("period", "周期") : -1;
    if (unitCol < 0) {
      throw new io.github.bizenv.scoring.ValidationException(name, List.of(Problem.of(Problem.MISSING_FIELD,
          "line 1", "header has no unit column \"" + unitColumn + "\"")));
    }
    if (periodColumn != null && periodCol < 0) {
      throw new io.github.bizenv.scoring.ValidationException(name, List.of(Problem.of(Problem.MISSING_FIELD,
          "line 1", "header has no period column \"" + periodColumn + "\"")));
    }
  }

  private int index(String english, String chinese) {
    int i = indexOf(english);
    return i >= 0 ? i : indexOf(chinese);
  }

  private int indexOf(String h) {
    for (int k = 0; k < header.length; k++) {
      if (header[k].equals(h)) {
        return k;
      }
    }
    return -1;
  }

  /** The row's period table: from the period column (each distinct text parsed once), else the declared period. */
  private Dataset.Table table(int line, char[] c, int[] start, int[] end) {
    Period period = options.period().orElse(null);
    if (periodCol >= 0) {
      int s = trimStart(c, start[periodCol], end[periodCol]);
      int e = trimEnd(c, start[periodCol], end[periodCol]);
      if (lastPeriodText != null && same(lastPeriodText, c, s, e)) {
        return lastTable;
      }
      String text = new String(c, s, e - s);
      period = periods.get(text);
      if (period == null) {
        try {
          period = Period.parse(text);
        } catch (IllegalArgumentException x) {
          problem(Problem.WRONG_TYPE, "line " + line + ", column " + (periodCol + 1), x.getMessage());
          return null;
        }
        periods.put(text, period);
      }
      lastPeriodText = text;
      lastTable = tables.computeIfAbsent(period, Dataset.Table::new);
      return lastTable;
    }
    if (lastTable == null) {
      lastTable = tables.computeIfAbsent(period, Dataset.Table::new);
    }
    return lastTable;
  }

  private void cell(Dataset.Table table, Dataset.Column col, String column, int u, String unit, char[] c, int from,
      int to, int line, int k) {
    int s = trimStart(c, from, to);
    int e = trimEnd(c, from, to);
    col.ensure(u + 1);
    if (s == e) {
      return;
    }
    if (col.values[u] == col.values[u] || col.code(u) != null) {
      problem(Problem.DUPLICATE_ID, "line " + line + ", column " + (k + 1), "unit \"" + unit + "\", column \"" + column
          + "\"" + (table.period == null ? "" : ", period " + table.period) + " already has a value");
      return;
    }
    double d = plainNumbers ? plainDecimal(c, s, e) : Double.NaN;
    if (d != d) {
      String v = new String(c, s, e - s);
      d = Numbers.parse(v, options);
      String undeclared = d != d ? Numbers.undeclared(v, options) : null;
      if (undeclared != null) {
        problem(Problem.WRONG_TYPE, "line " + line + ", column " + (k + 1), undeclared);
        return;
      }
      if (d != d) {
        if (col.codes == null) {
          col.codes = new String[col.values.length];
        }
        col.codes[u] = texts.intern(v);
        return;
      }
    }
    if (Double.isInfinite(d)) {
      problem(Problem.NON_FINITE, "line " + line + ", column " + (k + 1), "number " + new String(c, s, e - s)
          + " is not finite");
      return;
    }
    col.values[u] = d;
  }

  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /**
   * A plain decimal ({@code [+-]digits[.digits]}) parsed from its characters, exactly as
   * {@link Double#parseDouble} parses it; {@code NaN} when the cell is anything else (then the caller reads it the
   * slow way). Up to 15 significant digits and 22 decimals, the value is the digits divided by a power of ten, both
   * exact doubles, so the one division is correctly rounded (Clinger's fast path); longer numbers go the slow way.
   */
  static double plainDecimal(char[] c, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (c[i] == '+' || c[i] == '-')) {
      negative = c[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    boolean any = false;
    for (; i < to; i++) {
      char ch = c[i];
      if (ch >= '0' && ch <= '9') {
        any = true;
        if (m == 0 && ch == '0') {
          if (point) {
            scale++;
          }
          continue;
        }
        if (++digits > 15) {
          return Double.NaN;
        }
        m = m * 10 + (ch - '0');
        if (point) {
          scale++;
        }
      } else if (ch == '.' && !point) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (!any || scale > 22) {
      return Double.NaN;
    }
    double v = scale == 0 ? (double) m : (double) m / POW10[scale];
    return negative ? -v : v;
  }

  private static int trimStart(char[] c, int from, int to) {
    while (from < to && c[from] <= ' ') {
      from++;
    }
    return from;
  }

  /** The end of a cell without its trailing blanks; never before {@link #trimStart}, so a blank cell is empty. */
  private static int trimEnd(char[] c, int from, int to) {
    from = trimStart(c, from, to);
    while (to > from && c[to - 1] <= ' ') {
      to--;
    }
    return to;
  }

  private static boolean same(String s, char[] c, int from, int to) {
    if (s.length() != to - from) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != c[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** Strings by their characters, so that a repeated text is made once. Open addressing; not thread-safe. */
  private static final class Interner {
    private String[] slots = new String[256];
    private int size;

    String get(char[] c, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + c[k];
      }
      int mask = slots.length - 1;
      int i = mix(h) & mask;
      while (slots[i] != null) {
        if (same(slots[i], c, from, to)) {
          return slots[i];
        }
        i = (i + 1) & mask;
      }
      String s = new String(c, from, to - from);
      insert(s);
      return s;
    }

    String intern(String s) {
      char[] c = s.toCharArray();
      return get(c, 0, c.length);
    }

    private void insert(String s) {
      if (++size * 2 > slots.length) {
        String[] old = slots;
        slots = new String[old.length * 2];
        size = 1;
        for (String o : old) {
          if (o != null) {
            place(o);
            size++;
          }
        }
      }
      place(s);
    }

    private void place(String s) {
      int mask = slots.length - 1;
      int i = mix(s.hashCode()) & mask;
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = s;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }
}
