package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme and its data read from a workbook, with what the reader did on the way: the units, areas and
 * indicators that cells named by name rather than id (each with the id it was mapped to), and the sheets it did
 * not read.
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

  WorkbookRead(Programme programme, ProgrammeData data, Map<String, String> unitsByName,
      Map<String, String> areasByName, Map<String, String> indicatorsByName, List<String> ignoredSheets) {
    this.programme = programme;
    this.data = data;
    this.unitsByName = Collections.unmodifiableMap(new LinkedHashMap<>(unitsByName));
    this.areasByName = Collections.unmodifiableMap(new LinkedHashMap<>(areasByName));
    this.indicatorsByName = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorsByName));
    this.ignoredSheets = List.copyOf(ignoredSheets);
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
   * The programme's data: progress reports, ratings, findings, outside results and observations.
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
}
