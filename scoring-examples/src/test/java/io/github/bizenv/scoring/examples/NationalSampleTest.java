package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ResultLevel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * cn-national-18 over the bundled 80-city national evaluation gives the Sample City the national ranks its
 * programme records, so the programme's "national top 10" facts and the methodology agree.
 */
class NationalSampleTest {

  static Programme programme;
  static ProgrammeData data;
  static Plan plan;
  static Evaluation national;

  @BeforeAll
  static void load() {
    programme = SampleCity.programme();
    data = SampleCity.data(programme);
    plan = Engine.create().compile(Catalogue.bundled().methodology("cn-national-18"));
    national = plan.evaluate(NationalSample.dataset());
  }

  @Test
  void theBundledTableIsWhatTheGeneratorMakesOfTheSample() {
    assertEquals(NationalSample.csv(NationalSample.SEED, NationalSample.targets(programme, data)),
        NationalSample.bundled(), "regenerate with NationalSample.main");
  }

  @Test
  void eightyCitiesEighteenFirstLevelAndSeventyThreeSecondLevelIndicators() {
    assertEquals(80, national.units().size());
    assertEquals(18, plan.children(plan.root()).size());
    assertEquals(73, plan.leavesUnder(plan.root()).size());
    assertEquals(15, plan.members("life-cycle").size());
    assertTrue(plan.methodology().description().orElseThrow().contains("仅为示意：官方权重和计算公式未公开"));
  }

  @Test
  void theSampleCitysRanksAreThoseOfItsProgrammesNationalResults() {
    Map<String, Integer> targets = NationalSample.targets(programme, data);
    assertEquals(18, targets.size(), "the programme's 18 national evaluation indicators, one per first-level one");
    Map<String, Integer> ranks = new TreeMap<>();
    targets.keySet().forEach(n -> ranks.put(n, national.rank(NationalSample.CITY, n).getAsInt()));
    assertEquals(new TreeMap<>(targets), ranks);
  }

  @Test
  void theNationalTopTenFactsAgree() {
    TreeSet<String> programmeTopTen = new TreeSet<>();
    for (ExternalResult r : data.externalResults()) {
      if (r.level() == ResultLevel.NATIONAL && r.unit().equals(NationalSample.CITY) && r.rank() <= 10
          && r.period().equals(programme.period())) {
        programmeTopTen.add(NationalSample.INDICATOR_NODES.get(r.indicator()));
      }
    }
    TreeSet<String> methodologyTopTen = plan.children(plan.root()).stream()
        .filter(n -> NationalSample.targets(programme, data).containsKey(n))
        .filter(n -> national.rank(NationalSample.CITY, n).getAsInt() <= 10)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(programmeTopTen, methodologyTopTen);
    assertTrue(!programmeTopTen.isEmpty(), "the sample has national top-10 results");
  }

  @Test
  void theCityIsInsideThePeersRangeSoTheFrontierIsTheirs() {
    for (String leaf : plan.leavesUnder(plan.root())) {
      double s = national.score(NationalSample.CITY, leaf).getAsDouble();
      assertTrue(s > 0 && s < 100, leaf + " " + s);
    }
    assertEquals(List.of("cn-national-18"), national.quantileNodes());
  }
}
