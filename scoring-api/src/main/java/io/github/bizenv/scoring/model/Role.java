package io.github.bizenv.scoring.model;

/**
 * The part a unit plays in a task (任务分工).
 *
 * <p>In files each constant is written as its {@link #code()}.
 */
public enum Role {
  /** The lead unit (牵头单位): one per task; answers for it, reports its progress and rates its responsible units. */
  LEAD,
  /** A responsible unit (责任单位): carries out part of the task and is rated for it by the lead. */
  RESPONSIBLE,
  /** A supporting unit (配合单位): helps, and is neither rated nor answerable for the task. */
  SUPPORTING;

  /**
   * The form used in files.
   *
   * @return the constant's code, e.g. {@code lead}
   */
  public String code() {
    return Codes.code(this);
  }

  /**
   * The Chinese name of the role, as task lists write it.
   *
   * @return 牵头单位, 责任单位 or 配合单位
   */
  public String zh() {
    return this == LEAD ? "牵头单位" : this == RESPONSIBLE ? "责任单位" : "配合单位";
  }

  /**
   * Reads a code written by {@link #code()}.
   *
   * @param code the code, e.g. {@code lead}
   * @return the constant
   * @throws IllegalArgumentException naming the code and the known codes if it is unknown
   */
  public static Role fromCode(String code) {
    return Codes.parse(Role.class, code);
  }
}
