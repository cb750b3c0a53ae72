package io.github.bizenv.scoring.io;

import io.github.bizenv.scoring.internal.Csv;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Ids;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Observation tables in CSV, in two layouts told apart by the header:
 *
 * <ul>
 *   <li>long: columns {@code unit, indicator, period, value} (in any order; {@code period} optional);
 *   <li>wide: a {@code unit} column, an optional {@code period} column, and one column per indicator,
 *       headed by the indicator's id.
 * </ul>
 *
 * <p>An empty cell is a value not observed. A value is a decimal number or, where the programme declares
 * it, a text code of its indicator. Rows are numbered as lines, the header being line 1 (a quoted cell
 * spanning lines shifts the count).
 */
final class CsvObservations {

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private CsvObservations() {}

  static List<Observation> read(String text, String name, Programme programme, Period defaultPeriod,
      DocumentLimits limits) {
    List<List<String>> rows = Csv.rows(text, name, limits);
    List<Problem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "line 1", "table has no header")));
    }
    List<String> header = new ArrayList<>();
    for (String h : rows.get(0)) {
      header.add(h.trim());
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      if (columns.putIfAbsent(header.get(i), i) != null) {
        problems.add(Problem.of(Problem.DUPLICATE_ID, at(1, i, header), "column " + quote(header.get(i))
            + " appears twice in the header"));
      }
    }
    if (!columns.containsKey("unit")) {
      problems.add(Problem.of(Problem.MISSING_FIELD, "line 1", "header has no \"unit\" column: " + header));
      throw new ValidationException(name, problems);
    }
    boolean isLong = columns.containsKey("indicator") || columns.containsKey("value");
    if (isLong) {
      for (String required : List.of("indicator", "value")) {
        if (!columns.containsKey(required)) {
          problems.add(Problem.of(Problem.MISSING_FIELD, "line 1", "long table header has no " + quote(required)
              + " column: " + header));
        }
      }
      for (int i = 0; i < header.size(); i++) {
        if (!Set.of("unit", "indicator", "period", "value").contains(header.get(i))) {
          problems.add(Problem.of(Problem.UNKNOWN_FIELD, at(1, i, header), "column " + quote(header.get(i))
              + " is not one of unit, indicator, period, value"));
        }
      }
    } else {
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i);
        if (h.equals("unit") || h.equals("period")) {
          continue;
        }
        if (!Ids.isValid(h)) {
          problems.add(Problem.of(Problem.INVALID_ID, at(1, i, header), "indicator id " + quote(h) + " " + Ids.RULE));
        } else if (programme != null && programme.indicator(h).isEmpty()) {
          problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, at(1, i, header), "indicator " + quote(h)
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
      int line = r + 1;
      if (row.size() == 1 && row.get(0).trim().isEmpty()) {
        continue;
      }
      if (row.size() != header.size()) {
        problems.add(Problem.of(Problem.CELL_COUNT, "line " + line, "row has " + row.size() + " cells; the header has "
            + header.size()));
        continue;
      }
      String unit = row.get(unitCol).trim();
      if (!Ids.isValid(unit)) {
        problems.add(Problem.of(Problem.INVALID_ID, at(line, unitCol, header), "unit id " + quote(unit) + " " + Ids.RULE));
        continue;
      }
      if (programme != null && programme.unit(unit).isEmpty()) {
        problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, at(line, unitCol, header), "unit " + quote(unit)
            + " is not declared in the programme's units"));
        continue;
      }
      Period period = defaultPeriod;
      if (periodCol != null) {
        String p = row.get(periodCol).trim();
        if (!p.isEmpty() || defaultPeriod == null) {
          try {
            period = Period.parse(p);
          } catch (IllegalArgumentException e) {
            problems.add(Problem.of(Problem.WRONG_TYPE, at(line, periodCol, header), e.getMessage()));
            continue;
          }
        }
      }
      if (isLong) {
        int indicatorCol = columns.get("indicator");
        String indicator = row.get(indicatorCol).trim();
        if (!Ids.isValid(indicator)) {
          problems.add(Problem.of(Problem.INVALID_ID, at(line, indicatorCol, header), "indicator id "
              + quote(indicator) + " " + Ids.RULE));
          continue;
        }
        cell(out, problems, seen, programme, unit, indicator, period, row.get(columns.get("value")), line,
            columns.get("value"), header);
      } else {
        for (int c = 0; c < header.size(); c++) {
          if (c == unitCol || (periodCol != null && c == periodCol)) {
            continue;
          }
          cell(out, problems, seen, programme, unit, header.get(c), period, row.get(c), line, c, header);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(name, problems);
    }
    return out;
  }

  private static void cell(List<Observation> out, List<Problem> problems, Map<String, Integer> seen,
      Programme programme, String unit, String indicator, Period period, String raw, int line, int col,
      List<String> header) {
    String value = raw.trim();
    if (value.isEmpty()) {
      return;
    }
    Observation o;
    if (DECIMAL.matcher(value).matches()) {
      double d = Double.parseDouble(value);
      if (!Double.isFinite(d)) {
        problems.add(Problem.of(Problem.NON_FINITE, at(line, col, header), "number " + value + " is not finite"));
        return;
      }
      o = Observation.of(unit, indicator, period, d);
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
