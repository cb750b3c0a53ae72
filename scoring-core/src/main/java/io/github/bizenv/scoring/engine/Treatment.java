package io.github.bizenv.scoring.engine;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What outlier treatment found and did for one leaf: the skewness and kurtosis test before, the winsorisation
 * (how many points in the last pass, which units, on which side) or the log transform, and the test after.
 * Immutable.
 */
public final class Treatment {

  private final Pipeline.TreatDetail d;
  private final List<String> winsorised;

  Treatment(Pipeline.TreatDetail d, List<String> winsorised) {
    this.d = d;
    this.winsorised = List.copyOf(winsorised);
  }

  /**
   * Whether the leaf passed the test before any treatment ({@code |skew| < limit} or {@code kurtosis < limit}).
   *
   * @return {@code true} when it passed
   */
  public boolean passedBefore() {
    return d.pass0;
  }

  /**
   * The skewness before treatment (type 2).
   *
   * @return the skewness
   */
  public double skewBefore() {
    return d.skew0;
  }

  /**
   * The excess kurtosis before treatment (type 2).
   *
   * @return the kurtosis
   */
  public double kurtosisBefore() {
    return d.kurt0;
  }

  /**
   * How many points the last winsorisation pass changed.
   *
   * @return the count, or empty when the leaf was not winsorised
   */
  public OptionalInt winsorisedInLastPass() {
    return d.nwin < 0 ? OptionalInt.empty() : OptionalInt.of(d.nwin);
  }

  /**
   * The units whose values were winsorised.
   *
   * @return the unit ids, in evaluation order; empty when none
   */
  public List<String> winsorisedUnits() {
    return winsorised;
  }

  /**
   * Whether high values were winsorised (positive skew), else low ones.
   *
   * @return {@code true} for the high side
   */
  public boolean highSide() {
    return d.high;
  }

  /**
   * Whether the winsorisation failed and the log transform of the original values replaced it.
   *
   * @return {@code true} when log-transformed
   */
  public boolean logTransformed() {
    return d.log;
  }

  /**
   * The skewness after treatment.
   *
   * @return the skewness, or empty when the leaf passed untreated
   */
  public OptionalDouble skewAfter() {
    return d.nwin < 0 && !d.log ? OptionalDouble.empty() : OptionalDouble.of(d.skew1);
  }

  /**
   * The kurtosis after treatment.
   *
   * @return the kurtosis, or empty when the leaf passed untreated
   */
  public OptionalDouble kurtosisAfter() {
    return d.nwin < 0 && !d.log ? OptionalDouble.empty() : OptionalDouble.of(d.kurt1);
  }

  /**
   * Whether the leaf passed the test after treatment.
   *
   * @return {@code true} when it passed, or was never treated
   */
  public boolean passedAfter() {
    return d.nwin < 0 && !d.log ? d.pass0 : d.pass1;
  }
}
