package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import java.util.Arrays;
import java.util.List;

/**
 * The survey step: each listed leaf's value for a unit is the statistic of its respondents' answers — the
 * weighted mean, the weighted median or the mode (see {@link SurveyStatistic}) — or missing when fewer than the
 * step's minimum number of respondents answered. Answers that are text, and weights that are missing or not
 * positive, are problems of the data.
 */
final class Surveyor {

  private Surveyor() {}

  /** Relative tolerance for "exactly half the weight" and for weights tied at the mode. */
  static final double TIE = 1e-12;

  static void run(Plan p, Dataset.Table t, Pipeline.Result r, Pipeline.SurveyStep s) {
    Dataset.Responses rs = t.responses;
    int count = r.units.size();
    List<List<Integer>> byUnit = rs == null ? null : rs.byUnit(t.units.size());
    Dataset.Column weights = rs == null || s.weightColumn == null ? null : rs.columns.get(s.weightColumn);
    for (int i : s.leaves) {
      String column = p.leaf(i).column;
      Dataset.Column answers = rs == null ? null : rs.columns.get(column);
      double[] out = new double[count];
      int[] n = new int[count];
      for (int u = 0; u < count; u++) {
        out[u] = Double.NaN;
        r.coded[i][u] = false;
        if (answers == null || r.rows[u] < 0) {
          continue;
        }
        List<Integer> rows = byUnit.get(r.rows[u]);
        double[] x = new double[rows.size()];
        double[] w = new double[rows.size()];
        int k = 0;
        for (int row : rows) {
          if (!answers.present(row)) {
            continue;
          }
          String code = answers.code(row);
          if (code != null) {
            problem(r, Problem.WRONG_TYPE, rs, row, "the answer \"" + code + "\" in column \"" + column
                + "\" of leaf \"" + p.id(i) + "\" is not a number; survey answers must be numbers");
            continue;
          }
          double weight = 1;
          if (s.weightColumn != null) {
            weight = weights == null ? Double.NaN : weights.value(row);
            if (!(weight > 0) || Double.isInfinite(weight)) {
              problem(r, Problem.OUT_OF_RANGE, rs, row, "the sample weight in column \"" + s.weightColumn + "\" is "
                  + (weight == weight ? Numbers.plain(weight) : "missing") + "; it must be a number greater than 0");
              continue;
            }
          }
          x[k] = answers.value(row);
          w[k] = weight;
          k++;
        }
        n[u] = k;
        if (k >= s.minRespondents) {
          out[u] = statistic(s.statistic, Arrays.copyOf(x, k), Arrays.copyOf(w, k));
        }
      }
      r.values[i] = out;
      r.respondents[i] = n;
      r.surveyedBy[i] = s;
    }
  }

  private static void problem(Pipeline.Result r, String code, Dataset.Responses rs, int row, String message) {
    if (r.problems.size() < 100) {
      r.problems.add(Problem.of(code, rs.where.get(row), "respondent \"" + rs.respondent.get(row) + "\": " + message));
    }
  }

  /**
   * The statistic of answers {@code x} with weights {@code w} (at least one answer).
   *
   * @param statistic the statistic
   * @param x the answers
   * @param w their weights, each greater than 0
   * @return the value
   */
  static double statistic(SurveyStatistic statistic, double[] x, double[] w) {
    switch (statistic) {
      case MEAN:
        return mean(x, w);
      case MEDIAN:
        return median(x, w);
      default:
        return mode(x, w);
    }
  }

  static double mean(double[] x, double[] w) {
    double sw = 0;
    double swx = 0;
    for (int k = 0; k < x.length; k++) {
      sw += w[k];
      swx += w[k] * x[k];
    }
    return swx / sw;
  }

  /**
   * The weighted median: the smallest answer at which the running weight reaches half the total; when it equals
   * half exactly (within {@link #TIE} of the total), the mean of that answer and the next.
   */
  static double median(double[] x, double[] w) {
    Integer[] order = new Integer[x.length];
    for (int k = 0; k < x.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double half = total / 2;
    double run = 0;
    for (int k = 0; k < order.length; k++) {
      run += w[order[k]];
      if (run >= half - TIE * total) {
        if (Math.abs(run - half) <= TIE * total && k + 1 < order.length) {
          return (x[order[k]] + x[order[k + 1]]) / 2;
        }
        return x[order[k]];
      }
    }
    return x[order[order.length - 1]];
  }

  /** The answer with the largest total weight; several such answers give the ordinary median of them. */
  static double mode(double[] x, double[] w) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double[] values = new double[sorted.length];
    double[] totals = new double[sorted.length];
    int m = 0;
    double all = 0;
    for (int k = 0; k < x.length; k++) {
      all += w[k];
    }
    for (double v : sorted) {
      if (m == 0 || values[m - 1] != v) {
        values[m] = v;
        double tw = 0;
        for (int k = 0; k < x.length; k++) {
          if (x[k] == v) {
            tw += w[k];
          }
        }
        totals[m++] = tw;
      }
    }
    double best = 0;
    for (int k = 0; k < m; k++) {
      best = Math.max(best, totals[k]);
    }
    double[] modes = new double[m];
    int c = 0;
    for (int k = 0; k < m; k++) {
      if (totals[k] >= best - TIE * all) {
        modes[c++] = values[k];
      }
    }
    return Stats.median(Arrays.copyOf(modes, c));
  }
}
