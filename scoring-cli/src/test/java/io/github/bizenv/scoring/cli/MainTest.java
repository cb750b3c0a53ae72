package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  static final Path SAMPLE = Path.of("..", "scoring-examples", "src", "main", "resources", "sample-city");

  @TempDir Path dir;

  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  static String sample(String name) {
    return SAMPLE.resolve(name).toString();
  }

  Path copy(String name, String from, String to) throws IOException {
    String text = Files.readString(SAMPLE.resolve(name), StandardCharsets.UTF_8);
    assertTrue(text.contains(from), "the sample no longer contains " + from);
    Path p = dir.resolve(name);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void demoSummarisesTheSample() {
    Run r = new Run("demo");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("210 tasks, 49 lead units, 12 districts, counties and zones"), r.out);
    assertTrue(r.out.contains("开办企业"), r.out);
    assertTrue(r.out.contains("合计 total"), r.out);
    assertTrue(r.out.contains("Late at 2021-12-31"), r.out);
  }

  @Test
  void validateAcceptsEveryBundledFile() {
    Run r = new Run("validate", sample("programme.json"), sample("data-2021.json"), sample("districts-2021.csv"));
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.out.contains("OK      " + sample("programme.json") + ": programme \"sample-city-2021\" with 210 tasks"), r.out);
    assertTrue(r.out.contains("checked against \"sample-city-2021\""), r.out);
  }

  @Test
  void validateListsEveryProblemOfBrokenCopies() throws IOException {
    Path programme = copy("programme.json", "\"lead\": \"amr\"", "\"lead\": \"drc-x\"");
    String text = Files.readString(programme, StandardCharsets.UTF_8)
        .replaceFirst("\"id\": \"T002\"", "\"id\": \"T001\"")
        .replaceFirst("\"due\": \"2021-03-31\",\n", "\"due\": \"2022-01-31\",\n");
    Files.writeString(programme, text, StandardCharsets.UTF_8);
    Path csv = copy("districts-2021.csv", "nanhu,2021,", "nanhu,2021,fast,");
    Run r = new Run("validate", programme.toString(), csv.toString());
    assertEquals(1, r.code, r.out + r.err);
    assertTrue(r.out.contains("INVALID " + programme + ": "), r.out);
    assertTrue(r.out.contains("/tasks/0/lead: unit \"drc-x\" is not declared in /units [unknown-reference]"), r.out);
    assertTrue(r.out.contains("/tasks/1/id: task id \"T001\" is used more than once in /tasks [duplicate-id]"), r.out);
    assertTrue(r.out.matches("(?s).*/tasks/\\d+/milestones/\\d+/due: milestone due 2022-01-31 falls after the task's deadline.*"), r.out);
    assertTrue(r.out.contains(programme + ": 4 problems"), r.out);
    assertTrue(r.out.contains("INVALID " + csv + ": 1 problem"), r.out);
    assertTrue(r.out.contains("line 4: row has 12 cells; the header has 11 [cell-count]"), r.out);
  }

  @Test
  void nonNumericCsvValue() throws IOException {
    Path csv = copy("districts-2021.csv", "nanhu,2021,0.7,", "nanhu,2021,fast,");
    Run r = new Run("validate", sample("programme.json"), csv.toString());
    assertEquals(1, r.code, r.out);
    assertTrue(r.out.contains("line 4, column 3 (sb-time): value \"fast\" is neither a number nor a text code"), r.out);
  }

  @Test
  void usageErrors() {
    assertEquals(2, new Run().code);
    assertEquals(2, new Run("frobnicate").code);
    assertEquals(2, new Run("validate").code);
    Run missing = new Run("validate", "no/such/file.json");
    assertEquals(2, missing.code);
    assertTrue(missing.err.contains("no such file: no/such/file.json"), missing.err);
    assertEquals(2, new Run("demo", "extra").code);
    assertEquals(0, new Run("--help").code);
  }
}
