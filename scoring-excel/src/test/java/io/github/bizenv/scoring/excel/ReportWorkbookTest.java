package io.github.bizenv.scoring.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each result written as a workbook and read back: sheets, headers, numbers as numbers, frozen panes, colours. */
class ReportWorkbookTest {

  static final Programme P = SampleCity.programme();
  static final ProgrammeData D = SampleCity.data(P);

  @TempDir java.nio.file.Path dir;

  static Plan bundled(String name) {
    return Engine.create().compile(io.github.bizenv.scoring.methodologies.Catalogue.bundled()
        .methodology(name.replace(".json", "")));
  }

  static List<Report> reports(Texts t) {
    Assessment departments = Assessment.run(bundled("assessment-departments-2021.json"), P, D, P.period().end(),
        List.of());
    return List.of(
        Tables.evaluation(departments.evaluation(), P, true, t),
        Tables.dispatch(BattleMap.at(P, D, java.time.LocalDate.of(2021, 7, 31), DispatchRules.defaults()),
            Integer.MAX_VALUE, t),
        Tables.quarter(QuarterlyReport.of(bundled("quarterly-progress.json"), P, D, Period.quarter(2021, 2), 5), P, t),
        Tables.assessment(departments, P, Integer.MAX_VALUE, t));
  }

  @Test
  void everyResultIsWrittenAndReadBackWithItsTablesInBothLanguages() throws IOException {
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      for (Report report : reports(t)) {
        byte[] xlsx = Workbooks.create().write(report);
        assertArrayEquals(xlsx, Workbooks.create().write(report), "equal reports give identical bytes");
        java.nio.file.Path f = dir.resolve(report.id() + "-" + t.locale().getLanguage() + ".xlsx");
        java.nio.file.Files.write(f, xlsx);
        try (ReadableWorkbook wb = new ReadableWorkbook(f.toFile(), new ReadingOptions(true, false))) {
          List<Sheet> sheets = new ArrayList<>();
          wb.getSheets().forEach(sheets::add);
          assertEquals(report.tables().size(), sheets.size(), report.id());
          for (int i = 0; i < sheets.size(); i++) {
            check(report, report.tables().get(i), sheets.get(i));
          }
        }
        try (ZipFile zip = new ZipFile(f.toFile())) {
          ZipEntry first = zip.getEntry("xl/worksheets/sheet1.xml");
          String xml = new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.UTF_8);
          assertTrue(xml.contains("state=\"frozen\""), "the header row is frozen: " + report.id());
        }
      }
    }
  }

  private static void check(Report report, Table table, Sheet sheet) throws IOException {
    List<Row> rows = sheet.read();
    int header = 1 + report.lines().size() + table.intro().size();
    Row h = rows.get(header);
    for (int c = 0; c < table.columns().size(); c++) {
      assertEquals(table.columns().get(c).header(), h.getCell(c).asString(), sheet.getName());
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = rows.get(header + 1 + r);
      for (int c = 0; c < table.columns().size(); c++) {
        Object v = table.rows().get(r).get(c);
        if (v == null) {
          assertTrue(row.getOptionalCell(c).map(x -> x.getType() == CellType.EMPTY).orElse(true));
          continue;
        }
        Cell cell = row.getCell(c);
        Table.Column col = table.columns().get(c);
        if (v instanceof Number) {
          assertEquals(CellType.NUMBER, cell.getType(), sheet.getName() + " " + col.key());
          double expected = ((Number) v).doubleValue() / (col.kind() == Table.Kind.PERCENT ? 100 : 1);
          assertEquals(expected, cell.asNumber().doubleValue(), 1e-9, sheet.getName() + " " + col.key());
        } else if (v instanceof Table.Mark) {
          assertEquals(((Table.Mark) v).text(), cell.asString());
        } else if (v instanceof String) {
          assertEquals(v, cell.asString());
        } else if (v instanceof java.time.LocalDate) {
          assertEquals(v, cell.asDate().toLocalDate());
        }
      }
    }
  }

  @Test
  void theRedListIsInTrafficLightColours() throws IOException {
    Report dispatch = reports(Texts.chinese()).get(1);
    byte[] xlsx = Workbooks.create().write(dispatch);
    java.nio.file.Path f = dir.resolve("dispatch.xlsx");
    java.nio.file.Files.write(f, xlsx);
    try (ZipFile zip = new ZipFile(f.toFile())) {
      String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(styles.contains("FFC7CE"), "red fill");
    }
    Table red = dispatch.tables().get(2);
    assertEquals("dispatch.red-list", red.id());
    assertTrue(red.rows().stream().allMatch(r -> ((Table.Mark) r.get(1)).tone() == Table.Tone.RED));
    assertTrue(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));
    try (ByteArrayInputStream in = new ByteArrayInputStream(xlsx)) {
      assertTrue(ReadableWorkbook.isOOXMLZipHeader(in.readNBytes(8)));
    }
  }
}
