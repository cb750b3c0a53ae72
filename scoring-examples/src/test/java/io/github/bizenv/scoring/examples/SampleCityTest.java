package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleCityTest {

  static final Programme P = SampleCity.programme();
  static final ProgrammeData D = SampleCity.data(P);

  static String bundled(String name) throws IOException {
    try (InputStream in = SampleCity.open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void bundledFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    SampleCityGenerator.Sample s = SampleCityGenerator.generate();
    Documents docs = Documents.create();
    String hint = " differs from SampleCityGenerator: regenerate with "
        + "SampleCityGenerator scoring-examples/src/main/resources/sample-city";
    assertEquals(docs.toJson(s.programme()), bundled("programme.json"), "programme.json" + hint);
    assertEquals(docs.toJson(s.data()), bundled("data-2021.json"), "data-2021.json" + hint);
    assertEquals(docs.toWideCsv(s.districts()), bundled("districts-2021.csv"), "districts-2021.csv" + hint);
  }

  @Test
  void hasTheShapeOfTheSeedArticlesProgramme() {
    assertEquals(14, P.areas().size());
    assertEquals(210, P.tasks().size());
    assertEquals(49, P.tasks().stream().map(Task::lead).distinct().count());
    assertEquals(10, P.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY).count());
    assertEquals(2, P.units().stream().filter(u -> u.kind() == UnitKind.DEVELOPMENT_ZONE).count());
    assertEquals("Shenzhen", P.benchmark().jurisdiction().en().orElseThrow());
    assertEquals(1.0, P.benchmark().values().get("sb-time"));
    assertEquals(1.0, P.benchmark().values().get("sb-procedures"));
    assertEquals(0.0, P.benchmark().values().get("sb-cost"));
  }

  @Test
  void readsLikeRealData() {
    long c = P.tasks().stream().filter(t -> t.declaredClass().map(d -> d.taskClass() == TaskClass.C).orElse(false)).count();
    assertTrue(c >= 3 && c <= 12, "a few C-class tasks: " + c);
    long overriding = P.tasks().stream().filter(t -> t.measure().isPresent() && t.declaredClass().isPresent()
        && computed(t.measure().get()) != t.declaredClass().get().taskClass()).count();
    assertTrue(overriding >= 1, "a declared class overriding the computed one");

    Map<String, ProgressReport> latest = new HashMap<>();
    D.progressReports().forEach(r -> latest.merge(r.task(), r, (a, b) -> b.date().isAfter(a.date()) ? b : a));
    long late = P.tasks().stream().filter(t -> latest.get(t.id()) == null || latest.get(t.id()).progress() < 100).count();
    assertTrue(late > 5 && late < 80, "some tasks late at year end: " + late);

    Map<String, Double> doneShare = P.tasks().stream().collect(Collectors.groupingBy(Task::lead,
        Collectors.averagingDouble(t -> latest.containsKey(t.id()) && latest.get(t.id()).progress() >= 100 ? 1 : 0)));
    assertEquals(1.0, doneShare.get("gsd"), "a clearly good unit finishes everything");
    assertTrue(doneShare.get("civil-defence") < 0.5, "a clearly weak unit does not: " + doneShare.get("civil-defence"));

    assertTrue(D.findings().stream().anyMatch(f -> f.kind() == FindingKind.HOTLINE_COMPLAINT));
    assertTrue(D.findings().stream().anyMatch(f -> !f.rectifiedInTime(LocalDate.of(2021, 12, 31))),
        "an unrectified or late finding");
    assertTrue(D.findings().stream().map(Finding::unit).anyMatch("yunling"::equals));
    assertTrue(D.externalResults().stream().anyMatch(r -> r.level() == ResultLevel.NATIONAL && r.rank() <= 10));
    assertTrue(D.externalResults().stream().anyMatch(r -> r.level() == ResultLevel.PROVINCIAL && r.rank() == 1));
    assertTrue(D.externalResults().stream().map(ExternalResult::outOf).anyMatch(n -> n == 80));
    assertEquals(12, SampleCity.districts(P).stream().map(o -> o.unit()).distinct().count());
  }

  static TaskClass computed(Measure m) {
    Direction d = P.indicator(m.indicator()).orElseThrow().direction();
    boolean worse = d == Direction.LOWER_IS_BETTER ? m.baseline() > m.benchmark() : m.baseline() < m.benchmark();
    return worse ? TaskClass.A : TaskClass.B;
  }
}
