package io.github.bizenv.scoring.methodologies;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The methodologies bundled with the library, by name: published indices reproduced exactly and the sample
 * city's assessments.
 *
 * <pre>{@code
 * Methodology db2020 = Catalogue.bundled().methodology("db2020");
 * Plan plan = Engine.create().compile(db2020);
 * }</pre>
 *
 * <table>
 *   <caption>The bundled methodologies</caption>
 *   <tr><th>name</th><th>what</th></tr>
 *   <tr><td>{@code db2020}</td><td>World Bank Doing Business 2020 (distance to frontier, topics, overall; the
 *     eleven two-city economies as composites)</td></tr>
 *   <tr><td>{@code bready2025}</td><td>World Bank B-READY 2025 (points, topics, pillars, the three economy pillars as
 *     cross-cutting views, quintiles)</td></tr>
 *   <tr><td>{@code cn-national-18}</td><td>the structure of China's national business-environment evaluation: 18
 *     first-level indicators, distance to frontier, equal weights (an illustration: the official weights and
 *     formulas are not public)</td></tr>
 *   <tr><td>{@code asem}</td><td>COINr's ASEM Sustainable Connectivity index, its canonical build</td></tr>
 *   <tr><td>{@code asem-zscore}, {@code asem-copeland}</td><td>ASEM variants: z-scores; Copeland aggregation</td></tr>
 *   <tr><td>{@code assessment-departments-2021}, {@code assessment-districts-2021}, {@code quarterly-progress}</td>
 *     <td>the Sample City's year-end assessments and quarterly ranking</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalogue {

  private static final List<String> NAMES = List.of("db2020", "bready2025", "cn-national-18", "asem", "asem-zscore",
      "asem-copeland", "assessment-departments-2021", "assessment-districts-2021", "quarterly-progress");

  private static final Catalogue BUNDLED = new Catalogue();

  private Catalogue() {}

  /**
   * The bundled catalogue.
   *
   * @return the catalogue
   */
  public static Catalogue bundled() {
    return BUNDLED;
  }

  /**
   * The names of the bundled methodologies.
   *
   * @return the names, in the order of the table above
   */
  public List<String> names() {
    return NAMES;
  }

  /**
   * A bundled methodology, read and checked.
   *
   * @param name one of {@link #names()}
   * @return the methodology
   * @throws IllegalArgumentException naming the known names if {@code name} is not one of them
   */
  public Methodology methodology(String name) {
    return Documents.create().readMethodology(text(name), name + ".json");
  }

  /**
   * A bundled methodology's file, as it is ({@code bizenv.methodology/1} JSON), for copying and editing.
   *
   * @param name one of {@link #names()}
   * @return the file's text
   * @throws IllegalArgumentException naming the known names if {@code name} is not one of them
   */
  public String text(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no bundled methodology \"" + name + "\"; bundled: " + String.join(", ",
          NAMES));
    }
    try (InputStream in = Catalogue.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new ScoringException("the bundled methodology " + name + ".json is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled methodology " + name, e);
    }
  }
}
