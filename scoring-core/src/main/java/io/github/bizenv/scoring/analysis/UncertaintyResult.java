package io.github.bizenv.scoring.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The result of an uncertainty analysis (COINr's {@code get_sensitivity(SA_type = "UA")}): every replication's
 * score and rank of each unit at the target node, and each unit's rank statistics. A replication whose methodology
 * could not be evaluated (a conflict between the chosen alternatives) counts as missing for every unit, as in
 * COINr, and is listed in {@link #failures()}. Immutable.
 */
public final class UncertaintyResult {

  private final String target;
  private final List<String> units;
  private final double[] nominalScores;
  private final int[] nominalRanks;
  private final double[][] scores;
  private final int[][] ranks;
  private final Map<Integer, String> failures;
  private final List<String> warnings;
  private final List<RankStatistics> statistics;

  UncertaintyResult(String target, List<String> units, double[] nominalScores, double[][] scores,
      Map<Integer, String> failures, List<String> warnings) {
    this.target = target;
    this.units = List.copyOf(units);
    this.nominalScores = nominalScores;
    this.nominalRanks = Stats.descendingMinRanks(nominalScores);
    this.scores = scores;
    this.ranks = new int[scores.length][];
    for (int r = 0; r < scores.length; r++) {
      ranks[r] = Stats.descendingMinRanks(scores[r]);
    }
    this.failures = Collections.unmodifiableMap(new TreeMap<>(failures));
    this.warnings = List.copyOf(warnings);
    List<RankStatistics> st = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      double[] rk = new double[scores.length];
      double[] sc = new double[scores.length];
      for (int r = 0; r < scores.length; r++) {
        rk[r] = ranks[r][u] == 0 ? Double.NaN : ranks[r][u];
        sc[r] = scores[r][u];
      }
      st.add(new RankStatistics(units.get(u), nominalScores[u], nominalRanks[u], rk, sc));
    }
    this.statistics = Collections.unmodifiableList(st);
  }

  /**
   * The node analysed.
   *
   * @return its id
   */
  public String target() {
    return target;
  }

  /**
   * The units: those of the nominal evaluation, in its order.
   *
   * @return unit ids
   */
  public List<String> units() {
    return units;
  }

  /**
   * The number of replications.
   *
   * @return N
   */
  public int replications() {
    return scores.length;
  }

  /**
   * Each unit's rank statistics, in {@link #units()} order.
   *
   * @return the statistics
   */
  public List<RankStatistics> rankStatistics() {
    return statistics;
  }

  /**
   * One unit's rank statistics.
   *
   * @param unit a unit of {@link #units()}
   * @return the statistics
   * @throws IllegalArgumentException if the unit is unknown
   */
  public RankStatistics rankStatistics(String unit) {
    return statistics.get(index(unit));
  }

  /**
   * A unit's score in one replication.
   *
   * @param replication 0 … N − 1
   * @param unit a unit of {@link #units()}
   * @return the score; empty when missing or the replication failed
   */
  public OptionalDouble score(int replication, String unit) {
    double s = scores[replication][index(unit)];
    return s == s ? OptionalDouble.of(s) : OptionalDouble.empty();
  }

  /**
   * A unit's rank in one replication, among the units with a score there.
   *
   * @param replication 0 … N − 1
   * @param unit a unit of {@link #units()}
   * @return the rank; empty when the score is missing
   */
  public OptionalInt rank(int replication, String unit) {
    int r = ranks[replication][index(unit)];
    return r > 0 ? OptionalInt.of(r) : OptionalInt.empty();
  }

  /**
   * The replications that could not be evaluated, with the reason.
   *
   * @return replication → message, in order
   */
  public Map<Integer, String> failures() {
    return failures;
  }

  /**
   * Warnings about the spec: dimensions that cannot change anything.
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return warnings;
  }

  double[] ranksOf(int replication) {
    double[] out = new double[units.size()];
    for (int u = 0; u < out.length; u++) {
      out[u] = ranks[replication][u] == 0 ? Double.NaN : ranks[replication][u];
    }
    return out;
  }

  int[] nominalRanks() {
    return nominalRanks.clone();
  }

  private int index(String unit) {
    int u = units.indexOf(unit);
    if (u < 0) {
      throw new IllegalArgumentException("unit \"" + unit + "\" is not in this analysis");
    }
    return u;
  }
}
