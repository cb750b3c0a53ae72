package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;

/**
 * Excel workbooks (.xlsx) in and out.
 *
 * <p>In: a programme and its data from a workbook laid out as offices keep them — sheets 工程, 单位, 领域, 指标,
 * 任务 (the ledger, 台账), 时间节点, 进展, 评价, 督查, 首创和复制推广, 国评省评 and 数据, with Chinese or English headers
 * (the layout is in {@code docs/excel/README.md}; {@link #template(Texts)} writes an empty workbook with an
 * instructions sheet). The whole model is carried: lead, responsible and supporting units (牵头单位, 责任单位,
 * 配合单位), heads and vertically managed units, competences, workloads, class C tasks planned and reported by their
 * authorisation steps, findings of one matter, firsts and adoptions, the publication dates of outside results.
 * Units, areas and indicators may be named by id or by name; {@link WorkbookRead} says which names it mapped.
 * Sheets are read row by row from the file, never loaded whole, so large data sheets need memory only for what they
 * hold. Every problem is reported at once with its cell ({@code 任务!N17}); nothing is half-read.
 *
 * <p>Out: the same layout ({@link #write(Programme, ProgrammeData, Texts)}; reading it back gives equal values), and
 * any {@link Report} — an evaluation, the month's dispatch and red list, the quarterly lists, a year-end assessment —
 * as a formatted workbook: one sheet per table, bold headers, frozen panes, numbers as numbers, traffic lights in
 * colour. Equal inputs give identical bytes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Workbooks {

  private static final Workbooks DEFAULT = new Workbooks(DocumentLimits.defaults());

  private final DocumentLimits limits;

  private Workbooks(DocumentLimits limits) {
    this.limits = limits;
  }

  /**
   * Workbooks read under the default limits (20,000,000 rows a sheet).
   *
   * @return the shared instance
   */
  public static Workbooks create() {
    return DEFAULT;
  }

  /**
   * Workbooks read under the given limits; {@link DocumentLimits#maxRows()} bounds each sheet.
   *
   * @param limits the limits
   * @return a new instance
   */
  public static Workbooks create(DocumentLimits limits) {
    return new Workbooks(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a programme and its data from a workbook.
   *
   * @param path the .xlsx file
   * @return the programme, its data, and the names mapped to ids
   * @throws ValidationException listing every problem with its cell
   * @throws ScoringException if the file cannot be read
   */
  public WorkbookRead read(Path path) {
    return read(path, null);
  }

  /**
   * Reads the data sheets of a workbook (进展, 评价, 督查, 首创和复制推广, 国评省评, 数据) against a programme read
   * elsewhere; the programme's sheets, if any, are not read.
   *
   * @param path the .xlsx file
   * @param programme the programme the data belongs to
   * @return the programme given, the data read, and the names mapped to ids
   * @throws ValidationException listing every problem with its cell
   * @throws ScoringException if the file cannot be read
   */
  public WorkbookRead readData(Path path, Programme programme) {
    return read(path, Objects.requireNonNull(programme, "programme"));
  }

  private WorkbookRead read(Path path, Programme programme) {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new ScoringException("cannot read " + name + ": no such file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(8);
      if (ReadableWorkbook.isOLE2Header(head)) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "",
            "this is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)")));
      }
      if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
        throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "",
            "this is not an Excel workbook (.xlsx)")));
      }
    } catch (IOException e) {
      throw new ScoringException("cannot read " + name + ": " + e.getMessage(), e);
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile(), new ReadingOptions(true, true))) {
      return new LedgerReader(name, limits).read(wb, programme);
    } catch (IOException | ExcelReaderException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, "",
          "the workbook cannot be read: " + e.getMessage())));
    }
  }

  /**
   * A programme and its data as a workbook in the ledger layout.
   *
   * @param programme the programme
   * @param data its data
   * @param texts the language of the sheet names, headers and labels
   * @return the .xlsx bytes
   */
  public byte[] write(Programme programme, ProgrammeData data, Texts texts) {
    return new LedgerWriter(texts).write(Objects.requireNonNull(programme, "programme"),
        Objects.requireNonNull(data, "data"));
  }

  /**
   * The empty ledger template: an instructions sheet (说明) describing every sheet and column, then each sheet with
   * its header row and drop-down lists for the columns that take fixed words.
   *
   * @param texts the language of the sheet names, headers and instructions
   * @return the .xlsx bytes
   */
  public byte[] template(Texts texts) {
    return new LedgerWriter(texts).template();
  }

  /**
   * A report as a formatted workbook: one sheet per table.
   *
   * @param report the report, e.g. from {@link io.github.bizenv.scoring.text.Tables#assessment}
   * @return the .xlsx bytes
   */
  public byte[] write(Report report) {
    return ReportWriter.write(Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes bytes to a file, replacing it.
   *
   * @param xlsx the bytes from a {@code write} or {@link #template} method
   * @param path the file
   * @throws ScoringException if the file cannot be written
   */
  public void save(byte[] xlsx, Path path) {
    try {
      Files.write(path, xlsx);
    } catch (IOException e) {
      throw new ScoringException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }
}
