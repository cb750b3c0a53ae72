package io.github.bizenv.scoring.io;

import static io.github.bizenv.scoring.io.Fixtures.DOCS;
import static io.github.bizenv.scoring.io.Fixtures.bytes;
import static io.github.bizenv.scoring.io.Fixtures.paths;
import static io.github.bizenv.scoring.io.Fixtures.programme;
import static io.github.bizenv.scoring.io.Fixtures.rejects;
import static io.github.bizenv.scoring.io.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tables as offices send them: GBK, semicolons, names instead of ids, 1,003 and 60 %. */
class OfficeTablesTest {

  static final Programme P = DOCS.readProgramme(bytes(programme(task("T1"))), "p.json");
  static final Charset GBK = Charset.forName("GBK");
  static final Period Y2021 = Period.year(2021);

  @TempDir Path dir;

  Path file(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  void gbkTableWithChineseHeadersNamesAndSemicolonsIsReadAndSaysWhatItMapped() throws IOException {
    Path f = file("gbk.csv", "单位;指标;周期;数值\n东城区;时间;2021;2.5\namr;sb-time;2021;3\n".getBytes(GBK));
    TableRead t = DOCS.readTable(f, P, CsvOptions.defaults());
    assertEquals("GB18030", t.encoding().name());
    assertEquals(';', t.delimiter());
    assertEquals(List.of(Observation.of("dc", "sb-time", Y2021, 2.5), Observation.of("amr", "sb-time", Y2021, 3)),
        t.observations());
    assertEquals(Map.of("东城区", "dc"), t.unitsByName());
    assertEquals(Map.of("时间", "sb-time"), t.indicatorsByName());
  }

  @Test
  void utf8WithAndWithoutBomTabsAndUtf16AreDetected() throws IOException {
    String table = "unit\tsb-time\n东城区\t2\n";
    byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = table.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    for (byte[] b : List.of(utf8, withBom, ("\uFEFF" + table).getBytes(StandardCharsets.UTF_16LE))) {
      TableRead t = DOCS.readTable(file("t.csv", b), P, CsvOptions.defaults());
      assertEquals('\t', t.delimiter());
      assertEquals(List.of(Observation.of("dc", "sb-time", Y2021, 2)), t.observations());
    }
  }

  @Test
  void bytesInNoKnownEncodingNameTheLineOfTheFirstBadByte() throws IOException {
    byte[] latin1 = "unit,sb-time\ndc,2\namr,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ValidationException e = rejects(() -> DOCS.readTable(file("l.csv", latin1), P, CsvOptions.defaults()));
    assertEquals(List.of("line 3"), paths(e));
    assertEquals(Problem.SYNTAX, e.problems().get(0).code());
    assertTrue(e.getMessage().contains("byte 0xE9 is not UTF-8, and the table is not GBK/GB18030 either"),
        e.getMessage());
    Path gbk = file("g.csv", "unit,sb-time\n东城区,2\n".getBytes(GBK));
    ValidationException declared = rejects(() -> DOCS.readTable(gbk, P,
        CsvOptions.defaults().withEncoding(StandardCharsets.UTF_8)));
    assertEquals(List.of("line 2"), paths(declared));
    assertTrue(declared.getMessage().contains("is not valid UTF-8 (the declared encoding)"), declared.getMessage());
    assertEquals(1, DOCS.readTable(gbk, P, CsvOptions.defaults().withEncoding(Charset.forName("GB18030")))
        .observations().size());
  }

  @Test
  void formattedNumbersAreReadOnlyWhenDeclared() throws IOException {
    Path f = file("n.csv", "unit;sb-time\ndc;\"1,003\"\namr;60%\n".getBytes(StandardCharsets.UTF_8));
    ValidationException e = rejects(() -> DOCS.readTable(f, P, CsvOptions.defaults()));
    assertEquals(List.of("line 2, column 2 (sb-time)", "line 3, column 2 (sb-time)"), paths(e));
    assertTrue(e.getMessage().contains("value \"1,003\" has thousands separators; declare the number format "
        + "\"thousands\" to read it as 1003"), e.getMessage());
    assertTrue(e.getMessage().contains("value \"60%\" is a percentage; declare the number format \"percent\" to "
        + "read it as 60"), e.getMessage());
    TableRead t = DOCS.readTable(f, P, CsvOptions.defaults().withThousandsSeparators(true).withPercentSigns(true));
    assertEquals(List.of(Observation.of("dc", "sb-time", Y2021, 1003), Observation.of("amr", "sb-time", Y2021, 60)),
        t.observations());
  }

  @Test
  void aDeclaredDelimiterAndPeriodApply() throws IOException {
    Path f = file("p.csv", "unit;sb-time\ndc;2\n".getBytes(StandardCharsets.UTF_8));
    TableRead t = DOCS.readTable(f, CsvOptions.defaults().withDelimiter(';').withPeriod(Period.quarter(2021, 2)));
    assertEquals(List.of(Observation.of("dc", "sb-time", Period.quarter(2021, 2), 2)), t.observations());
    ValidationException none = rejects(() -> DOCS.readTable(f, CsvOptions.defaults()));
    assertTrue(none.getMessage().contains("no default period was given"), none.getMessage());
  }

  @Test
  void namesSharedByTwoUnitsAreRefused() {
    Programme twins = DOCS.readProgramme(bytes(programme(task("T1")).replace("'东城区'".replace('\'', '"'),
        "\"市市场监管局\"")), "p.json");
    ValidationException e = rejects(() -> DOCS.readTable(bytes("unit,sb-time\n市市场监管局,2\n"), "t.csv", twins,
        CsvOptions.defaults()));
    assertTrue(e.getMessage().contains("unit name \"市市场监管局\" is shared by units [amr, dc]; name the unit by its id"),
        e.getMessage());
  }

  @Test
  void chineseUnitIdsNeedNoProgramme() throws IOException {
    Path f = file("d.csv", "区县,时间\n南湖区,1\n北山区,\"1,5\"\n".getBytes(GBK));
    Dataset d = Dataset.readCsv(f, "区县", CsvOptions.defaults().withPeriod(Y2021), DocumentLimits.defaults());
    assertEquals(List.of(Y2021), List.copyOf(d.periods()));
    assertEquals(List.of("南湖区", "北山区"), d.units(Y2021));
    Path g = file("e.csv", "区县,时间\n南湖区,\"1,003\"\n".getBytes(StandardCharsets.UTF_8));
    ValidationException e = rejects(() -> Dataset.readCsv(g, "区县", CsvOptions.defaults(),
        DocumentLimits.defaults()));
    assertEquals(List.of("line 2, column 2"), paths(e));
    assertEquals(1, Dataset.readCsv(g, "区县", CsvOptions.defaults().withThousandsSeparators(true),
        DocumentLimits.defaults()).units().size());
  }
}
