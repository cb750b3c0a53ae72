package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Csv;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Observation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values to score, column-wise: for each period, each unit's value of each column (an indicator id, or a
 * spreadsheet's column header). A value is a number or a text code; a unit without a value is missing.
 *
 * <p>Build one in code with {@link #builder()}, or read CSV tables with {@link #readCsv}. Immutable and
 * thread-safe once built.
 */
public final class Dataset {

  /** The period of values read without one. */
  public static final String NO_PERIOD = "";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final Map<String, Table> periods;

  Dataset(Map<String, Table> periods) {
    this.periods = periods;
  }

  /**
   * A builder.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The periods that have values.
   *
   * @return the periods, in order of first appearance; {@link #NO_PERIOD} for values without one
   */
  public Set<String> periods() {
    return Collections.unmodifiableSet(periods.keySet());
  }

  /**
   * The units with a value in a period.
   *
   * @param period a period of {@link #periods()}
   * @return the unit ids, in order of first appearance
   */
  public List<String> units(String period) {
    Table t = periods.get(period);
    return t == null ? List.of() : Collections.unmodifiableList(t.units);
  }

  Table table(String period) {
    return periods.get(period);
  }

  /**
   * The columns of a period, including declared columns with no value.
   *
   * @param period a period of {@link #periods()}
   * @return the column names, in order of first appearance; empty for an unknown period
   */
  public Set<String> columns(String period) {
    Table t = periods.get(period);
    return t == null ? Set.of() : Collections.unmodifiableSet(t.columns.keySet());
  }

  /**
   * A unit's number in a column.
   *
   * @param period the period
   * @param unit the unit id
   * @param column the column
   * @return the number; empty when the cell is absent or holds a text code
   */
  public java.util.OptionalDouble value(String period, String unit, String column) {
    Table t = periods.get(period);
    Integer u = t == null ? null : t.index.get(unit);
    Column c = t == null ? null : t.columns.get(column);
    if (u == null || c == null) {
      return java.util.OptionalDouble.empty();
    }
    double v = Evaluator.value(c, u);
    return v == v ? java.util.OptionalDouble.of(v) : java.util.OptionalDouble.empty();
  }

  /**
   * A unit's text code in a column.
   *
   * @param period the period
   * @param unit the unit id
   * @param column the column
   * @return the code; empty when the cell is absent or holds a number
   */
  public java.util.Optional<String> code(String period, String unit, String column) {
    Table t = periods.get(period);
    Integer u = t == null ? null : t.index.get(unit);
    Column c = t == null ? null : t.columns.get(column);
    return u == null || c == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(Evaluator.code(c, u));
  }

  /** One period's values: units by index, and per column a value array and, if any, a code array. */
  static final class Table {
    final List<String> units = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Column> columns = new LinkedHashMap<>();

    int unit(String id) {
      Integer i = index.get(id);
      if (i == null) {
        i = units.size();
        units.add(id);
        index.put(id, i);
      }
      return i;
    }
  }

  /** One column of one period. */
  static final class Column {
    double[] values = new double[16];
    String[] codes;
    boolean[] present = new boolean[16];

    void ensure(int n) {
      if (n > values.length) {
        int size = Math.max(n, values.length * 2);
        values = Arrays.copyOf(values, size);
        present = Arrays.copyOf(present, size);
        if (codes != null) {
          codes = Arrays.copyOf(codes, size);
        }
      }
    }
  }

  /**
   * Reads CSV tables: wide (a unit column, an optional period column, one column per indicator) or long
   * (columns {@code unit, indicator, value} and optionally {@code period}). Every other column of a wide table
   * is read; which ones matter is up to the methodology. Empty cells are missing values; non-numeric cells are
   * text codes.
   *
   * @param path the table
   * @param unitColumn the header of the unit column of a wide table, e.g. {@code Country code}
   * @param periodColumn the header of its period column, or {@code null} if values have no period
   * @param limits the read limits
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, String unitColumn, String periodColumn, DocumentLimits limits) {
    Builder b = builder();
    b.addCsv(Source.read(path, limits), path.toString(), unitColumn, periodColumn, limits);
    return b.build();
  }

  /** Builds a {@link Dataset}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Table> periods = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private String source = "data";
    private boolean built;

    private Builder() {}

    private Table table(String period) {
      if (built) {
        throw new IllegalStateException("this Dataset.Builder has already built its data set; start a new one");
      }
      return periods.computeIfAbsent(Objects.requireNonNull(period, "period"), p -> new Table());
    }

    /**
     * Adds a unit with no values yet, so that it is scored (as missing) even without data.
     *
     * @param period the period
     * @param unit the unit id
     * @return this builder
     */
    public Builder unit(String period, String unit) {
      table(period).unit(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Declares a column, so that it exists (with every value missing) even when no unit has a value in it.
     *
     * @param period the period
     * @param column the column
     * @return this builder
     */
    public Builder column(String period, String column) {
      table(period).columns.computeIfAbsent(Objects.requireNonNull(column, "column"), k -> new Column());
      return this;
    }

    /**
     * Sets a numeric value.
     *
     * @param period the period, or {@link #NO_PERIOD}
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param value a finite number
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite or the cell already has a value
     */
    public Builder value(String period, String unit, String column, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of " + unit + "/" + column + " is not finite: " + value);
      }
      set(period, unit, column, value, null, null);
      return this;
    }

    /**
     * Sets a text code.
     *
     * @param period the period, or {@link #NO_PERIOD}
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param code the code, e.g. {@code No Practice}
     * @return this builder
     * @throws IllegalArgumentException if the cell already has a value
     */
    public Builder code(String period, String unit, String column, String code) {
      set(period, unit, column, Double.NaN, Objects.requireNonNull(code, "code"), null);
      return this;
    }

    /**
     * Adds observations of the model (e.g. from a {@code bizenv.data/1} document), each in its period's file
     * form ({@code 2021}, {@code 2021Q2}…), keyed by indicator id.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder observations(List<Observation> observations) {
      for (Observation o : observations) {
        String period = o.period().toString();
        if (o.number().isPresent()) {
          value(period, o.unit(), o.indicator(), o.number().getAsDouble());
        } else {
          code(period, o.unit(), o.indicator(), o.code().orElseThrow());
        }
      }
      return this;
    }

    private boolean set(String period, String unit, String column, double value, String code, String where) {
      Table t = table(period);
      int u = t.unit(Objects.requireNonNull(unit, "unit"));
      Column c = t.columns.computeIfAbsent(Objects.requireNonNull(column, "column"), k -> new Column());
      c.ensure(u + 1);
      if (c.present[u]) {
        String message = "unit \"" + unit + "\", column \"" + column + "\""
            + (period.isEmpty() ? "" : ", period " + period) + " already has a value";
        if (where == null) {
          throw new IllegalArgumentException(message);
        }
        problems.add(Problem.of(Problem.DUPLICATE_ID, where, message));
        return false;
      }
      c.present[u] = true;
      c.values[u] = value;
      if (code != null) {
        if (c.codes == null) {
          c.codes = new String[c.values.length];
        }
        c.codes[u] = code;
      }
      return true;
    }

    /**
     * Adds a CSV table's text, as {@link Dataset#readCsv} reads it.
     *
     * @param text the table
     * @param name its name for problem messages
     * @param unitColumn the unit column's header for a wide table
     * @param periodColumn the period column's header, or {@code null}
     * @param limits the read limits
     * @return this builder
     * @throws ValidationException listing every problem of the table
     */
    public Builder addCsv(String text, String name, String unitColumn, String periodColumn, DocumentLimits limits) {
      source = name;
      int before = problems.size();
      List<List<String>> rows = Csv.rows(text, name, limits);
      if (rows.isEmpty()) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line 1", "table has no header")));
      }
      List<String> header = new ArrayList<>();
      rows.get(0).forEach(h -> header.add(h.trim()));
      boolean isLong = header.contains("indicator") && header.contains("value") && header.contains("unit");
      int unitCol = header.indexOf(isLong ? "unit" : unitColumn);
      int periodCol = periodColumn == null ? (isLong ? header.indexOf("period") : -1) : header.indexOf(periodColumn);
      if (unitCol < 0) {
        throw new ValidationException(name, List.of(Problem.of(Problem.MISSING_FIELD, "line 1",
            "header has no unit column \"" + unitColumn + "\"")));
      }
      if (periodColumn != null && periodCol < 0) {
        throw new ValidationException(name, List.of(Problem.of(Problem.MISSING_FIELD, "line 1",
            "header has no period column \"" + periodColumn + "\"")));
      }
      for (int r = 1; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        int line = r + 1;
        if (row.size() == 1 && row.get(0).trim().isEmpty()) {
          continue;
        }
        if (row.size() != header.size()) {
          problems.add(Problem.of(Problem.CELL_COUNT, "line " + line, "row has " + row.size()
              + " cells; the header has " + header.size()));
          continue;
        }
        String unit = row.get(unitCol).trim();
        if (!Ids.isValid(unit)) {
          problems.add(Problem.of(Problem.INVALID_ID, "line " + line + ", column " + (unitCol + 1),
              "unit id \"" + unit + "\" " + Ids.RULE));
          continue;
        }
        String period = periodCol < 0 ? NO_PERIOD : row.get(periodCol).trim();
        if (isLong) {
          int ic = header.indexOf("indicator");
          int vc = header.indexOf("value");
          cell(period, unit, row.get(ic).trim(), row.get(vc), "line " + line + ", column " + (vc + 1));
        } else {
          table(period).unit(unit);
          for (int c = 0; c < header.size(); c++) {
            if (c != unitCol && c != periodCol) {
              cell(period, unit, header.get(c), row.get(c), "line " + line + ", column " + (c + 1));
            }
          }
        }
      }
      if (problems.size() > before) {
        throw new ValidationException(name, new ArrayList<>(problems));
      }
      return this;
    }

    private void cell(String period, String unit, String column, String raw, String where) {
      String v = raw.trim();
      if (v.isEmpty()) {
        table(period).unit(unit);
        return;
      }
      if (DECIMAL.matcher(v).matches()) {
        double d = Double.parseDouble(v);
        if (!Double.isFinite(d)) {
          problems.add(Problem.of(Problem.NON_FINITE, where, "number " + v + " is not finite"));
          return;
        }
        set(period, unit, column, d, null, where);
      } else {
        set(period, unit, column, Double.NaN, v, where);
      }
    }

    /**
     * Builds the data set. A builder builds once: the data set takes over its tables without copying them.
     *
     * @return the data set
     * @throws IllegalStateException if this builder has already built
     */
    public Dataset build() {
      if (built) {
        throw new IllegalStateException("this Dataset.Builder has already built its data set; start a new one");
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(source, new ArrayList<>(problems));
      }
      built = true;
      return new Dataset(new LinkedHashMap<>(periods));
    }
  }
}
