package io.github.bizenv.scoring.methodology;

/**
 * How a quota's share of the graded units becomes a whole number of units: 20 % of 12 units is 2.4 units.
 *
 * <p>A closed set of published conventions, not an extension point. In files each constant is written as its
 * {@link #code()}.
 */
public enum QuotaRounding {
  /** Round down (2.4 → 2, 2.5 → 2): the band never exceeds its share. */
  FLOOR,
  /** Round half up (2.4 → 2, 2.5 → 3). */
  ROUND,
  /** Round up (2.4 → 3). */
  CEIL;

  /**
   * The whole number of units a share allows.
   *
   * @param exact the share times the number of units graded
   * @return the rounded number of units
   */
  public int apply(double exact) {
    switch (this) {
      case FLOOR:
        return (int) Math.floor(exact + 1e-9);
      case CEIL:
        return (int) Math.ceil(exact - 1e-9);
      default:
        return (int) Math.floor(exact + 0.5);
    }
  }

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code floor}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static QuotaRounding fromCode(String code) {
    return Codes.parse(QuotaRounding.class, code);
  }
}
