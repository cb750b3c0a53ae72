package io.github.bizenv.scoring.analysis;

/** How two columns are correlated, as R's {@code cor(method = …)} over the pairs where both are present. */
public enum CorrelationMethod {
  /** Pearson's product-moment correlation; p-value from the t test on n − 2 degrees of freedom. */
  PEARSON,
  /**
   * Spearman's rank correlation: Pearson's correlation of the average ranks of the complete pairs; p-value by
   * algorithm AS 89 without ties (n ≤ 1290), else the t approximation, as R's {@code cor.test}.
   */
  SPEARMAN
}
