package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bizenv.scoring.testkit.Seeds;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's exact mean, summed in binary, is bit for bit the mean of the values' exact decimals (the
 * definition), over seeded arrays of every kind of double: small and huge, subnormal, negative, zero, values that
 * cancel, and sums that overflow a long.
 */
class StatsTest {

  static final long BASE = Seeds.base("StatsTest");

  static double value(SplittableRandom r) {
    switch (r.nextInt(8)) {
      case 0:
        return 0;
      case 1:
        return Double.MIN_VALUE * (1 + r.nextInt(1000)) * (r.nextBoolean() ? 1 : -1);
      case 2:
        return Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (r.nextBoolean() ? 1 : -1);
      case 3:
        return r.nextInt(2000) - 1000;
      case 4:
        return (r.nextDouble() - 0.5) * Math.pow(2, r.nextInt(120) - 60);
      default:
        return r.nextDouble() * 100;
    }
  }

  @RepeatedTest(300)
  void theBinarySumIsTheDecimalDefinition(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = 1 + r.nextInt(60);
      double[] v = new double[n + r.nextInt(3)];
      boolean oneKind = r.nextBoolean();
      double scale = Math.pow(2, r.nextInt(40) - 20);
      for (int k = 0; k < v.length; k++) {
        v[k] = oneKind ? r.nextDouble() * scale : value(r);
      }
      assertEquals(Double.doubleToRawLongBits(Stats.meanOfDecimals(v, n)), Double.doubleToRawLongBits(Stats.mean(v, n)),
          () -> java.util.Arrays.toString(v) + " (first " + n + ")");
    });
  }

  @Test
  void edgeCases() {
    double[][] cases = {
        {0.1, 0.2, 0.3}, {-0.0, -0.0}, {0, 0, 0}, {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE},
        {Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_VALUE}, {1e300, 1e-300, -1e300},
        {4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0},
        {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, -1}, {9.0, 6.0, 4.0, 2.0, 1.0, 1.5, 3.25}};
    for (double[] c : cases) {
      assertEquals(Double.doubleToRawLongBits(Stats.meanOfDecimals(c, c.length)),
          Double.doubleToRawLongBits(Stats.mean(c, c.length)), java.util.Arrays.toString(c));
    }
    assertThrows(NumberFormatException.class, () -> Stats.mean(new double[] {1, Double.POSITIVE_INFINITY}, 2));
  }
}
