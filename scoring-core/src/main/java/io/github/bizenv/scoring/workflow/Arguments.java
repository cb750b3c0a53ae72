package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The checks every workflow entry point makes on what it is given: the data belongs to the programme and fits it
 * (so that nothing of another programme, or naming what the programme does not declare, is silently counted), and
 * the date or period asked about lies in the programme's period.
 */
final class Arguments {

  private Arguments() {}

  /**
   * Checks that data belongs to a programme and fits it.
   *
   * @throws ValidationException with every problem, paths into the data document
   */
  static void fits(Programme programme, ProgrammeData data) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(data, "data");
    List<Problem> problems = data.problemsAgainst(programme);
    if (!problems.isEmpty()) {
      throw new ValidationException("data for programme \"" + programme.id() + "\"", problems);
    }
  }

  /**
   * Checks that a date lies in the programme's period.
   *
   * @param what what the date is, for the message (e.g. "the battle map's date")
   * @throws ValidationException an {@code out-of-period} problem at the programme's {@code /period}
   */
  static void within(Programme programme, LocalDate date, String what) {
    if (!programme.period().contains(date)) {
      throw new ValidationException("programme \"" + programme.id() + "\"", List.of(Problem.of(Problem.OUT_OF_PERIOD,
          "/period", what + " " + date + " is outside the programme period " + programme.period())));
    }
  }

  /**
   * Checks that a date is not before the programme's start (a later date is allowed: an assessment may be made after
   * the year, with results published since).
   *
   * @throws ValidationException an {@code out-of-period} problem at the programme's {@code /period}
   */
  static void notBefore(Programme programme, LocalDate date, String what) {
    if (date.isBefore(programme.period().start())) {
      throw new ValidationException("programme \"" + programme.id() + "\"", List.of(Problem.of(Problem.OUT_OF_PERIOD,
          "/period", what + " " + date + " is before the programme period " + programme.period() + " starts")));
    }
  }

  /**
   * Checks that a period lies in the programme's period.
   *
   * @throws ValidationException an {@code out-of-period} problem at the programme's {@code /period}
   */
  static void within(Programme programme, Period period, String what) {
    if (!programme.period().contains(period.start()) || !programme.period().contains(period.end())) {
      throw new ValidationException("programme \"" + programme.id() + "\"", List.of(Problem.of(Problem.OUT_OF_PERIOD,
          "/period", what + " " + period + " is outside the programme period " + programme.period())));
    }
  }
}
