package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An inner node's published score stands for its aggregate where a unit has one, and only there. */
class PublishedScoresTest {

  static final Engine ENGINE = Engine.create();
  static final String TEXT = ("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
      + "{'id':'root'},"
      + "{'id':'s','parent':'root','published':'s total','aggregator':{'name':'point-sum','cap':10}},"
      + "{'id':'a','parent':'s','source':'a','normalizer':{'name':'identity','min':0,'max':5}},"
      + "{'id':'b','parent':'s','source':'b','normalizer':{'name':'identity','min':0,'max':5}},"
      + "{'id':'c','parent':'root','source':'c','normalizer':{'name':'identity','min':0,'max':10}}]}")
      .replace('\'', '"');

  @Test
  void aPublishedValueStandsForTheAggregateWhereTheDataHasOne() {
    Plan p = ENGINE.compile(TEXT, "t.json");
    Dataset d = Dataset.builder().value("u", "a", 1).value("u", "b", 2).value("u", "c", 4).value("u", "s total", 7)
        .value("v", "a", 1).value("v", "b", 2).value("v", "c", 4).build();
    Evaluation e = p.evaluate(d);
    assertEquals(7, e.score("u", "s").getAsDouble(), 0, "published");
    assertEquals(3, e.score("v", "s").getAsDouble(), 0, "aggregated: v has no published value");
    assertEquals(5.5, e.score("u").getAsDouble(), 0, "the parent uses the published score");
    assertTrue(e.explain("u", "s").text().contains("published score in \"s total\": 7 (stands for the computed 3)"),
        e.explain("u", "s").text());
    Evaluation without = p.evaluate(Dataset.builder().value("u", "a", 1).value("u", "b", 2).value("u", "c", 4).build());
    assertEquals(3, without.score("u", "s").getAsDouble(), 0, "data without the column: the aggregate");
    assertEquals(Optional.of("s total"), p.published("s"));
    assertTrue(p.columns().contains("s total"));
  }

  @Test
  void aPublishedValueOutsideTheNodesRangeIsAProblemOfTheData() {
    ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.compile(TEXT, "t.json").evaluate(
        Dataset.builder().value("u", "a", 1).value("u", "b", 2).value("u", "c", 4).value("u", "s total", 12).build()));
    assertEquals(Problem.OUT_OF_RANGE, e.problems().get(0).code());
    assertEquals("unit \"u\", column \"s total\"", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("published score 12 of node \"s\" is outside its range [0, 10]"), e.getMessage());
  }

  @Test
  void onlyAnInnerNodeHasAPublishedColumnAndFilesKeepIt() {
    Documents docs = Documents.create();
    Methodology m = docs.readMethodology(TEXT, "t.json");
    assertEquals(m, docs.readMethodology(docs.toJson(m), "t.json"));
    assertTrue(docs.toJson(m).contains("\"published\": \"s total\""));
    ValidationException e = assertThrows(ValidationException.class, () -> docs.readMethodology(TEXT.replace(
        "'source':'c',".replace('\'', '"'), "\"source\":\"c\",\"published\":\"c total\","), "t.json"));
    assertEquals("/nodes/4/published", e.problems().get(0).path());
  }
}
