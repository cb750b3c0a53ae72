package io.github.bizenv.scoring.io;

import static io.github.bizenv.scoring.io.Fixtures.DOCS;
import static io.github.bizenv.scoring.io.Fixtures.bytes;
import static io.github.bizenv.scoring.io.Fixtures.codes;
import static io.github.bizenv.scoring.io.Fixtures.paths;
import static io.github.bizenv.scoring.io.Fixtures.programme;
import static io.github.bizenv.scoring.io.Fixtures.rejectsProgramme;
import static io.github.bizenv.scoring.io.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.TaskClass;
import java.io.ByteArrayInputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One failing input per rule of the programme document, and the valid one. */
class ProgrammeDocumentTest {

  @Test
  void exportsExactlyThePublicPackages() {
    ModuleDescriptor d = ModuleFinder.of(Path.of("target/classes")).find("io.github.bizenv.scoring.core")
        .orElseThrow().descriptor();
    assertEquals(Set.of("io.github.bizenv.scoring.io", "io.github.bizenv.scoring.engine",
        "io.github.bizenv.scoring.workflow", "io.github.bizenv.scoring.text",
        "io.github.bizenv.scoring.analysis", "io.github.bizenv.scoring.live"),
        d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertEquals(Set.of("io.github.bizenv.scoring.internal → [io.github.bizenv.scoring.excel]"),
        d.exports().stream().filter(ModuleDescriptor.Exports::isQualified).map(e -> e.source() + " → " + e.targets())
            .collect(Collectors.toSet()), "internal is shared with the Excel module only");
  }

  @Test
  void readsAValidProgramme() {
    Programme p = DOCS.readProgramme(bytes(programme(task("T1"), task("T2"))), "ok.json");
    assertEquals(2, p.tasks().size());
    assertEquals(100.0, p.tasks().get(1).milestones().get(1).plannedProgress().getAsDouble());
    assertEquals(1.0, p.benchmark().values().get("sb-time"));
    assertEquals(p, DOCS.readProgramme(bytes(DOCS.toJson(p)), "again.json"));
  }

  @Test
  void acceptsAByteOrderMark() {
    byte[] doc = programme(task("T1")).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[doc.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(doc, 0, withBom, 3, doc.length);
    assertEquals(1, DOCS.readProgramme(new ByteArrayInputStream(withBom), "bom.json").tasks().size());
  }

  @Test
  void unknownLeadUnit() {
    ValidationException e = rejectsProgramme(programme(task("T1").replace("\"lead\":\"amr\"", "\"lead\":\"drc\"")));
    assertEquals(List.of("/tasks/0/lead"), paths(e));
    assertEquals("unit \"drc\" is not declared in /units", e.problems().get(0).message());
    assertEquals(Problem.UNKNOWN_REFERENCE, e.problems().get(0).code());
  }

  @Test
  void duplicateTaskId() {
    ValidationException e = rejectsProgramme(programme(task("T1"), task("T2"), task("T1")));
    assertEquals(List.of("/tasks/2/id"), paths(e));
    assertEquals(List.of(Problem.DUPLICATE_ID), codes(e));
  }

  @Test
  void milestoneAfterTheDeadline() {
    ValidationException e = rejectsProgramme(programme(task("T1").replace("2021-03-31", "2021-07-31")));
    assertEquals(List.of("/tasks/0/milestones/0/due", "/tasks/0/milestones/1/due"), paths(e));
    assertTrue(e.getMessage().contains("falls after the task's deadline 2021-06-30"), e.getMessage());
  }

  @Test
  void plannedProgressMustIncrease() {
    ValidationException e = rejectsProgramme(programme(task("T1").replace("\"plannedProgress\":50", "\"plannedProgress\":100")));
    assertEquals(List.of("/tasks/0/milestones/1/plannedProgress"), paths(e));
  }

  @Test
  void deadlineOutsideThePeriod() {
    ValidationException e = rejectsProgramme(programme(task("T1")
        .replace("\"deadline\":\"2021-06-30\"", "\"deadline\":\"2022-06-30\"")));
    assertEquals(List.of("/tasks/0/deadline"), paths(e));
    assertEquals(List.of(Problem.OUT_OF_PERIOD), codes(e));
  }

  @Test
  void unknownFieldWrongTypeMissingFieldAndBadIdAreAllReported() {
    String t = task("T1").replace("\"lead\":\"amr\"", "\"leader\":\"amr\"")
        .replace("\"baseline\":3", "\"baseline\":\"3\"").replace("\"id\":\"T1\"", "\"id\":\"T 1\"");
    ValidationException e = rejectsProgramme(programme(t));
    assertEquals(Set.of("/tasks/0/leader", "/tasks/0/id", "/tasks/0/lead", "/tasks/0/measure/baseline"),
        Set.copyOf(paths(e)));
    assertEquals(Set.of(Problem.UNKNOWN_FIELD, Problem.INVALID_ID, Problem.MISSING_FIELD, Problem.WRONG_TYPE),
        Set.copyOf(codes(e)));
  }

  @Test
  void nonFiniteNumber() {
    ValidationException e = rejectsProgramme(programme(task("T1").replace("\"target\":1", "\"target\":1e400")));
    assertEquals(List.of("/tasks/0/measure/target"), paths(e));
    assertEquals(List.of(Problem.NON_FINITE), codes(e));
  }

  @Test
  void problemsInBrokenAndIntactTasksAreReportedTogetherWithDocumentIndices() {
    String broken = task("T1").replace("\"deadline\":\"2021-06-30\"", "\"deadline\":\"30/06/2021\"");
    String badRef = task("T3").replace("\"area\":\"sb\"", "\"area\":\"tax\"");
    ValidationException e = rejectsProgramme(programme(broken, task("T2"), badRef));
    assertEquals(List.of("/tasks/0/deadline", "/tasks/2/area"), paths(e));
  }

  @Test
  void aTaskBrokenInItselfStillHasItsReferencesChecked() {
    String broken = task("T1").replace("2021-03-31", "2021-07-31").replace("\"lead\":\"amr\"", "\"lead\":\"drc\"");
    String missingText = task("T2").replace("\"description\":{\"zh\":\"压缩开办时间\"},", "")
        .replace("\"area\":\"sb\"", "\"area\":\"tax\"");
    ValidationException e = rejectsProgramme(programme(broken, missingText, task("T1")));
    assertEquals(List.of("/tasks/0/milestones/0/due", "/tasks/0/milestones/1/due", "/tasks/0/lead",
        "/tasks/1/description", "/tasks/1/area", "/tasks/2/id"), paths(e));
  }

  @Test
  void declaredClassNeedsAReasonAndClassCNeedsTheLegalFlag() {
    ValidationException e = rejectsProgramme(programme(task("T1").replace("\"lead\"",
        "\"declaredClass\":{\"class\":\"C\",\"reason\":{\"zh\":\"需授权\"}},\"lead\""),
        task("T2").replace("\"lead\"", "\"declaredClass\":{\"class\":\"B\"},\"lead\"")));
    assertEquals(List.of("/tasks/0/legalAuthorisation", "/tasks/1/declaredClass/reason"), paths(e));
    String c = task("T1").replace("\"lead\"",
        "\"declaredClass\":{\"class\":\"C\",\"reason\":{\"zh\":\"需授权\"}},\"legalAuthorisation\":true,\"lead\"");
    // A class C task is planned by authorisation steps, not percentages.
    assertEquals(List.of("/tasks/0/milestones/0/step", "/tasks/0/milestones/1/step"),
        paths(rejectsProgramme(programme(c))));
    Programme p = DOCS.readProgramme(bytes(programme(c.replace("\"plannedProgress\":50", "\"step\":\"application-submitted\"")
        .replace("\"plannedProgress\":100", "\"step\":\"implemented\""))), "ok.json");
    assertEquals(TaskClass.C, p.tasks().get(0).declaredClass().orElseThrow().taskClass());
    assertEquals(AuthorisationStep.IMPLEMENTED, p.tasks().get(0).milestones().get(1).step().orElseThrow());
    assertEquals(p, DOCS.readProgramme(bytes(DOCS.toJson(p)), "again.json"));
  }

  @Test
  void unknownEnumCodeListsTheKnownOnes() {
    ValidationException e = rejectsProgramme(programme().replace("\"kind\":\"district\"", "\"kind\":\"province\""));
    assertEquals(List.of("/units/1/kind"), paths(e));
    assertTrue(e.problems().get(0).message().contains("known: department, district, county"), e.getMessage());
  }

  @Test
  void benchmarkValueForAnUndeclaredIndicator() {
    ValidationException e = rejectsProgramme(programme().replace("'values':{'sb-time':1}".replace('\'', '"'),
        "\"values\":{\"sb-time\":1,\"cp-time\":90}"));
    assertEquals(List.of("/benchmark/values/cp-time"), paths(e));
  }

  @Test
  void schemaTagIsCheckedAndVersionsToldApart() {
    assertEquals(List.of("/schema"), paths(rejectsProgramme(programme().replace("bizenv.programme/1", "bizenv.data/1"))));
    ValidationException e = rejectsProgramme(programme().replace("bizenv.programme/1", "bizenv.programme/2"));
    assertTrue(e.getMessage().contains("a version this library does not read"), e.getMessage());
    assertEquals(List.of("/schema"), paths(rejectsProgramme(programme().replace("\"schema\":\"bizenv.programme/1\",", ""))));
  }

  @Test
  void syntaxErrorsDuplicateKeysAndTrailingTokens() {
    ValidationException e = rejectsProgramme("{\"schema\": \"bizenv.programme/1\",\n \"id\": }");
    assertEquals(List.of(Problem.SYNTAX), codes(e));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertEquals(List.of(Problem.SYNTAX), codes(rejectsProgramme(programme().replace("\"id\":\"p\"", "\"id\":\"p\",\"id\":\"q\""))));
    assertEquals(List.of(Problem.SYNTAX), codes(rejectsProgramme(programme() + " {}")));
    assertEquals(List.of(Problem.SYNTAX), codes(rejectsProgramme("")));
    assertEquals(List.of(Problem.WRONG_TYPE), codes(rejectsProgramme("[]")));
  }

  @Test
  void invalidUtf8() {
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    ValidationException e = Fixtures.rejects(() -> DOCS.readProgramme(new ByteArrayInputStream(bad), "bad.json"));
    assertEquals(List.of(Problem.SYNTAX), codes(e));
  }

  @Test
  void sizeAndDepthLimits() {
    Documents small = Documents.create(DocumentLimits.defaults().withMaxBytes(100));
    ValidationException e = Fixtures.rejects(() -> small.readProgramme(bytes(programme(task("T1"))), "big.json"));
    assertEquals(List.of(Problem.LIMIT), codes(e));
    assertEquals(List.of("line 1, column 97"), paths(e), "the 97th character (示例 take 6 bytes) crosses the limit");
    String deep = "{\"tasks\":" + "[".repeat(200) + "]".repeat(200) + "}";
    ValidationException d = rejectsProgramme(deep);
    assertEquals(List.of(Problem.LIMIT), codes(d));
    assertEquals(List.of("line 1, column 74"), paths(d));
    assertEquals(List.of(Problem.WRONG_TYPE), codes(rejectsProgramme("[]")));
  }

  @Test
  void memberCycle() {
    String doc = programme().replace("\"kind\":\"department\"}",
        "\"kind\":\"department\",\"members\":[{\"unit\":\"dc\",\"weight\":1}]}")
        .replace("\"head\":{\"zh\":\"区长\"}}", "\"head\":{\"zh\":\"区长\"},\"members\":[{\"unit\":\"amr\",\"weight\":2}]}");
    assertEquals(List.of("/units/0/members", "/units/1/members"), paths(rejectsProgramme(doc)));
  }
}
