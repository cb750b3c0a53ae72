package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.cli.MainTest.Run;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed command lines of {@code cli-options-corpus.tsv}: each exits with its code and a message containing
 * its fragment, with no stack trace or Java text, no input changed and nothing written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionCorpusTest {

  static final String CORPUS = "cli-options-corpus.tsv";
  static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z]+)(?::([^}]+))?\\}");

  static Locale before;

  @TempDir static Path root;
  CliFixture fixture;
  int fresh;

  @BeforeAll
  void inputs() throws IOException {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    fixture = CliFixture.in(root);
    Files.writeString(root.resolve("existing.csv"), "kept\n");
    Files.createDirectories(root.resolve("folder"));
    Files.writeString(root.resolve("folder").resolve("inside.txt"), "kept\n");
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(before);
  }

  /** The cases: line number, exit code, fragment, arguments as written. */
  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = OptionCorpusTest.class.getResourceAsStream(CORPUS)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3) {
          throw new IllegalStateException(CORPUS + " line " + (i + 1) + ": not exit<TAB>fragment<TAB>arguments");
        }
        out.add(Arguments.of(i + 1, Integer.parseInt(f[0]), f[1], f[2]));
      }
    }
    return out.stream();
  }

  @Test
  void theCorpusHasAtLeastFiftyCases() throws IOException {
    assertTrue(cases().count() >= 50, "cases: " + cases().count());
  }

  @ParameterizedTest(name = "line {0}: {3}")
  @MethodSource("cases")
  void refusedWithItsCodeAndMessage(int line, int exit, String fragment, String arguments) throws IOException {
    java.util.Map<Path, String> before = fixture.snapshot();
    List<Path> outputs = new ArrayList<>();
    String[] args = split(arguments, outputs);
    Run r = new Run(args);
    assertEquals(exit, r.code, "line " + line + ": " + r);
    assertTrue(r.err.contains(fragment), "line " + line + ": expected \"" + fragment + "\" in\n" + r);
    FilesNeverLostTest.assertPlain(r);
    assertFalse(r.err.isBlank(), r.toString());
    for (Path p : outputs) {
      assertFalse(Files.exists(p), "line " + line + " wrote " + p);
    }
    assertEquals(before, fixture.snapshot(), "line " + line + " changed an input");
    assertEquals("kept\n", Files.readString(root.resolve("existing.csv")));
  }

  /** The arguments, split at spaces, quotes and placeholders resolved; new outputs are added to {@code outputs}. */
  String[] split(String arguments, List<Path> outputs) {
    List<String> args = new ArrayList<>();
    Matcher words = Pattern.compile("'([^']*)'|(\\S+)").matcher(arguments);
    while (words.find()) {
      String w = words.group(1) != null ? words.group(1) : words.group(2);
      Matcher m = PLACEHOLDER.matcher(w);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(resolve(m.group(1), m.group(2), outputs)));
      }
      m.appendTail(sb);
      args.add(sb.toString());
    }
    return args.toArray(String[]::new);
  }

  private String resolve(String name, String arg, List<Path> outputs) {
    switch (name) {
      case "out":
        Path p = root.resolve("out").resolve("c" + (++fresh) + "-" + arg);
        outputs.add(p);
        return p.toString();
      case "existing":
        return root.resolve("existing.csv").toString();
      case "folder":
        return root.resolve("folder").toString();
      case "nul":
        return "a\u0000b.json";
      default:
        return fixture.file(name);
    }
  }
}
