package io.github.bizenv.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.model.LocalizedText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big and deep inputs, generated here (never committed): each fails fast with a {@code limit} problem at its place,
 * reading no more than the limit allows, or — within the limits — is read, compiled, evaluated and explained without
 * running out of stack.
 */
class LimitsTest {

  @TempDir
  Path dir;

  static Problem only(ValidationException e) {
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  /** An input stream of {@code head}, then {@code fill} repeated up to {@code size} bytes, generated as read. */
  static InputStream stream(String head, char fill, long size) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long at;

      @Override
      public int read() {
        if (at >= size) {
          return -1;
        }
        int b = at < h.length ? h[(int) at] : fill;
        at++;
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at >= size) {
          return -1;
        }
        int n = (int) Math.min(len, size - at);
        for (int i = 0; i < n; i++) {
          b[off + i] = at < h.length ? h[(int) at] : (byte) fill;
          at++;
        }
        return n;
      }
    };
  }

  // ------------------------------------------------------------------ size

  @Test
  void aFileOf100MegabytesIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.write("{\"schema\": \"bizenv.programme/1\",\n\"id\": \"".getBytes(StandardCharsets.UTF_8));
      f.setLength(100L << 20); // sparse: the rest reads as zero bytes
    }
    Problem p = only(assertThrows(ValidationException.class, () -> Documents.create().readProgramme(big)));
    assertEquals(Problem.LIMIT, p.code());
    assertEquals("line 2, column " + ((64 << 20) - 33 + 1), p.path(), "where the 64 MiB limit is crossed");
    assertTrue(p.message().contains("larger than the limit of 67108864 bytes"), p.message());
    Problem m = only(assertThrows(ValidationException.class, () -> Engine.create().compile(big)));
    assertEquals(Problem.LIMIT, m.code());
  }

  @Test
  void aStreamOf100MegabytesIsReadNoFurtherThanTheLimit() {
    Documents small = Documents.create(DocumentLimits.defaults().withMaxBytes(1 << 20));
    InputStream in = stream("{\"schema\": \"bizenv.methodology/1\", \"nodes\": [", ' ', 100L << 20);
    Problem p = only(assertThrows(ValidationException.class, () -> small.readMethodology(in, "stream.json")));
    assertEquals(Problem.LIMIT, p.code());
    assertEquals("line 1, column " + ((1 << 20) + 1), p.path());
  }

  // ------------------------------------------------------------------ rows and cells

  @Test
  void millionsOfRowsStopAtTheRowLimit() throws IOException {
    Path csv = dir.resolve("rows.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      // a long table as national data come: 1,000 units × 2,000 indicators, a row each
      w.write("unit,indicator,value\n");
      for (int i = 0; i < 2_000_000; i++) {
        w.write("u");
        w.write(Integer.toString(i % 1000));
        w.write(",x");
        w.write(Integer.toString(i / 1000));
        w.write(",1\n");
      }
    }
    DocumentLimits limits = DocumentLimits.defaults().withMaxRows(1_000_000);
    Problem p = only(assertThrows(ValidationException.class, () -> Dataset.readCsv(csv, "unit", limits)));
    assertEquals(Problem.LIMIT, p.code());
    assertEquals("line 1000001", p.path());
    assertTrue(p.message().contains("more than the limit of 1000000 rows"), p.message());
  }

  @Test
  void aTableReadWholeStopsAtTheRowLimitToo() throws IOException {
    Path csv = dir.resolve("rows.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("unit,period,A\n");
      for (int i = 0; i < 200_000; i++) {
        w.write("u" + i + ",2021,1\n");
      }
    }
    DocumentLimits limits = DocumentLimits.defaults().withMaxRows(100_000);
    Problem whole = only(assertThrows(ValidationException.class, () -> Documents.create(limits)
        .readTable(csv, CsvOptions.defaults())));
    assertEquals(Problem.LIMIT, whole.code());
    assertEquals("line 100001", whole.path());
  }

  @Test
  void aVeryLongCellIsALimitAtItsLineAndColumn() throws IOException {
    String cell = "9".repeat(100_000);
    Path csv = dir.resolve("cell.csv");
    Files.writeString(csv, "unit,A,B\nu1,1,2\nu2,3,\"" + cell + "\"\n");
    Problem streamed = only(assertThrows(ValidationException.class, () -> Dataset.readCsv(csv, "unit",
        DocumentLimits.defaults())));
    assertEquals(Problem.LIMIT, streamed.code());
    assertEquals("line 3, column 3", streamed.path());
    assertEquals("cell is longer than the limit of 65536 characters", streamed.message());
    Problem whole = only(assertThrows(ValidationException.class, () -> Documents.create().readTable(csv,
        CsvOptions.defaults().withPeriod(io.github.bizenv.scoring.model.Period.year(2021)))));
    assertEquals(Problem.LIMIT, whole.code());
    assertEquals("line 3, column 3", whole.path());
  }

  @Test
  void aVeryLongJsonStringIsALimitWithoutParserWords() {
    String doc = "{\"schema\": \"bizenv.methodology/1\",\n \"id\": \"m\", \"description\": \"" + "x".repeat(70_000)
        + "\"}";
    Problem p = only(assertThrows(ValidationException.class, () -> Documents.create().readMethodology(doc, "m")));
    assertEquals(Problem.LIMIT, p.code());
    assertTrue(p.path().startsWith("line 2, column "), p.path());
    assertEquals("a string is longer than the limit of 65536 characters", p.message());
  }

  // ------------------------------------------------------------------ depth

  @Test
  void jsonNested10000LevelsIsALimitNotAStackOverflow() {
    String doc = "{\"schema\": \"bizenv.methodology/1\", \"id\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    Problem p = only(assertThrows(ValidationException.class, () -> Engine.create().compile(doc, "deep.json")));
    assertEquals(Problem.LIMIT, p.code());
    assertEquals("line 1, column 106", p.path());
    assertEquals("document is nested deeper than the limit of 64 levels", p.message());
  }

  /** A chain of nodes, each the parent of the next, as a methodology file. */
  static String chain(int levels) {
    StringBuilder sb = new StringBuilder("{\"schema\": \"bizenv.methodology/1\", \"id\": \"deep\", \"name\": {\"en\": "
        + "\"Deep\"}, \"nodes\": [\n{\"id\": \"n0\"}");
    for (int i = 1; i < levels; i++) {
      sb.append(",\n{\"id\": \"n").append(i).append("\", \"parent\": \"n").append(i - 1).append('"');
      if (i == levels - 1) {
        sb.append(", \"source\": \"x\", \"normalizer\": {\"name\": \"min-max\"}");
      }
      sb.append('}');
    }
    return sb.append("]}").toString();
  }

  @Test
  void aTreeChained10000LevelsDeepIsALimitInReadAndCompile() {
    String doc = chain(10_000);
    for (ValidationException e : List.of(
        assertThrows(ValidationException.class, () -> Documents.create().readMethodology(doc, "deep.json")),
        assertThrows(ValidationException.class, () -> Engine.create().compile(doc, "deep.json")))) {
      Problem p = only(e);
      assertEquals(Problem.LIMIT, p.code());
      assertEquals("/nodes/" + Methodology.MAX_DEPTH + "/parent", p.path(), "the first node below the limit");
    }
  }

  @Test
  void aChainOfMembers10000LongIsALimit() {
    StringBuilder sb = new StringBuilder("{\"schema\": \"bizenv.methodology/1\", \"id\": \"deep\", \"name\": {\"en\": "
        + "\"Deep\"}, \"nodes\": [{\"id\": \"root\"}, {\"id\": \"leaf\", \"parent\": \"root\", \"source\": \"x\", "
        + "\"normalizer\": \"min-max\"}, {\"id\": \"v0\", \"members\": [\"leaf\"]}");
    for (int i = 1; i < 10_000; i++) {
      sb.append(",\n{\"id\": \"v").append(i).append("\", \"members\": [\"v").append(i - 1).append("\"]}");
    }
    String doc = sb.append("]}").toString();
    Problem p = only(assertThrows(ValidationException.class, () -> Engine.create().compile(doc, "members.json")));
    assertEquals(Problem.LIMIT, p.code());
    assertTrue(p.path().startsWith("/nodes/"), p.path());
  }

  @Test
  void aTreeAtTheDepthLimitIsReadCompiledEvaluatedAndExplained() {
    int levels = Methodology.MAX_DEPTH;
    var b = Methodology.builder().id("deep").name(LocalizedText.of("深", "Deep")).addNode(Node.root("n0").build());
    for (int i = 1; i < levels - 1; i++) {
      b.addNode(Node.builder().id("n" + i).parent("n" + (i - 1)).build());
    }
    b.addNode(Node.leaf("n" + (levels - 1), "n" + (levels - 2), "x").normalizer(Normalizers.minMax(0, 100)).build());
    Methodology m = b.build();
    assertEquals(m, Documents.create().readMethodology(Documents.create().toJson(m), "deep.json"));
    Plan plan = Engine.create().compile(m);
    Evaluation e = plan.evaluate(Dataset.builder().value("u1", "x", 1).value("u2", "x", 3).build());
    assertEquals(100, e.score("u2").getAsDouble());
    String text = e.explain("u2", "n0").text();
    assertTrue(text.contains("n" + (levels - 1)), "the explanation reaches the leaf");
  }
}
