package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.io.Documents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's methodology in Java, its file form and its variant are MethodologyInCode's, and they run. */
class MethodologyInCodeTest {

  static final String README = read(Path.of("..", "README.md"));
  static final String SOURCE = read(Path.of("src/main/java/io/github/bizenv/scoring/examples/MethodologyInCode.java"));

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String between(String begin, String end) {
    String code = SOURCE.substring(SOURCE.indexOf(begin) + begin.length(), SOURCE.indexOf(end));
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  static String readmeNormalised() {
    return README.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  @Test
  void theReadmeShowsTheCodeAndTheFileItWrites() {
    String builder = between("// README:methodology:begin", "// README:methodology:end");
    assertTrue(readmeNormalised().contains(builder), "README.md must show MethodologyInCode's builder code:\n" + builder);
    String json = Documents.create().toJson(MethodologyInCode.startingABusiness());
    assertTrue(README.contains("```json\n" + json + "```"), "README.md must show the file form:\n" + json);
    String variant = SOURCE.substring(SOURCE.indexOf("Plan timeCounts"), SOURCE.indexOf("System.out.printf"))
        .lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
    assertTrue(readmeNormalised().contains(variant), "README.md must show the variant:\n" + variant);
  }

  @Test
  void itRunsAndPrintsWhatTheReadmeSays() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      MethodologyInCode.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    String last = printed.strip().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(README.contains("```\n" + last + "\n```"), "README.md must show the printed line " + last);
    assertTrue(Engine.create().compile(MethodologyInCode.startingABusiness()).nodes().size() == 4);
  }
}
