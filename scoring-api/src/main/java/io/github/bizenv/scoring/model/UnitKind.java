package io.github.bizenv.scoring.model;

/**
 * The kind of an organisation that is scored.
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum UnitKind {
  /** A municipal department (市直部门). */
  DEPARTMENT,
  /** A district (区). */
  DISTRICT,
  /** A county or county-level city (县、县级市). */
  COUNTY,
  /** A development zone or new area (开发区、新区). */
  DEVELOPMENT_ZONE,
  /** A whole city (市). */
  CITY,
  /** A whole economy, e.g. a country in an international index. */
  ECONOMY;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code department}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code department}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static UnitKind fromCode(String code) {
    return Codes.parse(UnitKind.class, code);
  }
}
