package io.github.bizenv.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The result of a sensitivity analysis (COINr's {@code get_sensitivity(SA_type = "SA")}): the output of each of
 * the N(d + 2) design points — the mean absolute rank change from the nominal ranks — its variance, the Sobol
 * indices of each dimension, and the uncertainty analysis of the 2N points of A and B. Immutable.
 */
public final class SensitivityResult {

  private final int n;
  private final double[] outputs;
  private final double variance;
  private final List<SensitivityIndex> indices;
  private final UncertaintyResult uncertainty;
  private final List<String> warnings;

  SensitivityResult(int n, double[] outputs, double variance, List<SensitivityIndex> indices,
      UncertaintyResult uncertainty, List<String> warnings) {
    this.n = n;
    this.outputs = outputs;
    this.variance = variance;
    this.indices = List.copyOf(indices);
    this.uncertainty = uncertainty;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The base sample size.
   *
   * @return N
   */
  public int baseSamples() {
    return n;
  }

  /**
   * The indices, one per dimension in spec order.
   *
   * @return the indices
   */
  public List<SensitivityIndex> indices() {
    return indices;
  }

  /**
   * The output of each design point (rows A, B, AB_1 … AB_d): the mean over the units of the absolute difference
   * between the unit's rank and its nominal rank.
   *
   * @return N(d + 2) values; empty for a point that failed
   */
  public List<OptionalDouble> outputs() {
    List<OptionalDouble> out = new ArrayList<>();
    for (double y : outputs) {
      out.add(y == y ? OptionalDouble.of(y) : OptionalDouble.empty());
    }
    return out;
  }

  /**
   * The sample variance of the outputs of A and B (COINr's {@code Variance}).
   *
   * @return the variance; empty when a point of A or B failed
   */
  public OptionalDouble variance() {
    return variance == variance ? OptionalDouble.of(variance) : OptionalDouble.empty();
  }

  /**
   * The uncertainty analysis of the 2N points of A and B (COINr's {@code RankStats} of a sensitivity analysis).
   *
   * @return the rank statistics and replications
   */
  public UncertaintyResult uncertainty() {
    return uncertainty;
  }

  /**
   * Warnings: dimensions that cannot change anything, and dimensions that changed no output in the design.
   *
   * @return the warnings
   */
  public List<String> warnings() {
    return warnings;
  }
}
