package io.github.bizenv.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Programme;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed inputs in {@code src/test/resources/malformed/}: every case is rejected with a
 * {@link ValidationException} that holds the problem its {@code cases.tsv} line declares (code and path), every
 * problem of it names a place, and no message shows Java or parser internals.
 *
 * <p>Each folder is a kind of input, read as a user's file would be:
 *
 * <ul>
 *   <li>{@code methodology}: read and compiled ({@code Engine.compile(Path)});
 *   <li>{@code evaluation}: compiled, then evaluated on {@code _data.csv} (or the case's own {@code .csv});
 *   <li>{@code programme}: {@code Documents.readProgramme};
 *   <li>{@code data}: {@code Documents.readData} against {@code data/_programme.json};
 *   <li>{@code table}: {@code Documents.readTable} against {@code data/_programme.json};
 *   <li>{@code dataset}: {@code Dataset.readCsv} with the plan of {@code dataset/_methodology.json}.
 * </ul>
 *
 * <p>Files starting with {@code _} are the valid documents the cases vary; a test checks that they are valid, so
 * that each case fails for its own reason.
 */
class MalformedCorpusTest {

  static final List<String> KINDS = List.of("methodology", "evaluation", "programme", "data", "table", "dataset");

  /** Text that must not reach a user: exception and class names, parser features, source descriptions. */
  static final Pattern INTERNALS = Pattern.compile("Exception|java\\.|com\\.fasterxml|jackson|`|\\[Source:|"
      + "StreamReadConstraints|\\bNaN\\b(?! is not a JSON number)|\\$|@[0-9a-f]{4,}");

  /** The kinds of input a city office brings: their problems are all put into Chinese. */
  static final Set<String> OFFICE = Set.of("programme", "data", "table");

  static final io.github.bizenv.scoring.text.Texts ZH = io.github.bizenv.scoring.text.Texts.chinese();

  static Path root() {
    try {
      return Path.of(MalformedCorpusTest.class.getResource("/malformed").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line of a {@code cases.tsv}. */
  record Case(String kind, String file, String code, String path, String what) {
    @Override
    public String toString() {
      return kind + "/" + file + " (" + what + ")";
    }
  }

  static List<Case> cases(String kind) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(root().resolve(kind).resolve("cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalStateException(kind + "/cases.tsv: a line has " + f.length + " fields, not 4: " + line);
      }
      out.add(new Case(kind, f[0], f[1], f[2], f[3]));
    }
    return out;
  }

  static Stream<Case> all() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String kind : KINDS) {
      out.addAll(cases(kind));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("all")
  void rejectedWithItsProblemAtItsPlace(Case c) {
    Path file = root().resolve(c.kind()).resolve(c.file());
    assertTrue(Files.isRegularFile(file), () -> "no file " + file);
    ValidationException e;
    try {
      read(c.kind(), file);
      fail(c + " was accepted; expected " + c.code() + " at " + c.path());
      return;
    } catch (ValidationException x) {
      e = x;
    }
    List<Problem> problems = e.problems();
    String listed = problems.stream().map(Problem::toString).collect(Collectors.joining("\n  "));
    if (Boolean.getBoolean("corpus.print")) {
      System.out.println("== " + c + "\n  " + listed);
    }
    assertTrue(problems.stream().anyMatch(p -> p.code().equals(c.code()) && p.path().equals(c.path())),
        () -> c + ": expected " + c.code() + " at " + c.path() + ", got\n  " + listed);
    for (Problem p : problems) {
      assertFalse(p.path().isEmpty(), () -> c + ": a problem without a place: " + p);
      assertFalse(INTERNALS.matcher(p.message()).find(), () -> c + ": internals in a message: " + p);
      if (OFFICE.contains(c.kind())) {
        assertTrue(ZH.translates(p.message()), () -> c + ": no Chinese for " + p);
      }
    }
  }

  static void read(String kind, Path file) {
    switch (kind) {
      case "methodology":
        Engine.create().compile(file);
        break;
      case "evaluation": {
        Plan plan = Engine.create().compile(file);
        Path own = file.resolveSibling(file.getFileName().toString().replaceAll("\\.json$", ".csv"));
        Path csv = Files.exists(own) ? own : file.resolveSibling("_data.csv");
        plan.evaluate(Dataset.readCsv(csv, plan));
        break;
      }
      case "programme":
        Documents.create().readProgramme(file);
        break;
      case "data":
        Documents.create().readData(file, programme());
        break;
      case "table":
        Documents.create().readTable(file, programme(), CsvOptions.defaults());
        break;
      case "dataset":
        Dataset.readCsv(file, Engine.create().compile(root().resolve("dataset/_methodology.json")));
        break;
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  static Programme programme() {
    return Documents.create().readProgramme(root().resolve("data/_programme.json"));
  }

  /** The documents the cases vary are valid, so that each case fails for its own reason. */
  @Test
  void theBaseDocumentsAreValid() {
    Plan plan = Engine.create().compile(root().resolve("evaluation/_methodology.json"));
    assertEquals(6, plan.evaluate(Dataset.readCsv(root().resolve("evaluation/_data.csv"), plan)).units().size(),
        "five units and the composite");
    Engine.create().compile(root().resolve("methodology/_methodology.json"));
    Programme p = Documents.create().readProgramme(root().resolve("programme/_programme.json"));
    assertEquals(p, programme());
    Documents.create().readData(root().resolve("data/_data.json"), p);
    Documents.create().readTable(root().resolve("table/_table.csv"), p, CsvOptions.defaults());
    Plan datasetPlan = Engine.create().compile(root().resolve("dataset/_methodology.json"));
    datasetPlan.evaluate(Dataset.readCsv(root().resolve("dataset/_data.csv"), datasetPlan));
  }

  /** Every file of the corpus is a declared case or a base document, and every case is declared once. */
  @Test
  void everyFileIsACase() throws IOException {
    int count = 0;
    for (String kind : KINDS) {
      Set<String> declared = new TreeSet<>();
      for (Case c : cases(kind)) {
        assertTrue(declared.add(c.file()), () -> c + " is declared twice");
      }
      count += declared.size();
      Set<String> present;
      try (Stream<Path> files = Files.list(root().resolve(kind))) {
        present = files.map(f -> f.getFileName().toString())
            .filter(n -> !n.startsWith("_") && !n.equals("cases.tsv"))
            .filter(n -> !(kind.equals("evaluation") && n.endsWith(".csv")))
            .collect(Collectors.toCollection(TreeSet::new));
      }
      assertEquals(declared, present, kind + ": files and cases.tsv differ");
    }
    assertTrue(count >= 250, "the corpus has " + count + " cases");
  }
}
