package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
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
 * <p>{@link #commands} builds command lines from picocli's model — a command, its options, values of their kinds or
 * fuzzed text — so that most runs get into the commands. {@link #commandLines} takes any text of arguments, one a line (readable, so that a finding is a command line to replay);
 * {@code @name} stands for a sample input copied to a temporary folder ({@code @programme}, {@code @data},
 * {@code @index}, …), and the value after an output option ({@code --out}, {@code --reports}) is always put in that
 * folder, so that fuzzing writes nowhere else — except the value {@code @name} of an input, to try the refusal to
 * replace it. {@code demo} runs as {@code help demo}: it reads no input and takes seconds. An argument
 * {@code @FILE} (picocli's argument file) is not tried: the file's arguments could name outputs anywhere.
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
    check(arguments(new String(input, StandardCharsets.UTF_8)));
  }

  /**
   * Command lines built from the model: a command, then options of that command (or not) with values of their kind
   * — the sample inputs, outputs in the temporary folder, dates, numbers, names — or fuzzed text, so that most runs
   * get past the parser into the commands' own checks and work.
   */
  @FuzzTest(maxDuration = "5m")
  void commands(FuzzedDataProvider data) throws IOException {
    List<String> commands = new ArrayList<>(COMMANDS.keySet());
    String command = data.pickValue(commands);
    CommandSpec spec = COMMANDS.get(command);
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.remove(0); // score
    List<OptionSpec> options = spec.options();
    int n = data.consumeInt(0, 10);
    for (int i = 0; i < n; i++) {
      int kind = data.consumeInt(0, 9);
      if (kind <= 6 && !options.isEmpty()) {
        OptionSpec o = data.pickValue(options);
        args.add(o.longestName());
        if (o.arity().max() > 0) {
          args.add(value(data, o));
        }
      } else if (kind == 7 && !options.isEmpty()) {
        OptionSpec o = data.pickValue(options);
        args.add(o.longestName() + "=" + value(data, o));
      } else if (kind == 8) {
        args.add(data.consumeBoolean() ? FIXTURE.file(data.pickValue(new ArrayList<>(FIXTURE.files.keySet())))
            : data.consumeString(24));
      } else {
        args.add(data.consumeString(24));
      }
    }
    if (data.consumeBoolean()) {
      args.add("--lang");
      args.add(data.consumeBoolean() ? "zh" : "en");
    }
    check(safe(args));
  }

  /** Every command by its name ({@code score report index}), but the demo (see {@link #arguments}). */
  static final Map<String, CommandSpec> COMMANDS = new java.util.TreeMap<>(CliFixture.commands());

  static {
    COMMANDS.remove("score demo");
  }

  /** Values typed for options of each kind. */
  static final Map<Class<?>, List<String>> TYPICAL = Map.of(
      Values.MonthConverter.class, List.of("2021-7", "2021-12", "2021年7月", "2020-12", "2021-13"),
      Values.QuarterConverter.class, List.of("2021q2", "2021Q4", "2021年第二季度", "2022q1"),
      Values.DateConverter.class, List.of("2021-06-30", "2021/6/30", "2020-12-31", "2021-02-29"),
      Values.PeriodConverter.class, List.of("2021", "2021Q2", "2021-06", "2020"),
      Values.FormatConverter.class, List.of("table", "csv", "json", "xlsx"),
      Values.OutputFileConverter.class, List.of("x.csv", "x.json", "x.xlsx", "x.txt", "x.html", "x.docx", "x"),
      Values.OutputFolderConverter.class, List.of("folder", "x.csv"));
  static final List<String> NUMBERS = List.of("0", "1", "2", "3", "5", "-1", "0.05", "5%", "0.5", "1.5", "NaN",
      "1e3", "abc", "");
  static final List<String> WORDS = List.of("u1", "u12", "amr", "市市场监管局", "index", "g1", "x1", "area", "lead",
      "district", "list-all", "leave-out", "raw", "normalised", "pearson", "spearman", "gbk", "utf-8", "tab",
      "thousands,percent", "zh", "en", "");

  /** A value for an option: of its kind most of the time, else fuzzed text. */
  static String value(FuzzedDataProvider data, OptionSpec o) {
    Class<?> c = o.converters().length == 0 ? null : o.converters()[0].getClass();
    int how = data.consumeInt(0, 4);
    if (how == 0) {
      return data.consumeString(32);
    }
    if (c == Values.InputConverter.class) {
      return how == 1 ? data.pickValue(List.of("asem", "db2020", "quarterly-progress", "nowhere.json", ""))
          : FIXTURE.file(data.pickValue(new ArrayList<>(FIXTURE.files.keySet())));
    }
    if ((c == Values.OutputFileConverter.class || c == Values.OutputFolderConverter.class) && how == 1) {
      return FIXTURE.file(data.pickValue(new ArrayList<>(FIXTURE.files.keySet()))); // an input: refused
    }
    if (c != null && TYPICAL.containsKey(c)) { // found by fuzzing: an option without a converter (Map.of: no null)
      return data.pickValue(TYPICAL.get(c));
    }
    Class<?> t = o.type();
    if (t == int.class || t == Integer.class || t == long.class || t == double.class) {
      return data.pickValue(NUMBERS);
    }
    return data.pickValue(WORDS);
  }

  /** Runs a command line and checks its exit code and streams. */
  static void check(String[] args) throws IOException {
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
    return safe(args);
  }

  /** The arguments with every output put in the temporary folder (but an input's, refused) and the demo as help. */
  static String[] safe(List<String> args) {
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
    // picocli reads an argument @FILE as the arguments in FILE, which could name outputs anywhere: not fuzzed.
    args.replaceAll(a -> a.startsWith("@") ? "at-" + a.substring(1) : a);
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
