package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * B-READY's normalizers against hand-computed values: points as published, and Pillar III's percentile-linear and
 * normal-curve scoring between R's type-7 5th and 95th percentiles after leaving out values beyond 3 standard
 * deviations.
 */
class ReadyNormalizersTest {

  static Plan leaf(String settings) {
    return StrategiesTest.leaf(settings);
  }

  static double s(Evaluation e, String unit) {
    return e.score(unit, "x").orElse(Double.NaN);
  }

  @Test
  void identityScoresThePublishedPointsAndRefusesValuesOutsideItsBounds() {
    Evaluation e = leaf("'normalizer':{'name':'identity','min':0,'max':5}").evaluate(StrategiesTest.column("a", 3.5,
        "b", 0, "m", null));
    assertEquals(3.5, s(e, "a"), 0);
    assertEquals(0, s(e, "b"), 0);
    assertTrue(e.score("m", "x").isEmpty());
    ValidationException bad = assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'identity','min':0,'max':5}").evaluate(StrategiesTest.column("a", 7)));
    assertEquals(Problem.WRONG_TYPE, bad.problems().get(0).code());
    assertTrue(bad.problems().get(0).message().contains("value 7 is not one the normalizer \"identity\""),
        bad.getMessage());
    ValidationException settings = assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'identity','min':5,'max':1}"));
    assertEquals("/nodes/1/normalizer/max", settings.problems().get(0).path());
    assertEquals(-4, s(leaf("'normalizer':'identity'").evaluate(StrategiesTest.column("a", -4)), "a"), 0,
        "without bounds any finite number is a score");
    ValidationException down = assertThrows(ValidationException.class,
        () -> leaf("'direction':'lower-is-better','normalizer':'identity'"));
    assertTrue(down.getMessage().contains("its indicator must be higher-is-better"), down.getMessage());
  }

  @Test
  void percentileLinearIsLinearBetweenTheType7FifthAndNinetyFifthPercentiles() {
    // 10 … 50: h = 4 × 0.05 = 0.2 → p5 = 10 + 0.2 × 10 = 12; h = 3.8 → p95 = 40 + 0.8 × 10 = 48
    Dataset d = StrategiesTest.column("a", 10, "b", 20, "c", 30, "e", 40, "f", 50, "m", null);
    Evaluation e = leaf("'normalizer':'percentile-linear'").evaluate(d);
    assertEquals(0, s(e, "a"), 1e-12, "below p5: clamped");
    assertEquals(100.0 * 8 / 36, s(e, "b"), 1e-12);
    assertEquals(50, s(e, "c"), 1e-12);
    assertEquals(100.0 * 28 / 36, s(e, "e"), 1e-12);
    assertEquals(100, s(e, "f"), 1e-12, "above p95: clamped");
    assertTrue(e.score("m", "x").isEmpty());
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':'percentile-linear'").evaluate(d);
    assertEquals(100.0 * 28 / 36, s(down, "b"), 1e-12, "reversed: (48 − 20) / 36");
    assertEquals(100, s(down, "a"), 1e-12);
    assertTrue(e.explain("c", "x").text().contains("p5 12, p95 48"), e.explain("c", "x").text());
  }

  @Test
  void valuesBeyondThreeStandardDeviationsAndTextCodesStayOutOfTheFit() {
    // 1 … 20 and 1000: mean 57.62, sample sd 216.0, so 1000 is 4.4 sd out; the rest give p5 = 1.95, p95 = 19.05
    Object[] cells = new Object[46];
    for (int k = 0; k < 20; k++) {
      cells[2 * k] = "u" + (k + 1);
      cells[2 * k + 1] = k + 1;
    }
    cells[40] = "big";
    cells[41] = 1000;
    cells[42] = "none";
    cells[43] = "No Practice";
    cells[44] = "m";
    cells[45] = null;
    Evaluation e = leaf("'normalizer':'percentile-linear','codes':{'No Practice':{'score':0}}")
        .evaluate(StrategiesTest.column(cells));
    assertEquals(100 * (10 - 1.95) / (19.05 - 1.95), s(e, "u10"), 1e-9);
    assertEquals(100, s(e, "big"), 0, "left out of the fit, still scored (clamped)");
    assertEquals(0, s(e, "none"), 0, "the declared no-practice code scores 0 and is not in the fit");
    String text = e.explain("u10", "x").text();
    assertTrue(text.contains("values fitted 20") && text.contains("values left out 1"), text);
    Evaluation all = leaf("'normalizer':{'name':'percentile-linear','outliers':0}").evaluate(StrategiesTest.column(
        "a", 1, "b", 2, "c", 1000));
    // keeping 1000: p5 = 1 + 0.1 × 1 = 1.1, p95 = 2 + 0.9 × 998 = 900.2
    assertEquals(100 * (2 - 1.1) / (900.2 - 1.1), s(all, "b"), 1e-9);
  }

  @Test
  void normalCdfFollowsTheCurveOfTheMethodology() {
    // p5 = 12, p95 = 48: mid = 30, coef = (12 − 30) / Φ⁻¹(0.0049999) = 6.988021934272399
    Dataset d = StrategiesTest.column("a", 10, "b", 20, "c", 30, "e", 40, "f", 50);
    Evaluation e = leaf("'normalizer':'normal-cdf'").evaluate(d);
    assertEquals(50, s(e, "c"), 1e-12);
    assertEquals(92.37877758434529, s(e, "e"), 1e-9);
    assertEquals(7.6212224156547155, s(e, "b"), 1e-9);
    assertEquals(0.21046172829184973, s(e, "a"), 1e-9);
    Evaluation down = leaf("'direction':'lower-is-better','normalizer':'normal-cdf'").evaluate(d);
    assertEquals(7.6212224156547155, s(down, "e"), 1e-9, "reversed: 100 Φ((mid − x) / coef)");
    // 0 … 20: h = 20 × 0.05 = 1 → p5 = 1, p95 = 19, mid = 10: the 5th percentile scores 100 × 0.0049999
    Object[] cells = new Object[42];
    for (int k = 0; k <= 20; k++) {
      cells[2 * k] = "u" + k;
      cells[2 * k + 1] = k;
    }
    Evaluation curve = leaf("'normalizer':'normal-cdf'").evaluate(StrategiesTest.column(cells));
    assertEquals(0.49999, s(curve, "u1"), 1e-12);
    assertEquals(99.50001, s(curve, "u19"), 1e-12);
    assertEquals(50, s(curve, "u10"), 1e-12);
  }

  @Test
  void theStandardNormalMatchesReferenceValues() {
    // R: pnorm(1.96) = 0.9750021048517795, qnorm(0.0049999) = -2.575836219362723, pnorm(-7) = 1.279812543885835e-12
    assertEquals(0.9750021048517795, Normal.cdf(1.96), 1e-16);
    assertEquals(1.279812543885835e-12, Normal.cdf(-7), 1e-26);
    assertEquals(-2.575836219362723, Normal.quantile(0.0049999), 1e-14);
    assertEquals(0, Normal.quantile(0.5), 0);
    for (double x = -6; x <= 4; x += 0.25) {
      assertEquals(x, Normal.quantile(Normal.cdf(x)), 1e-9 * Math.max(1, Math.abs(x)), "Φ⁻¹(Φ(" + x + "))");
    }
  }

  @Test
  void badSettingsAreReportedWithTheirPointers() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> leaf("'normalizer':{'name':'normal-cdf','lower':60,'upper':40,'outliers':-1,'tail':0.7}"));
    assertEquals(java.util.List.of("/nodes/1/normalizer/lower", "/nodes/1/normalizer/outliers",
        "/nodes/1/normalizer/tail"), StrategiesTest.paths(e));
  }
}
