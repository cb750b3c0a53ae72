package io.github.bizenv.scoring.methodology;

/**
 * What a text code in a leaf's data column means: a score ({@code {"score": 0}} in a file), not applicable
 * ({@code "not-applicable"}: the leaf is left out of its parent for that unit) or missing ({@code "missing"}).
 * Immutable and thread-safe.
 */
public final class CodeOutcome {

  /** What kind of outcome. */
  public enum Kind {
    /** The code scores a fixed number. */
    SCORE,
    /** The leaf does not apply to the unit (e.g. a VAT indicator where there is no VAT). */
    NOT_APPLICABLE,
    /** The value is missing. */
    MISSING
  }

  /** The leaf does not apply to the unit. */
  public static final CodeOutcome NOT_APPLICABLE = new CodeOutcome(Kind.NOT_APPLICABLE, Double.NaN);
  /** The value is missing. */
  public static final CodeOutcome MISSING = new CodeOutcome(Kind.MISSING, Double.NaN);

  private final Kind kind;
  private final double score;

  private CodeOutcome(Kind kind, double score) {
    this.kind = kind;
    this.score = score;
  }

  /**
   * A fixed score.
   *
   * @param score a finite number
   * @return the outcome
   * @throws IllegalArgumentException if the score is not finite
   */
  public static CodeOutcome score(double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("a code's score must be finite, not " + score);
    }
    return new CodeOutcome(Kind.SCORE, score == 0 ? 0.0 : score);
  }

  /**
   * What kind of outcome.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The score of a {@link Kind#SCORE} outcome.
   *
   * @return the score, or {@code NaN} for the other kinds
   */
  public double score() {
    return score;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CodeOutcome && ((CodeOutcome) o).kind == kind
        && Double.compare(((CodeOutcome) o).score, score) == 0;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Double.hashCode(score);
  }

  /** Returns {@code score 0}, {@code not applicable} or {@code missing}. */
  @Override
  public String toString() {
    return kind == Kind.SCORE ? "score " + Codes.fmt(score) : kind == Kind.NOT_APPLICABLE ? "not applicable" : "missing";
  }
}
