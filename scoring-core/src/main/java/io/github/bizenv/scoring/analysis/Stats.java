package io.github.bizenv.scoring.analysis;

import java.util.Arrays;

/**
 * The statistics of the audit, each defined as R and COINr define it. Arrays hold {@code NaN} for a missing value;
 * every function ignores missing values unless it says otherwise.
 */
final class Stats {

  private Stats() {}

  /** The values present, in order. */
  static double[] present(double[] x) {
    int n = 0;
    for (double v : x) {
      if (v == v) {
        n++;
      }
    }
    double[] out = new double[n];
    int k = 0;
    for (double v : x) {
      if (v == v) {
        out[k++] = v;
      }
    }
    return out;
  }

  static double mean(double[] x) {
    double s = 0;
    int n = 0;
    for (double v : x) {
      if (v == v) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** R's {@code sd}: the sample standard deviation (n − 1); NaN below two values. */
  static double sd(double[] x) {
    return Math.sqrt(variance(x));
  }

  /** R's {@code var}: the sample variance (n − 1), two-pass. */
  static double variance(double[] x) {
    double m = mean(x);
    double ss = 0;
    int n = 0;
    for (double v : x) {
      if (v == v) {
        ss += (v - m) * (v - m);
        n++;
      }
    }
    return n < 2 ? Double.NaN : ss / (n - 1);
  }

  /** R's {@code median}: the middle value, or the mean of the two middle values. */
  static double median(double[] x) {
    double[] s = present(x);
    Arrays.sort(s);
    int n = s.length;
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /**
   * R's {@code quantile(x, p, type = 7)}: with the n values sorted, {@code h = (n − 1)p},
   * {@code x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])} (0-based).
   */
  static double quantile7(double[] x, double p) {
    double[] s = present(x);
    Arrays.sort(s);
    return quantile7Sorted(s, p);
  }

  static double quantile7Sorted(double[] s, double p) {
    int n = s.length;
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return s[n - 1];
    }
    double frac = h - lo;
    return frac == 0 ? s[lo] : s[lo] + frac * (s[lo + 1] - s[lo]);
  }

  /**
   * COINr's {@code skew} (e1071's type 2, Excel's SKEW): with d = x − mean over the n values,
   * {@code √n·Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2)}; NaN below 3 values.
   */
  static double skew(double[] x) {
    double[] v = present(x);
    int n = v.length;
    if (n < 3) {
      return Double.NaN;
    }
    double m = mean(v);
    double s2 = 0;
    double s3 = 0;
    for (double a : v) {
      double d = a - m;
      s2 += d * d;
      s3 += d * d * d;
    }
    double y = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return y * Math.sqrt((double) n * (n - 1)) / (n - 2);
  }

  /**
   * COINr's {@code kurt} (e1071's type 2, Excel's KURT): {@code r = n·Σd⁴/(Σd²)²},
   * {@code ((n+1)(r−3)+6)(n−1)/((n−2)(n−3))}; NaN below 4 values.
   */
  static double kurtosis(double[] x) {
    double[] v = present(x);
    int n = v.length;
    if (n < 4) {
      return Double.NaN;
    }
    double m = mean(v);
    double s2 = 0;
    double s4 = 0;
    for (double a : v) {
      double d = a - m;
      s2 += d * d;
      s4 += d * d * d * d;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
  }

  /** R's {@code rank(x)} with ties averaged, over values that are all present. */
  static double[] averageRanks(double[] x) {
    int n = x.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(x[a], x[b]));
    double[] r = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && x[idx[j + 1]] == x[idx[i]]) {
        j++;
      }
      double avg = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        r[idx[k]] = avg;
      }
      i = j + 1;
    }
    return r;
  }

  /**
   * COINr's {@code rank_df}: {@code rank(−x, ties.method = "min", na.last = "keep")} — the highest value ranks 1,
   * ties share the best rank, missing stays missing (0 here).
   */
  static int[] descendingMinRanks(double[] x) {
    double[] sorted = present(x);
    Arrays.sort(sorted);
    int[] out = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      if (x[i] != x[i]) {
        continue;
      }
      // The values greater than x[i]: those after the last position holding a value ≤ x[i].
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x[i]) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      out[i] = sorted.length - lo + 1;
    }
    return out;
  }

  /** The pairs where both are present: {xs, ys}. */
  static double[][] complete(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == x[i] && y[i] == y[i]) {
        n++;
      }
    }
    double[] a = new double[n];
    double[] b = new double[n];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == x[i] && y[i] == y[i]) {
        a[k] = x[i];
        b[k++] = y[i];
      }
    }
    return new double[][] {a, b};
  }

  /** Pearson's r of complete vectors; NaN below 2 pairs or when either has no variance (R warns and gives NA). */
  static double pearson(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return Double.NaN;
    }
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < n; i++) {
      double da = a[i] - ma;
      double db = b[i] - mb;
      sab += da * db;
      saa += da * da;
      sbb += db * db;
    }
    if (saa == 0 || sbb == 0) {
      return Double.NaN;
    }
    double r = sab / Math.sqrt(saa * sbb);
    return Math.max(-1, Math.min(1, r));
  }

  /** R's {@code cov} of complete vectors (n − 1). */
  static double covariance(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return Double.NaN;
    }
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (a[i] - ma) * (b[i] - mb);
    }
    return s / (n - 1);
  }

  /**
   * A correlation and its two-sided p-value as R's {@code cor(…, use = "pairwise.complete.obs")} and
   * {@code cor.test} compute them on the pairs where both values are present: Pearson's r with the t test on n − 2
   * degrees of freedom; Spearman's rho as Pearson's r of the average ranks of those pairs, with AS 89 (exact for
   * n ≤ 9, Edgeworth series above) when neither side has ties and n ≤ 1290, else the t approximation.
   *
   * @return {r, p, n}; r and p NaN when undefined
   */
  static double[] correlation(double[] x, double[] y, boolean spearman) {
    double[][] c = complete(x, y);
    double[] a = c[0];
    double[] b = c[1];
    int n = a.length;
    if (!spearman) {
      double r = pearson(a, b);
      return new double[] {r, n > 2 && r == r ? tTestP(r, n) : Double.NaN, n};
    }
    if (n < 2) {
      return new double[] {Double.NaN, Double.NaN, n};
    }
    double[] ra = averageRanks(a);
    double[] rb = averageRanks(b);
    double r = pearson(ra, rb);
    if (r != r || n < 3) {
      return new double[] {r, Double.NaN, n};
    }
    boolean ties = hasTies(a) || hasTies(b);
    double p;
    if (ties || n > 1290) {
      p = tTestP(r, n);
    } else {
      double den = ((double) n * n * n - n) / 6;
      double q = ((double) n * n * n - n) * (1 - r) / 6;
      double one = q > den ? prho(n, Math.rint(q), false) : prho(n, Math.rint(q) + 2, true);
      p = Math.min(2 * one, 1);
    }
    return new double[] {r, p, n};
  }

  static boolean hasTies(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    for (int i = 1; i < s.length; i++) {
      if (s[i] == s[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /** Two-sided p of the t test of r with n − 2 degrees of freedom: {@code I_{1−r²}((n−2)/2, 1/2)}. */
  static double tTestP(double r, int n) {
    double df = n - 2;
    if (Math.abs(r) >= 1) {
      return 0;
    }
    return regularizedBeta(1 - r * r, df / 2, 0.5);
  }

  private static final double[] AS89 = {0.2274, 0.2531, 0.1745, 0.0758, 0.1033, 0.3932, 0.0879, 0.0151, 0.0072,
      0.0831, 0.0131, 4.6e-4};

  /**
   * Algorithm AS 89 as R's {@code prho} implements it: {@code P[S ≥ is]} (upper) or {@code P[S < is]} (lower) for
   * Spearman's S; exact by enumeration for n ≤ 9, else an Edgeworth series.
   */
  static double prho(int n, double is, boolean lowerTail) {
    double pv = lowerTail ? 0 : 1;
    if (n <= 1 || is <= 0) {
      return pv;
    }
    double n3 = n;
    n3 *= (n3 * n3 - 1) / 3;
    if (is > n3) {
      return 1 - pv;
    }
    if (n <= 9) {
      int nfac = 1;
      int[] l = new int[n];
      for (int i = 1; i <= n; i++) {
        nfac *= i;
        l[i - 1] = i;
      }
      int ifr;
      if (is == n3) {
        ifr = 1;
      } else {
        ifr = 0;
        for (int m = 0; m < nfac; m++) {
          int ise = 0;
          for (int i = 0; i < n; i++) {
            int d = i + 1 - l[i];
            ise += d * d;
          }
          if (is <= ise) {
            ifr++;
          }
          int n1 = n;
          int mt;
          do {
            mt = l[0];
            for (int i = 1; i < n1; i++) {
              l[i - 1] = l[i];
            }
            --n1;
            l[n1] = mt;
          } while (mt == n1 + 1 && n1 > 1);
        }
      }
      return (lowerTail ? nfac - ifr : ifr) / (double) nfac;
    }
    double[] c = AS89;
    double b = 1 / (double) n;
    double x = (6 * (is - 1) * b / ((double) n * n - 1) - 1) * Math.sqrt(1 / b - 1);
    double y = x * x;
    double u = x * b * (c[0] + b * (c[1] + c[2] * b)
        + y * (-c[3] + b * (c[4] + c[5] * b)
        - y * b * (c[6] + c[7] * b - y * (c[8] - c[9] * b + y * b * (c[10] - c[11] * y)))));
    y = u / Math.exp(y / 2);
    pv = (lowerTail ? -y : y) + (lowerTail ? normalCdf(x) : normalCdf(-x));
    return Math.max(0, Math.min(1, pv));
  }

  /** The standard normal distribution function, from the regularised incomplete gamma function. */
  static double normalCdf(double x) {
    double q = 0.5 * upperGamma(0.5, x * x / 2);
    return x < 0 ? q : 1 - q;
  }

  /** ln Γ(x), x > 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    x -= 1;
    double a = g[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += g[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /** The regularised upper incomplete gamma function Q(a, x). */
  static double upperGamma(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    double lead = -x + a * Math.log(x) - logGamma(a);
    if (x < a + 1) {
      double sum = 1 / a;
      double del = sum;
      for (int n = 1; n < 10_000; n++) {
        del *= x / (a + n);
        sum += del;
        if (Math.abs(del) < Math.abs(sum) * 1e-17) {
          break;
        }
      }
      return 1 - sum * Math.exp(lead);
    }
    double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 10_000; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-17) {
        break;
      }
    }
    return Math.exp(lead) * h;
  }

  /** The regularised incomplete beta function I_x(a, b). */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(x, a, b) / a;
    }
    return 1 - front * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m < 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-16) {
        break;
      }
    }
    return h;
  }

  /**
   * The eigenvalues (descending) and unit eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi
   * rotations.
   *
   * @return {values, vectors as [row][component]}
   */
  static double[][][] symmetricEigen(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
    }
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) {
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-30) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[][] diag = a;
    Arrays.sort(order, (x, y) -> Double.compare(diag[y][y], diag[x][x]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int k = 0; k < n; k++) {
      values[k] = a[order[k]][order[k]];
      for (int r = 0; r < n; r++) {
        vectors[r][k] = v[r][order[k]];
      }
    }
    return new double[][][] {{values}, vectors};
  }
}
