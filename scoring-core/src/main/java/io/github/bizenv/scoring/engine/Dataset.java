package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.CsvStream;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Values to score, column-wise: for each period (or for values without one), each unit's value of each column
 * (an indicator id, or a spreadsheet's column header). A value is a number or a text code; a unit without a
 * value is missing.
 *
 * <p>Build one in code with {@link #builder()}, or read CSV tables with {@link #readCsv}. Immutable and
 * thread-safe once built.
 */
public final class Dataset {

  /** Tables by period; the undated table, if any, under {@code null}. */
  private final Map<Period, Table> periods;

  Dataset(Map<Period, Table> periods) {
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
   * The periods that have values, in order of first appearance.
   *
   * @return the periods; values without a period are not in this set (see {@link #hasUndated()})
   */
  public Set<Period> periods() {
    Set<Period> out = new LinkedHashSet<>(periods.keySet());
    out.remove(null);
    return Collections.unmodifiableSet(out);
  }

  /**
   * Whether the data set has values without a period.
   *
   * @return {@code true} if some values have no period
   */
  public boolean hasUndated() {
    return periods.containsKey(null);
  }

  /**
   * The units with a value in a period.
   *
   * @param period a period of {@link #periods()}
   * @return the unit ids, in order of first appearance; empty for an unknown period
   */
  public List<String> units(Period period) {
    Table t = periods.get(Objects.requireNonNull(period, "period"));
    return t == null ? List.of() : Collections.unmodifiableList(t.units);
  }

  /**
   * The units with a value without a period.
   *
   * @return the unit ids, in order of first appearance
   */
  public List<String> units() {
    Table t = periods.get(null);
    return t == null ? List.of() : Collections.unmodifiableList(t.units);
  }

  /**
   * The columns of a period, including declared columns with no value.
   *
   * @param period a period of {@link #periods()}
   * @return the column names, in order of first appearance; empty for an unknown period
   */
  public Set<String> columns(Period period) {
    Table t = periods.get(Objects.requireNonNull(period, "period"));
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
  public OptionalDouble value(Period period, String unit, String column) {
    Table t = periods.get(Objects.requireNonNull(period, "period"));
    Integer u = t == null ? null : t.index.get(Objects.requireNonNull(unit, "unit"));
    Column c = t == null ? null : t.columns.get(Objects.requireNonNull(column, "column"));
    double v = u == null || c == null ? Double.NaN : c.value(u);
    return v == v ? OptionalDouble.of(v) : OptionalDouble.empty();
  }

  /**
   * A unit's text code in a column.
   *
   * @param period the period
   * @param unit the unit id
   * @param column the column
   * @return the code; empty when the cell is absent or holds a number
   */
  public Optional<String> code(Period period, String unit, String column) {
    Table t = periods.get(Objects.requireNonNull(period, "period"));
    Integer u = t == null ? null : t.index.get(Objects.requireNonNull(unit, "unit"));
    Column c = t == null ? null : t.columns.get(Objects.requireNonNull(column, "column"));
    return u == null || c == null ? Optional.empty() : Optional.ofNullable(c.code(u));
  }

  Table table(Period period) {
    return periods.get(period);
  }

  List<Table> tables() {
    return new ArrayList<>(periods.values());
  }

  /** One period's values: units by index, and per column a value array and, if any, a code array. */
  static final class Table {
    final Period period;
    final List<String> units = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Column> columns = new LinkedHashMap<>();

    Table(Period period) {
      this.period = period;
    }

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

  /**
   * One column of one period: a value per unit row, {@code NaN} where the unit has none, and a text code where the
   * cell holds one (its value is then {@code NaN} too). Numbers are finite, so {@code NaN} marks absence alone; once
   * built, the arrays are exactly as long as the table has units.
   */
  static final class Column {
    double[] values;
    String[] codes;

    Column(int capacity) {
      values = new double[Math.max(capacity, 16)];
      Arrays.fill(values, Double.NaN);
    }

    void ensure(int n) {
      if (n > values.length) {
        int old = values.length;
        int size = Math.max(n, old + (old >> 1));
        values = Arrays.copyOf(values, size);
        Arrays.fill(values, old, size, Double.NaN);
        if (codes != null) {
          codes = Arrays.copyOf(codes, size);
        }
      }
    }

    /** Shrinks the arrays to the table's units, or grows them, so that every row has a cell. */
    void fit(int n) {
      if (values.length != n) {
        int old = values.length;
        values = Arrays.copyOf(values, n);
        if (n > old) {
          Arrays.fill(values, old, n, Double.NaN);
        }
        if (codes != null) {
          codes = Arrays.copyOf(codes, n);
        }
      }
    }

    /** A row's number, or NaN when it has none (absent, a text code, or no row). */
    double value(int row) {
      return row >= 0 && row < values.length ? values[row] : Double.NaN;
    }

    /** A row's text code, or null. */
    String code(int row) {
      return codes != null && row >= 0 && row < codes.length ? codes[row] : null;
    }

    /** Whether a row has a value (number or code). */
    boolean present(int row) {
      return value(row) == value(row) || code(row) != null;
    }

    /** A row's value as text: its code, or its number in plain form; null when absent. */
    String text(int row) {
      String code = code(row);
      if (code != null) {
        return code;
      }
      double v = value(row);
      return v == v ? Numbers.plain(v) : null;
    }
  }

  /**
   * Reads a CSV table whose values have no period: wide (a unit column and one column per indicator) or long
   * (columns {@code unit, indicator, value}). Every column of a wide table is read; which ones matter is up to the
   * methodology. Empty cells are missing values; non-numeric cells are text codes. The encoding (UTF-8 with or
   * without a byte-order mark, GBK/GB18030) and the delimiter (comma, semicolon, tab) are detected.
   *
   * @param path the table
   * @param unitColumn the header of the unit column of a wide table, e.g. {@code Country code}
   * @param limits the read limits
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, String unitColumn, DocumentLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(unitColumn, "unitColumn");
    Objects.requireNonNull(limits, "limits");
    return builder().addFile(path, unitColumn, null, CsvOptions.defaults(), limits).build();
  }

  /**
   * Reads a CSV table whose rows carry their period in a column (a long table's {@code period} column, or a wide
   * table's column of that header).
   *
   * @param path the table
   * @param unitColumn the header of the unit column of a wide table
   * @param periodColumn the header of the period column
   * @param limits the read limits
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, String unitColumn, String periodColumn, DocumentLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(unitColumn, "unitColumn");
    Objects.requireNonNull(periodColumn, "periodColumn");
    Objects.requireNonNull(limits, "limits");
    return builder().addFile(path, unitColumn, periodColumn, CsvOptions.defaults(), limits).build();
  }

  /**
   * Reads a CSV table whose rows have no period column, as it comes from an office, with the encoding, delimiter,
   * number formats and default period of {@code options} (declared or detected): rows take the options' period,
   * if any, else have none.
   *
   * @param path the table
   * @param unitColumn the header of the unit column of a wide table
   * @param options how to read the table
   * @param limits the read limits
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, String unitColumn, CsvOptions options, DocumentLimits limits) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(unitColumn, "unitColumn");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(limits, "limits");
    return builder().addFile(path, unitColumn, null, options, limits).build();
  }

  /**
   * Reads a CSV table laid out as a plan expects: its unit column and, if it names one, its period column.
   *
   * @param path the table
   * @param plan the plan whose {@link Plan#unitColumn()} and {@link Plan#periodColumn()} apply
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, Plan plan) {
    return readCsv(path, plan, CsvOptions.defaults());
  }

  /**
   * Reads a CSV table as it comes from an office, laid out as a plan expects, with the encoding, delimiter, number
   * formats and default period of {@code options} (declared or detected): rows without a period take the
   * options' period, if any.
   *
   * @param path the table
   * @param plan the plan whose {@link Plan#unitColumn()} and {@link Plan#periodColumn()} apply
   * @param options how to read the table
   * @return the data set
   * @throws ValidationException listing every problem with its line and column
   */
  public static Dataset readCsv(Path path, Plan plan, CsvOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    return builder().addCsv(path, plan, options, DocumentLimits.defaults()).build();
  }

  /** Builds a {@link Dataset}. Not thread-safe. */
  public static final class Builder {
    private final Map<Period, Table> periods = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private String source = "data";
    private boolean built;

    private Builder() {}

    private Table table(Period period) {
      if (built) {
        throw new IllegalStateException("this Dataset.Builder has already built its data set; start a new one");
      }
      return periods.computeIfAbsent(period, Table::new);
    }

    /**
     * Adds a unit with no values yet, so that it is scored (as missing) even without data.
     *
     * @param period the period
     * @param unit the unit id
     * @return this builder
     */
    public Builder unit(Period period, String unit) {
      table(Objects.requireNonNull(period, "period")).unit(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Adds a unit with no values yet to the values without a period.
     *
     * @param unit the unit id
     * @return this builder
     */
    public Builder unit(String unit) {
      table(null).unit(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Declares a column, so that it exists (with every value missing) even when no unit has a value in it.
     *
     * @param period the period
     * @param column the column
     * @return this builder
     */
    public Builder column(Period period, String column) {
      Table t = table(Objects.requireNonNull(period, "period"));
      t.columns.computeIfAbsent(Objects.requireNonNull(column, "column"), k -> new Column(t.units.size()));
      return this;
    }

    /**
     * Declares a column of the values without a period.
     *
     * @param column the column
     * @return this builder
     */
    public Builder column(String column) {
      Table t = table(null);
      t.columns.computeIfAbsent(Objects.requireNonNull(column, "column"), k -> new Column(t.units.size()));
      return this;
    }

    /**
     * Sets a numeric value of a period.
     *
     * @param period the period
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param value a finite number
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite or the cell already has a value
     */
    public Builder value(Period period, String unit, String column, double value) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(column, "column");
      return number(Objects.requireNonNull(period, "period"), unit, column, value);
    }

    /**
     * Sets a numeric value without a period.
     *
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param value a finite number
     * @return this builder
     * @throws IllegalArgumentException if the value is not finite or the cell already has a value
     */
    public Builder value(String unit, String column, double value) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(column, "column");
      return number(null, unit, column, value);
    }

    private Builder number(Period period, String unit, String column, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("value of " + unit + "/" + column + " is not finite: " + value);
      }
      set(period, unit, column, value, null, null);
      return this;
    }

    /**
     * Sets a text code of a period.
     *
     * @param period the period
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param code the code, e.g. {@code No Practice}
     * @return this builder
     * @throws IllegalArgumentException if the cell already has a value
     */
    public Builder code(Period period, String unit, String column, String code) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(column, "column");
      set(Objects.requireNonNull(period, "period"), unit, column, Double.NaN, Objects.requireNonNull(code, "code"),
          null);
      return this;
    }

    /**
     * Sets a text code without a period.
     *
     * @param unit the unit id
     * @param column the column (indicator id or header)
     * @param code the code
     * @return this builder
     * @throws IllegalArgumentException if the cell already has a value
     */
    public Builder code(String unit, String column, String code) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(column, "column");
      set(null, unit, column, Double.NaN, Objects.requireNonNull(code, "code"), null);
      return this;
    }

    /**
     * Adds observations of the model (e.g. from a {@code bizenv.data/1} document), each in its period, keyed by
     * indicator id.
     *
     * @param observations the observations
     * @return this builder
     */
    public Builder observations(List<Observation> observations) {
      Objects.requireNonNull(observations, "observations");
      for (Observation o : observations) {
        if (o.number().isPresent()) {
          value(o.period(), o.unit(), o.indicator(), o.number().getAsDouble());
        } else {
          code(o.period(), o.unit(), o.indicator(), o.code().orElseThrow());
        }
      }
      return this;
    }

    private boolean set(Period period, String unit, String column, double value, String code, String where) {
      Table t = table(period);
      int u = t.unit(Objects.requireNonNull(unit, "unit"));
      Column c = t.columns.computeIfAbsent(Objects.requireNonNull(column, "column"), k -> new Column(t.units.size()));
      c.ensure(u + 1);
      if (c.present(u)) {
        String message = "unit \"" + unit + "\", column \"" + column + "\""
            + (period == null ? "" : ", period " + period) + " already has a value";
        if (where == null) {
          throw new IllegalArgumentException(message);
        }
        problems.add(Problem.of(Problem.DUPLICATE_ID, where, message));
        return false;
      }
      if (code != null) {
        if (c.codes == null) {
          c.codes = new String[c.values.length];
        }
        c.codes[u] = code;
      } else {
        c.values[u] = value;
      }
      return true;
    }

    /**
     * Adds a CSV table's text, as {@link Dataset#readCsv} reads it; its rows have no period.
     *
     * @param text the table
     * @param name its name for problem messages
     * @param unitColumn the unit column's header for a wide table
     * @param limits the read limits
     * @return this builder
     * @throws ValidationException listing every problem of the table
     */
    public Builder addCsv(String text, String name, String unitColumn, DocumentLimits limits) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unitColumn, "unitColumn");
      Objects.requireNonNull(limits, "limits");
      return load(name, unitColumn, null, CsvOptions.defaults(),
          loader -> CsvStream.read(text, name, '\0', limits, loader));
    }

    /**
     * Adds a CSV table's text whose rows carry their period in a column.
     *
     * @param text the table
     * @param name its name for problem messages
     * @param unitColumn the unit column's header for a wide table
     * @param periodColumn the period column's header
     * @param limits the read limits
     * @return this builder
     * @throws ValidationException listing every problem of the table
     */
    public Builder addCsvWithPeriods(String text, String name, String unitColumn, String periodColumn,
        DocumentLimits limits) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unitColumn, "unitColumn");
      Objects.requireNonNull(periodColumn, "periodColumn");
      Objects.requireNonNull(limits, "limits");
      return load(name, unitColumn, periodColumn, CsvOptions.defaults(),
          loader -> CsvStream.read(text, name, '\0', limits, loader));
    }

    /**
     * Adds a CSV file laid out as a plan expects, as {@link Dataset#readCsv(Path, Plan, CsvOptions)} reads it.
     *
     * @param path the table
     * @param plan the plan whose unit and period columns apply
     * @param options how to read the table
     * @param limits the read limits
     * @return this builder
     * @throws ValidationException listing every problem of the table
     */
    public Builder addCsv(Path path, Plan plan, CsvOptions options, DocumentLimits limits) {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(limits, "limits");
      return addFile(path, plan.unitColumn(), plan.periodColumn().orElse(null), options, limits);
    }

    private Builder addFile(Path path, String unitColumn, String periodColumn, CsvOptions options,
        DocumentLimits limits) {
      return load(path.toString(), unitColumn, periodColumn, options,
          loader -> CsvStream.read(path, options.encoding().orElse(null), options.delimiter(), limits, loader));
    }

    /** Streams a table through a {@link TableLoader}, then takes its period tables over, or merges them in. */
    private Builder load(String name, String unitColumn, String periodColumn, CsvOptions options,
        java.util.function.Consumer<TableLoader> read) {
      if (built) {
        throw new IllegalStateException("this Dataset.Builder has already built its data set; start a new one");
      }
      source = name;
      TableLoader loader = new TableLoader(name, unitColumn, periodColumn, options);
      read.accept(loader);
      if (!loader.headerSeen()) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line 1", "table has no header")));
      }
      if (!loader.problems().isEmpty()) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(loader.problems());
        throw new ValidationException(name, all);
      }
      if (periods.isEmpty()) {
        periods.putAll(loader.tables);
        return this;
      }
      for (Table t : loader.tables.values()) {
        for (String unit : t.units) {
          table(t.period).unit(unit);
        }
        for (Map.Entry<String, Column> e : t.columns.entrySet()) {
          Column c = e.getValue();
          table(t.period).columns.computeIfAbsent(e.getKey(), k -> new Column(0));
          for (int u = 0; u < t.units.size(); u++) {
            String code = c.code(u);
            double v = c.value(u);
            if (code != null) {
              set(t.period, t.units.get(u), e.getKey(), Double.NaN, code, name);
            } else if (v == v) {
              set(t.period, t.units.get(u), e.getKey(), v, null, name);
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(name, new ArrayList<>(problems));
      }
      return this;
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
      for (Table t : periods.values()) {
        for (Column c : t.columns.values()) {
          c.fit(t.units.size());
        }
      }
      return new Dataset(new LinkedHashMap<>(periods));
    }
  }
}
