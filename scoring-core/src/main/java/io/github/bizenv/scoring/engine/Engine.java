package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Compiles methodology files ({@code bizenv.methodology/1}) into {@link Plan}s.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Plan plan = engine.compile(Path.of("db2020.json"));
 * Dataset data = Dataset.readCsv(Path.of("db2020.csv"), plan.unitColumn(), null, DocumentLimits.defaults());
 * Evaluation result = plan.evaluate(data);
 * System.out.println(result.explain("CHN", "starting-a-business").text());
 * }</pre>
 *
 * <p>Compiling checks the whole file and throws one {@link ValidationException} with every problem and its JSON
 * pointer: unknown strategies (listing the known ones), missing or bad settings, weights ≤ 0, cycles, inner
 * nodes without children, pairings that cannot work. Immutable and thread-safe.
 */
public final class Engine {

  private final Strategies strategies;
  private final DocumentLimits limits;
  private final Json json;

  private Engine(Strategies strategies, DocumentLimits limits) {
    this.strategies = strategies;
    this.limits = limits;
    this.json = new Json(limits);
  }

  /**
   * An engine with the {@linkplain Strategies#defaults() default strategies}.
   *
   * @return the engine
   */
  public static Engine create() {
    return new Engine(Strategies.defaults(), DocumentLimits.defaults());
  }

  /**
   * An engine with the given strategies.
   *
   * @param strategies the strategies methodology files may name
   * @return the engine
   */
  public static Engine create(Strategies strategies) {
    return new Engine(Objects.requireNonNull(strategies, "strategies"), DocumentLimits.defaults());
  }

  /**
   * The strategies this engine knows.
   *
   * @return the registry
   */
  public Strategies strategies() {
    return strategies;
  }

  /**
   * Compiles a methodology file.
   *
   * @param path a {@code bizenv.methodology/1} file
   * @return the plan
   * @throws ValidationException listing every problem of the file
   * @throws ScoringException if the file cannot be read
   */
  public Plan compile(Path path) {
    return compile(Source.read(path, limits), path.toString());
  }

  /**
   * Compiles a methodology from a stream, which is not closed.
   *
   * @param in the file's bytes
   * @param name a name for the file in problem messages
   * @return the plan
   * @throws ValidationException listing every problem of the file
   */
  public Plan compile(InputStream in, String name) {
    return compile(Source.read(in, name, limits), name);
  }

  /**
   * Compiles a methodology from its text.
   *
   * @param text the JSON document
   * @param name a name for it in problem messages
   * @return the plan
   * @throws ValidationException listing every problem of the document
   */
  public Plan compile(String text, String name) {
    JsonNode root = json.parse(text, name);
    Plan plan = new Compiler(strategies).compile(root, name);
    plan.source = root;
    plan.engine = this;
    return plan;
  }
}
