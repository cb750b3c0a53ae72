package io.github.bizenv.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Saltelli's design and COINr's Sobol estimators on functions whose indices are known analytically. */
class SobolTest {

  static final double A = 7;
  static final double B = 0.1;

  static double ishigami(double[] u) {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
  }

  /**
   * The Ishigami function (a = 7, b = 0.1): V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2, V1 = (1 + bπ⁴/5)²/2, V2 = a²/8,
   * V13 = b²π⁸(1/18 − 1/50); with N = 50,000 (250,000 evaluations) every index is within 0.02 of its value.
   */
  @Test
  void recoversTheIshigamiIndices() {
    double pi4 = Math.pow(Math.PI, 4);
    double pi8 = Math.pow(Math.PI, 8);
    double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
    double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
    double v2 = A * A / 8;
    double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
    double[] first = {v1 / v, v2 / v, 0};
    double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
    int n = 50_000;
    double[][] x = Sobol.design(n, 3, 20240521L);
    assertEquals(n * 5, x.length);
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = ishigami(x[j]);
    }
    List<SensitivityIndex> s = Sobol.estimate(y, n, List.of("x1", "x2", "x3"), 200, 7);
    for (int i = 0; i < 3; i++) {
      SensitivityIndex si = s.get(i);
      assertEquals(first[i], si.firstOrder().getAsDouble(), 0.02, "S" + (i + 1) + " " + si);
      assertEquals(total[i], si.totalEffect().getAsDouble(), 0.02, "ST" + (i + 1) + " " + si);
      assertTrue(si.firstOrderLow().getAsDouble() <= si.firstOrder().getAsDouble()
          && si.firstOrder().getAsDouble() <= si.firstOrderHigh().getAsDouble(), si.toString());
      assertTrue(si.totalEffectLow().getAsDouble() <= si.totalEffect().getAsDouble()
          && si.totalEffect().getAsDouble() <= si.totalEffectHigh().getAsDouble(), si.toString());
    }
  }

  @Test
  void aSingleActiveDimensionHasTotalEffectOne() {
    int n = 2000;
    double[][] x = Sobol.design(n, 4, 99);
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = Math.exp(3 * x[j][2]);
    }
    List<SensitivityIndex> s = Sobol.estimate(y, n, List.of("a", "b", "c", "d"));
    assertEquals(1, s.get(2).totalEffect().getAsDouble(), 0.05, s.get(2).toString());
    assertEquals(1, s.get(2).firstOrder().getAsDouble(), 0.1, s.get(2).toString());
    for (int i : new int[] {0, 1, 3}) {
      assertEquals(0, s.get(i).totalEffect().getAsDouble(), 0, "an inactive dimension's ST is exactly 0");
      assertEquals(0, s.get(i).firstOrder().getAsDouble(), 0);
      assertTrue(s.get(i).firstOrderLow().isEmpty(), "no bootstrap asked for");
    }
  }

  @Test
  void theDesignIsCoinrs() {
    double[][] x = Sobol.design(3, 2, 5);
    assertEquals(12, x.length);
    for (int r = 0; r < 3; r++) {
      assertEquals(x[r][1], x[6 + r][1], "AB_1 keeps A's other columns");
      assertEquals(x[3 + r][0], x[6 + r][0], "AB_1 takes column 1 from B");
      assertEquals(x[r][0], x[9 + r][0]);
      assertEquals(x[3 + r][1], x[9 + r][1]);
    }
    assertEquals(List.of(x[0][0], x[11][1]), List.of(Sobol.design(3, 2, 5)[0][0], Sobol.design(3, 2, 5)[11][1]),
        "the same seed gives the same design");
    assertThrows(IllegalArgumentException.class, () -> Sobol.estimate(new double[5], 3, List.of("a", "b")));
  }

  @Test
  void theEstimatorsAreCoinrsFormulas() {
    // N = 2, d = 1: yA = (1, 3), yB = (2, 6), yAB1 = (2, 5)
    double[] y = {1, 3, 2, 6, 2, 5};
    double var = Stats.variance(new double[] {1, 3, 2, 6});
    SensitivityIndex s = Sobol.estimate(y, 2, List.of("a")).get(0);
    assertEquals((2 * (2 - 1) + 6 * (5 - 3)) / 2.0 / var, s.firstOrder().getAsDouble(), 1e-15);
    assertEquals(((1 - 2) * (1 - 2) + (3 - 5) * (3 - 5)) / (2 * 2 * var), s.totalEffect().getAsDouble(), 1e-15);
  }
}
