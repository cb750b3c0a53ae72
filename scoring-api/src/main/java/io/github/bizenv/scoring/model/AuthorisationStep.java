package io.github.bizenv.scoring.model;

/**
 * A step of a reform that needs legal authorisation (class C, 需法律法规授权): the city applies, the higher
 * authority grants (or not), the city puts it into effect. Class C tasks are judged by these steps, not by a
 * completion percentage.
 *
 * <p>In files each constant is written as its {@link #code()}. The constants are in order.
 */
public enum AuthorisationStep {
  /** The application for authorisation was submitted (申请提交). */
  APPLICATION_SUBMITTED,
  /** The authorisation was granted (获得授权): by the higher authority, not by the city. */
  AUTHORISATION_GRANTED,
  /** The reform is in effect (落地实施). */
  IMPLEMENTED;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code application-submitted}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The Chinese name of the step.
   *
   * @return 申请提交, 获得授权 or 落地实施
   */
  public String zh() {
    return this == APPLICATION_SUBMITTED ? "申请提交" : this == AUTHORISATION_GRANTED ? "获得授权" : "落地实施";
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code authorisation-granted}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static AuthorisationStep fromCode(String code) {
    return Codes.parse(AuthorisationStep.class, code);
  }
}
