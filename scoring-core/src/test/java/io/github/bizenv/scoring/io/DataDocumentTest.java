package io.github.bizenv.scoring.io;

import static io.github.bizenv.scoring.io.Fixtures.DOCS;
import static io.github.bizenv.scoring.io.Fixtures.bytes;
import static io.github.bizenv.scoring.io.Fixtures.json;
import static io.github.bizenv.scoring.io.Fixtures.paths;
import static io.github.bizenv.scoring.io.Fixtures.programme;
import static io.github.bizenv.scoring.io.Fixtures.rejects;
import static io.github.bizenv.scoring.io.Fixtures.task;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One failing input per rule of the data document, and the valid one. */
class DataDocumentTest {

  static final Programme P = DOCS.readProgramme(bytes(programme(task("T1"))), "p.json");

  static final String DATA = json("{'schema':'bizenv.data/1','programme':'p',"
      + "'progressReports':[{'task':'T1','unit':'amr','date':'2021-03-31','progress':40,'evidence':{'zh':'方案印发'}}],"
      + "'ratings':[{'task':'T1','rater':'amr','ratee':'dc','score':92,'date':'2021-12-20'}],"
      + "'findings':[{'id':'F1','kind':'hotline-complaint','unit':'dc','task':'T1','severity':'general',"
      + "'found':'2021-05-06','rectificationDeadline':'2021-05-20','rectified':'2021-05-18',"
      + "'description':{'zh':'办事群众反映窗口推诿'}}],"
      + "'externalResults':[{'level':'national','unit':'dc','indicator':'sb-time','period':'2021','rank':8,'outOf':80}],"
      + "'observations':[{'unit':'dc','indicator':'sb-time','period':'2021','value':2.5},"
      + "{'unit':'amr','indicator':'sb-time','period':'2021','value':'No Practice'}]}");

  static ValidationException rejectsData(String doc) {
    return rejects(() -> DOCS.readData(bytes(doc), "d.json", P));
  }

  @Test
  void readsValidData() {
    ProgrammeData d = DOCS.readData(bytes(DATA), "d.json", P);
    assertEquals(1, d.ratings().size());
    assertEquals("No Practice", d.observations().get(1).code().orElseThrow());
    assertEquals(d, DOCS.readData(bytes(DOCS.toJson(d)), "again.json", P));
  }

  @Test
  void ratingsGoFromTheLeadToAResponsibleUnit() {
    ValidationException e = rejectsData(DATA.replace("\"rater\":\"amr\",\"ratee\":\"dc\"", "\"rater\":\"dc\",\"ratee\":\"amr\""));
    assertEquals(List.of("/ratings/0/rater", "/ratings/0/ratee"), paths(e));
  }

  @Test
  void unknownReferencesAndDatesOutsideThePeriod() {
    ValidationException e = rejectsData(DATA.replace("\"task\":\"T1\",\"unit\":\"amr\"", "\"task\":\"T9\",\"unit\":\"amr\"")
        .replace("\"found\":\"2021-05-06\"", "\"found\":\"2020-05-06\"")
        .replace("\"indicator\":\"sb-time\",\"period\":\"2021\",\"rank\"", "\"indicator\":\"cp-time\",\"period\":\"2021\",\"rank\""));
    assertEquals(List.of("/progressReports/0/task", "/findings/0/found", "/externalResults/0/indicator"), paths(e));
  }

  @Test
  void textCodesMustBeDeclared() {
    ValidationException e = rejectsData(DATA.replace("'No Practice'".replace('\'', '"'), "\"n/a\""));
    assertEquals(List.of("/observations/1/value"), paths(e));
    assertTrue(e.getMessage().contains("[No Practice]"), e.getMessage());
  }

  @Test
  void duplicatesAndOrder() {
    ValidationException e = rejectsData(DATA.replace("2.5}", "2.5},{\"unit\":\"dc\",\"indicator\":\"sb-time\",\"period\":\"2021\",\"value\":3}")
        .replace("\"rectified\":\"2021-05-18\"", "\"rectified\":\"2021-05-01\""));
    assertEquals(List.of("/findings/0/rectified", "/observations/1"), paths(e));
  }

  @Test
  void dataForAnotherProgramme() {
    assertEquals(List.of("/programme"), paths(rejectsData(DATA.replace("\"programme\":\"p\"", "\"programme\":\"q\""))));
  }

  @Test
  void rankOutOfRange() {
    assertEquals(List.of("/externalResults/0/rank"), paths(rejectsData(DATA.replace("\"rank\":8", "\"rank\":81"))));
    assertEquals(List.of("/externalResults/0/rank"), paths(rejectsData(DATA.replace("\"rank\":8", "\"rank\":8.5"))));
  }
}
