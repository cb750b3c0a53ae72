package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The quarterly ranking of units by a progress methodology (on-time milestones, share green, ratings received…),
 * with the best praised and the worst named — equal scores share a rank and are listed together (相同分数排名不分
 * 先后) — and each unit's movement since the previous quarter. Immutable.
 */
public final class QuarterlyReport {

  private final Period quarter;
  private final Evaluation now;
  private final Evaluation before;
  private final int n;

  private QuarterlyReport(Period quarter, Evaluation now, Evaluation before, int n) {
    this.quarter = quarter;
    this.now = now;
    this.before = before;
    this.n = n;
  }

  /**
   * The report of a quarter.
   *
   * @param plan the progress methodology
   * @param programme the programme
   * @param data its data
   * @param quarter the quarter, e.g. {@code Period.quarter(2021, 2)}
   * @param n how many to praise and to name
   * @return the report
   */
  public static QuarterlyReport of(Plan plan, Programme programme, ProgrammeData data, Period quarter, int n) {
    Objects.requireNonNull(quarter, "quarter");
    if (quarter.kind() != Period.Kind.QUARTER) {
      throw new IllegalArgumentException("period " + quarter + " is not a quarter");
    }
    Evaluation now = plan.evaluate(ProgrammeFacts.of(programme, data, quarter.end(), DispatchRules.defaults()));
    Evaluation before = null;
    if (!quarter.start().minusDays(1).isBefore(programme.period().start())) {
      before = plan.evaluate(ProgrammeFacts.of(programme, data, quarter.start().minusDays(1),
          DispatchRules.defaults()));
    }
    return new QuarterlyReport(quarter, now, before, n);
  }

  /**
   * The quarter.
   *
   * @return the quarter
   */
  public Period quarter() {
    return quarter;
  }

  /**
   * The evaluation at the quarter's end.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return now;
  }

  /**
   * The best units of a ranking group, ties with the last included.
   *
   * @param group the group, or {@code ""}
   * @return the praised units, best first
   */
  public List<String> praised(String group) {
    return now.top(group, n);
  }

  /**
   * The worst units of a ranking group, ties with the last included.
   *
   * @param group the group, or {@code ""}
   * @return the named units, worst first
   */
  public List<String> named(String group) {
    return now.bottom(group, n);
  }

  /**
   * How many places a unit rose since the previous quarter (negative when it fell).
   *
   * @param unit the unit id
   * @return the movement, or empty in the first quarter or when the unit was not ranked in both
   */
  public OptionalInt movement(String unit) {
    if (before == null || !before.units().contains(unit)) {
      return OptionalInt.empty();
    }
    OptionalInt a = before.rank(unit);
    OptionalInt b = now.rank(unit);
    return a.isPresent() && b.isPresent() ? OptionalInt.of(a.getAsInt() - b.getAsInt()) : OptionalInt.empty();
  }
}
