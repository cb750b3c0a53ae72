package io.github.bizenv.scoring.io;

import io.github.bizenv.scoring.model.Observation;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observations read from a CSV table, with how the table was read: the encoding and delimiter used, and the
 * units and indicators the table named by their names rather than their ids, so that a caller can say which
 * it mapped.
 *
 * <p>Immutable.
 */
public final class TableRead {

  private final List<Observation> observations;
  private final Charset encoding;
  private final char delimiter;
  private final Map<String, String> unitsByName;
  private final Map<String, String> indicatorsByName;

  TableRead(List<Observation> observations, Charset encoding, char delimiter, Map<String, String> unitsByName,
      Map<String, String> indicatorsByName) {
    this.observations = List.copyOf(observations);
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.unitsByName = Collections.unmodifiableMap(new LinkedHashMap<>(unitsByName));
    this.indicatorsByName = Collections.unmodifiableMap(new LinkedHashMap<>(indicatorsByName));
  }

  /**
   * The observations, in row order (wide tables: row by row, column by column).
   *
   * @return the observations
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * The encoding the table was read in, declared or detected.
   *
   * @return the encoding, e.g. UTF-8 or GB18030
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * The delimiter the table was split by, declared or detected.
   *
   * @return {@code ','}, {@code ';'} or {@code '\t'}
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The units the table named by name, each with the id it was mapped to.
   *
   * @return name as written → unit id, in order of first appearance; empty when every unit was named by id
   */
  public Map<String, String> unitsByName() {
    return unitsByName;
  }

  /**
   * The indicators the table named by name (a wide table's headers or a long table's indicator cells), each with
   * the id it was mapped to.
   *
   * @return name as written → indicator id, in order of first appearance
   */
  public Map<String, String> indicatorsByName() {
    return indicatorsByName;
  }
}
