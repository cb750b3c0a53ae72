package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.bizenv.scoring.cli.CliFixture.Invocation;
import io.github.bizenv.scoring.cli.MainTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of every command, found by walking picocli's model, given values that are wrong for it — words where a
 * number belongs, NaN, infinities, negative and out-of-range numbers, empty texts, unknown names, impossible dates,
 * missing files, folders for files and files for folders, names no file system takes — exits 2 with a plain message
 * (the command and option named, no stack trace, no Java text) and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OptionValuesTest {

  /** Options whose value is free text (a unit, a node, the notice's office…) or a switch: nothing to refuse. */
  static final Set<String> FREE = Set.of("--unit", "--node", "--explain", "--office", "--to", "--number", "--sample",
      "--sobol", "--force", "--help", "--version");
  /** Numeric options that take negative values. */
  static final Set<String> NEGATIVE = Set.of("--seed", "--flag-above", "--flag-below");

  static Locale before;

  @TempDir static Path root;
  CliFixture fixture;
  final AtomicInteger runs = new AtomicInteger();

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

  /** Wrong values for an option, by what its converter reads. */
  List<String> wrong(OptionSpec o) throws IOException {
    ITypeConverter<?> c = o.converters().length == 0 ? null : o.converters()[0];
    List<String> bad = new ArrayList<>();
    Path folder = Files.createDirectories(root.resolve("a-folder"));
    if (c instanceof Values.InputConverter) {
      bad.addAll(List.of("", "no/such/file.json", folder.toString(), "bad\u0000name.json"));
    } else if (c instanceof Values.OutputFileConverter) {
      bad.addAll(List.of("", folder.toString(), root.resolve("nowhere").resolve("x.csv").toString(),
          "bad\u0000name.csv", fixture.file("programme")));
    } else if (c instanceof Values.OutputFolderConverter) {
      bad.addAll(List.of("", fixture.file("districts"), "bad\u0000name"));
    } else if (o.type() == int.class || o.type() == Integer.class || o.type() == long.class || o.type() == Long.class
        || o.type() == double.class || o.type() == Double.class) {
      bad.addAll(List.of("abc", "NaN", "", "1e999", "-1e999", "Infinity", "99999999999999999999", "1.5.2"));
      if (!NEGATIVE.contains(o.longestName())) {
        bad.add("-1");
      }
      if (c instanceof Values.CorrelationValueConverter || c instanceof Values.ShareConverter) {
        bad.add("1.5");
      }
    } else {
      bad.addAll(List.of("nonsense", "", "2021-13-45", "--"));
    }
    return bad;
  }

  @Test
  void everyOptionThatIsNotFreeTextHasAConverterWithAPlainMessage() {
    Set<String> unchecked = new TreeSet<>();
    for (Map.Entry<String, CommandSpec> e : CliFixture.commands().entrySet()) {
      for (OptionSpec o : e.getValue().options()) {
        if (FREE.contains(o.longestName())) {
          assertTrue(o.type() == String.class || o.type() == boolean.class || o.auxiliaryTypes()[0] == String.class,
              e.getKey() + " " + o.longestName() + " is listed as free text but is a " + o.type());
          continue;
        }
        if (o.converters().length == 0 || !o.converters()[0].getClass().getName().startsWith(Values.class.getName())) {
          unchecked.add(e.getKey() + " " + o.longestName());
        }
      }
    }
    assertEquals(Set.of(), unchecked, "options read by picocli's own converters, whose messages are Java's");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invocations")
  void everyOptionWithAWrongValueExitsTwoWithAPlainMessageAndWritesNothing(Invocation inv) throws IOException {
    CommandSpec spec = CliFixture.commands().get("score " + inv.command);
    Map<String, String> failures = new LinkedHashMap<>();
    int tried = 0;
    for (OptionSpec o : spec.options()) {
      if (FREE.contains(o.longestName()) || o.longestName().equals("--lang")) {
        continue; // --lang: theLanguageItselfIsChecked
      }
      boolean first = true;
      for (String value : wrong(o)) {
        for (String lang : first ? List.of("en", "zh") : List.of("en")) {
          String target = fresh(inv);
          List<String> args = replace(o.longestName().equals(inv.outOption)
              ? List.of(inv.with(value)) : List.of(inv.with(target)), o.longestName(), value, lang);
          Run r = new Run(args.toArray(String[]::new));
          tried++;
          String why = check(r, lang, inv, o.longestName().equals(inv.outOption) ? null : target);
          if (why != null) {
            failures.put(o.longestName() + " \"" + value.replace("\u0000", "\\0") + "\" (" + lang + ")", why + "\n" + r);
          }
        }
        first = false;
      }
    }
    assertTrue(tried > 0);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + tried + " wrong values not refused plainly:\n" + failures);
    }
  }

  /** Why a run is not a plain refusal, or {@code null}. */
  static String check(Run r, String lang, Invocation inv, String target) {
    if (r.code != 2) {
      return "exit " + r.code;
    }
    for (String s : List.of(r.out, r.err)) {
      for (String trace : List.of("Exception", "at io.github", "java.", "picocli.", "\tat ")) {
        if (s.contains(trace)) {
          return "Java text: " + trace;
        }
      }
    }
    if (!r.err.startsWith("score " + inv.command + ": ")) {
      return "the message does not start with the command";
    }
    if (lang.equals("zh") && !MainTest.chinese(r.err)) {
      return "not in Chinese";
    }
    if (target != null && Files.exists(Path.of(target))) {
      return "wrote " + target;
    }
    return null;
  }

  /** A new output name of the invocation's kind. */
  String fresh(Invocation inv) {
    String name = Path.of(inv.out).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String fresh = "v" + runs.incrementAndGet() + "-" + name.substring(0, dot < 0 ? name.length() : dot)
        + (dot < 0 ? "" : name.substring(dot));
    return Path.of(inv.out).resolveSibling(fresh).toString();
  }

  /** The arguments with every value of {@code option} replaced by {@code value}, and the language. */
  static List<String> replace(List<String> args, String option, String value, String lang) {
    List<String> out = new ArrayList<>();
    boolean done = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--lang")) {
        i++;
        continue;
      }
      if (a.equals(option)) {
        i++;
        if (!done) {
          out.add(option);
          out.add(value);
          done = true;
        }
        continue;
      }
      out.add(a);
    }
    if (!done) {
      out.add(option);
      out.add(value);
    }
    if (!option.equals("--lang")) {
      out.add("--lang");
      out.add(lang);
    }
    return out;
  }

  @Test
  void theLanguageItselfIsChecked() {
    for (String bad : List.of("xx", "", "klingon", "--")) {
      for (String command : List.of("demo", "gap", "report")) {
        Run r = new Run(command, "--lang", bad);
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.startsWith("score"), r.toString());
        assertFalse(r.err.contains("Exception") || r.err.contains("java."), r.toString());
      }
    }
    Run last = new Run("demo", "--lang");
    assertEquals(2, last.code, last.toString());
    assertTrue(last.err.contains("--lang needs a value"), last.toString());
  }

  @Test
  void theFilesOfValidateAreCheckedLikeEveryInput() throws IOException {
    Path folder = Files.createDirectories(root.resolve("b-folder"));
    Map<String, String> expected = Map.of("", "a file name is needed", "no/such/file.json", "no such file",
        folder.toString(), "is a folder", "bad\u0000name.json", "is not a file name");
    expected.forEach((value, message) -> {
      for (List<String> files : List.of(List.of(value), List.of(fixture.file("programme"), value))) {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(files);
        Run r = new Run(args.toArray(String[]::new));
        assertEquals(2, r.code, r.toString());
        assertTrue(r.err.contains(message), r.toString());
        assertNull(check(r, "en", invocations().get(1), null), r.toString());
      }
    });
  }
}
