package io.github.bizenv.scoring.methodology;

import java.util.OptionalInt;

/**
 * How a {@link Treat} step handles one indicator instead of its default test: leave it alone ({@code "none"}),
 * winsorise it whatever the test says ({@code "winsorise"}), or test it with its own limit of winsorised points
 * ({@code {"winmax": 2}}). A closed set, as in COINr's {@code Treat(indiv_specs = …)}. Immutable and thread-safe.
 */
public final class TreatmentOverride {

  /** What the override does. */
  public enum Kind {
    /** The indicator is not treated. */
    NONE,
    /** The indicator is winsorised (at least one pass) even if it passes the skew/kurtosis test. */
    WINSORISE,
    /** The indicator is tested and treated with its own limit of winsorised points. */
    WINMAX
  }

  /** The indicator is not treated. */
  public static final TreatmentOverride NONE = new TreatmentOverride(Kind.NONE, -1);
  /** The indicator is always winsorised. */
  public static final TreatmentOverride WINSORISE = new TreatmentOverride(Kind.WINSORISE, -1);

  private final Kind kind;
  private final int winmax;

  private TreatmentOverride(Kind kind, int winmax) {
    this.kind = kind;
    this.winmax = winmax;
  }

  /**
   * Treats the indicator with its own limit of winsorised points.
   *
   * @param winmax the limit, at least 0
   * @return the override
   * @throws IllegalArgumentException if the limit is negative
   */
  public static TreatmentOverride winmax(int winmax) {
    if (winmax < 0) {
      throw new IllegalArgumentException("winmax " + winmax + " must be at least 0");
    }
    return new TreatmentOverride(Kind.WINMAX, winmax);
  }

  /**
   * What the override does.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The limit of winsorised points of a {@link Kind#WINMAX} override.
   *
   * @return the limit, or empty for the other kinds
   */
  public OptionalInt winmax() {
    return kind == Kind.WINMAX ? OptionalInt.of(winmax) : OptionalInt.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TreatmentOverride && ((TreatmentOverride) o).kind == kind && ((TreatmentOverride) o).winmax == winmax;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + winmax;
  }

  /** Returns {@code none}, {@code winsorise} or {@code winmax 2}. */
  @Override
  public String toString() {
    return kind == Kind.WINMAX ? "winmax " + winmax : Codes.code(kind);
  }
}
