package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Observation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A year-end assessment: an assessment methodology evaluated over a programme's facts ({@link ProgrammeFacts}),
 * with the grade of each unit's head (主要负责人), which follows the unit's grade — so an override that grades a
 * department 优秀 grades its head 优秀 too. Immutable.
 */
public final class Assessment {

  private final Programme programme;
  private final Evaluation evaluation;

  private Assessment(Programme programme, Evaluation evaluation) {
    this.programme = programme;
    this.evaluation = evaluation;
  }

  /**
   * Assesses a programme's units as of a date.
   *
   * @param plan the assessment methodology
   * @param programme the programme
   * @param data its data
   * @param asOf the date
   * @param extra more observations, e.g. of the districts
   * @return the assessment
   */
  public static Assessment run(Plan plan, Programme programme, ProgrammeData data, LocalDate asOf,
      List<Observation> extra) {
    Objects.requireNonNull(plan, "plan");
    Evaluation e = plan.evaluate(ProgrammeFacts.of(programme, data, asOf, DispatchRules.defaults(), extra, false));
    return new Assessment(programme, e);
  }

  /**
   * The evaluation: scores, ranks, grades and explanations.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The unit's head, if the programme names one.
   *
   * @param unit the unit id
   * @return the head
   */
  public Optional<LocalizedText> head(String unit) {
    return programme.unit(unit).flatMap(u -> u.head());
  }

  /**
   * The grade of the unit's head: the unit's grade, when the unit has a head and a grade.
   *
   * @param unit the unit id
   * @return the head's grade
   */
  public Optional<String> headGrade(String unit) {
    return head(unit).isPresent() ? evaluation.grade(unit) : Optional.empty();
  }
}
