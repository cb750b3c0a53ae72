package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's Java sample is QuickStart's code, and it runs. */
class QuickStartTest {

  @Test
  void readmeSampleIsTheQuickStartCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/io/github/bizenv/scoring/examples/QuickStart.java"));
    List<String> code = lines(source.substring(source.indexOf("// README:begin") + 15, source.indexOf("// README:end")));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n");
    String block = readme.substring(start + 8, readme.indexOf("```", start + 8));
    List<String> sample = lines(block).stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList());
    assertEquals(code, sample, "the first java block of README.md must be QuickStart's code between the markers");
  }

  private static List<String> lines(String s) {
    return s.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }

  @Test
  void quickStartPrintsTheFirstTask() {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[] {"src/main/resources/sample-city"});
    } finally {
      System.setOut(old);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("210 tasks, 1558 progress reports"), printed);
    assertTrue(printed.contains("T001 推行企业开办“一窗通”"), printed);
  }
}
