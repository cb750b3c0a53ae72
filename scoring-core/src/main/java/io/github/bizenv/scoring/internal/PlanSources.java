package io.github.bizenv.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import java.util.Objects;

/**
 * The methodology document a {@link Plan} was compiled from, and the engine that compiled it, for the analysis
 * package, which derives methodology variants by editing that document and compiling it again. A stop-gap until
 * plans derive their own variants; the engine registers the accessor when {@code Plan} is initialised.
 *
 * <p>Internal: not exported by the module and not part of the API; it may change in any release.
 */
public final class PlanSources {

  /** Reads a plan's package-private source; implemented by the engine. */
  public interface Access {
    /**
     * The document.
     *
     * @param plan a plan
     * @return its methodology document
     */
    JsonNode source(Plan plan);

    /**
     * The compiling engine.
     *
     * @param plan a plan
     * @return the engine
     */
    Engine engine(Plan plan);
  }

  private static volatile Access access;

  private PlanSources() {}

  /**
   * Called once by {@code Plan}'s static initialiser.
   *
   * @param a the accessor
   */
  public static void register(Access a) {
    access = Objects.requireNonNull(a, "a");
  }

  /**
   * The methodology document of a plan.
   *
   * @param plan a plan (its class is initialised, so the accessor is registered)
   * @return the document; never modify it
   */
  public static JsonNode source(Plan plan) {
    return access.source(Objects.requireNonNull(plan, "plan"));
  }

  /**
   * The engine that compiled a plan.
   *
   * @param plan a plan
   * @return the engine
   */
  public static Engine engine(Plan plan) {
    return access.engine(Objects.requireNonNull(plan, "plan"));
  }
}
