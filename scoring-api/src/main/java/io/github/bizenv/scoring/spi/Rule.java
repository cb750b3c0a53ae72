package io.github.bizenv.scoring.spi;

/**
 * Adjusts a node's score for one unit after aggregation: bonuses and deductions, overrides, vetoes.
 *
 * <p>Rules run in the order the node lists them, each on the score the previous one left. A rule reads the
 * unit's data through {@link Input} and reports what it did through {@link Trace}, so that every application
 * shows in the explanation. Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * Applies the rule.
   *
   * @param score the node's score before the rule ({@code NaN} if missing)
   * @param input the unit's data
   * @param trace where the rule records its effect
   * @return the node's score after the rule
   */
  double apply(double score, Input input, Trace trace);

  /**
   * The data columns the rule reads through {@link Input#value}, so that data without one of them is reported as a
   * {@code missing-data} problem naming the rule, instead of the rule silently never applying. The default declares
   * none (nothing is checked).
   *
   * @return the columns' indicator ids
   */
  default java.util.Set<String> columns() {
    return java.util.Set.of();
  }

  /**
   * The grades the rule may force through {@link Trace#forceGrade}, so that a grade the methodology's bands do not
   * have is reported when the methodology is compiled, instead of when a unit meets the rule. The default declares
   * none (nothing is checked).
   *
   * @return the grades' names
   */
  default java.util.Set<String> grades() {
    return java.util.Set.of();
  }

  /** What a rule may read about the unit being scored. */
  interface Input {

    /**
     * The unit's id.
     *
     * @return the id
     */
    String unit();

    /**
     * The node's full marks: the top of its score range.
     *
     * @return the full marks
     */
    double fullMarks();

    /**
     * The node's least possible score: the bottom of its score range.
     *
     * @return the least score
     */
    double floor();

    /**
     * The unit's value of a data column (an indicator of the data set).
     *
     * @param indicator the column's indicator id
     * @return the value, or {@code NaN} if the unit has none
     */
    double value(String indicator);
  }

  /** Where a rule records its effect. */
  interface Trace {

    /**
     * Whether an explanation is being built. During plain evaluation this is {@code false}, and a rule should
     * not spend time or memory describing what it did ({@link #forceGrade} and {@link #excludeFromTopBand}
     * still count).
     *
     * @return {@code true} when {@link #record} descriptions are kept
     */
    boolean explaining();

    /**
     * Records a change (or a check that changed nothing) for the explanation.
     *
     * @param description what the rule did and why, e.g. {@code national rank 6 ≤ 10 → full marks}
     * @param before the score before
     * @param after the score after
     */
    void record(String description, double before, double after);

    /**
     * Forces the unit's grade, whatever its score.
     *
     * @param grade the grade's name, one of the methodology's bands
     * @param reason why, for the explanation
     */
    void forceGrade(String grade, String reason);

    /**
     * Keeps the unit out of the top grade band.
     *
     * @param reason why, for the explanation
     */
    void excludeFromTopBand(String reason);
  }
}
