package io.github.bizenv.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.JsonIn;
import io.github.bizenv.scoring.internal.MethodologyCodec;
import io.github.bizenv.scoring.internal.Schemas;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes the library's documents: programmes ({@code bizenv.programme/1}), programme data
 * ({@code bizenv.data/1}) and CSV tables of observations (wide or long).
 *
 * <p>Reading checks the whole document and either returns a complete, valid value or throws one
 * {@link ValidationException} listing every problem with its JSON pointer (or CSV line and column): wrong
 * types, unknown fields, missing fields, invalid or duplicate ids, unknown references, dates outside the
 * programme period, milestones out of order, non-finite numbers, rows with the wrong number of cells.
 * Nothing is half-loaded. JSON is UTF-8, with or without a byte-order mark; CSV tables may also be GBK/GB18030
 * or UTF-16 and split by semicolons or tabs (see {@link CsvOptions}). Everything is read under
 * {@link DocumentLimits}. Only JSON trees are read; no type information is ever taken from input.
 *
 * <p>Writing produces the canonical form: for every value {@code x}, reading what was written gives a value
 * equal to {@code x}, and writing equal values gives identical text.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Documents {

  private static final Documents DEFAULT = new Documents(DocumentLimits.defaults());

  private final DocumentLimits limits;
  private final Json json;

  private Documents(DocumentLimits limits) {
    this.limits = limits;
    this.json = new Json(limits);
  }

  /**
   * Documents read under the default limits.
   *
   * @return the shared instance
   */
  public static Documents create() {
    return DEFAULT;
  }

  /**
   * Documents read under the given limits.
   *
   * @param limits the limits
   * @return a new instance
   */
  public static Documents create(DocumentLimits limits) {
    return new Documents(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * The limits documents are read under.
   *
   * @return the limits
   */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * Reads a programme document.
   *
   * @param path a {@code bizenv.programme/1} file
   * @return the programme
   * @throws ValidationException listing every problem, if the document is not a valid programme
   * @throws ScoringException if the file cannot be read
   */
  public Programme readProgramme(Path path) {
    Objects.requireNonNull(path, "path");
    return readProgramme(Source.read(path, limits), path.toString());
  }

  /**
   * Reads a programme document from a stream, which is not closed.
   *
   * @param in the document's bytes
   * @param name a name for the document in problem messages
   * @return the programme
   * @throws ValidationException listing every problem, if the document is not a valid programme
   */
  public Programme readProgramme(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return readProgramme(Source.read(in, name, limits), name);
  }

  private Programme readProgramme(String text, String name) {
    return ProgrammeCodec.read(json.parse(text, name), name);
  }

  /**
   * Reads a data document and checks it against its programme.
   *
   * @param path a {@code bizenv.data/1} file
   * @param programme the programme the data belongs to
   * @return the data
   * @throws ValidationException listing every problem, including references the programme does not declare
   * @throws ScoringException if the file cannot be read
   */
  public ProgrammeData readData(Path path, Programme programme) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(programme, "programme");
    return DataCodec.read(json.parse(Source.read(path, limits), path.toString()), path.toString(), programme);
  }

  /**
   * Reads a data document from a stream, which is not closed, and checks it against its programme.
   *
   * @param in the document's bytes
   * @param name a name for the document in problem messages
   * @param programme the programme the data belongs to
   * @return the data
   * @throws ValidationException listing every problem, including references the programme does not declare
   */
  public ProgrammeData readData(InputStream in, String name, Programme programme) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(programme, "programme");
    return DataCodec.read(json.parse(Source.read(in, name, limits), name), name, programme);
  }

  /**
   * Reads a data document on its own, without its programme: its structure and its own rules are checked,
   * its references are not.
   *
   * @param path a {@code bizenv.data/1} file
   * @return the data
   * @throws ValidationException listing every problem
   * @throws ScoringException if the file cannot be read
   */
  public ProgrammeData readDataUnchecked(Path path) {
    Objects.requireNonNull(path, "path");
    return DataCodec.read(json.parse(Source.read(path, limits), path.toString()), path.toString(), null);
  }

  /**
   * Reads a CSV table of observations and checks it against a programme: units and indicators must be
   * declared there, and a non-numeric value must be a text code its indicator declares. Rows without a
   * period take the programme's period.
   *
   * @param path a CSV file, wide or long
   * @param programme the programme the observations belong to
   * @return the observations, in row order (wide tables: row by row, column by column)
   * @throws ValidationException listing every problem with its line and column
   * @throws ScoringException if the file cannot be read
   */
  public List<Observation> readObservations(Path path, Programme programme) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(programme, "programme");
    return readTable(path, programme, CsvOptions.defaults()).observations();
  }

  /**
   * Reads a CSV table of observations from a stream, which is not closed, and checks it against a
   * programme, as {@link #readObservations(Path, Programme)} does.
   *
   * @param in the table's bytes
   * @param name a name for the table in problem messages
   * @param programme the programme the observations belong to
   * @return the observations, in row order
   * @throws ValidationException listing every problem with its line and column
   */
  public List<Observation> readObservations(InputStream in, String name, Programme programme) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(programme, "programme");
    return readTable(in, name, programme, CsvOptions.defaults()).observations();
  }

  /**
   * Reads a CSV table of observations without a programme, every row carrying its period: every value must be a
   * number, and ids are checked for form only.
   *
   * @param path a CSV file, wide or long, with a {@code period} column
   * @return the observations, in row order
   * @throws ValidationException listing every problem with its line and column
   * @throws ScoringException if the file cannot be read
   */
  public List<Observation> readObservations(Path path) {
    Objects.requireNonNull(path, "path");
    return readTable(path, CsvOptions.defaults()).observations();
  }

  /**
   * Reads a CSV table of observations without a programme, rows without a period taking a default one: every
   * value must be a number, and ids are checked for form only.
   *
   * @param path a CSV file, wide or long
   * @param defaultPeriod the period of rows without one
   * @return the observations, in row order
   * @throws ValidationException listing every problem with its line and column
   * @throws ScoringException if the file cannot be read
   */
  public List<Observation> readObservations(Path path, Period defaultPeriod) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(defaultPeriod, "defaultPeriod");
    return readTable(path, CsvOptions.defaults().withPeriod(defaultPeriod)).observations();
  }

  /**
   * Reads a CSV table of observations as it comes from an office — in UTF-8 or GBK/GB18030, split by commas,
   * semicolons or tabs, with numbers such as {@code 1,003} or {@code 60%} when declared, units and indicators
   * named by id or by name — and checks it against a programme. Rows without a period take the declared
   * period, else the programme's.
   *
   * @param path a CSV file, wide or long
   * @param programme the programme the observations belong to
   * @param options the declared encoding, delimiter, number formats and period
   * @return the observations, with the encoding and delimiter used and the names mapped to ids
   * @throws ValidationException listing every problem with its line and column
   * @throws ScoringException if the file cannot be read
   */
  public TableRead readTable(Path path, Programme programme, CsvOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(programme, "programme");
    CsvOptions o = options.period().isPresent() ? options : options.withPeriod(programme.period());
    return CsvObservations.read(Source.bytes(path, limits), path.toString(), programme, o, limits);
  }

  /**
   * Reads a CSV table of observations without a programme, under declared options: every value must be a
   * number, and ids are checked for form only.
   *
   * @param path a CSV file, wide or long
   * @param options the declared encoding, delimiter, number formats and the period of rows without one
   * @return the observations, with the encoding and delimiter used
   * @throws ValidationException listing every problem with its line and column
   * @throws ScoringException if the file cannot be read
   */
  public TableRead readTable(Path path, CsvOptions options) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    return CsvObservations.read(Source.bytes(path, limits), path.toString(), null, options, limits);
  }

  /**
   * Reads a CSV table of observations from a stream, which is not closed, as
   * {@link #readTable(Path, Programme, CsvOptions)} does.
   *
   * @param in the table's bytes
   * @param name a name for the table in problem messages
   * @param programme the programme the observations belong to
   * @param options the declared encoding, delimiter, number formats and period
   * @return the observations, with the encoding and delimiter used and the names mapped to ids
   * @throws ValidationException listing every problem with its line and column
   */
  public TableRead readTable(InputStream in, String name, Programme programme, CsvOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(programme, "programme");
    CsvOptions o = options.period().isPresent() ? options : options.withPeriod(programme.period());
    return CsvObservations.read(Source.bytes(in, name, limits), name, programme, o, limits);
  }

  /**
   * Reads a methodology document: its fields and types, then the structure of the methodology it describes
   * (one root, no cycles, every reference resolved). Whether its strategies exist and their settings are right
   * is checked when the engine compiles it.
   *
   * @param path a {@code bizenv.methodology/1} file
   * @return the methodology
   * @throws ValidationException listing every problem with its JSON pointer
   * @throws ScoringException if the file cannot be read
   */
  public Methodology readMethodology(Path path) {
    Objects.requireNonNull(path, "path");
    return MethodologyCodec.read(json.parse(Source.read(path, limits), path.toString()), path.toString())
        .orThrow(path.toString());
  }

  /**
   * Reads a methodology document from a stream, which is not closed.
   *
   * @param in the document's bytes
   * @param name a name for the document in problem messages
   * @return the methodology
   * @throws ValidationException listing every problem with its JSON pointer
   */
  public Methodology readMethodology(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return MethodologyCodec.read(json.parse(Source.read(in, name, limits), name), name).orThrow(name);
  }

  /**
   * Reads a methodology document from its text.
   *
   * @param text the JSON document
   * @param name a name for the document in problem messages
   * @return the methodology
   * @throws ValidationException listing every problem with its JSON pointer
   */
  public Methodology readMethodology(String text, String name) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    return MethodologyCodec.read(json.parse(text, name), name).orThrow(name);
  }

  /**
   * Tells what kind of document a file is: CSV by its {@code .csv} name, JSON by its {@code schema} tag.
   *
   * @param path the file
   * @return the type
   * @throws ValidationException if the file is JSON without a known schema tag
   * @throws ScoringException if the file cannot be read
   */
  public DocumentType detect(Path path) {
    Objects.requireNonNull(path, "path");
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return DocumentType.OBSERVATIONS_CSV;
    }
    JsonNode root = json.parse(Source.read(path, limits), path.toString());
    JsonNode schema = root.get("schema");
    if (schema != null && schema.isTextual()) {
      for (DocumentType t : DocumentType.values()) {
        if (t.schema().equals(schema.textValue())) {
          return t;
        }
      }
    }
    throw new ValidationException(path.toString(), List.of(Problem.of(Problem.SCHEMA, "/schema",
        "schema " + (schema == null ? "is missing" : JsonIn.describe(schema) + " is not known")
            + "; known: " + DocumentType.PROGRAMME.schema() + ", " + DocumentType.DATA.schema() + ", "
            + DocumentType.METHODOLOGY.schema())));
  }

  /**
   * The canonical JSON of a programme.
   *
   * @param programme the programme
   * @return a {@code bizenv.programme/1} document ending in a newline
   */
  public String toJson(Programme programme) {
    Objects.requireNonNull(programme, "programme");
    return json.write(ProgrammeCodec.write(programme));
  }

  /**
   * The canonical JSON of programme data.
   *
   * @param data the data
   * @return a {@code bizenv.data/1} document ending in a newline
   */
  public String toJson(ProgrammeData data) {
    Objects.requireNonNull(data, "data");
    return json.write(DataCodec.write(data));
  }

  /**
   * The canonical JSON of a methodology: fields in a fixed order, defaults left out, settings and maps sorted,
   * small objects on one line. Reading it back gives an equal methodology.
   *
   * @param methodology the methodology
   * @return a {@code bizenv.methodology/1} document ending in a newline
   */
  public String toJson(Methodology methodology) {
    Objects.requireNonNull(methodology, "methodology");
    return json.writeCompact(MethodologyCodec.write(methodology));
  }

  /**
   * Observations as a long CSV table ({@code unit,indicator,period,value}), in list order.
   *
   * @param observations the observations
   * @return the table
   */
  public String toLongCsv(List<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    return CsvObservations.writeLong(observations);
  }

  /**
   * Observations as a wide CSV table: one row per unit and period, one column per indicator, both in order
   * of first appearance.
   *
   * @param observations the observations
   * @return the table
   */
  public String toWideCsv(List<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    return CsvObservations.writeWide(observations);
  }

  /**
   * Writes text as UTF-8 (no byte-order mark) to a file, replacing it.
   *
   * @param text the document, e.g. from {@link #toJson(Programme)}
   * @param path the file
   * @throws ScoringException if the file cannot be written
   */
  public void write(String text, Path path) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(path, "path");
    try {
      Files.write(path, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScoringException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
