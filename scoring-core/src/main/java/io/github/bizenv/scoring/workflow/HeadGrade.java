package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Objects;

/**
 * The year-end grade of a unit's head (主要负责人) — in the methodology's own scheme for heads, e.g. the civil-service
 * grades 优秀 / 称职 / 基本称职 / 不称职 — or, for a vertically managed unit (垂直管理) whose head the city does not
 * grade, the grade the city recommends (建议) to the higher authority. Immutable.
 */
public final class HeadGrade {

  private final String unit;
  private final LocalizedText head;
  private final String grade;
  private final boolean recommendation;
  private final String reason;

  HeadGrade(String unit, LocalizedText head, String grade, boolean recommendation, String reason) {
    this.unit = unit;
    this.head = head;
    this.grade = grade;
    this.recommendation = recommendation;
    this.reason = reason;
  }

  /**
   * The unit.
   *
   * @return the unit id
   */
  public String unit() {
    return unit;
  }

  /**
   * The head's name or title.
   *
   * @return the head
   */
  public LocalizedText head() {
    return head;
  }

  /**
   * The grade.
   *
   * @return one of the methodology's heads' grades (or the unit's grade when it declares none)
   */
  public String grade() {
    return grade;
  }

  /**
   * Whether the grade is only a recommendation to the higher authority: the unit is vertically managed, and the
   * city does not grade its head.
   *
   * @return {@code true} for a recommendation (建议)
   */
  public boolean recommendation() {
    return recommendation;
  }

  /**
   * Why: the unit's grade it follows from, and any rule that forced the unit's grade.
   *
   * @return e.g. {@code 单位等次 良好 → 称职}
   */
  public String reason() {
    return reason;
  }

  /**
   * How a report says it: the grade, or {@code 建议评定为优秀（报上级主管部门）} for a recommendation.
   *
   * @return the text
   */
  public String text() {
    return recommendation ? "建议评定为" + grade + "（报上级主管部门）" : grade;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HeadGrade)) {
      return false;
    }
    HeadGrade h = (HeadGrade) o;
    return h.unit.equals(unit) && h.head.equals(head) && h.grade.equals(grade) && h.recommendation == recommendation
        && h.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, grade, recommendation);
  }

  @Override
  public String toString() {
    return unit + " head " + head.text(true) + ": " + text() + " (" + reason + ")";
  }
}
