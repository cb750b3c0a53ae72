package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.testkit.Seeds;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observation tables read as streams: quoting, line ends, encodings, long tables, limits and problems. */
class StreamingLoadTest {

  @TempDir Path dir;

  Path file(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p;
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Test
  void quotedCellsLineEndsAndBlankLines() throws IOException {
    Path p = file("t.csv", "unit,\"a, b\",note\r\nx,1.5,\"say \"\"hi\"\"\r\non two lines\"\r\n\r\ny,-0.25,plain\n",
        StandardCharsets.UTF_8);
    Dataset d = Dataset.readCsv(p, "unit", DocumentLimits.defaults());
    Dataset.Table t = d.tables().get(0);
    assertEquals(List.of("x", "y"), t.units);
    assertEquals(1.5, t.columns.get("a, b").value(0));
    assertEquals(-0.25, t.columns.get("a, b").value(1));
    assertEquals("say \"hi\"\r\non two lines", t.columns.get("note").code(0));
  }

  @Test
  void gbkIsDetectedAndAWideTableTakesTheDeclaredPeriod() throws IOException {
    Charset gbk = Charset.forName("GBK");
    Path p = file("gbk.csv", "区县;营商指数\n南湖区;88.5\n北山区;\n", gbk);
    Period y = Period.year(2021);
    Dataset d = Dataset.readCsv(p, "区县", CsvOptions.defaults().withPeriod(y), DocumentLimits.defaults());
    assertEquals(List.of(y), List.copyOf(d.periods()));
    assertEquals(List.of("南湖区", "北山区"), d.units(y));
    assertEquals(88.5, d.table(y).columns.get("营商指数").value(0));
    Path bad = dir.resolve("bad.csv");
    Files.write(bad, new byte[] {'u', 'n', 'i', 't', ',', 'x', '\n', 'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'});
    ValidationException e = assertThrows(ValidationException.class,
        () -> Dataset.readCsv(bad, "unit", DocumentLimits.defaults()));
    assertEquals(List.of("line 2"), paths(e));
    assertTrue(e.getMessage().contains("byte 0xFF is not UTF-8"), e.getMessage());
  }

  @Test
  void longTablesWithChineseHeaders() throws IOException {
    Path p = file("long.csv", "单位,指标,周期,数值\nnanhu,x,2021,1\nnanhu,y,2021,No Practice\nbeishan,x,2022,3\n",
        StandardCharsets.UTF_8);
    Dataset d = Dataset.readCsv(p, "unit", DocumentLimits.defaults());
    assertEquals(List.of(Period.year(2021), Period.year(2022)), List.copyOf(d.periods()));
    assertEquals("No Practice", d.table(Period.year(2021)).columns.get("y").code(0));
    assertEquals(3, d.table(Period.year(2022)).columns.get("x").value(0));
  }

  @Test
  void everyProblemWithItsLineAndColumn() throws IOException {
    Path p = file("p.csv", "unit,period,x\na,2021,1\na,2021,2\nb,20x1,3\nc,2021\nd d,2021,4\ne,2021,1e999\n",
        StandardCharsets.UTF_8);
    ValidationException e = assertThrows(ValidationException.class,
        () -> Dataset.readCsv(p, "unit", "period", DocumentLimits.defaults()));
    assertEquals(List.of("line 3, column 3", "line 4, column 2", "line 5", "line 6, column 1", "line 7, column 3"),
        paths(e));
    assertTrue(e.getMessage().contains("unit \"a\", column \"x\", period 2021 already has a value"), e.getMessage());
  }

  @Test
  void limitsFailFast() throws IOException {
    Path wide = file("long-cell.csv", "unit,x\na," + "9".repeat(100) + "\n", StandardCharsets.UTF_8);
    ValidationException cell = assertThrows(ValidationException.class,
        () -> Dataset.readCsv(wide, "unit", DocumentLimits.defaults().withMaxCellLength(50)));
    assertEquals(List.of("line 2, column 2"), paths(cell));
    assertEquals(Problem.LIMIT, cell.problems().get(0).code());
    Path rows = file("rows.csv", "unit,x\na,1\nb,2\nc,3\n", StandardCharsets.UTF_8);
    ValidationException many = assertThrows(ValidationException.class,
        () -> Dataset.readCsv(rows, "unit", DocumentLimits.defaults().withMaxRows(3)));
    assertEquals(List.of("line 4"), paths(many));
    Path open = file("open.csv", "unit,x\na,\"1\n", StandardCharsets.UTF_8);
    assertEquals(Problem.SYNTAX, assertThrows(ValidationException.class,
        () -> Dataset.readCsv(open, "unit", DocumentLimits.defaults())).problems().get(0).code());
  }

  @Test
  void thePlainDecimalFastPathParsesExactlyAsJavaDoes() {
    long seed = Seeds.base("StreamingLoadTest");
    SplittableRandom r = new SplittableRandom(seed);
    for (int k = 0; k < 50_000; k++) {
      String s;
      switch (r.nextInt(4)) {
        case 0:
          s = Long.toString(r.nextLong() >> r.nextInt(64));
          break;
        case 1:
          s = String.format(Locale.ROOT, "%." + r.nextInt(12) + "f", (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12)));
          break;
        case 2:
          s = Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(8)));
          break;
        default:
          s = (r.nextBoolean() ? "-" : "") + "0." + "0".repeat(r.nextInt(20)) + (1 + r.nextInt(99999));
      }
      char[] c = s.toCharArray();
      double fast = TableLoader.plainDecimal(c, 0, c.length);
      if (fast == fast) {
        assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(fast),
            s + " (seed " + seed + ")");
      } else {
        assertTrue(s.contains("E") || s.replaceAll("[^0-9]", "").replaceFirst("^0+", "").length() > 15
            || s.length() - s.indexOf('.') - 1 > 22, s + " took the slow path (seed " + seed + ")");
      }
    }
  }
}
