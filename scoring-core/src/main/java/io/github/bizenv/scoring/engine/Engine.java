package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.Json;
import io.github.bizenv.scoring.internal.MethodologyCodec;
import io.github.bizenv.scoring.internal.Schemas;
import io.github.bizenv.scoring.internal.Source;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compiles methodologies — built in code or read from {@code bizenv.methodology/1} files — into {@link Plan}s.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Plan plan = engine.compile(Path.of("db2020.json"));            // or engine.compile(methodology)
 * Dataset data = Dataset.readCsv(Path.of("db2020.csv"), plan);
 * Evaluation result = plan.evaluate(data);
 * System.out.println(result.explain("CHN", "starting-a-business").text());
 * }</pre>
 *
 * <p>One flow: a file is read into the {@link Methodology} model (its fields and structure checked, every problem
 * with its JSON pointer), and the model is compiled (strategies bound and their settings checked, ranges worked
 * out, pairings that cannot work rejected). Either step throws one {@link ValidationException} with every
 * problem. Immutable and thread-safe.
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
   * @param strategies the strategies methodologies may name
   * @return the engine
   */
  public static Engine create(Strategies strategies) {
    return new Engine(Objects.requireNonNull(strategies, "strategies"), DocumentLimits.defaults());
  }

  /**
   * An engine with the given strategies, reading methodology files under the given limits (size, nesting, the length
   * of a string).
   *
   * @param strategies the strategies methodologies may name
   * @param limits the limits files are read under
   * @return the engine
   */
  public static Engine create(Strategies strategies, DocumentLimits limits) {
    return new Engine(Objects.requireNonNull(strategies, "strategies"), Objects.requireNonNull(limits, "limits"));
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
   * Compiles a methodology.
   *
   * @param methodology the methodology, built in code or read from a file
   * @return the plan
   * @throws ValidationException listing every problem: unknown strategies (with the known ones), bad settings,
   *     pairings that cannot work
   */
  public Plan compile(Methodology methodology) {
    Objects.requireNonNull(methodology, "methodology");
    return Compiler.compile(methodology, strategies, new Binder.Cache(), null,
        "methodology \"" + methodology.id() + "\"");
  }

  /**
   * Reads and compiles a methodology file.
   *
   * @param path a {@code bizenv.methodology/1} file
   * @return the plan
   * @throws ValidationException listing every problem of the file
   * @throws ScoringException if the file cannot be read
   */
  public Plan compile(Path path) {
    Objects.requireNonNull(path, "path");
    return compileText(Source.read(path, limits), path.toString());
  }

  /**
   * Reads and compiles a methodology from a stream, which is not closed.
   *
   * @param in the file's bytes
   * @param name a name for the file in problem messages
   * @return the plan
   * @throws ValidationException listing every problem of the file
   */
  public Plan compile(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return compileText(Source.read(in, name, limits), name);
  }

  /**
   * Reads and compiles a methodology from its text.
   *
   * @param text the JSON document
   * @param name a name for it in problem messages
   * @return the plan
   * @throws ValidationException listing every problem of the document
   */
  public Plan compile(String text, String name) {
    Objects.requireNonNull(name, "name");
    return compileText(Objects.requireNonNull(text, "text"), name);
  }

  /**
   * Reads and compiles a document. When the document itself has problems, the strategies it names are still
   * bound, so that their problems are reported with the others, all at once, in document order.
   */
  private Plan compileText(String text, String name) {
    MethodologyCodec.Read read = MethodologyCodec.read(json.parse(text, name), name);
    if (read.methodology != null) {
      return Compiler.compile(read.methodology, strategies, new Binder.Cache(), null, name);
    }
    List<Problem> problems = new ArrayList<>(read.problems);
    List<Problem> strategyProblems = new ArrayList<>();
    Binder binder = new Binder(strategies, strategyProblems, new Binder.Cache());
    for (MethodologyCodec.StrategyUse use : read.uses) {
      switch (use.kind) {
        case "normalizer":
          binder.normalizer(use.spec, use.path, use.direction, use.meta, "");
          break;
        case "aggregator":
          binder.aggregator(use.spec, use.path);
          break;
        default:
          binder.rule(use.spec, use.path);
      }
    }
    for (Problem p : strategyProblems) {
      if (!problems.contains(p)) {
        problems.add(p);
      }
    }
    throw new ValidationException(name, Schemas.inDocumentOrder(problems, Compiler.FIELDS));
  }
}
