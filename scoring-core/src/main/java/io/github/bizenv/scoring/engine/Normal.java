package io.github.bizenv.scoring.engine;

/**
 * The standard normal distribution to double precision: {@link #cdf} from the complementary error function
 * (W. J. Cody's rational Chebyshev approximations, relative error below 10⁻¹⁵), {@link #quantile} by Wichura's
 * algorithm AS 241 (PPND16, relative error about 10⁻¹⁶) — the same algorithms as R's {@code pnorm} and
 * {@code qnorm}.
 */
final class Normal {

  private Normal() {}

  private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
      3.20937758913846947e03, 1.85777706184603153e-1};
  private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
      2.84423683343917062e03};
  private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
      2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
      1.23033935479799725e03, 2.15311535474403846e-8};
  private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
      1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
      1.23033935480374942e03};
  private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
      1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
  private static final double[] Q = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
      6.05183413124413191e-2, 2.33520497626869185e-3};
  private static final double SQRT2 = Math.sqrt(2);
  private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;

  /**
   * Φ(x), the probability that a standard normal variable is at most x.
   *
   * @param x any number; NaN gives NaN
   * @return Φ(x) in [0, 1]
   */
  static double cdf(double x) {
    if (x != x) {
      return Double.NaN;
    }
    return x < 0 ? 0.5 * erfc(-x / SQRT2) : 1 - 0.5 * erfc(x / SQRT2);
  }

  /** The complementary error function erfc(y) for y ≥ 0 (Cody, 1969). */
  static double erfc(double y) {
    if (y < 0.5) {
      double z = y * y;
      double num = A[4] * z;
      double den = z;
      for (int i = 0; i < 3; i++) {
        num = (num + A[i]) * z;
        den = (den + B[i]) * z;
      }
      double erf = y * (num + A[3]) / (den + B[3]);
      return 1 - erf;
    }
    if (y <= 4) {
      double num = C[8] * y;
      double den = y;
      for (int i = 0; i < 7; i++) {
        num = (num + C[i]) * y;
        den = (den + D[i]) * y;
      }
      double r = (num + C[7]) / (den + D[7]);
      return scaled(y) * r;
    }
    if (y > 27) {
      return 0;
    }
    double z = 1 / (y * y);
    double num = P[5] * z;
    double den = z;
    for (int i = 0; i < 4; i++) {
      num = (num + P[i]) * z;
      den = (den + Q[i]) * z;
    }
    double r = z * (num + P[4]) / (den + Q[4]);
    r = (ONE_OVER_SQRT_PI - r) / y;
    return scaled(y) * r;
  }

  /** exp(−y²), computed as Cody does to keep precision: y split into a 1/16 grid part and the rest. */
  private static double scaled(double y) {
    double ysq = Math.floor(y * 16) / 16;
    double del = (y - ysq) * (y + ysq);
    return Math.exp(-ysq * ysq) * Math.exp(-del);
  }

  /**
   * Φ⁻¹(p), the standard normal quantile (Wichura, AS 241).
   *
   * @param p a probability in (0, 1)
   * @return the quantile; −∞ for 0, +∞ for 1, NaN outside [0, 1]
   */
  static double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
          + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
          + 133.14166789178437745) * r + 3.387132872796366608)
          / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
          + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
          + 42.313330701600911252) * r + 1);
    }
    double r = q < 0 ? p : 1 - p;
    r = Math.sqrt(-Math.log(r));
    double val;
    if (r <= 5) {
      r -= 1.6;
      val = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
          + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
          + 4.6303378461565452959) * r + 1.42343711074968357734)
          / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
          + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
          + 2.05319162663775882187) * r + 1);
    } else {
      r -= 5;
      val = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
          + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
          + 5.4637849111641143699) * r + 6.6579046435011037772)
          / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
          + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
          + 0.59983220655588793769) * r + 1);
    }
    return q < 0 ? -val : val;
  }
}
