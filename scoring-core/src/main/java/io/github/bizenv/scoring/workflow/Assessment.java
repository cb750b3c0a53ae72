package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A year-end assessment: an assessment methodology evaluated over a programme's facts ({@link ProgrammeFacts}), with
 * the grade of each unit's head (主要负责人) in the methodology's scheme for heads ({@link io.github.bizenv.scoring.methodology.Heads}),
 * derived from the unit's grade — so an override that grades a department 优秀 grades its head 优秀 too. The city
 * does not grade the head of a vertically managed unit; it recommends the grade to the higher authority.
 * Immutable.
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
   * @throws ValidationException if the data does not fit the programme, the date is before the programme's period,
   *     or the methodology cannot score the facts
   */
  public static Assessment run(Plan plan, Programme programme, ProgrammeData data, LocalDate asOf,
      List<Observation> extra) {
    Objects.requireNonNull(plan, "plan");
    Evaluation e = plan.evaluate(ProgrammeFacts.of(programme, data, asOf, DispatchRules.defaults(), extra, false));
    return new Assessment(programme, e);
  }

  /**
   * An assessment of an evaluation already made over the programme's facts (e.g. by a {@link ProgrammeMonitor}).
   *
   * @param programme the programme
   * @param evaluation the evaluation of its facts
   * @return the assessment
   */
  public static Assessment of(Programme programme, Evaluation evaluation) {
    return new Assessment(Objects.requireNonNull(programme, "programme"),
        Objects.requireNonNull(evaluation, "evaluation"));
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
   * The grade of the unit's head: the heads' grade the methodology derives from the unit's grade (the unit's grade
   * itself when the methodology declares no scheme for heads); a recommendation for a vertically managed unit.
   *
   * @param unit the unit id
   * @return the head's grade; empty when the programme names no head for the unit or the unit has no grade
   */
  public Optional<HeadGrade> head(String unit) {
    Objects.requireNonNull(unit, "unit");
    Optional<Unit> u = programme.unit(unit);
    if (u.isEmpty() || u.get().head().isEmpty() || !evaluation.units().contains(unit)) {
      return Optional.empty();
    }
    Optional<String> grade = evaluation.grade(unit);
    if (grade.isEmpty()) {
      return Optional.empty();
    }
    Plan plan = evaluation.plan();
    String headGrade = plan.methodology().heads().map(h -> h.from().getOrDefault(grade.get(), grade.get()))
        .orElse(grade.get());
    List<String> reasons = evaluation.gradeReasons(unit);
    String forced = reasons.stream().filter(r -> r.startsWith("forced to ")).findFirst().orElse(null);
    String reason = "单位等次 " + grade.get() + " → " + headGrade + (forced == null ? "" : "（" + forced + "）");
    return Optional.of(new HeadGrade(unit, u.get().head().get(), headGrade, u.get().verticallyManaged(), reason));
  }
}
