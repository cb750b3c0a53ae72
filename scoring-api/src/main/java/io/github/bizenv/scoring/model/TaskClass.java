package io.github.bizenv.scoring.model;

/**
 * The class of a reform task against its benchmark (分类).
 *
 * <p>In files each constant is written as its name ({@code A}, {@code B}, {@code C}).
 */
public enum TaskClass {
  /** The local value is worse than the benchmark: close the gap (对标补短). */
  A,
  /** The local value is at or better than the benchmark: widen the lead (巩固提升). */
  B,
  /** The reform needs legal authorisation: explore within the law (于法有据、探索创新). */
  C;

  /**
   * The form used in files.
   *
   * @return {@code "A"}, {@code "B"} or {@code "C"}
   */
  public String code() {
    return name();
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code {@code "A"}, {@code "B"} or {@code "C"}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static TaskClass fromCode(String code) {
    for (TaskClass c : values()) {
      if (c.name().equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown task class " + Checks.quote(code) + "; known: A, B, C");
  }
}
