package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Fuzzes the command line: whatever the arguments, {@link Main#run} returns 0, 1 or 2 — never 3 (an unexpected
 * error), never an exception, never a stack trace or Java exception text on either stream.
 *
 * <p>The input is a text of arguments, one a line (readable, so that a finding is a command line to replay);
 * {@code @name} stands for a sample input copied to a temporary folder ({@code @programme}, {@code @data},
 * {@code @index}, …), and the value after an output option ({@code --out}, {@code --reports}) is always put in that
 * folder, so that fuzzing writes nowhere else — except the value {@code @name} of an input, to try the refusal to
 * replace it. {@code demo} runs as {@code help demo}: it reads no input and takes seconds.
 *
 * <p>In a normal build it runs in regression mode over {@code src/test/resources/.../CliFuzzTestInputs/}; fuzz for
 * real with {@code JAZZER_FUZZ=1 ./mvnw -pl scoring-cli -am test -Dtest=CliFuzzTest#commandLines
 * -Dsurefire.failIfNoSpecifiedTests=false} (the inputs it finds go to
 * {@code .cifuzz-corpus/}); {@code maxDuration} bounds only such a run.
 */
class CliFuzzTest {

  /** Exit codes the command line may return: done, a data problem, a usage error. */
  static final Set<Integer> EXPECTED = Set.of(Failure.OK, Failure.DATA, Failure.USAGE);

  static final Pattern FRAME = Pattern.compile(
      "\\bat [A-Za-z_$][\\w$]*(\\.[\\w$<>]+)+\\((?:[\\w$]+\\.java:\\d+|Native Method|Unknown Source)\\)");
  static final List<String> JAVA = List.of("Exception in thread", "java.lang.", "java.util.", "java.io.",
      "java.nio.", "com.fasterxml.", "picocli.CommandLine$", "org.apache.");

  static final Path DIR;
  static final Path OUT;
  static final CliFixture FIXTURE;

  static {
    try {
      DIR = Files.createTempDirectory("score-fuzz");
      FIXTURE = CliFixture.in(DIR);
      Runtime.getRuntime().addShutdownHook(new Thread(CliFuzzTest::delete));
      OUT = DIR.resolve("out");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({"demo", "validate", "evaluate", "explain", "gap", "dispatch", "quarter", "assess", "report",
      "quarterly", "year-end", "index", "template", "audit", "uncertainty", "generate-completion", "help", "--as-of",
      "--bootstrap", "--by", "--correlation", "--data", "--date", "--delimiter", "--depth", "--encoding", "--explain",
      "--flag-above", "--flag-below", "--force", "--format", "--help", "--lang", "--methodology", "--month", "--node",
      "--number", "--numbers", "--office", "--out", "--period", "--problems", "--programme", "--quarter",
      "--replications", "--reports", "--runs", "--sample", "--seed", "--sobol", "--spec", "--stage", "--template",
      "--threads", "--ties", "--to", "--tolerance", "--top", "--uncertainty", "--unit", "--version", "@programme",
      "@data", "@districts", "@assessment", "@progress", "@index", "@table", "@spec", "@ledger", "@template"})
  void commandLines(byte[] input) throws IOException {
    String[] args = arguments(new String(input, StandardCharsets.UTF_8));
    clean();
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    String out = o.toString(StandardCharsets.UTF_8);
    String err = e.toString(StandardCharsets.UTF_8);
    String shown = "score " + String.join(" ", args) + "\nexit " + code + "\n--- out\n" + head(out) + "\n--- err\n"
        + head(err);
    if (!EXPECTED.contains(code)) {
      throw new AssertionError("exit " + code + " is not 0, 1 or 2: " + shown);
    }
    String plain = withoutArguments(out + "\n" + err, args);
    if (FRAME.matcher(plain).find()) {
      throw new AssertionError("a stack trace: " + shown);
    }
    for (String j : JAVA) {
      if (plain.contains(j)) {
        throw new AssertionError("Java text \"" + j + "\": " + shown);
      }
    }
  }

  /** The arguments a text stands for: one a line, at most 24 of at most 200 characters, files resolved. */
  static String[] arguments(String text) {
    List<String> args = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length && args.size() < 24; i++) {
      String a = lines[i].length() > 200 ? lines[i].substring(0, 200) : lines[i];
      args.add(a.startsWith("@") && FIXTURE.files.containsKey(a.substring(1)) ? FIXTURE.file(a.substring(1)) : a);
    }
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      if (name.equals("--out") || name.equals("--reports")) {
        if (eq > 0) {
          args.set(i, name + "=" + output(a.substring(eq + 1)));
        } else if (i + 1 < args.size()) {
          args.set(i + 1, output(args.get(i + 1)));
          i++;
        }
      }
    }
    // The demo reads no input and takes seconds: its options are fuzzed through its help.
    if (!args.isEmpty() && args.get(0).equalsIgnoreCase("demo")) {
      args.add(0, "help");
    }
    return args.toArray(String[]::new);
  }

  /**
   * Where an output goes: an input given by its path stays (to try the refusal), anything else becomes one of a few
   * names in the output folder, keeping its extension.
   */
  static String output(String value) {
    if (value.isEmpty() || FIXTURE.files.values().stream().anyMatch(p -> p.toString().equals(value))) {
      return value;
    }
    String ext = "";
    int dot = value.lastIndexOf('.');
    if (dot >= 0 && value.length() - dot <= 5 && value.substring(dot + 1).matches("[A-Za-z]*")) {
      ext = value.substring(dot);
    }
    return OUT.resolve("o" + Math.floorMod(value.hashCode(), 8) + ext).toString();
  }

  /** Empties the output folder now and then, so that fuzzing fills no disk. */
  static void clean() throws IOException {
    try (Stream<Path> s = Files.list(OUT)) {
      if (s.count() < 32) {
        return;
      }
    }
    try (Stream<Path> walk = Files.walk(OUT)) {
      walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(OUT)).forEach(p -> p.toFile().delete());
    }
  }

  private static void delete() {
    try (Stream<Path> walk = Files.walk(DIR)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind
    }
  }

  /** The text with the arguments taken out, so that an argument echoed in a message is not taken for Java's. */
  static String withoutArguments(String text, String[] args) {
    String[] sorted = args.clone();
    java.util.Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed());
    String t = text;
    for (String a : sorted) {
      String v = a.indexOf('=') > 0 ? a.substring(a.indexOf('=') + 1) : a;
      for (String s : List.of(a, a.trim(), v, v.trim())) {
        if (s.length() >= 3) {
          t = t.replace(s, "");
        }
      }
    }
    return t;
  }

  private static String head(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }

  @Test
  void theDictionaryHasEveryCommandAndOption() throws NoSuchMethodException {
    Set<String> words = new TreeSet<>(List.of(CliFuzzTest.class.getDeclaredMethod("commandLines", byte[].class)
        .getAnnotation(DictionaryEntries.class).value()));
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<String, CommandSpec> e : CliFixture.commands().entrySet()) {
      String[] parts = e.getKey().split(" ");
      String last = parts[parts.length - 1];
      if (!last.equals("score") && !words.contains(last)) {
        missing.add(last);
      }
      for (OptionSpec o : e.getValue().options()) {
        if (!words.contains(o.longestName())) {
          missing.add(o.longestName());
        }
      }
    }
    assertEquals(Set.of(), missing, "add them to the @DictionaryEntries of commandLines");
  }
}
