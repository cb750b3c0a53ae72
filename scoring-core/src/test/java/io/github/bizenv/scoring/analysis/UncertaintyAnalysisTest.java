package io.github.bizenv.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Uncertainty and sensitivity analysis of the small two-group methodology of {@link AuditTest}. */
class UncertaintyAnalysisTest {

  static Plan plan() {
    return Engine.create().compile(AuditTest.SMALL, "small.json");
  }

  static Dataset dataOf() {
    double[][] x = {{1, 2, 3, 4, 5, 10}, {2, 1, 4, 3, 6, 5}, {10, 8, Double.NaN, 6, 4, 2}, {0, 0, 1, 1, 2, 7}};
    String[] units = {"a", "b", "c", "d", "e", "f"};
    Dataset.Builder b = Dataset.builder();
    for (int u = 0; u < 6; u++) {
      b.unit(units[u]);
      for (int i = 0; i < 4; i++) {
        if (!Double.isNaN(x[i][u])) {
          b.value(units[u], "x" + (i + 1), x[i][u]);
        }
      }
    }
    return b.build();
  }

  static UncertaintySpec spec() {
    return UncertaintySpec.builder().id("small")
        .dimension(Dimension.exclusions("x1", List.of(Set.of(), Set.of("x1"))))
        .dimension(Dimension.weightNoise("weights", Map.of(2, 0.5), 20))
        .dimension(Dimension.normalizers("norm", List.of(Map.of("name", "min-max", "lower", 1, "upper", 100),
            Map.of("name", "rank"))))
        .build();
  }

  @Test
  void rankStatisticsOverReplicationsOfTwoAlternatives() {
    UncertaintySpec spec = UncertaintySpec.builder().id("one")
        .dimension(Dimension.exclusions("x1", List.of(Set.of(), Set.of("x1")))).build();
    UncertaintyResult r = UncertaintyAnalysis.builder(plan(), dataOf(), spec).seed(3).threads(1).build()
        .uncertainty(200);
    assertEquals(200, r.replications());
    assertEquals(Map.of(), r.failures());
    // nominal ranks a..f: 6 5 4 3 2 1; without x1: 5 6 3 4 2 1
    int without = 0;
    for (int j = 0; j < 200; j++) {
      int ra = r.rank(j, "a").getAsInt();
      assertTrue(ra == 6 || ra == 5);
      assertEquals(ra == 6 ? 5 : 6, r.rank(j, "b").getAsInt());
      without += ra == 5 ? 1 : 0;
    }
    assertTrue(without > 70 && without < 130, "about half the replications leave x1 out: " + without);
    RankStatistics a = r.rankStatistics("a");
    assertEquals(6, a.nominalRank().getAsInt());
    assertEquals(6 - without / 200.0, a.meanRank().getAsDouble(), 1e-12);
    assertEquals(5, a.rank5().getAsDouble(), 1e-12);
    assertEquals(6, a.rank95().getAsDouble(), 1e-12);
    assertEquals(1, r.rankStatistics("f").medianRank().getAsDouble(), 1e-12);
    assertEquals(200, a.replications());
  }

  @Test
  void theSameSeedGivesTheSameResultOnOneOrFourThreads() {
    List<int[]> progress = new ArrayList<>();
    UncertaintyAnalysis one = UncertaintyAnalysis.builder(plan(), dataOf(), spec()).seed(11).threads(1).build();
    UncertaintyAnalysis four = UncertaintyAnalysis.builder(plan(), dataOf(), spec()).seed(11).threads(4)
        .progress((done, total) -> progress.add(new int[] {done, total})).build();
    SensitivityResult s1 = one.sensitivity(30, 50);
    SensitivityResult s4 = four.sensitivity(30, 50);
    assertEquals(30 * 5, progress.size());
    for (int i = 0; i < progress.size(); i++) {
      assertEquals(i + 1, progress.get(i)[0], "progress counts up one at a time");
      assertEquals(150, progress.get(i)[1]);
    }
    assertEquals(s1.outputs(), s4.outputs());
    assertEquals(s1.indices().toString(), s4.indices().toString());
    UncertaintyResult u1 = one.uncertainty(40);
    UncertaintyResult u4 = four.uncertainty(40);
    for (String unit : u1.units()) {
      for (int j = 0; j < 40; j++) {
        assertEquals(u1.score(j, unit), u4.score(j, unit));
      }
      assertEquals(u1.rankStatistics(unit).toString(), u4.rankStatistics(unit).toString());
    }
    UncertaintyResult other = UncertaintyAnalysis.builder(plan(), dataOf(), spec()).seed(12).threads(1).build()
        .uncertainty(40);
    boolean differs = false;
    for (int j = 0; j < 40; j++) {
      differs |= !u1.score(j, "c").equals(other.score(j, "c"));
    }
    assertTrue(differs, "another seed draws other replications");
  }

