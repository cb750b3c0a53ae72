package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Sample inputs copied into a folder — the Sample City programme and data, its districts table, a ledger workbook,
 * the notice template, the assessment and quarterly methodologies, a small index with its table and uncertainty spec
 * — and one working invocation of every command that reads or writes files, with its output in that folder.
 */
final class CliFixture {

  /** The commands that neither read nor write files. */
  static final List<String> WITHOUT_FILES = List.of("score", "score help", "score generate-completion", "score report");

  final Path dir;
  final Map<String, Path> files = new LinkedHashMap<>();

  private CliFixture(Path dir) {
    this.dir = dir;
  }

  /** The inputs, written into {@code dir}. */
  static CliFixture in(Path dir) throws IOException {
    CliFixture f = new CliFixture(dir);
    f.copy("programme", MainTest.SAMPLE.resolve("programme.json"), "programme.json");
    f.copy("data", MainTest.SAMPLE.resolve("data-2021.json"), "data-2021.json");
    f.copy("districts", MainTest.SAMPLE.resolve("districts-2021.csv"), "districts-2021.csv");
    f.copy("assessment", MainTest.METHODOLOGIES.resolve("assessment-departments-2021.json"), "assessment.json");
    f.copy("progress", MainTest.METHODOLOGIES.resolve("quarterly-progress.json"), "quarterly-progress.json");
    f.write("index", "index.json", AnalysisCommandsTest.smallMethodology());
    f.write("table", "index.csv", AnalysisCommandsTest.smallData());
    f.write("spec", "spec.json", AnalysisCommandsTest.smallSpec());
    f.copy("ledger", generated("ledger.xlsx", "--sample"), "ledger.xlsx");
    f.copy("template", generated("notice-template.docx"), "notice-template.docx");
    Files.createDirectories(dir.resolve("out"));
    return f;
  }

  private static Path generatedDir;

  /** A file written by {@code score template}, once for all the tests of a run. */
  private static synchronized Path generated(String name, String... more) throws IOException {
    if (generatedDir == null) {
      generatedDir = Files.createTempDirectory("score-fixture");
      generatedDir.toFile().deleteOnExit();
    }
    Path p = generatedDir.resolve(name);
    if (!Files.exists(p)) {
      List<String> args = new ArrayList<>(List.of("template", "--out", p.toString(), "--lang", "en"));
      args.addAll(List.of(more));
      MainTest.Run t = new MainTest.Run(args.toArray(String[]::new));
      assertEquals(0, t.code, t.toString());
      p.toFile().deleteOnExit();
    }
    return p;
  }

  private void copy(String key, Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.copy(from, to);
    files.put(key, to);
  }

  private void write(String key, String name, String text) throws IOException {
    Path to = dir.resolve(name);
    Files.writeString(to, text, StandardCharsets.UTF_8);
    files.put(key, to);
  }

  String file(String key) {
    Path p = files.get(key);
    if (p == null) {
      throw new IllegalArgumentException("no fixture file " + key);
    }
    return p.toString();
  }

  /** A path for an output in {@code out/}. */
  String out(String name) {
    return dir.resolve("out").resolve(name).toString();
  }

  /** A working invocation of a command: its arguments, the inputs it reads and where it writes. */
  static final class Invocation {
    final String command;
    final List<String> args;
    final List<String> inputs;
    final String outOption;
    final String out;
    final boolean folder;

    Invocation(String command, List<String> args, List<String> inputs, String outOption, String out, boolean folder) {
      this.command = command;
      this.args = args;
      this.inputs = inputs;
      this.outOption = outOption;
      this.out = out;
      this.folder = folder;
    }

    /** The arguments with the output option set to {@code target}, and more arguments after. */
    String[] with(String target, String... more) {
      List<String> a = new ArrayList<>(args);
      a.add(outOption);
      a.add(target);
      a.addAll(List.of(more));
      return a.toArray(String[]::new);
    }

    /** The arguments as they work. */
    String[] working(String... more) {
      return with(out, more);
    }

    @Override
    public String toString() {
      return command;
    }
  }

