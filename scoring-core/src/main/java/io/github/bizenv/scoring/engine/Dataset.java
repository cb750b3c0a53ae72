package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Csv;
import io.github.bizenv.scoring.internal.CsvStream;
import io.github.bizenv.scoring.internal.CsvTable;
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
 * <p>A data set may also hold respondent-level answers for a methodology's survey steps: rows of one respondent
 * each, with the respondent's unit, id and answers by column (sample weight among them). They come from
 * {@link Builder#respondent} in code, or from a long table with a respondent column: {@link Builder#addCsv(Path,
 * Plan, CsvOptions, DocumentLimits)} reads a table whose header has the plan's respondent column ({@code respondent}
 * unless a survey step names another) as respondent-level, one row per respondent.
 *
 * <p>Build one in code with {@link #builder()}, or read CSV tables with {@link #readCsv}; several tables may
 * add to one data set, and a cell given twice must have the same value both times (a label column two tables share),
 * else it is a problem. Immutable and thread-safe once built.
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
    /** Respondent-level answers, or null when the period has none. */
    Responses responses;

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

  /** Respondent-level rows of one period: each row's unit (its index in the table), respondent and answers. */
  static final class Responses {
    final List<Integer> unit = new ArrayList<>();
    final List<String> respondent = new ArrayList<>();
    /** Where each row came from, for problems: {@code file, line 7} or {@code respondent "f12"}. */
    final List<String> where = new ArrayList<>();
    final Map<String, Column> columns = new LinkedHashMap<>();

    int size() {
      return unit.size();
    }

    /** The rows of each table unit, by the unit's index. */
    List<List<Integer>> byUnit(int units) {
      List<List<Integer>> out = new ArrayList<>(units);
      for (int u = 0; u < units; u++) {
        out.add(new ArrayList<>());
      }
      for (int r = 0; r < unit.size(); r++) {
        out.get(unit.get(r)).add(r);
      }
      return out;
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
     * Adds a respondent's answers in a period, for a methodology's survey steps.
     *
     * @param period the period
     * @param unit the unit the respondent belongs to (an economy, a city)
     * @param respondent the respondent's id
     * @param answers column → answer (finite numbers; a sample weight is an answer too)
     * @return this builder
     * @throws IllegalArgumentException if an answer is not finite
     */
    public Builder respondent(Period period, String unit, String respondent, Map<String, Double> answers) {
      return addRespondent(Objects.requireNonNull(period, "period"), unit, respondent, answers);
    }

    /**
     * Adds a respondent's answers without a period.
     *
     * @param unit the unit the respondent belongs to
     * @param respondent the respondent's id
     * @param answers column → answer (finite numbers)
     * @return this builder
     * @throws IllegalArgumentException if an answer is not finite
     */
    public Builder respondent(String unit, String respondent, Map<String, Double> answers) {
      return addRespondent(null, unit, respondent, answers);
    }

    private Builder addRespondent(Period period, String unit, String respondent, Map<String, Double> answers) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(respondent, "respondent");
      Objects.requireNonNull(answers, "answers");
      answers.forEach((k, v) -> {
        if (v == null || !Double.isFinite(v)) {
          throw new IllegalArgumentException("answer " + k + " of respondent " + respondent + " is not finite: " + v);
        }
      });
      int row = responseRow(period, unit, respondent, "respondent \"" + respondent + "\" of unit \"" + unit + "\"");
      Responses rs = table(period).responses;
      answers.forEach((k, v) -> answer(rs, row, Objects.requireNonNull(k, "column"), v, null));
      return this;
    }

    private int responseRow(Period period, String unit, String respondent, String where) {
      Table t = table(period);
      if (t.responses == null) {
        t.responses = new Responses();
      }
      Responses rs = t.responses;
      rs.unit.add(t.unit(unit));
      rs.respondent.add(respondent);
      rs.where.add(where);
      return rs.size() - 1;
    }

    private static void answer(Responses rs, int row, String column, double value, String code) {
      Column c = rs.columns.computeIfAbsent(column, k -> new Column(0));
      c.ensure(row + 1);
      if (code != null) {
        if (c.codes == null) {
          c.codes = new String[c.values.length];
        }
        c.codes[row] = code;
        c.values[row] = Double.NaN;
      } else {
        c.values[row] = value;
      }
    }

    /**
     * Adds a respondent-level CSV table's text: one row per respondent, with a unit column, a respondent column and
     * one column per question; empty cells are no answer. Its rows have no period, unless a period column is given.
     *
     * @param text the table
     * @param name its name for problem messages
     * @param unitColumn the unit column's header
     * @param respondentColumn the respondent column's header
     * @param limits the read limits
     * @return this builder
     * @throws ValidationException listing every problem of the table
     */
    public Builder addRespondentCsv(String text, String name, String unitColumn, String respondentColumn,
        DocumentLimits limits) {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(unitColumn, "unitColumn");
      Objects.requireNonNull(respondentColumn, "respondentColumn");
      Objects.requireNonNull(limits, "limits");
      return addRespondentRows(Csv.rows(text, name, limits), name, unitColumn, null, CsvOptions.defaults(),
          Set.of(respondentColumn));
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
      if (c.present(u) && (code != null ? code.equals(c.code(u)) : c.code(u) == null
          && Double.compare(c.value(u), value) == 0)) {
        return true; // the same value again, e.g. a label column two tables share
      }
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
      Set<String> respondentColumns = plan.respondentColumns();
      if (!respondentColumns.isEmpty()) {
        // Survey microdata are small: read the table whole, and as respondent-level rows if its header says so.
        String name = path.toString();
        Csv.Rows rows = CsvTable.of(Source.bytes(path, limits), name, options, limits).rows();
        if (!rows.isEmpty() && rows.get(0).stream().map(String::trim).anyMatch(respondentColumns::contains)) {
          return addRespondentRows(rows, name, plan.unitColumn(), plan.periodColumn().orElse(null), options,
              respondentColumns);
        }
      }
      return addFile(path, plan.unitColumn(), plan.periodColumn().orElse(null), options, limits);
    }

    /**
     * Adds a respondent-level table, one row per respondent: its unit, its respondent id (the first header cell
     * among {@code respondentColumns}), an optional period, and its answers; empty cells are no answer.
     */
    private Builder addRespondentRows(Csv.Rows rows, String name, String unitColumn, String periodColumn,
        CsvOptions options, Set<String> respondentColumns) {
      if (built) {
        throw new IllegalStateException("this Dataset.Builder has already built its data set; start a new one");
      }
      source = name;
      if (rows.isEmpty()) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line 1", "table has no header")));
      }
      List<String> header = new ArrayList<>();
      rows.get(0).forEach(h -> header.add(h.trim()));
      for (int c = 0; c < header.size(); c++) {
        if (header.get(c).isEmpty()) {
          problems.add(Problem.of(Problem.MISSING_FIELD, "line 1, column " + (c + 1), "header cell is empty"));
        }
      }
      int respondentCol = -1;
      for (int c = 0; c < header.size() && respondentCol < 0; c++) {
        if (respondentColumns.contains(header.get(c))) {
          respondentCol = c;
        }
      }
      int unitCol = header.indexOf(unitColumn);
      int periodCol = periodColumn == null ? -1 : header.indexOf(periodColumn);
      if (respondentCol < 0) {
        throw new ValidationException(name, List.of(Problem.of(Problem.MISSING_FIELD, "line 1",
            "header has no respondent column " + respondentColumns)));
      }
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
        int line = rows.line(r);
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
        Period period = options.period().orElse(null);
        if (periodCol >= 0) {
          try {
            period = Period.parse(row.get(periodCol).trim());
          } catch (IllegalArgumentException e) {
            problems.add(Problem.of(Problem.WRONG_TYPE, "line " + line + ", column " + (periodCol + 1),
                e.getMessage()));
            continue;
          }
        }
        String respondent = row.get(respondentCol).trim();
        if (respondent.isEmpty()) {
          problems.add(Problem.of(Problem.MISSING_FIELD, "line " + line + ", column " + (respondentCol + 1),
              "the respondent's id is empty"));
          continue;
        }
        int at = responseRow(period, unit, respondent, name + ", line " + line);
        Responses rs = table(period).responses;
        for (int c = 0; c < header.size(); c++) {
          if (c == unitCol || c == periodCol || c == respondentCol) {
            continue;
          }
          String v = row.get(c).trim();
          if (v.isEmpty()) {
            continue;
          }
          String where = "line " + line + ", column " + (c + 1);
          double d = Numbers.parse(v, options);
          String undeclared = d != d ? Numbers.undeclared(v, options) : null;
          if (undeclared != null) {
            problems.add(Problem.of(Problem.WRONG_TYPE, where, undeclared));
          } else if (d == d && !Double.isFinite(d)) {
            problems.add(Problem.of(Problem.NON_FINITE, where, "number " + v + " is not finite"));
          } else {
            answer(rs, at, header.get(c), d, d == d ? null : v);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(name, new ArrayList<>(problems));
      }
      return this;
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
