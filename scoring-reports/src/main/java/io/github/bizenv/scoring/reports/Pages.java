package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The report pages, each one self-contained HTML {@link Page} in the language of the {@link Texts} given, with the
 * same words and tables as the command line ({@link io.github.bizenv.scoring.text.Tables}):
 *
 * <ul>
 *   <li>{@link #quarterly}: the quarterly meeting — each ranking with the units praised and named and their
 *       movement, the battle map (作战图) as a heat map of areas × months in traffic-light colours with red counts,
 *       the dispatch lists, and the named units' problems (存在问题);
 *   <li>{@link #yearEnd}: the year-end results — per assessment and group the scores built up from their parts,
 *       every bonus, deduction, override and veto, and each unit's score card (a waterfall from parts to score, its
 *       grade, the quota and the head's grade);
 *   <li>{@link #gap}: the benchmark gap analysis — classes A/B/C by area, the gap to the benchmark per indicator,
 *       targets against baseline and benchmark;
 *   <li>{@link #index}: a composite index — the ranking, a unit's profile against the leader and the median, the
 *       distribution of each pillar, rank intervals from an uncertainty analysis, and the methodology tree.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pages {

  private Pages() {}

  /**
   * The quarterly meeting's page.
   *
   * @param quarter the quarter's rankings, battle maps and problems
   * @param texts the language
   * @return the page
   */
  public static Page quarterly(Quarterly quarter, Texts texts) {
    return QuarterlyPage.of(Objects.requireNonNull(quarter, "quarter"), Objects.requireNonNull(texts, "texts"));
  }

  /**
   * The year-end results of one or more assessments of a programme's units (e.g. the districts' and the
   * departments').
   *
   * @param programme the programme whose units were assessed
   * @param assessments the assessments, in the order shown
   * @param texts the language
   * @return the page
   * @throws IllegalArgumentException if no assessment is given
   */
  public static Page yearEnd(Programme programme, List<Assessment> assessments, Texts texts) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(texts, "texts");
    if (Objects.requireNonNull(assessments, "assessments").isEmpty()) {
      throw new IllegalArgumentException("a year-end report needs at least one assessment");
    }
    return YearEndPage.of(programme, assessments, texts);
  }

  /**
   * The benchmark gap analysis, with the gaps a unit (usually the city) closed and the leads it widened by a date.
   *
   * @param gap the analysis
   * @param data the programme's data, for the gaps the unit closed
   * @param unit the unit whose observations close gaps
   * @param asOf the date of the report
   * @param texts the language
   * @return the page
   */
  public static Page gap(GapAnalysis gap, ProgrammeData data, String unit, LocalDate asOf, Texts texts) {
    return GapPage.of(Objects.requireNonNull(gap, "gap"), Objects.requireNonNull(data, "data"),
        Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(texts, "texts"));
  }

  /**
   * The benchmark gap analysis alone, when no unit's observations are to be compared with the targets.
   *
   * @param gap the analysis
   * @param asOf the date of the report
   * @param texts the language
   * @return the page
   */
  public static Page gap(GapAnalysis gap, LocalDate asOf, Texts texts) {
    return GapPage.of(Objects.requireNonNull(gap, "gap"), null, null, Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(texts, "texts"));
  }

  /**
   * A composite index.
   *
   * @param evaluation the index evaluated
   * @param uncertainty an uncertainty analysis of the same index for rank intervals, or {@code null}
   * @param unit the unit whose profile is shown, or {@code null} for the leader
   * @param texts the language
   * @return the page
   * @throws IllegalArgumentException if the evaluation has no units, or the unit is not among them
   */
  public static Page index(Evaluation evaluation, UncertaintyResult uncertainty, String unit, Texts texts) {
    return IndexPage.of(Objects.requireNonNull(evaluation, "evaluation"), uncertainty, unit,
        Objects.requireNonNull(texts, "texts"));
  }
}
