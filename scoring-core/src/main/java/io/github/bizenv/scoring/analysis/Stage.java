package io.github.bizenv.scoring.analysis;

import java.util.Objects;

/**
 * A stage of an evaluation whose values the audit can examine, as COINr names its data sets: the leaves' values
 * after each pipeline step ({@code Raw}, {@code Denominated}, {@code Imputed}, {@code Screened}, {@code Treated}),
 * the leaves' normalised scores ({@code Normalised}), and every node's score ({@code Aggregated}, the only stage
 * with levels above the indicators).
 */
public enum Stage {
  /** The leaves' values as read. Recorded only when the methodology has a pipeline. */
  RAW("raw"),
  /** After the {@code denominate} step. */
  DENOMINATED("denominated"),
  /** After the {@code impute} step. */
  IMPUTED("imputed"),
  /** After the {@code screen} step (screened-out units are gone from here on). */
  SCREENED("screened"),
  /** After the {@code treat} step. */
  TREATED("treated"),
  /** The leaves' normalised scores. */
  NORMALISED("normalised"),
  /** Every node's score: the normalised leaves and the aggregates. */
  AGGREGATED("aggregated");

  private final String code;

  Stage(String code) {
    this.code = code;
  }

  /**
   * The stage's name as {@code Evaluation.stages()} and files write it.
   *
   * @return e.g. {@code treated}
   */
  public String code() {
    return code;
  }

  /**
   * The stage of a name.
   *
   * @param code e.g. {@code treated}
   * @return the stage
   * @throws IllegalArgumentException naming the known stages if the name is unknown
   */
  public static Stage fromCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Stage s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown stage \"" + code + "\"; known: raw, denominated, imputed, screened, "
        + "treated, normalised, aggregated");
  }
}
