package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module boundary as a user meets it: a consumer module on the module path that {@code requires} only
 * scoring-core, {@code provides} its own normalizer, and scores with it — so the exports, the {@code uses}
 * declarations and the ServiceLoader lookup work outside the class path.
 */
class ModulePathConsumerTest {

  @TempDir Path dir;

  @Test
  void aConsumerModulePlugsInItsOwnNormalizer() throws IOException, InterruptedException {
    List<String> modulePath = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
        .filter(e -> e.contains("scoring-api") || e.contains("scoring-core") || e.contains("jackson-core")
            || e.contains("jackson-databind") || e.contains("jackson-annotations") || e.contains("jackson-dataformat-csv"))
        .collect(Collectors.toList());
    assertTrue(modulePath.stream().anyMatch(e -> e.contains("scoring-core")), "scoring-core on the test class path");
    Path src = dir.resolve("src/consumer");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("module-info.java"), "module consumer {\n"
        + "  requires io.github.bizenv.scoring.core;\n"
        + "  provides io.github.bizenv.scoring.spi.NormalizerProvider with consumer.Twice;\n"
        + "}\n");
    Files.writeString(src.resolve("consumer/Twice.java"), "package consumer;\n"
        + "import io.github.bizenv.scoring.spi.*;\n"
        + "import java.util.Map;\n"
        + "public final class Twice implements NormalizerProvider {\n"
        + "  public String name() { return \"twice\"; }\n"
        + "  public Normalizer create(Parameters p) {\n"
        + "    return new Normalizer() {\n"
        + "      public Range range() { return Range.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY); }\n"
        + "      public Fit fit(double[] column) {\n"
        + "        return new Fit() {\n"
        + "          public double apply(double x) { return 2 * x; }\n"
        + "          public Map<String, Double> parameters() { return Map.of(); }\n"
        + "        };\n"
        + "      }\n"
        + "    };\n"
        + "  }\n"
        + "}\n");
    Files.writeString(src.resolve("consumer/Main.java"), "package consumer;\n"
        + "import io.github.bizenv.scoring.engine.*;\n"
        + "import io.github.bizenv.scoring.methodology.*;\n"
        + "import io.github.bizenv.scoring.model.LocalizedText;\n"
        + "public final class Main {\n"
        + "  public static void main(String[] args) {\n"
        + "    Methodology m = Methodology.builder().id(\"m\").name(LocalizedText.of(\"示例\", \"m\"))\n"
        + "        .addNode(Node.root(\"root\").build())\n"
        + "        .addNode(Node.leaf(\"x\", \"root\", \"x\").normalizer(StrategySpec.of(\"twice\")).build()).build();\n"
        + "    Plan plan = Engine.create().compile(m);\n"
        + "    Evaluation e = plan.evaluate(Dataset.builder().value(\"a\", \"x\", 21).build());\n"
        + "    System.out.println(Main.class.getModule().getName() + \" \" + e.score(\"a\").getAsDouble());\n"
        + "  }\n"
        + "}\n");
    Path out = dir.resolve("out");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("--module-path", String.join(File.pathSeparator, modulePath),
        "-d", out.toString()));
    Files.walk(src).filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    assertEquals(0, javac.run(null, null, null, args.toArray(new String[0])), "the consumer module compiles");

    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "--module-path", out + File.pathSeparator
        + String.join(File.pathSeparator, modulePath), "-m", "consumer/consumer.Main").redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertEquals("consumer 42.0", output.strip());
  }
}
