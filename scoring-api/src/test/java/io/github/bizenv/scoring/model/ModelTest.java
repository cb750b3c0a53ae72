package io.github.bizenv.scoring.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelTest {

  static final LocalizedText NAME = LocalizedText.of("开办企业", "Starting a business");
  static final LocalDate JUNE = LocalDate.of(2021, 6, 30);

  static ImmutableTask.Builder task(String id) {
    return Task.builder().id(id).area("sb").description(NAME).lead("amr").deadline(JUNE);
  }

  static ImmutableProgramme.Builder programme() {
    return Programme.builder().id("p").name(NAME).period(Period.year(2021))
        .benchmark(Benchmark.builder().jurisdiction(LocalizedText.of("深圳市", "Shenzhen")).build())
        .addArea(Area.of("sb", NAME))
        .addUnit(Unit.builder().id("amr").name(NAME).kind(UnitKind.DEPARTMENT).build())
        .addUnit(Unit.builder().id("dc").name(NAME).kind(UnitKind.DISTRICT).build())
        .addIndicator(Indicator.builder().id("sb-time").name(NAME).measurementUnit("days")
            .direction(Direction.LOWER_IS_BETTER).area("sb").build());
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  @Test
  void exportsExactlyThePublicPackages() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("io.github.bizenv.scoring.api")
        .orElseThrow().descriptor();
    Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    assertEquals(Set.of("io.github.bizenv.scoring", "io.github.bizenv.scoring.methodology", "io.github.bizenv.scoring.model",
        "io.github.bizenv.scoring.spi"),
        exported);
    assertTrue(d.requires().stream().allMatch(r -> r.name().equals("java.base")
        || r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)),
        "scoring-api must have no runtime dependency: " + d.requires());
  }

  @Test
  void builderRejectsNullsNamingTheAttribute() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Unit.builder().id(null));
    assertEquals("id", e.getMessage());
    new NullPointerTester().testAllPublicStaticMethods(Period.class);
    new NullPointerTester().testAllPublicStaticMethods(Problem.class);
    new NullPointerTester().testAllPublicInstanceMethods(Unit.builder());
    new NullPointerTester().testAllPublicInstanceMethods(task("T1"));
    new NullPointerTester().testAllPublicInstanceMethods(programme());
  }

  @Test
  void missingRequiredAttributeIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Unit.builder().id("x").kind(UnitKind.CITY).build());
    assertTrue(e.getMessage().contains("name"), e.getMessage());
  }

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(task("T1").build(), task("T1").build())
        .addEqualityGroup(task("T2").build())
        .addEqualityGroup(LocalizedText.of("a", "b"), LocalizedText.of("a", "b"))
        .addEqualityGroup(LocalizedText.zhOnly("a"))
        .addEqualityGroup(Period.year(2021), Period.parse("2021"))
        .addEqualityGroup(Period.range(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))
        .addEqualityGroup(Problem.of("c", "/p", "m"), Problem.of("c", "/p", "m"))
        .testEquals();
  }

  @Test
  void idsFollowTheAlphabet() {
    assertTrue(Ids.isValid("sb-time"));
    assertTrue(Ids.isValid("T001"));
    assertTrue(Ids.isValid("a.b_c-d"));
    assertFalse(Ids.isValid(""));
    assertFalse(Ids.isValid(" x"));
    assertFalse(Ids.isValid("-x"));
    assertTrue(Ids.isValid("市场监管局"), "ids may be Chinese");
    assertTrue(Ids.isValid("南湖区-2"));
    assertTrue(Ids.isValid("café"));
    assertFalse(Ids.isValid("cafe\u0301"), "not in normal form C");
    assertFalse(Ids.isValid("a/b"));
    assertFalse(Ids.isValid("南湖 区"));
    assertFalse(Ids.isValid("（南湖）"));
    assertFalse(Ids.isValid("a\u200Bb"));
    assertFalse(Ids.isValid("x".repeat(65)));
    assertTrue(Ids.isValid("区".repeat(64)));
    assertFalse(Ids.isValid("区".repeat(65)));
    ValidationException e = assertThrows(ValidationException.class, () -> Area.of("bad id", NAME));
    assertEquals(List.of("/id"), paths(e));
    assertEquals(Problem.INVALID_ID, e.problems().get(0).code());
  }

  @Test
  void periodsParseAndPrint() {
    for (String s : List.of("2021", "2021Q3", "2021-06", "2021-02-03..2021-11-30")) {
      assertEquals(s, Period.parse(s).toString());
    }
    assertEquals(LocalDate.of(2021, 9, 30), Period.parse("2021Q3").end());
    assertEquals(Period.month(YearMonth.of(2020, 2)).end(), LocalDate.of(2020, 2, 29));
    assertTrue(Period.year(2021).contains(Period.quarter(2021, 4)));
    assertFalse(Period.year(2021).contains(LocalDate.of(2022, 1, 1)));
    for (String bad : List.of("21", "2021Q5", "2021-13", "2021-06-01..2021-05-01", "2021-02-30..2021-03-01", "")) {
      assertThrows(IllegalArgumentException.class, () -> Period.parse(bad), bad);
    }
  }

  @Test
  void localizedTextNeedsOneLanguage() {
    assertThrows(ValidationException.class, () -> LocalizedText.builder().build());
    assertThrows(ValidationException.class, () -> LocalizedText.zhOnly(" "));
    assertEquals("Starting a business", NAME.text(false));
    assertEquals("仅中文", LocalizedText.zhOnly("仅中文").text(false));
  }

  @Test
  void milestonesMustIncreaseAndNotPassTheDeadline() {
    Milestone a = Milestone.builder().due(LocalDate.of(2021, 3, 31)).plannedProgress(50).description(NAME).build();
    Milestone b = Milestone.builder().due(LocalDate.of(2021, 2, 28)).plannedProgress(40).description(NAME).build();
    Milestone late = Milestone.builder().due(LocalDate.of(2021, 7, 31)).plannedProgress(100).description(NAME).build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> task("T1").addMilestones(a, b, late).build());
    assertEquals(List.of("/milestones/1/due", "/milestones/1/plannedProgress", "/milestones/2/due"), paths(e));
    assertTrue(e.getMessage().contains("falls after the task's deadline 2021-06-30"), e.getMessage());
    assertThrows(ValidationException.class,
        () -> Milestone.builder().due(JUNE).plannedProgress(0).description(NAME).build());
    assertThrows(ValidationException.class,
        () -> Milestone.builder().due(JUNE).plannedProgress(100.5).description(NAME).build());
  }

  @Test
  void classCGoesWithLegalAuthorisation() {
    DeclaredClass c = DeclaredClass.of(TaskClass.C, LocalizedText.zhOnly("需国务院授权"));
    assertEquals(List.of("/legalAuthorisation"),
        paths(assertThrows(ValidationException.class, () -> task("T1").declaredClass(c).build())));
    assertEquals(List.of("/declaredClass"),
        paths(assertThrows(ValidationException.class, () -> task("T1").legalAuthorisation(true).build())));
    assertTrue(task("T1").declaredClass(c).legalAuthorisation(true).build().legalAuthorisation());
  }

  @Test
  void programmeReportsEveryBrokenReferenceWithItsPath() {
    ValidationException e = assertThrows(ValidationException.class, () -> programme()
        .addTask(task("T1").build())
        .addTask(task("T1").lead("drc").addResponsible("nowhere").build())
        .addTask(task("T3").area("tax").deadline(LocalDate.of(2022, 1, 5))
            .measure(Measure.builder().indicator("tx-time").baseline(1).benchmark(2).target(3).build()).build())
        .build());
    assertEquals(List.of("/tasks/1/id", "/tasks/1/lead", "/tasks/1/responsible/0", "/tasks/2/area",
        "/tasks/2/measure/indicator", "/tasks/2/deadline"), paths(e));
    assertTrue(e.getMessage().contains("/tasks/1/lead: unit \"drc\" is not declared in /units"), e.getMessage());
  }

  @Test
  void memberCyclesAreRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> programme()
        .addUnit(Unit.builder().id("x").name(NAME).kind(UnitKind.ECONOMY).addMember(Member.of("y", 1)).build())
        .addUnit(Unit.builder().id("y").name(NAME).kind(UnitKind.CITY).addMember(Member.of("x", 1)).build())
        .build());
    assertEquals(List.of("/units/2/members", "/units/3/members"), paths(e));
    assertThrows(ValidationException.class, () -> Member.of("x", 0));
    assertThrows(ValidationException.class, () -> Member.of("x", Double.NaN));
  }

  @Test
  void dataIsCheckedAgainstItsProgramme() {
    Programme p = programme().addTask(task("T1").addResponsible("dc").build()).build();
    ProgrammeData d = ProgrammeData.builder().programme("p")
        .addRating(Rating.builder().task("T1").rater("dc").ratee("amr").score(90).date(JUNE).build())
        .addProgressReport(ProgressReport.builder().task("T9").unit("amr").date(LocalDate.of(2020, 1, 1))
            .progress(10).build())
        .addObservation(Observation.ofCode("dc", "sb-time", Period.year(2021), "No Practice"))
        .build();
    List<Problem> problems = d.problemsAgainst(p);
    assertEquals(List.of("/progressReports/0/task", "/progressReports/0/date", "/ratings/0/rater",
        "/ratings/0/ratee", "/observations/0/value"),
        problems.stream().map(Problem::path).collect(Collectors.toList()));
  }

  @Test
  void findingsKnowWhenTheyAreOverdue() {
    Finding f = Finding.builder().id("F1").kind(FindingKind.HOTLINE_COMPLAINT).unit("dc")
        .severity(Severity.SERIOUS).found(LocalDate.of(2021, 3, 1))
        .rectificationDeadline(LocalDate.of(2021, 3, 31)).description(NAME).build();
    assertTrue(f.rectifiedInTime(LocalDate.of(2021, 3, 31)));
    assertFalse(f.rectifiedInTime(LocalDate.of(2021, 4, 1)));
    assertTrue(ImmutableFinding.copyOf(f).withRectified(LocalDate.of(2021, 3, 20)).rectifiedInTime(LocalDate.of(2021, 12, 31)));
    assertFalse(ImmutableFinding.copyOf(f).withRectified(LocalDate.of(2021, 4, 20)).rectifiedInTime(LocalDate.of(2021, 12, 31)));
  }

  @Test
  void enumCodesRoundTripAndUnknownCodesListTheKnown() {
    for (FindingKind k : FindingKind.values()) {
      assertEquals(k, FindingKind.fromCode(k.code()));
    }
    assertEquals("development-zone", UnitKind.DEVELOPMENT_ZONE.code());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Severity.fromCode("fatal"));
    assertEquals("unknown severity \"fatal\"; known: minor, general, serious", e.getMessage());
  }

  @Test
  void observationsHoldANumberOrACode() {
    assertThrows(ValidationException.class, () -> Observation.of("u", "i", Period.year(2021), Double.NaN));
    assertThrows(ValidationException.class, () -> Observation.builder().unit("u").indicator("i")
        .period(Period.year(2021)).build());
    assertThrows(ValidationException.class, () -> Indicator.builder().id("i").name(NAME).measurementUnit("%")
        .direction(Direction.HIGHER_IS_BETTER).addTextCode("12.5").build());
  }

  @Test
  void rolesAreDistinctAndWorkloadPositive() {
    ValidationException e = assertThrows(ValidationException.class, () -> task("T1").addResponsible("amr", "dc")
        .addSupporting("dc", "amr").workload(0).build());
    // amr is the lead (responsible and supporting), dc responsible and supporting: four role problems.
    assertEquals(List.of("/workload", "/responsible", "/supporting", "/supporting", "/supporting"), paths(e));
    Task t = task("T1").addResponsible("dc").addSupporting("drc").build();
    assertEquals(Role.LEAD, t.role("amr").orElseThrow());
    assertEquals(Role.RESPONSIBLE, t.role("dc").orElseThrow());
    assertEquals(Role.SUPPORTING, t.role("drc").orElseThrow());
    assertTrue(t.role("nobody").isEmpty());
    assertEquals(1, t.workload(), 0);
  }

  @Test
  void classCTasksArePlannedAndReportedBySteps() {
    DeclaredClass c = DeclaredClass.of(TaskClass.C, LocalizedText.zhOnly("需国务院授权"));
    Milestone apply = Milestone.builder().due(LocalDate.of(2021, 3, 31)).step(AuthorisationStep.APPLICATION_SUBMITTED)
        .description(NAME).build();
    Milestone done = Milestone.builder().due(JUNE).step(AuthorisationStep.IMPLEMENTED).description(NAME).build();
    Milestone half = Milestone.builder().due(JUNE).plannedProgress(50).description(NAME).build();
    task("T1").declaredClass(c).legalAuthorisation(true).addMilestones(apply, done).build();
    ValidationException percent = assertThrows(ValidationException.class,
        () -> task("T1").declaredClass(c).legalAuthorisation(true).addMilestones(apply, half).build());
    assertEquals(List.of("/milestones/1/step"), paths(percent));
    ValidationException order = assertThrows(ValidationException.class,
        () -> task("T1").declaredClass(c).legalAuthorisation(true).addMilestones(
            Milestone.builder().from(done).due(LocalDate.of(2021, 3, 1)).build(), Milestone.builder().from(apply)
                .due(JUNE).build()).build());
    assertEquals(List.of("/milestones/1/step"), paths(order));
    assertEquals(List.of("/milestones/0/step"), paths(assertThrows(ValidationException.class,
        () -> task("T1").addMilestones(apply).build())));
    assertEquals(List.of("/plannedProgress"), paths(assertThrows(ValidationException.class,
        () -> Milestone.builder().due(JUNE).description(NAME).build())));
    assertEquals(List.of("/progress"), paths(assertThrows(ValidationException.class,
        () -> ProgressReport.builder().task("T1").unit("amr").date(JUNE).progress(50)
            .step(AuthorisationStep.IMPLEMENTED).build())));
    assertEquals(List.of("/progress"), paths(assertThrows(ValidationException.class,
        () -> ProgressReport.builder().task("T1").unit("amr").date(JUNE).build())));
  }

  @Test
  void oneMatterConcernsOneUnitAndResultsArePublishedAfterTheirPeriodStarts() {
    Finding a = Finding.builder().id("F1").kind(FindingKind.HOTLINE_COMPLAINT).unit("dc").matter("M1")
        .severity(Severity.GENERAL).found(JUNE).description(NAME).build();
    Finding b = Finding.builder().from(a).id("F2").kind(FindingKind.FOUR_NOS_TWO_STRAIGHTS).unit("amr").build();
    ValidationException e = assertThrows(ValidationException.class,
        () -> ProgrammeData.builder().programme("p").addFindings(a, b).build());
    assertEquals(List.of("/findings/1/matter"), paths(e));
    assertTrue(FindingKind.HOTLINE_REPORT.hotline());
    assertFalse(FindingKind.UNANNOUNCED_VISIT.hotline());
    assertEquals("暗访", FindingKind.UNANNOUNCED_VISIT.zh());
    ValidationException early = assertThrows(ValidationException.class, () -> ExternalResult.builder()
        .level(ResultLevel.NATIONAL).unit("dc").indicator("sb-time").period(Period.year(2021)).rank(3).outOf(80)
        .published(LocalDate.of(2020, 12, 1)).build());
    assertEquals(List.of("/published"), paths(early));
    ExternalResult r = ExternalResult.builder().level(ResultLevel.NATIONAL).unit("dc").indicator("sb-time")
        .period(Period.year(2020)).rank(3).outOf(80).build();
    assertEquals(LocalDate.of(2020, 12, 31), r.availableFrom(), "unknown publication: the period's end");
    assertEquals(LocalDate.of(2021, 7, 19), ExternalResult.builder().from(r).published(LocalDate.of(2021, 7, 19))
        .build().availableFrom());
  }

  @Test
  void competencesAndServedIndicatorsAreDeclaredReferences() {
    ValidationException e = assertThrows(ValidationException.class, () -> programme()
        .addUnit(Unit.builder().id("tax").name(NAME).kind(UnitKind.DEPARTMENT).addCompetence("taxes").build())
        .addArea(Area.builder().id("reg").name(NAME).addServe("eval-sb").build())
        .addOrganiser("reform").build());
    assertEquals(List.of("/organisers/0", "/areas/1/serves/0", "/units/2/competences/0"), paths(e));
  }
}