  private Invocation inv(String command, String outOption, String out, boolean folder, String... args) {
    List<String> a = new ArrayList<>(List.of(command.split(" ")));
    List<String> inputs = new ArrayList<>();
    for (String s : args) {
      if (s.startsWith("@")) {
        inputs.add(file(s.substring(1)));
        a.add(file(s.substring(1)));
      } else {
        a.add(s);
      }
    }
    a.add("--lang");
    a.add("en");
    return new Invocation(command, a, inputs, outOption, out(out), folder);
  }

  /** One working invocation of every command that reads or writes files. */
  List<Invocation> invocations() {
    List<Invocation> list = new ArrayList<>();
    list.add(inv("demo", "--reports", "demo-reports", true));
    list.add(inv("validate", "--out", "validate.csv", false, "@programme", "@data", "@assessment", "@districts",
        "@ledger", "@index"));
    list.add(inv("evaluate", "--out", "evaluate.csv", false, "--methodology", "@index", "--data", "@table"));
    list.add(inv("explain", "--out", "explain.txt", false, "--methodology", "@index", "--data", "@table", "--unit",
        "u1"));
    list.add(inv("gap", "--out", "gap.json", false, "--programme", "@programme", "--data", "@data"));
    list.add(inv("dispatch", "--out", "dispatch.xlsx", false, "--programme", "@programme", "--data", "@data",
        "--month", "2021-12"));
    list.add(inv("quarter", "--out", "quarter.csv", false, "--programme", "@programme", "--data", "@data",
        "--quarter", "2021q4", "--methodology", "@progress"));
    list.add(inv("assess", "--out", "assess.csv", false, "--programme", "@programme", "--data", "@data",
        "--methodology", "@assessment"));
    list.add(inv("report quarterly", "--out", "notice.docx", false, "--programme", "@programme", "--data", "@data",
        "--quarter", "2021q4", "--template", "@template", "--methodology", "@progress"));
    list.add(inv("report year-end", "--out", "year-end.html", false, "--programme", "@ledger", "--methodology",
        "@assessment"));
    list.add(inv("report gap", "--out", "gap.xlsx", false, "--programme", "@programme", "--data", "@data"));
    list.add(inv("report index", "--out", "index.html", false, "--methodology", "@index", "--data", "@table",
        "--uncertainty", "@spec", "--replications", "5"));
    list.add(inv("template", "--out", "ledger.xlsx", false, "--programme", "@programme", "--data", "@data", "--data",
        "@districts"));
    list.add(inv("audit", "--out", "audit", true, "--methodology", "@index", "--data", "@table", "--unit", "u1"));
    list.add(inv("uncertainty", "--out", "uncertainty", true, "--methodology", "@index", "--data", "@table", "--spec",
        "@spec", "--runs", "5", "--threads", "1"));
    return list;
  }

  /** Every command, by its name after {@code score} ({@code report index}), with its specification. */
  static Map<String, CommandSpec> commands() {
    Cli cli = new Cli(Locale.ENGLISH, System.out, System.err);
    Map<String, CommandSpec> all = new TreeMap<>();
    walk(Main.commandLine(cli), all);
    return all;
  }

  private static void walk(CommandLine cl, Map<String, CommandSpec> all) {
    CommandSpec s = cl.getCommandSpec();
    all.put(s.qualifiedName(" "), s);
    cl.getSubcommands().values().forEach(sub -> walk(sub, all));
  }

  /**
   * The bytes and modification time of every file under {@code dir}, outside {@code out/} and {@code links/} (where
   * tests put links to the inputs).
   */
  Map<Path, String> snapshot() throws IOException {
    Map<Path, String> s = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir.resolve("out"))
          && !p.startsWith(dir.resolve("links")))
          .collect(Collectors.toList())) {
        FileTime t = Files.getLastModifiedTime(p);
        s.put(p, t.toMillis() + " " + sha256(Files.readAllBytes(p)));
      }
    }
    return s;
  }

  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Files left behind by an interrupted write: {@code .NAME.RANDOM.tmp}. */
  List<Path> strayTemporaryFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().matches("\\..+\\.[0-9a-f]+\\.tmp"))
          .collect(Collectors.toList());
    }
  }
}
