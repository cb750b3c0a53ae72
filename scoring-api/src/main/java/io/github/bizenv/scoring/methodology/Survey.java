package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Turns respondent-level answers into unit values: for each leaf listed, a unit's value is the
 * {@link SurveyStatistic} of its respondents' answers in the leaf's source column — firms of an enterprise survey
 * (sample-weighted means, medians of time and cost), or experts (medians, modes).
 *
 * <p>Respondent-level data come as a long table: one row per respondent, with the unit column, the
 * {@link #respondentColumn()} (the respondent's id), the {@link #weightColumn()} if answers are weighted, and one
 * column per question, headed like the leaves' sources. A unit with fewer than {@link #minRespondents()}
 * respondents who answered a question has no value for it (missing, then handled like any missing value).
 * Answers must be numbers; an empty cell is no answer. The listed leaves take their values from the answers only:
 * a unit-level value in the same column is not used. Survey steps come first in a pipeline, before the steps that
 * prepare the unit values they produce.
 */
@Value.Immutable
public abstract class Survey extends PipelineStep {

  Survey() {}

  /**
   * How answers become a unit's value.
   *
   * @return the statistic
   */
  public abstract SurveyStatistic statistic();

  /**
   * The leaves whose values come from answers; each reads the answers in its source column.
   *
   * @return leaf ids, at least one
   */
  public abstract Set<String> indicators();

  /**
   * The header of the respondent column, which marks a table as respondent-level.
   *
   * @return the header; {@code respondent} by default
   */
  @Value.Default
  public String respondentColumn() {
    return "respondent";
  }

  /**
   * The column of each respondent's sample weight (finite, greater than 0).
   *
   * @return the column; empty when every answer counts the same
   */
  public abstract Optional<String> weightColumn();

  /**
   * The fewest respondents who answered that give a unit a value.
   *
   * @return at least 1; 1 by default
   */
  @Value.Default
  public int minRespondents() {
    return 1;
  }

  @Override
  public final String step() {
    return "survey";
  }

  @Override
  public final String stage() {
    return "surveyed";
  }

  /**
   * A step aggregating the answers to some leaves by a statistic, unweighted, with at least one respondent.
   *
   * @param statistic the statistic
   * @param indicators the leaves
   * @return the step
   */
  public static Survey of(SurveyStatistic statistic, String... indicators) {
    return ImmutableSurvey.builder().statistic(statistic).addIndicators(indicators).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSurvey.Builder builder() {
    return ImmutableSurvey.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.require(!indicators().isEmpty(), Problem.MISSING_FIELD, "/indicators", "a survey step needs the leaves it "
        + "aggregates in \"indicators\"");
    int k = 0;
    for (String id : indicators()) {
      c.id("/indicators/" + k++, id, "indicator");
    }
    c.text("/respondentColumn", respondentColumn(), "the respondent column");
    weightColumn().ifPresent(w -> {
      c.text("/weightColumn", w, "the weight column");
      c.require(!w.equals(respondentColumn()), Problem.INCONSISTENT, "/weightColumn", "the weight column "
          + Codes.quote(w) + " is also the respondent column");
    });
    c.require(minRespondents() >= 1, Problem.OUT_OF_RANGE, "/minRespondents", "minRespondents " + minRespondents()
        + " must be at least 1");
    c.throwIfAny("Survey");
  }
}
