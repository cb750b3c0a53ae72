package io.github.bizenv.scoring.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Saltelli's design and the Sobol estimators exactly as COINr's {@code SA_sample} and {@code SA_estimate} compute
 * them, for any model: sample the design, run the model on each row, estimate the indices from the outputs.
 *
 * <pre>{@code
 * double[][] x = Sobol.design(1000, 3, 42);                 // N(d + 2) rows of d numbers in [0, 1)
 * double[] y = new double[x.length];
 * for (int j = 0; j < x.length; j++) y[j] = model(x[j]);
 * List<SensitivityIndex> s = Sobol.estimate(y, 1000, List.of("a", "b", "c"), 100, 42);
 * }</pre>
 *
 * <p>The design: two independent uniform N × d matrices A and B (drawn column by column as R fills
 * {@code matrix(runif(2dN), N, 2d)}), then for each dimension i the matrix AB_i, A with its column i taken from B;
 * rows in the order A, B, AB_1 … AB_d. The estimators, with V the sample variance (n − 1) of the 2N outputs of A
 * and B: {@code S_i = mean(y_B·(y_ABi − y_A))/V} and {@code ST_i = Σ(y_A − y_ABi)²/(2N·V)}. The bootstrap
 * resamples, for each index separately, the N terms of its sum with replacement (V fixed), and reports the 5th and
 * 95th percentiles (R's type 7). Random numbers come from {@link SplittableRandom} seeded with the given seed, so the
 * same seed gives the same design and intervals on every JDK (not R's numbers: R's generator differs).
 */
public final class Sobol {

  private Sobol() {}

  /**
   * Saltelli's design.
   *
   * @param n the base sample size N, at least 2
   * @param d the number of dimensions, at least 1
   * @param seed the seed
   * @return N(d + 2) rows of d numbers in [0, 1)
   */
  public static double[][] design(int n, int d, long seed) {
    return design(n, d, new SplittableRandom(seed));
  }

  static double[][] design(int n, int d, SplittableRandom random) {
    if (n < 2 || d < 1) {
      throw new IllegalArgumentException("a design needs N ≥ 2 and d ≥ 1; got N = " + n + ", d = " + d);
    }
    double[][] base = new double[n][2 * d];
    for (int c = 0; c < 2 * d; c++) {
      for (int r = 0; r < n; r++) {
        base[r][c] = random.nextDouble();
      }
    }
    double[][] x = new double[n * (d + 2)][d];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < d; c++) {
        x[r][c] = base[r][c];
        x[n + r][c] = base[r][d + c];
      }
    }
    for (int i = 0; i < d; i++) {
      for (int r = 0; r < n; r++) {
        double[] row = x[(2 + i) * n + r];
        System.arraycopy(x[r], 0, row, 0, d);
        row[i] = base[r][d + i];
      }
    }
    return x;
  }

  /**
   * The first-order and total-effect indices from the outputs of a design, without bootstrap.
   *
   * @param y the outputs, one per row of {@link #design}
   * @param n the base sample size N
   * @param names the dimensions' names, d of them
   * @return one index per dimension
   */
  public static List<SensitivityIndex> estimate(double[] y, int n, List<String> names) {
    return estimate(y, n, names, 0, 0);
  }

  /**
   * The first-order and total-effect indices from the outputs of a design, with bootstrap intervals.
   *
   * @param y the outputs, one per row of {@link #design}
   * @param n the base sample size N
   * @param names the dimensions' names, d of them
   * @param bootstrap the number of bootstrap resamples (COINr's {@code Nboot}); 0 for none
   * @param seed the bootstrap's seed
   * @return one index per dimension
   * @throws IllegalArgumentException if y does not have N(d + 2) values
   */
  public static List<SensitivityIndex> estimate(double[] y, int n, List<String> names, int bootstrap, long seed) {
    Objects.requireNonNull(names, "names");
    int d = names.size();
    if (y.length != n * (d + 2)) {
      throw new IllegalArgumentException("expected N(d + 2) = " + n * (d + 2) + " outputs, got " + y.length);
    }
    if (bootstrap < 0) {
      throw new IllegalArgumentException("bootstrap " + bootstrap + " is negative");
    }
    double[] ab = new double[2 * n];
    System.arraycopy(y, 0, ab, 0, 2 * n);
    double var = Stats.variance(ab);
    if (Double.isNaN(var) || hasNaN(ab)) {
      var = Double.NaN;
    }
    double[][] sDiffs = new double[d][n];
    double[][] tDiffs = new double[d][n];
    double[] si = new double[d];
    double[] sti = new double[d];
    for (int i = 0; i < d; i++) {
      double s = 0;
      double t = 0;
      for (int r = 0; r < n; r++) {
        double ya = y[r];
        double yb = y[n + r];
        double yab = y[(2 + i) * n + r];
        sDiffs[i][r] = yb * (yab - ya);
        tDiffs[i][r] = ya - yab;
        s += sDiffs[i][r];
        t += tDiffs[i][r] * tDiffs[i][r];
      }
      si[i] = s / n / var;
      sti[i] = t / (2.0 * n * var);
    }
    double[][] bounds = new double[d][] ;
    for (int i = 0; i < d; i++) {
      bounds[i] = new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }
    if (bootstrap > 0) {
      SplittableRandom random = new SplittableRandom(seed);
      double[][] sBoot = new double[d][bootstrap];
      double[][] tBoot = new double[d][bootstrap];
      for (int b = 0; b < bootstrap; b++) {
        for (int i = 0; i < d; i++) {
          double s = 0;
          for (int r = 0; r < n; r++) {
            s += sDiffs[i][random.nextInt(n)];
          }
          sBoot[i][b] = s / n / var;
        }
        for (int i = 0; i < d; i++) {
          double t = 0;
          for (int r = 0; r < n; r++) {
            double x = tDiffs[i][random.nextInt(n)];
            t += x * x;
          }
          tBoot[i][b] = t / (2.0 * n * var);
        }
      }
      for (int i = 0; i < d; i++) {
        bounds[i] = new double[] {Stats.quantile7(sBoot[i], 0.05), Stats.quantile7(sBoot[i], 0.95),
            Stats.quantile7(tBoot[i], 0.05), Stats.quantile7(tBoot[i], 0.95)};
      }
    }
    List<SensitivityIndex> out = new ArrayList<>();
    for (int i = 0; i < d; i++) {
      out.add(new SensitivityIndex(names.get(i), finite(si[i]), finite(sti[i]), finite(bounds[i][0]),
          finite(bounds[i][1]), finite(bounds[i][2]), finite(bounds[i][3])));
    }
    return out;
  }

  private static boolean hasNaN(double[] x) {
    for (double v : x) {
      if (v != v) {
        return true;
      }
    }
    return false;
  }

  private static double finite(double x) {
    return Double.isFinite(x) ? x : Double.NaN;
  }
}
