package io.github.bizenv.scoring.text;

import io.github.bizenv.scoring.analysis.Audit;
import io.github.bizenv.scoring.analysis.Correlation;
import io.github.bizenv.scoring.analysis.CorrelationMatrix;
import io.github.bizenv.scoring.analysis.CorrelationMethod;
import io.github.bizenv.scoring.analysis.IndicatorStatistics;
import io.github.bizenv.scoring.analysis.PrincipalComponents;
import io.github.bizenv.scoring.analysis.RankStatistics;
import io.github.bizenv.scoring.analysis.RemovalEffect;
import io.github.bizenv.scoring.analysis.SensitivityIndex;
import io.github.bizenv.scoring.analysis.SensitivityResult;
import io.github.bizenv.scoring.analysis.Stage;
import io.github.bizenv.scoring.analysis.StrengthsAndWeaknesses;
import io.github.bizenv.scoring.analysis.UncertaintyResult;
import io.github.bizenv.scoring.analysis.UnitResult;
import io.github.bizenv.scoring.engine.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The statistical audit and the uncertainty and sensitivity analysis ({@code io.github.bizenv.scoring.analysis}) as
 * {@link Table}s in one language: one table per result, one row per indicator, pair, group, element, unit or
 * dimension, headed by stable keys (the JSON fields) and headers in the table's language. Numbers are kept unrounded
 * (write them with {@link Report#toCsvUnrounded()}); the columns' decimals only say how a person is shown them.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisTables {

  private AnalysisTables() {}

  private static Double d(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  private static Integer i(OptionalInt v) {
    return v.isPresent() ? v.getAsInt() : null;
  }

  private static String name(Plan plan, String node, Texts t) {
    return plan.hasNode(node) ? plan.nodeName(node).map(t::name).orElse(node) : node;
  }

  private static String yes(boolean b, Texts t) {
    return t.get(b ? "yes" : "no");
  }

  /**
   * A stage's label: 原始数据, 标准化后 … or raw, normalised ….
   *
   * @param stage the stage
   * @param t the language
   * @return the label
   */
  public static String stage(Stage stage, Texts t) {
    return t.label(Objects.requireNonNull(stage, "stage"));
  }

  /**
   * The statistics of every column of a stage ({@link Audit#statistics(Stage)}).
   *
   * @param audit the audit
   * @param stage a stage of {@link Audit#stages()}
   * @param t the language
   * @return the table {@code audit.statistics}
   */
  public static Table statistics(Audit audit, Stage stage, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder b = Table.builder("audit.statistics", t.get("audit.statistics.title", stage(stage, t)))
        .column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("level", t.get("header.level"), Table.Kind.INTEGER)
        .column("units", t.get("header.units"), Table.Kind.INTEGER)
        .column("count", t.get("header.available"), Table.Kind.INTEGER)
        .column("availability", t.get("header.availability"), Table.Kind.NUMBER, 3)
        .column("min", t.get("header.min"), Table.Kind.NUMBER, 3)
        .column("max", t.get("header.max"), Table.Kind.NUMBER, 3)
        .column("mean", t.get("header.mean"), Table.Kind.NUMBER, 3)
        .column("median", t.get("header.median"), Table.Kind.NUMBER, 3)
        .column("sd", t.get("header.sd"), Table.Kind.NUMBER, 3)
        .column("skewness", t.get("header.skewness"), Table.Kind.NUMBER, 3)
        .column("kurtosis", t.get("header.kurtosis"), Table.Kind.NUMBER, 3)
        .column("non-zero", t.get("header.non-zero"), Table.Kind.INTEGER)
        .column("zeros", t.get("header.zeros"), Table.Kind.INTEGER)
        .column("unique", t.get("header.unique"), Table.Kind.INTEGER)
        .column("same", t.get("header.same"), Table.Kind.INTEGER)
        .column("low-availability", t.get("header.low-availability"), Table.Kind.TEXT)
        .column("low-non-zero", t.get("header.low-non-zero"), Table.Kind.TEXT)
        .column("low-unique", t.get("header.low-unique"), Table.Kind.TEXT)
        .column("outliers", t.get("header.outliers"), Table.Kind.TEXT);
    for (IndicatorStatistics s : audit.statistics(stage)) {
      b.row(s.node(), name(plan, s.node(), t), audit.level(s.node()), s.units(), s.count(), s.availability(),
          d(s.min()), d(s.max()), d(s.mean()), d(s.median()), d(s.standardDeviation()), d(s.skewness()),
          d(s.kurtosis()), s.nonZero(), s.zeros(), s.unique(), s.same(), yes(s.lowAvailability(), t),
          yes(s.lowNonZero(), t), yes(s.lowUnique(), t), yes(s.outliers(), t));
    }
    return b.build();
  }

  /**
   * Every pair of a stage's columns correlated, each pair once: the indicators, or at {@link Stage#AGGREGATED}
   * every node of every level ({@link Audit#correlations}).
   *
   * @param audit the audit
   * @param stage a stage of {@link Audit#stages()}
   * @param method Pearson or Spearman
   * @param t the language
   * @return the table {@code audit.correlations}
   */
  public static Table correlations(Audit audit, Stage stage, CorrelationMethod method, Texts t) {
    Plan plan = audit.evaluation().plan();
    List<String> nodes = new ArrayList<>();
    String root = plan.root();
    for (int l = 1; l <= (stage == Stage.AGGREGATED ? audit.levels() : 1); l++) {
      nodes.addAll(audit.nodes(root, l));
    }
    CorrelationMatrix m = audit.correlations(stage, nodes, nodes, method);
    Table.Builder b = Table.builder("audit.correlations", t.get("audit.correlations.title", stage(stage, t),
        t.label(method)));
    pairColumns(b, t);
    for (int r = 0; r < nodes.size(); r++) {
      for (int c = r + 1; c < nodes.size(); c++) {
        pairRow(b, plan, m.get(nodes.get(r), nodes.get(c)), null, t);
      }
    }
    return b.build();
  }

  private static void pairColumns(Table.Builder b, Texts t) {
    b.column("first", t.get("header.first"), Table.Kind.TEXT)
        .column("first-name", t.get("header.first-name"), Table.Kind.TEXT)
        .column("second", t.get("header.second"), Table.Kind.TEXT)
        .column("second-name", t.get("header.second-name"), Table.Kind.TEXT)
        .column("correlation", t.get("header.correlation"), Table.Kind.NUMBER, 3)
        .column("p-value", t.get("header.p-value"), Table.Kind.NUMBER, 4)
        .column("pairs", t.get("header.pairs"), Table.Kind.INTEGER);
  }

  private static void pairRow(Table.Builder b, Plan plan, Correlation c, Object extra, Texts t) {
    Object[] cells = {c.first(), name(plan, c.first(), t), c.second(), name(plan, c.second(), t), d(c.value()),
        d(c.pValue()), c.pairs()};
    if (extra == null) {
      b.row(cells);
    } else {
      Object[] more = new Object[cells.length + 2];
      more[0] = extra;
      more[1] = c.group().map(g -> name(plan, g, t)).orElse(null);
      System.arraycopy(cells, 0, more, 2, cells.length);
      b.row(more);
    }
  }

  /**
   * Pairs of indicators in the same group (the nodes of level 2) that correlate above {@code high} or below
   * {@code low} ({@link Audit#correlationFlags}, COINr's {@code get_corr_flags}).
   *
   * @param audit the audit
   * @param stage a stage of {@link Audit#stages()}
   * @param method Pearson or Spearman
   * @param high flag correlations above this, e.g. 0.9
   * @param low flag correlations below this, e.g. −0.4
   * @param t the language
   * @return the table {@code audit.correlation-flags}
   */
  public static Table correlationFlags(Audit audit, Stage stage, CorrelationMethod method, double high, double low,
      Texts t) {
    Plan plan = audit.evaluation().plan();
    int groupLevel = Math.min(2, audit.levels());
    Table.Builder b = Table.builder("audit.correlation-flags", t.get("audit.correlation-flags.title",
        stage(stage, t), t.label(method), Texts.number(high, 2), Texts.number(low, 2)))
        .column("flag", t.get("header.flag"), Table.Kind.TEXT)
        .column("group", t.get("header.group-node"), Table.Kind.TEXT);
    pairColumns(b, t);
    for (Correlation c : audit.correlationFlags(stage, method, high, true, groupLevel)) {
      pairRow(b, plan, c, t.get("audit.flag.high"), t);
    }
    for (Correlation c : audit.correlationFlags(stage, method, low, false, groupLevel)) {
      pairRow(b, plan, c, t.get("audit.flag.low"), t);
    }
    return b.build();
  }

  /**
   * Each node of every level below the root correlated with its parent, at {@link Stage#AGGREGATED}
   * ({@link Audit#correlationsWithParent}).
   *
   * @param audit the audit
   * @param method Pearson or Spearman
   * @param t the language
   * @return the table {@code audit.parent-correlations}
   */
  public static Table parentCorrelations(Audit audit, CorrelationMethod method, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder b = Table.builder("audit.parent-correlations", t.get("audit.parent-correlations.title",
        t.label(method)))
        .column("level", t.get("header.level"), Table.Kind.INTEGER);
    pairColumns(b, t);
    for (int l = 1; l < audit.levels(); l++) {
      for (Correlation c : audit.correlationsWithParent(l, method)) {
        Object[] cells = {l, c.first(), name(plan, c.first(), t), c.second(), name(plan, c.second(), t),
            d(c.value()), d(c.pValue()), c.pairs()};
        b.row(cells);
      }
    }
    return b.build();
  }

  /**
   * Cronbach's alpha of the nodes of each level under each inner node: the indicators at
   * {@link Stage#NORMALISED}, the aggregates at {@link Stage#AGGREGATED} ({@link Audit#cronbachAlpha}).
   *
   * @param audit the audit
   * @param t the language
   * @return the table {@code audit.cronbach}
   */
  public static Table cronbach(Audit audit, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder b = Table.builder("audit.cronbach", t.get("audit.cronbach.title"))
        .column("group", t.get("header.group-node"), Table.Kind.TEXT)
        .column("group-name", t.get("header.group-name"), Table.Kind.TEXT)
        .column("group-level", t.get("header.group-level"), Table.Kind.INTEGER)
        .column("level", t.get("header.level"), Table.Kind.INTEGER)
        .column("stage", t.get("header.stage"), Table.Kind.TEXT)
        .column("columns", t.get("header.columns"), Table.Kind.INTEGER)
        .column("alpha", t.get("header.alpha"), Table.Kind.NUMBER, 3);
    for (String g : plan.nodesTopDown()) {
      int gl = audit.level(g);
      for (int l = 1; l < gl; l++) {
        Stage s = l == 1 ? Stage.NORMALISED : Stage.AGGREGATED;
        int k = audit.nodes(g, l).size();
        if (k < 2) {
          continue;
        }
        b.row(g, name(plan, g, t), gl, l, stage(s, t), k, d(audit.cronbachAlpha(s, g, l)));
      }
    }
    return b.build();
  }

  /**
   * Principal components of the nodes of a level, one analysis per parent: each column's loadings on every
   * component and its PCA weight (the first component's loading), and each component's standard deviation and
   * share of the variance ({@link Audit#pca}).
   *
   * @param audit the audit
   * @param level a level below the root's
   * @param analyses what {@link Audit#pca} returned for the level
   * @param t the language
   * @return the tables {@code audit.pca} (loadings) and {@code audit.pca-variance}
   */
  public static List<Table> pca(Audit audit, int level, List<PrincipalComponents> analyses, Texts t) {
    Plan plan = audit.evaluation().plan();
    int components = 0;
    for (PrincipalComponents p : analyses) {
      components = Math.max(components, p.standardDeviations().size());
    }
    Table.Builder loadings = Table.builder("audit.pca", t.get("audit.pca.title", level))
        .column("group", t.get("header.group-node"), Table.Kind.TEXT)
        .column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("units", t.get("header.units"), Table.Kind.INTEGER)
        .column("weight", t.get("header.pca-weight"), Table.Kind.NUMBER, 3);
    for (int c = 0; c < components; c++) {
      loadings.column("loading-" + (c + 1), t.get("header.loading", c + 1), Table.Kind.NUMBER, 3);
    }
    Table.Builder variance = Table.builder("audit.pca-variance", t.get("audit.pca-variance.title", level))
        .column("group", t.get("header.group-node"), Table.Kind.TEXT)
        .column("component", t.get("header.component"), Table.Kind.INTEGER)
        .column("sd", t.get("header.sd"), Table.Kind.NUMBER, 3)
        .column("variance-share", t.get("header.variance-share"), Table.Kind.PERCENT, 1);
    for (PrincipalComponents p : analyses) {
      String group = p.group().orElse(null);
      int k = p.standardDeviations().size();
      for (int j = 0; j < p.nodes().size(); j++) {
        Object[] row = new Object[5 + components];
        row[0] = group;
        row[1] = p.nodes().get(j);
        row[2] = name(plan, p.nodes().get(j), t);
        row[3] = p.units().size();
        row[4] = p.weights().get(j);
        for (int c = 0; c < k; c++) {
          row[5 + c] = p.loadings(c).get(j);
        }
        loadings.row(row);
      }
      for (int c = 0; c < k; c++) {
        variance.row(group, c + 1, p.standardDeviations().get(c), p.varianceShares().get(c) * 100);
      }
    }
    return List.of(loadings.build(), variance.build());
  }

  /**
   * The effect of removing each node of a level on the root's ranks: the mean absolute rank change, and each
   * unit's rank change, nominal minus without ({@link Audit#removalEffects}).
   *
   * @param audit the audit
   * @param level a level below the root's
   * @param effects what {@link Audit#removalEffects(int)} returned for the level
   * @param t the language
   * @return the tables {@code audit.removal} (one row per element) and {@code audit.removal-ranks} (one row per
   *     unit, a column per element)
   */
  public static List<Table> removal(Audit audit, int level, List<RemovalEffect> effects, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder summary = Table.builder("audit.removal", t.get("audit.removal.title", level))
        .column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("mean-absolute-rank-change", t.get("header.mean-absolute-rank-change"), Table.Kind.NUMBER, 2);
    for (RemovalEffect e : effects) {
      summary.row(e.element(), name(plan, e.element(), t), d(e.meanAbsoluteRankChange()));
    }
    Table.Builder ranks = Table.builder("audit.removal-ranks", t.get("audit.removal-ranks.title", level))
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("rank", t.get("header.rank"), Table.Kind.INTEGER);
    for (RemovalEffect e : effects) {
      ranks.column(e.element(), e.element(), Table.Kind.INTEGER);
    }
    for (String u : audit.evaluation().units()) {
      Object[] row = new Object[2 + effects.size()];
      row[0] = u;
      row[1] = i(audit.evaluation().rank(u, plan.root()));
      for (int k = 0; k < effects.size(); k++) {
        RemovalEffect e = effects.get(k);
        row[2 + k] = e.units().contains(u) ? i(e.rankChange(u)) : null;
      }
      ranks.row(row);
    }
    return List.of(summary.build(), ranks.build());
  }

  /**
   * A unit's score and rank at every node, highest level first ({@link Audit#unitSummary(String)}).
   *
   * @param audit the audit
   * @param unit a unit of the evaluation
   * @param t the language
   * @return the table {@code audit.unit-summary}
   */
  public static Table unitSummary(Audit audit, String unit, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder b = Table.builder("audit.unit-summary", t.get("audit.unit-summary.title", unit));
    resultColumns(b, t, false);
    for (UnitResult r : audit.unitSummary(unit)) {
      b.row(r.node(), name(plan, r.node(), t), r.level(), d(r.value()), i(r.rank()));
    }
    return b.build();
  }

  /**
   * A unit's strengths and weaknesses: the indicators where it ranks best and worst.
   *
   * @param audit the audit
   * @param sw what {@link Audit#strengthsAndWeaknesses} returned
   * @param stage the stage they were ranked at
   * @param t the language
   * @return the table {@code audit.strengths-weaknesses}
   */
  public static Table strengthsAndWeaknesses(Audit audit, StrengthsAndWeaknesses sw, Stage stage, Texts t) {
    Plan plan = audit.evaluation().plan();
    Table.Builder b = Table.builder("audit.strengths-weaknesses", t.get("audit.strengths-weaknesses.title",
        sw.unit(), stage(stage, t)))
        .column("kind", t.get("header.strength-or-weakness"), Table.Kind.TEXT);
    resultColumns(b, t, true);
    for (UnitResult r : sw.strengths()) {
      b.row(t.get("audit.strength"), r.node(), name(plan, r.node(), t), r.level(),
          r.group().map(g -> name(plan, g, t)).orElse(null), d(r.value()), i(r.rank()));
    }
    for (UnitResult r : sw.weaknesses()) {
      b.row(t.get("audit.weakness"), r.node(), name(plan, r.node(), t), r.level(),
          r.group().map(g -> name(plan, g, t)).orElse(null), d(r.value()), i(r.rank()));
    }
    return b.build();
  }

  private static void resultColumns(Table.Builder b, Texts t, boolean group) {
    b.column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("level", t.get("header.level"), Table.Kind.INTEGER);
    if (group) {
      b.column("group", t.get("header.group-node"), Table.Kind.TEXT);
    }
    b.column("value", t.get("header.value"), Table.Kind.NUMBER, 2)
        .column("rank", t.get("header.rank"), Table.Kind.INTEGER);
  }

  /**
   * Every unit's rank statistics over the replications of an uncertainty analysis, as COINr's {@code RankStats}:
   * nominal, mean and median rank, the 5th and 95th percentile ranks, and the same of its score.
   *
   * @param result the analysis
   * @param t the language
   * @return the table {@code uncertainty.rank-statistics}, units in nominal rank order
   */
  public static Table rankStatistics(UncertaintyResult result, Texts t) {
    Table.Builder b = Table.builder("uncertainty.rank-statistics", t.get("uncertainty.rank-statistics.title",
        result.target(), result.replications()))
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("nominal-rank", t.get("header.nominal-rank"), Table.Kind.INTEGER)
        .column("mean-rank", t.get("header.mean-rank"), Table.Kind.NUMBER, 2)
        .column("median-rank", t.get("header.median-rank"), Table.Kind.NUMBER, 1)
        .column("rank-5", t.get("header.rank-5"), Table.Kind.NUMBER, 1)
        .column("rank-95", t.get("header.rank-95"), Table.Kind.NUMBER, 1)
        .column("nominal-score", t.get("header.nominal-score"), Table.Kind.NUMBER, 2)
        .column("mean-score", t.get("header.mean-score"), Table.Kind.NUMBER, 2)
        .column("median-score", t.get("header.median-score"), Table.Kind.NUMBER, 2)
        .column("score-5", t.get("header.score-5"), Table.Kind.NUMBER, 2)
        .column("score-95", t.get("header.score-95"), Table.Kind.NUMBER, 2)
        .column("replications", t.get("header.replications"), Table.Kind.INTEGER);
    List<RankStatistics> rows = new ArrayList<>(result.rankStatistics());
    rows.sort((a, c) -> Integer.compare(a.nominalRank().orElse(Integer.MAX_VALUE),
        c.nominalRank().orElse(Integer.MAX_VALUE)));
    for (RankStatistics r : rows) {
      b.row(r.unit(), i(r.nominalRank()), d(r.meanRank()), d(r.medianRank()), d(r.rank5()), d(r.rank95()),
          d(r.nominalScore()), d(r.meanScore()), d(r.medianScore()), d(r.score5()), d(r.score95()),
          r.replications());
    }
    return b.build();
  }

  /**
   * Every replication's score of every unit: a row per unit, a column per replication (empty where it failed).
   *
   * @param result the analysis
   * @param t the language
   * @return the table {@code uncertainty.scores}
   */
  public static Table scores(UncertaintyResult result, Texts t) {
    Table.Builder b = Table.builder("uncertainty.scores", t.get("uncertainty.scores.title", result.target()))
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT);
    for (int j = 0; j < result.replications(); j++) {
      b.column("r" + (j + 1), String.valueOf(j + 1), Table.Kind.NUMBER, 2);
    }
    for (String u : result.units()) {
      Object[] row = new Object[1 + result.replications()];
      row[0] = u;
      for (int j = 0; j < result.replications(); j++) {
        row[1 + j] = d(result.score(j, u));
      }
      b.row(row);
    }
    return b.build();
  }

  /**
   * The replications that failed, with the reason.
   *
   * @param result the analysis
   * @param t the language
   * @return the table {@code uncertainty.failures}
   */
  public static Table failures(UncertaintyResult result, Texts t) {
    Table.Builder b = Table.builder("uncertainty.failures", t.get("uncertainty.failures.title",
        result.failures().size()))
        .column("replication", t.get("header.replication"), Table.Kind.INTEGER)
        .column("reason", t.get("header.reason"), Table.Kind.TEXT);
    result.failures().forEach((j, why) -> b.row(j + 1, t.sentence(why)));
    return b.build();
  }

  /**
   * The first-order and total-effect Sobol indices of each dimension, with their bootstrap intervals.
   *
   * @param result the sensitivity analysis
   * @param t the language
   * @return the table {@code sensitivity.indices}
   */
  public static Table sensitivityIndices(SensitivityResult result, Texts t) {
    Table.Builder b = Table.builder("sensitivity.indices", t.get("sensitivity.indices.title",
        result.baseSamples()))
        .column("dimension", t.get("header.dimension"), Table.Kind.TEXT)
        .column("first-order", t.get("header.first-order"), Table.Kind.NUMBER, 3)
        .column("first-order-5", t.get("header.first-order-5"), Table.Kind.NUMBER, 3)
        .column("first-order-95", t.get("header.first-order-95"), Table.Kind.NUMBER, 3)
        .column("total-effect", t.get("header.total-effect"), Table.Kind.NUMBER, 3)
        .column("total-effect-5", t.get("header.total-effect-5"), Table.Kind.NUMBER, 3)
        .column("total-effect-95", t.get("header.total-effect-95"), Table.Kind.NUMBER, 3);
    for (SensitivityIndex s : result.indices()) {
      b.row(s.dimension(), d(s.firstOrder()), d(s.firstOrderLow()), d(s.firstOrderHigh()), d(s.totalEffect()),
          d(s.totalEffectLow()), d(s.totalEffectHigh()));
    }
    return b.build();
  }

  /**
   * The output of each design point: the mean absolute rank change from the nominal ranks, rows A, B, then
   * AB_1 … AB_d.
   *
   * @param result the sensitivity analysis
   * @param dimensions the dimensions' ids, in spec order (to name the AB_i matrices)
   * @param t the language
   * @return the table {@code sensitivity.outputs}
   */
  public static Table sensitivityOutputs(SensitivityResult result, List<String> dimensions, Texts t) {
    Table.Builder b = Table.builder("sensitivity.outputs", t.get("sensitivity.outputs.title"))
        .column("point", t.get("header.design-point"), Table.Kind.INTEGER)
        .column("matrix", t.get("header.design-matrix"), Table.Kind.TEXT)
        .column("output", t.get("header.mean-absolute-rank-change"), Table.Kind.NUMBER, 3);
    int n = result.baseSamples();
    List<OptionalDouble> y = result.outputs();
    for (int j = 0; j < y.size(); j++) {
      int m = j / n;
      String matrix = m == 0 ? "A" : m == 1 ? "B" : "AB_" + (m - 2 < dimensions.size() ? dimensions.get(m - 2)
          : String.valueOf(m - 1));
      b.row(j + 1, matrix, d(y.get(j)));
    }
    return b.build();
  }

  /**
   * A warning of an analysis in this language.
   *
   * @param warning the warning as the analysis wrote it
   * @param t the language
   * @return the warning
   */
  public static String warning(String warning, Texts t) {
    return t.sentence(Objects.requireNonNull(warning, "warning"));
  }
}
