package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme and its data read from a workbook, with what the reader did on the way: the units, areas and
 * indicators that cells named by name rather than id (each with the id it was mapped to), the sheets it did
 * not read, and the programme's warnings at their cells.
 *
 * <p>Immutable.
 */
public final class WorkbookRead {

  private final Programme programme;
  private final ProgrammeData data;
  private final Map<String, String> unitsByName;
  private final Map<String, String> areasByName;
  private final Map<String, String> indicatorsByName;
  private final List<String> ignoredSheets;
  private final List<Problem> warnings;

  WorkbookRead(Programme programme, ProgrammeData data, Map<String, String> unitsByName,
      Map<String, String> areasByName, Map<String, String> indicatorsByName, List<String> ignoredSheets,
      List<Problem> warnings) {
    this.programme = programme;
    this.data = data;
    this.unitsByName = Collections.unmodifiableMap(new LinkedHashMap<>(unitsByName));
    this.areasByName = Collections.unmodifiableMap(new LinkedHashMap<>(areasByName));
    this.indicatorsByName = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorsByName));
    this.ignoredSheets = List.copyOf(ignoredSheets);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The programme.
   *
   * @return the programme, valid
   */
  public Programme programme() {
    return programme;
  }

  /**
   * The programme's data: progress reports, ratings, findings, recognitions, outside results and observations.
   *
   * @return the data, checked against the programme; empty lists for sheets the workbook does not have
   */
  public ProgrammeData data() {
    return data;
  }

  /**
   * Units named by name in cells, with their ids.
   *
   * @return name as written → unit id, in order of first use
   */
  public Map<String, String> unitsByName() {
    return unitsByName;
  }

  /**
   * Areas named by name in cells, with their ids.
   *
   * @return name as written → area id, in order of first use
   */
  public Map<String, String> areasByName() {
    return areasByName;
  }

  /**
   * Indicators named by name in cells or headers, with their ids.
   *
   * @return name as written → indicator id, in order of first use
   */
  public Map<String, String> indicatorsByName() {
    return indicatorsByName;
  }

  /**
   * Sheets that are not part of the layout and were not read (an instructions sheet named 说明 is not listed).
   *
   * @return their names, in workbook order
   */
  public List<String> ignoredSheets() {
    return ignoredSheets;
  }

  /**
   * What is probably wrong in the programme but allowed ({@link Programme#warnings()}: a task led by a unit without
   * the competence for its area, a target worse than its baseline without a reason), each at its cell
   * ({@code 任务!T12}) instead of a JSON pointer.
   *
   * @return the warnings, in task order; empty when there are none or the programme was not read from the workbook
   */
  public List<Problem> warnings() {
    return warnings;
  }
}
