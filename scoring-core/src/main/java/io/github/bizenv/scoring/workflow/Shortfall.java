package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Objects;

/**
 * One of the problems (存在问题) that pulled a named unit down: a task of its that is red or behind, an indicator of
 * the ranking methodology it scores below its group on, or a finding it has not rectified in time. Immutable.
 */
public final class Shortfall {

  /** What kind of problem it is. */
  public enum Kind {
    /** A task the unit leads or is responsible for is red or behind plan. */
    TASK,
    /** The unit scores below its group's mean on an indicator of the methodology. */
    INDICATOR,
    /** A finding about the unit was not rectified by its deadline. */
    FINDING
  }

  private final Kind kind;
  private final String subject;
  private final LocalizedText text;

  Shortfall(Kind kind, String subject, LocalizedText text) {
    this.kind = kind;
    this.subject = subject;
    this.text = text;
  }

  /**
   * The kind.
   *
   * @return task, indicator or finding
   */
  public Kind kind() {
    return kind;
  }

  /**
   * What it is about.
   *
   * @return a task id, a node id of the methodology, or a finding id
   */
  public String subject() {
    return subject;
  }

  /**
   * The problem in words, e.g. {@code T023 环评审批实行告知承诺制（牵头）：红灯，连续5个月，计划100%、实际80%}.
   *
   * @return the text, in Chinese and English
   */
  public LocalizedText text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shortfall && ((Shortfall) o).kind == kind && ((Shortfall) o).subject.equals(subject)
        && ((Shortfall) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subject);
  }

  @Override
  public String toString() {
    return text.text(true);
  }
}
