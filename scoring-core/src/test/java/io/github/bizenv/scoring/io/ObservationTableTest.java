package io.github.bizenv.scoring.io;

import static io.github.bizenv.scoring.io.Fixtures.DOCS;
import static io.github.bizenv.scoring.io.Fixtures.bytes;
import static io.github.bizenv.scoring.io.Fixtures.paths;
import static io.github.bizenv.scoring.io.Fixtures.programme;
import static io.github.bizenv.scoring.io.Fixtures.rejects;
import static io.github.bizenv.scoring.io.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObservationTableTest {

  static final Programme P = DOCS.readProgramme(bytes(programme(task("T1"))), "p.json");

  static List<Observation> read(String csv) {
    return DOCS.readObservations(bytes(csv), "t.csv", P);
  }

  @Test
  void wideTableWithEmptyCellsAndTextCodes() {
    List<Observation> o = read("unit,sb-time\ndc,2.5\namr,\n\n\"amr\",No Practice\n");
    assertEquals(List.of(Observation.of("dc", "sb-time", Period.year(2021), 2.5),
        Observation.ofCode("amr", "sb-time", Period.year(2021), "No Practice")), o);
  }

  @Test
  void longTableWithPeriods() {
    List<Observation> o = read("unit,indicator,period,value\ndc,sb-time,2021Q1,3\ndc,sb-time,2021Q2,2.25\n");
    assertEquals(Observation.of("dc", "sb-time", Period.quarter(2021, 2), 2.25), o.get(1));
  }

  @Test
  void rowWithTheWrongNumberOfCells() {
    ValidationException e = rejects(() -> read("unit,sb-time\ndc,2.5,7\namr\n"));
    assertEquals(List.of("line 2", "line 3"), paths(e));
    assertEquals(Problem.CELL_COUNT, e.problems().get(0).code());
  }

  @Test
  void nonNumericValues() {
    ValidationException e = rejects(() -> read("unit,sb-time\ndc,2,5\n".replace("2,5", "\"2,5\"")));
    assertEquals(List.of("line 2, column 2 (sb-time)"), paths(e));
    assertTrue(e.getMessage().contains("value \"2,5\" is neither a number nor a text code"), e.getMessage());
    ValidationException alone = rejects(() -> DOCS.readObservations(write("unit,sb-time\ndc,fast\n"), Period.year(2021)));
    assertEquals(List.of("line 2, column 2 (sb-time)"), paths(alone));
    ValidationException inf = rejects(() -> read("unit,sb-time\ndc,NaN\namr,1e999\n"));
    assertEquals(List.of(Problem.WRONG_TYPE, Problem.NON_FINITE),
        inf.problems().stream().map(Problem::code).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void unknownUnitsIndicatorsAndDuplicates() {
    assertEquals(List.of("line 1, column 2 (cp-time)"), paths(rejects(() -> read("unit,cp-time\ndc,1\n"))));
    assertEquals(List.of("line 2, column 1 (unit)"), paths(rejects(() -> read("unit,sb-time\nxc,1\n"))));
    ValidationException dup = rejects(() -> read("unit,indicator,value\ndc,sb-time,1\ndc,sb-time,2\n"));
    assertEquals(List.of("line 3, column 3 (value)"), paths(dup));
    assertTrue(dup.getMessage().contains("already observed on line 2"), dup.getMessage());
  }

  @Test
  void headerProblems() {
    assertEquals(List.of("line 1"), paths(rejects(() -> read("region,sb-time\ndc,1\n"))));
    assertEquals(List.of("line 1, column 4 (note)"),
        paths(rejects(() -> read("unit,indicator,value,note\ndc,sb-time,1,x\n"))));
    assertEquals(List.of(Problem.SYNTAX), rejects(() -> read("unit,sb-time\n\"dc,1\n")).problems().stream()
        .map(Problem::code).collect(java.util.stream.Collectors.toList()));
  }

  @TempDir Path dir;

  Path write(String csv) {
    try {
      Path f = dir.resolve("t.csv");
      Files.write(f, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
      return f;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void readsFilesWithAByteOrderMark() {
    assertEquals(1, DOCS.readObservations(write("unit,sb-time\ndc,1\n"), P).size());
    assertEquals(DocumentType.OBSERVATIONS_CSV, DOCS.detect(write("x")));
  }
}
