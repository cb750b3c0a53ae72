package io.github.bizenv.scoring.io;

import io.github.bizenv.scoring.internal.Csv;
import io.github.bizenv.scoring.internal.CsvTable;
import io.github.bizenv.scoring.internal.Names;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Observation tables in CSV, in two layouts told apart by the header:
 *
 * <ul>
 *   <li>long: columns {@code unit, indicator, period, value} (in any order; {@code period} optional);
 *   <li>wide: a {@code unit} column, an optional {@code period} column, and one column per indicator,
 *       headed by the indicator's id.
 * </ul>
 *
 * <p>The column names may also be written in Chinese: 单位, 指标, 周期, 数值. Against a programme, a unit
 * or indicator may be named by its Chinese or English name instead of its id; {@link TableRead} says which
 * names were mapped to which ids.
 *
 * <p>An empty cell is a value not observed. A value is a decimal number (with thousands separators or a
 * percent sign when {@link CsvOptions} declares them) or, where the programme declares it, a text code of its
 * indicator. Problems name the line and column of the cell, the header being line 1 (a row whose quoted cell spans
 * lines is named by the line it starts on).
 */
final class CsvObservations {

  /** Chinese names of the format's columns. */
  private static final Map<String, String> ALIASES = Map.of("单位", "unit", "指标", "indicator", "周期", "period",
      "数值", "value");

  private CsvObservations() {}

  static TableRead read(byte[] bytes, String name, Programme programme, CsvOptions options, DocumentLimits limits) {
    CsvTable t = CsvTable.of(bytes, name, options, limits);
    return read(t.rows(), t.charset(), t.delimiter(), name, programme, options);
  }

