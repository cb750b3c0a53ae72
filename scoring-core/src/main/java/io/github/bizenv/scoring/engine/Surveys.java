package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks that the data has what a plan's survey steps read: respondent-level rows, answer and weight columns. */
final class Surveys {

  private Surveys() {}

  /**
   * Records a problem for each answer or weight column the respondent-level data lacks.
   *
   * @return the node indices of the leaves a survey step aggregates
   */
  static Set<Integer> check(Plan p, Dataset.Table t, List<Problem> problems) {
    Set<Integer> surveyed = new HashSet<>();
    List<Pipeline.Step> steps = p.pipeline().steps;
    for (int k = 0; k < steps.size(); k++) {
      if (!(steps.get(k) instanceof Pipeline.SurveyStep)) {
        continue;
      }
      Pipeline.SurveyStep s = (Pipeline.SurveyStep) steps.get(k);
      surveyed.addAll(s.leaves);
      Dataset.Responses rs = t.responses;
      if (rs == null) {
        problems.add(Problem.of(Problem.MISSING_DATA, "/pipeline/" + k, "the survey step needs respondent-level "
            + "data — a table with a \"" + s.respondentColumn + "\" column, one row per respondent — and the data has "
            + "none"));
        continue;
      }
      if (s.weightColumn != null && !rs.columns.containsKey(s.weightColumn)) {
        problems.add(Problem.of(Problem.MISSING_DATA, "/pipeline/" + k + "/weightColumn", "weight column \""
            + s.weightColumn + "\" is not in the respondent-level data"));
      }
      for (int i : s.leaves) {
        if (!rs.columns.containsKey(p.leaf(i).column)) {
          problems.add(Problem.of(Problem.MISSING_DATA, p.path(i) + "/source", "column \"" + p.leaf(i).column
              + "\" of leaf \"" + p.id(i) + "\" is not in the respondent-level data (" + rs.columns.size()
              + " columns)"));
        }
      }
    }
    return surveyed;
  }
}