  @Test
  void sensitivityIndicesOfTheSmallIndex() {
    SensitivityResult s = UncertaintyAnalysis.builder(plan(), dataOf(), spec()).seed(5).threads(2).build()
        .sensitivity(200, 100);
    assertEquals(List.of("x1", "weights", "norm"), s.indices().stream().map(SensitivityIndex::dimension)
        .collect(Collectors.toList()));
    assertEquals(1000, s.outputs().size());
    assertTrue(s.variance().getAsDouble() > 0);
    for (SensitivityIndex i : s.indices()) {
      double st = i.totalEffect().getAsDouble();
      assertTrue(st > 0 && st < 1.5, i.toString());
    }
    assertEquals(400, s.uncertainty().replications(), "rank statistics over A and B");
    assertEquals(List.of(), s.warnings());
  }

  @Test
  void dimensionsThatCannotChangeAnythingAreReported() {
    UncertaintySpec spec = UncertaintySpec.builder().id("noop")
        .dimension(Dimension.winmax("winmax", 1, 2, 3))
        .dimension(Dimension.aggregators("agg", List.of(Map.of("name", "weighted-mean"))))
        .dimension(Dimension.nodeWeightNoise("lonely", Map.of("I", 0.3), 10))
        .dimension(Dimension.exclusions("x4", List.of(Set.of(), Set.of("x4"))))
        .build();
    UncertaintyAnalysis ua = UncertaintyAnalysis.builder(plan(), dataOf(), spec).seed(1).threads(1).build();
    assertEquals(List.of(
        "dimension \"winmax\" cannot change anything: the methodology has no treat step",
        "dimension \"agg\" cannot change anything: it has a single distinct alternative",
        "dimension \"lonely\" cannot change anything: no perturbed weight has a sibling (or every factor is 0), so "
            + "renormalised weights never change"), ua.warnings());
    SensitivityResult s = ua.sensitivity(20, 0);
    for (int r = 0; r < 20; r++) {
      assertEquals(s.outputs().get(r), s.outputs().get(2 * 20 + r), "AB_winmax gives A's outputs");
    }
    assertTrue(s.warnings().containsAll(ua.warnings()));
  }

  @Test
  void aSpecNamingWhatTheMethodologyLacksIsRejected() {
    UncertaintySpec spec = UncertaintySpec.builder().id("bad").target("nope")
        .dimension(Dimension.weightNoise("w", Map.of(7, 0.2), 5))
        .dimension(Dimension.normalizers("n", List.of(Map.of("name", "rank"), Map.of("name", "borda")),
            List.of("G1")))
        .dimension(Dimension.exclusions("e", List.of(Set.of(), Set.of("zz"))))
        .build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> UncertaintyAnalysis.builder(plan(), dataOf(), spec).build());
    assertEquals(List.of("/target", "/dimensions/0/noise", "/dimensions/1/nodes/0", "/dimensions/2/alternatives/1/0"),
        e.problems().stream().map(Problem::path).collect(Collectors.toList()), e.getMessage());
  }

  @Test
  void aReplicationThatDoesNotCompileIsAFailureNotACrash() {
    UncertaintySpec spec = UncertaintySpec.builder().id("geo")
        .dimension(Dimension.aggregators("agg", List.of(Map.of("name", "weighted-mean"),
            Map.of("name", "geometric-mean"))))
        .build();
    UncertaintyResult r = UncertaintyAnalysis.builder(plan(), dataOf(), spec).seed(2).threads(2).build()
        .uncertainty(20);
    assertTrue(!r.failures().isEmpty() && r.failures().size() < 20, r.failures().toString());
    int j = r.failures().keySet().iterator().next();
    assertTrue(r.failures().get(j).contains("geometric-mean"), r.failures().get(j));
    assertTrue(r.score(j, "a").isEmpty());
    assertEquals(20 - r.failures().size(), r.rankStatistics("a").replications());
  }

  @Test
  void failedDesignPointsLeaveTheIndicesEmptyAndSaySo() {
    UncertaintySpec spec = UncertaintySpec.builder().id("geo")
        .dimension(Dimension.aggregators("agg", List.of(Map.of("name", "weighted-mean"),
            Map.of("name", "geometric-mean"))))
        .dimension(Dimension.weightNoise("weights", Map.of(2, 0.5), 20))
        .build();
    SensitivityResult s = UncertaintyAnalysis.builder(plan(), dataOf(), spec).seed(2).threads(2).build()
        .sensitivity(20, 10);
    for (SensitivityIndex i : s.indices()) {
      assertTrue(i.firstOrder().isEmpty() && i.totalEffect().isEmpty(), i.toString());
    }
    int failed = s.uncertainty().failures().size();
    assertTrue(failed > 0 && failed < 40, "A and B: " + failed);
    assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("no Sobol index could be estimated, as ")
        && w.contains(" of 80 design points failed")), s.warnings().toString());
    assertTrue(s.warnings().stream().anyMatch(w -> w.startsWith("design point ") && w.contains("geometric-mean")),
        s.warnings().toString());
    assertEquals(40 - failed, s.uncertainty().rankStatistics("a").replications(), "the rest are counted");
  }
}
