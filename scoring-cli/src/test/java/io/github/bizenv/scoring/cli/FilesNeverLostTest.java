package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.cli.CliFixture.Invocation;
import io.github.bizenv.scoring.cli.MainTest.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * No command ever modifies one of its input files, and no output is lost: every command runs on sample inputs
 * copied to a folder, then again with its output pointing at each of its inputs — by name, through a symbolic link,
 * through {@code ..} and as a hard link — with and without {@code --force}; the inputs' bytes and modification times
 * stay as they were. An existing output is replaced only with {@code --force}, a folder is never an output file, and
 * a write that fails midway leaves the old file and no temporary file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilesNeverLostTest {

  static Locale before;

  @TempDir static Path root;
  CliFixture fixture;

  @BeforeAll
  void inputs() throws IOException {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    fixture = CliFixture.in(root);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(before);
  }

  List<Invocation> invocations() {
    return fixture.invocations();
  }

  @Test
  void everyCommandThatReadsOrWritesFilesIsCovered() {
    Set<String> covered = invocations().stream().map(i -> "score " + i.command).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (Map.Entry<String, CommandSpec> e : CliFixture.commands().entrySet()) {
      if (!CliFixture.WITHOUT_FILES.contains(e.getKey()) && !covered.contains(e.getKey())) {
        missing.add(e.getKey());
      }
    }
    assertEquals(Set.of(), missing, "commands without an invocation in CliFixture");
  }

  @Test
  void everyCommandThatWritesHasForceAndDeclaresItsOutputs() {
    for (Map.Entry<String, CommandSpec> e : CliFixture.commands().entrySet()) {
      boolean writes = false;
      for (OptionSpec o : e.getValue().options()) {
        if (o.type() == Path.class || o.auxiliaryTypes()[0] == Path.class) {
          assertTrue(o.converters().length == 1, e.getKey() + " " + o.longestName() + " has no path converter");
          assertTrue(o.converters()[0] instanceof Values.InputConverter || Outputs.writes(o),
              e.getKey() + " " + o.longestName() + " is neither an input nor an output");
          writes |= Outputs.writes(o);
        }
      }
      assertEquals(writes, e.getValue().findOption("--force") != null, e.getKey() + ": --force where it writes");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invocations")
  void noInputIsEverChangedAndAnOutputIsReplacedOnlyWithForce(Invocation inv) throws IOException {
    Map<Path, String> before = fixture.snapshot();
    Path out = Path.of(inv.out);

    Run first = new Run(inv.working());
    assertEquals(0, first.code, first.toString());
    assertTrue(Files.exists(out), inv + " wrote " + out);
    String written = snapshotOf(out);

    Run again = new Run(inv.working());
    assertEquals(2, again.code, again.toString());
    assertTrue(again.err.contains(inv.folder ? "has files already; give --force" : "exists already; give --force"),
        again.err);
    assertEquals(written, snapshotOf(out), "the refused run left the old output as it was");

    Run forced = new Run(inv.working("--force"));
    assertEquals(0, forced.code, forced.toString());

    for (String input : inv.inputs) {
      for (String target : aliases(Path.of(input))) {
        for (boolean force : List.of(false, true)) {
          Run r = force ? new Run(inv.with(target, "--force")) : new Run(inv.with(target));
          assertEquals(2, r.code, target + " " + r);
          assertTrue(r.err.contains(inv.folder ? "is a file; " + inv.outOption + " names a folder"
              : "is one of this command's input files"), r.err);
          assertPlain(r);
        }
      }
    }
    Map<Path, String> after = fixture.snapshot();
    assertEquals(before.keySet(), after.keySet());
    for (Path p : before.keySet()) {
      assertEquals(before.get(p), after.get(p), p + " changed, in bytes or modification time");
    }
    assertEquals(List.of(), fixture.strayTemporaryFiles());
  }

  /** The same file by name, through a symbolic link, through {@code ..}, and as a hard link. */
  List<String> aliases(Path input) throws IOException {
    List<String> names = new ArrayList<>();
    names.add(input.toString());
    Path links = root.resolve("links");
    Files.createDirectories(links);
    Path link = links.resolve("to-" + input.getFileName());
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, input.toAbsolutePath());
    }
    names.add(link.toString());
    names.add(links.resolve("..").resolve(input.getFileName()).toString());
    Path hard = links.resolve("hard-" + input.getFileName());
    if (!Files.exists(hard)) {
      Files.createLink(hard, input);
    }
    names.add(hard.toString());
    return names;
  }

  static String snapshotOf(Path out) throws IOException {
    if (Files.isDirectory(out)) {
      StringBuilder s = new StringBuilder();
      for (Path p : AnalysisCommandsTest.files(out).stream().map(out::resolve).collect(Collectors.toList())) {
        s.append(p.getFileName()).append(' ').append(Files.getLastModifiedTime(p)).append(' ')
            .append(CliFixture.sha256(Files.readAllBytes(p))).append('\n');
      }
      return s.toString();
    }
    return Files.getLastModifiedTime(out) + " " + CliFixture.sha256(Files.readAllBytes(out));
  }

  static void assertPlain(Run r) {
    for (String s : List.of(r.out, r.err)) {
      for (String trace : List.of("Exception", "at io.github", "java.lang", "java.nio", "picocli.")) {
        assertFalse(s.contains(trace), "no stack trace or Java text: " + r);
      }
    }
  }

  @Test
  void aFolderIsNeverAnOutputFileAndAMissingFolderIsSaid() {
    Invocation gap = invocations().stream().filter(i -> i.command.equals("gap")).findFirst().orElseThrow();
    Run folder = new Run(gap.with(root.resolve("out").toString(), "--force"));
    assertEquals(2, folder.code, folder.toString());
    assertTrue(folder.err.contains("it is a folder"), folder.err);
    Run missing = new Run(gap.with(root.resolve("nowhere").resolve("gap.csv").toString()));
    assertEquals(2, missing.code, missing.toString());
    assertTrue(missing.err.contains("does not exist"), missing.err);
    Run empty = new Run(gap.with(""));
    assertEquals(2, empty.code, empty.toString());
    assertTrue(empty.err.contains("--out: a file name is needed"), empty.err);
    Run device = new Run(gap.with("/dev/null", "--force"));
    assertEquals(2, device.code, device.toString());
    assertTrue(device.err.contains("not a regular file"), device.err);
  }

  @Test
  void aWriteThatFailsMidwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = root.resolve("out").resolve("kept.csv");
    Files.writeString(target, "old\n");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
    Cli cli = new Cli(Locale.ENGLISH, new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8));
    cli.enter();
    try {
      Outputs forced = new Outputs(List.of(), Map.of(), Map.of(), true);
      Failure f = org.junit.jupiter.api.Assertions.assertThrows(Failure.class, () -> forced.write(target, out -> {
        out.write("new, half of it".getBytes(StandardCharsets.UTF_8));
        throw new IOException("No space left on device");
      }, false));
      assertEquals(Failure.DATA, f.code);
      assertEquals("old\n", Files.readString(target));
      assertEquals(List.of("kept.csv"), AnalysisCommandsTest.files(target.getParent()).stream()
          .filter(n -> n.startsWith("kept") || n.startsWith(".kept")).collect(Collectors.toList()));

      forced.write(target, "new\n".getBytes(StandardCharsets.UTF_8));
      assertEquals("new\n", Files.readString(target));
      Set<PosixFilePermission> kept = Files.getPosixFilePermissions(target);
      assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), kept, "the replaced file keeps its permissions");

      Outputs careful = new Outputs(List.of(target.toRealPath()), Map.of(), Map.of(), true);
      Failure input = org.junit.jupiter.api.Assertions.assertThrows(Failure.class,
          () -> careful.write(target, new byte[0]));
      assertEquals(Failure.USAGE, input.code);
      assertEquals("new\n", Files.readString(target), "an input is never replaced, even with --force");
    } finally {
      Cli.leave();
    }
  }

  @Test
  void aCommandThatFailsWritesNothing() throws IOException {
    Invocation audit = invocations().stream().filter(i -> i.command.equals("audit")).findFirst().orElseThrow();
    Path out = root.resolve("out").resolve("failed-audit");
    List<String> args = new ArrayList<>(List.of(audit.with(out.toString())));
    args.add("--unit");
    args.add("nowhere");
    Run r = new Run(args.toArray(String[]::new));
    assertEquals(1, r.code, r.toString());
    assertFalse(Files.exists(out), "nothing is written when the command fails");
    Invocation gap = invocations().stream().filter(i -> i.command.equals("gap")).findFirst().orElseThrow();
    Path g = root.resolve("out").resolve("failed-gap.csv");
    Run bad = new Run(gap.with(g.toString(), "--unit", "nowhere"));
    assertEquals(1, bad.code, bad.toString());
    assertFalse(Files.exists(g));
  }
}