  private static TableRead read(Csv.Rows rows, Charset charset, char delimiter, String name,
      Programme programme, CsvOptions options) {
    Period defaultPeriod = options.period().orElse(null);
    Names<Unit> units = programme == null ? null : new Names<>(programme.units(), Unit::id, Unit::name);
    Names<Indicator> indicators = programme == null ? null
        : new Names<>(programme.indicators(), Indicator::id, Indicator::name);
    List<Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line 1", "table has no header")));
    }
    List<String> header = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (String h : rows.get(0)) {
      header.add(ALIASES.getOrDefault(h.trim(), h.trim()));
      written.add(h.trim());
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (columns.putIfAbsent(header.get(i), i) != null) {
        problems.add(Problem.of(Problem.DUPLICATE_ID, at(1, i, written), "column " + quote(header.get(i))
            + " appears twice in the header"));
      }
    }
    if (!columns.containsKey("unit")) {
      problems.add(Problem.of(Problem.MISSING_FIELD, "line 1", "header has no \"unit\" column: " + header));
      throw new ValidationException(name, problems);
    }
    boolean isLong = columns.containsKey("indicator") || columns.containsKey("value");
    List<String> columnIndicator = new ArrayList<>(header);
    if (isLong) {
      for (String required : List.of("indicator", "value")) {
        if (!columns.containsKey(required)) {
          problems.add(Problem.of(Problem.MISSING_FIELD, "line 1", "long table header has no " + quote(required)
              + " column: " + header));
        }
      }
      for (int i = 0; i < header.size(); i++) {
        if (!Set.of("unit", "indicator", "period", "value").contains(header.get(i))) {
          problems.add(Problem.of(Problem.UNKNOWN_FIELD, at(1, i, written), "column " + quote(header.get(i))
              + " is not one of unit, indicator, period, value"));
        }
      }
    } else {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (h.equals("unit") || h.equals("period")) {
          continue;
        }
        if (h.isEmpty()) {
          problems.add(Problem.of(Problem.MISSING_FIELD, at(1, i, written), "header cell is empty; a wide table "
              + "heads each column by its indicator"));
          continue;
        }
        String id = indicators == null ? null : indicators.id(h);
        if (id != null) {
          columnIndicator.set(i, id);
        } else if (indicators != null && !indicators.ambiguous(h).isEmpty()) {
          problems.add(Problem.of(Problem.INCONSISTENT, at(1, i, written), "indicator name " + quote(h)
              + " is shared by indicators " + indicators.ambiguous(h) + "; head the column by its id"));
        } else if (!Ids.isValid(h)) {
          problems.add(Problem.of(Problem.INVALID_ID, at(1, i, written), "indicator id " + quote(h) + " " + Ids.RULE));
        } else if (programme != null) {
          problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, at(1, i, written), "indicator " + quote(h)
              + " is not declared in the programme's indicators"));
        }
      }
    }
    if (!columns.containsKey("period") && defaultPeriod == null) {
      problems.add(Problem.of(Problem.MISSING_FIELD, "line 1",
          "header has no \"period\" column and no default period was given"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(name, problems);
    }

    List<Observation> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int unitCol = columns.get("unit");
    Integer periodCol = columns.get("period");
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      int line = rows.line(r);
      if (row.size() == 1 && row.get(0).trim().isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        problems.add(Problem.of(Problem.CELL_COUNT, "line " + line, "row has " + row.size() + " cells; the header has "
            + header.size()));
        continue;
      }
      String unit = row.get(unitCol).trim();
      String unitId = units == null ? unit : units.id(unit);
      if (unitId == null) {
        List<String> shared = units.ambiguous(unit);
        if (!shared.isEmpty()) {
          problems.add(Problem.of(Problem.INCONSISTENT, at(line, unitCol, written), "unit name " + quote(unit)
              + " is shared by units " + shared + "; name the unit by its id"));
        } else if (!Ids.isValid(unit)) {
          problems.add(Problem.of(Problem.INVALID_ID, at(line, unitCol, written), "unit id " + quote(unit) + " "
              + Ids.RULE));
        } else {
          problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, at(line, unitCol, written), "unit " + quote(unit)
              + " is not declared in the programme's units"));
        }
        continue;
      }
      if (!Ids.isValid(unitId)) {
        problems.add(Problem.of(Problem.INVALID_ID, at(line, unitCol, written), "unit id " + quote(unit) + " "
            + Ids.RULE));
        continue;
      }
      unit = unitId;
      Period period = defaultPeriod;
      if (periodCol != null) {
        String p = row.get(periodCol).trim();
        if (!p.isEmpty() || defaultPeriod == null) {
          try {
            period = Period.parse(p);
          } catch (IllegalArgumentException e) {
            problems.add(Problem.of(Problem.WRONG_TYPE, at(line, periodCol, written), e.getMessage()));
            continue;
          }
        }
      }
      if (isLong) {
        int indicatorCol = columns.get("indicator");
        String indicator = row.get(indicatorCol).trim();
        String id = indicators == null ? null : indicators.id(indicator);
        if (id != null) {
          indicator = id;
        } else if (indicators != null && !indicators.ambiguous(indicator).isEmpty()) {
          problems.add(Problem.of(Problem.INCONSISTENT, at(line, indicatorCol, written), "indicator name "
              + quote(indicator) + " is shared by indicators " + indicators.ambiguous(indicator)
              + "; name the indicator by its id"));
          continue;
        } else if (!Ids.isValid(indicator)) {
          problems.add(Problem.of(Problem.INVALID_ID, at(line, indicatorCol, written), "indicator id "
              + quote(indicator) + " " + Ids.RULE));
          continue;
        }
        cell(out, problems, seen, programme, unit, indicator, period, row.get(columns.get("value")), line,
            columns.get("value"), written, options);
      } else {
        for (int c = 0; c < header.size(); c++) {
          if (c == unitCol || (periodCol != null && c == periodCol)) {
            continue;
          }
          cell(out, problems, seen, programme, unit, columnIndicator.get(c), period, row.get(c), line, c, written,
              options);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(name, problems);
    }
    return new TableRead(out, charset, delimiter, units == null ? Map.of() : units.used(),
        indicators == null ? Map.of() : indicators.used());
  }

  private static void cell(List<Observation> out, List<Problem> problems, Map<String, Integer> seen,
      Programme programme, String unit, String indicator, Period period, String raw, int line, int col,
      List<String> header, CsvOptions options) {
    String value = raw.trim();
    if (value.isEmpty()) {
      return;
    }
    Observation o;
    double d = Numbers.parse(value, options);
    if (d == d) {
      if (!Double.isFinite(d)) {
        problems.add(Problem.of(Problem.NON_FINITE, at(line, col, header), "number " + value + " is not finite"));
        return;
      }
      o = Observation.of(unit, indicator, period, d);
    } else if (Numbers.undeclared(value, options) != null) {
      problems.add(Problem.of(Problem.WRONG_TYPE, at(line, col, header), Numbers.undeclared(value, options)));
      return;
    } else if (programme == null) {
      problems.add(Problem.of(Problem.WRONG_TYPE, at(line, col, header), "value " + quote(value)
          + " is not a number (text codes are checked against the programme that declares them: give it too)"));
      return;
    } else {
      o = Observation.ofCode(unit, indicator, period, value);
    }
    if (programme != null) {
      for (Problem p : ProgrammeData.problemsOf(o, programme)) {
        problems.add(Problem.of(p.code(), at(line, col, header), p.message()));
      }
      if (programme.indicator(indicator).isEmpty() || programme.unit(unit).isEmpty()) {
        return;
      }
    }
    String key = unit + "\u0000" + indicator + "\u0000" + period;
    Integer first = seen.putIfAbsent(key, line);
    if (first != null) {
      problems.add(Problem.of(Problem.DUPLICATE_ID, at(line, col, header), "unit " + quote(unit) + ", indicator "
          + quote(indicator) + ", period " + period + " is already observed on line " + first));
      return;
    }
    out.add(o);
  }

  static String writeLong(List<Observation> observations) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("unit", "indicator", "period", "value"));
    for (Observation o : observations) {
      rows.add(List.of(o.unit(), o.indicator(), o.period().toString(), value(o)));
    }
    return Csv.write(rows);
  }

  static String writeWide(List<Observation> observations) {
    Set<String> indicators = new LinkedHashSet<>();
    Map<String, Map<String, Observation>> byRow = new LinkedHashMap<>();
    for (Observation o : observations) {
      indicators.add(o.indicator());
      byRow.computeIfAbsent(o.unit() + "\u0000" + o.period(), k -> new HashMap<>()).put(o.indicator(), o);
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("unit", "period"));
    header.addAll(indicators);
    rows.add(header);
    for (Map.Entry<String, Map<String, Observation>> row : byRow.entrySet()) {
      String[] key = row.getKey().split("\u0000", 2);
      List<String> cells = new ArrayList<>(List.of(key[0], key[1]));
      for (String i : indicators) {
        Observation o = row.getValue().get(i);
        cells.add(o == null ? "" : value(o));
      }
      rows.add(cells);
    }
    return Csv.write(rows);
  }

  private static String value(Observation o) {
    return o.number().isPresent() ? Numbers.decimal(o.number().getAsDouble()) : o.code().orElseThrow();
  }

  private static String at(int line, int col, List<String> header) {
    String name = col < header.size() ? " (" + header.get(col) + ")" : "";
    return "line " + line + ", column " + (col + 1) + name;
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
