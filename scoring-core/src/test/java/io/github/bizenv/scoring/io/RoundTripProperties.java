package io.github.bizenv.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * read(write(x)) == x over generated programmes, data and observation tables. The base seed is printed and
 * a failure names its seed; set -Dbizenv.seed=N to replay one.
 */
class RoundTripProperties {

  static final long BASE = Seeds.base("RoundTripProperties");
  static final Documents DOCS = Documents.create();

  static long seed(RepetitionInfo info) {
    return Seeds.of(BASE, info.getCurrentRepetition());
  }

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @RepeatedTest(150)
  void programmesAndDataSurviveAJsonRoundTrip(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> jsonRoundTrip(seed));
  }

  static void jsonRoundTrip(long seed) {
    ProgrammeGenerator gen = ProgrammeGenerator.seeded(seed).size(1 + (int) Math.floorMod(seed, 40L));
    Programme p = gen.programme();
    String json = DOCS.toJson(p);
    Programme back = DOCS.readProgramme(bytes(json), "generated");
    assertEquals(p, back, "seed " + seed);
    assertEquals(json, DOCS.toJson(back), "canonical form is stable, seed " + seed);

    ProgrammeData d = gen.data(p);
    String dataJson = DOCS.toJson(d);
    ProgrammeData dataBack = DOCS.readData(bytes(dataJson), "generated", p);
    assertEquals(d, dataBack, "seed " + seed);
    assertEquals(dataJson, DOCS.toJson(dataBack), "seed " + seed);
  }

  @RepeatedTest(100)
  void observationsSurviveBothCsvLayouts(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> csvRoundTrip(seed));
  }

  static void csvRoundTrip(long seed) {
    ProgrammeGenerator gen = ProgrammeGenerator.seeded(seed).size(1 + (int) Math.floorMod(seed, 30L));
    Programme p = gen.programme();
    List<Observation> observations = gen.observations(p);
    List<Observation> fromLong = DOCS.readObservations(bytes(DOCS.toLongCsv(observations)), "long", p);
    assertEquals(observations, fromLong, "long layout keeps row order, seed " + seed);
    List<Observation> fromWide = DOCS.readObservations(bytes(DOCS.toWideCsv(observations)), "wide", p);
    assertEquals(new HashSet<>(observations), new HashSet<>(fromWide), "seed " + seed);
    assertEquals(observations.size(), fromWide.size(), "seed " + seed);
  }
}
