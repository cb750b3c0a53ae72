package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled sample reads as a real city's programme would: its shape, its people, its numbers, its data. */
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
    Map<String, Long> perArea = P.tasks().stream().collect(Collectors.groupingBy(Task::area, Collectors.counting()));
    assertTrue(new HashSet<>(perArea.values()).size() >= 6, "areas hold different numbers of tasks: " + perArea);
    assertTrue(P.areas().stream().map(a -> a.name().text(true)).collect(Collectors.toList())
        .containsAll(List.of("商事登记", "工程建设项目审批", "知识产权保护和运用")), "the article's own area names");
    // The 14 areas serve the 18 national indicators, each exactly once.
    List<String> served = P.areas().stream().flatMap(a -> a.serves().stream()).collect(Collectors.toList());
    assertEquals(18, served.size());
    assertEquals(18, new HashSet<>(served).size());
    // 49 municipal units lead or answer for the tasks (明确了49个具体的牵头单位和责任单位).
    Set<String> departments = P.units().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).map(Unit::id)
        .collect(Collectors.toSet());
    Set<String> takingPart = new HashSet<>();
    P.tasks().forEach(t -> {
      takingPart.add(t.lead());
      takingPart.addAll(t.responsible());
    });
    assertEquals(49, departments.size());
    assertTrue(takingPart.containsAll(departments), "every department leads or answers for a task");
    assertEquals(10, P.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY).count());
    assertEquals(2, P.units().stream().filter(u -> u.kind() == UnitKind.DEVELOPMENT_ZONE).count());
    assertEquals("Shenzhen", P.benchmark().jurisdiction().en().orElseThrow());
    assertEquals(1.0, P.benchmark().values().get("sb-time"));
    assertEquals(0.0, P.benchmark().values().get("sb-cost"));
  }

  @Test
  void theCityIsOrganisedAsInTheArticle() {
    assertEquals(List.of("reform-office", "drc"), P.organisers(), "市委改革办 and 市发改委 organise it");
    Unit city = P.unit("sample-city").orElseThrow();
    assertTrue(city.head().orElseThrow().text(true).endsWith("（市委书记）"), "the party secretary leads it");
    List<String> heads = P.units().stream().flatMap(u -> u.head().stream()).map(h -> h.text(true))
        .collect(Collectors.toList());
    assertEquals(heads.size(), new HashSet<>(heads).size(), "heads have distinct names");
    Set<String> vertical = P.units().stream().filter(Unit::verticallyManaged).map(Unit::id).collect(Collectors.toSet());
    assertTrue(vertical.containsAll(Set.of("tax", "customs", "power", "pboc")), vertical.toString());
    assertEquals(List.of(), P.warnings(), "every lead has the competence for its area; no target worsens");
  }

  static Task taskWith(String words) {
    return P.tasks().stream().filter(t -> t.description().text(true).contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no task about " + words));
  }

  @Test
  void theRightUnitLeadsEachKindOfTask() {
    assertEquals("amr", taskWith("双随机、一公开").lead());
    assertEquals("tax", taskWith("申领发票").lead());
    assertEquals("tax", taskWith("电子发票").lead());
    assertEquals("housing", taskWith("消防设计审查").lead());
    assertEquals("eco", taskWith("环评").lead());
    assertEquals("gsd", taskWith("12345").lead());
    assertEquals("gsd", taskWith("跨省通办").lead());
    assertEquals("court", taskWith("商事案件").lead());
    assertEquals("court", taskWith("简易破产").lead());
    assertEquals("customs", taskWith("进口整体通关").lead());
    assertTrue(taskWith("一窗通").responsible().containsAll(Set.of("gsd", "tax", "psb", "hrss", "hpf")));
    assertTrue(P.tasks().stream().anyMatch(t -> !t.supporting().isEmpty()), "supporting units (配合单位) are named");
  }

  @Test
  void textsAndNumbersAgree() {
    Pattern number = Pattern.compile("(压缩至|降至|提升至|达到|保持|不低于)(\\d+(\\.\\d+)?)");
    int checked = 0;
    for (Task t : P.tasks()) {
      if (t.measure().isEmpty()) {
        continue;
      }
      Measure m = t.measure().get();
      String text = t.description().text(true);
      Matcher x = number.matcher(text);
      if (x.find()) {
        assertEquals(Double.parseDouble(x.group(2)), m.target(), 1e-9, t.id() + " " + text);
        checked++;
      }
      Indicator ind = P.indicator(m.indicator()).orElseThrow();
      String en = ind.name().text(false).toLowerCase(java.util.Locale.ROOT);
      if (text.contains("进口")) {
        assertTrue(en.contains("import"), t.id() + " about imports measures " + m.indicator());
      }
      if (text.contains("出口") && !text.contains("退税")) {
        assertTrue(en.contains("export"), t.id() + " about exports measures " + m.indicator());
      }
    }
    assertTrue(checked >= 25, "targets checked against their texts: " + checked);
    assertEquals(120, taskWith("商事案件平均审理周期").measure().orElseThrow().target(), 1e-9);
  }

  @Test
  void dataReadLikeACityYear() {
    Set<String> evidence = D.progressReports().stream().flatMap(r -> r.evidence().stream())
        .map(LocalizedText::toString).collect(Collectors.toSet());
    assertTrue(evidence.size() > 100, "varied progress evidence: " + evidence.size());
    assertTrue(D.findings().size() >= 150, "a city-year's findings: " + D.findings().size());
    assertEquals(Set.of(FindingKind.values()), D.findings().stream().map(Finding::kind).collect(Collectors.toSet()));
    Map<String, Long> matters = D.findings().stream().filter(f -> f.matter().isPresent())
        .collect(Collectors.groupingBy(f -> f.matter().get(), Collectors.counting()));
    assertTrue(matters.values().stream().allMatch(n -> n == 2) && matters.size() >= 8, matters.toString());
    assertTrue(D.findings().stream().anyMatch(f -> !f.rectifiedInTime(LocalDate.of(2021, 12, 31))));
    assertTrue(D.ratings().stream().map(r -> r.date()).distinct().count() == 4, "lead units rate every quarter");
    assertTrue(D.recognitions().stream().anyMatch(r -> r.kind() == io.github.bizenv.scoring.model.RecognitionKind.FIRST));
    assertTrue(D.recognitions().stream().anyMatch(r -> r.kind() == io.github.bizenv.scoring.model.RecognitionKind.ADOPTED));
    // Results for a year are published the next year, and the data says when.
    for (ExternalResult r : D.externalResults()) {
      assertEquals(r.period().end().getYear() + 1, r.published().orElseThrow().getYear(), r.toString());
    }
  }

  @Test
  void classCTasksArePlannedAndReportedBySteps() {
    List<Task> c = P.tasks().stream().filter(Task::legalAuthorisation).collect(Collectors.toList());
    assertTrue(c.size() >= 5, "a few class C tasks: " + c.size());
    for (Task t : c) {
      assertEquals(TaskClass.C, t.declaredClass().orElseThrow().taskClass());
      assertEquals(List.of(AuthorisationStep.values()), t.milestones().stream().map(Milestone::step)
          .map(java.util.Optional::orElseThrow).collect(Collectors.toList()), t.id());
      assertTrue(D.progressReports().stream().filter(r -> r.task().equals(t.id())).allMatch(r -> r.step().isPresent()));
    }
    assertTrue(D.progressReports().stream().filter(r -> r.step().isEmpty()).map(ProgressReport::progress)
        .allMatch(java.util.OptionalDouble::isPresent));
    assertTrue(P.areas().stream().map(Area::id).count() == 14);
  }
}
