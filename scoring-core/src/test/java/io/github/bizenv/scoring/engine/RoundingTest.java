package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.testkit.Seeds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The fast presentation rounding gives exactly what rounding the written decimal half up gives. */
class RoundingTest {

  static final long BASE = Seeds.base("RoundingTest");

  static double exact(double v, int d) {
    return new BigDecimal(Double.toString(v)).setScale(d, RoundingMode.HALF_UP).doubleValue();
  }

  @Test
  void tiesAndAwkwardValues() {
    double[] values = {2.675, 1.005, 0.125, -0.125, -2.675, 89.995, 89.9949999, 0.1 + 0.2, -0.001, 0, 1e16, 72.75,
        73.2, 99.99999999, 1234567.8955, 123456789.1234565, 4.5e9 + 0.5000012, 98765432109.87651, 1e14 + 0.45};
    for (double v : values) {
      for (int d = 0; d <= 10; d++) {
        assertEquals(exact(v, d), Numbers.round(v, d), v + " to " + d);
      }
    }
  }

  @RepeatedTest(20)
  void randomScores(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      for (int i = 0; i < 20_000; i++) {
        double v = sample(r);
        int d = r.nextInt(7);
        assertEquals(exact(v, d), Numbers.round(v, d), v + " to " + d);
      }
    });
  }

  private static double sample(SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return r.nextDouble() * 100;
      case 1:
        return Math.round(r.nextDouble() * 1e5) / 1e3 + (r.nextBoolean() ? 0.0005 : 0);
      case 2:
        return r.nextDouble() * Math.pow(10, r.nextInt(14));
      default:
        return (r.nextDouble() - 0.5) * 1e4;
    }
  }
}
