package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Broken methodology files give one ValidationException with every problem and its path. */
class MethodologyValidationTest {

  static ValidationException rejects(String nodes) {
    return assertThrows(ValidationException.class, () -> Engine.create().compile(
        ("{'schema':'bizenv.methodology/1','id':'m','name':{'en':'m'},'nodes':[" + nodes + "]}").replace('\'', '"'),
        "m.json"));
  }

  static List<String> paths(ValidationException e) {
    return e.problems().stream().map(Problem::path).collect(Collectors.toList());
  }

  static List<String> codes(ValidationException e) {
    return e.problems().stream().map(Problem::code).collect(Collectors.toList());
  }

  static final String LEAF = "'source':'x','normalizer':{'name':'goalposts','lower':0,'upper':10}";

  @Test
  void everyProblemAtOnce() {
    ValidationException e = rejects(
        "{'id':'root'},"
        + "{'id':'a','parent':'root','weight':0," + LEAF + "},"                    // weight ≤ 0
        + "{'id':'b','parent':'root','source':'y','normalizer':{'name':'zscore'}}," // unknown strategy
        + "{'id':'c','parent':'root','source':'z','normalizer':{'name':'distance-to-frontier','best':1}}," // missing
        + "{'id':'d','parent':'root','aggregator':'weighted-mean'},"                // inner node, no children
        + "{'id':'e','parent':'f'},{'id':'f','parent':'e'}");                      // a cycle
    assertEquals(List.of("/nodes/1/weight", "/nodes/2/normalizer/name", "/nodes/3/normalizer/worst",
        "/nodes/4", "/nodes/5/parent", "/nodes/6/parent"), paths(e));
    assertEquals(List.of(Problem.OUT_OF_RANGE, Problem.UNKNOWN_STRATEGY, Problem.INVALID_SETTING,
        Problem.INCONSISTENT, Problem.CYCLE, Problem.CYCLE), codes(e));
    assertTrue(e.getMessage().contains("nodes form a cycle: e → f → e"), e.getMessage());
    assertTrue(e.getMessage().contains("inner node \"d\" has an aggregator but no children"), e.getMessage());
  }

  @Test
  void unknownSettingsAndBadValues() {
    ValidationException e = rejects("{'id':'root'},{'id':'a','parent':'root','source':'x','normalizer':"
        + "{'name':'goalposts','lower':10,'upper':5,'upperr':7}}");
    assertEquals(List.of("/nodes/1/normalizer/upper", "/nodes/1/normalizer/upperr"), paths(e));
  }

  @Test
  void directionMustAgreeWithBestAndWorst() {
    ValidationException e = rejects("{'id':'root'},{'id':'a','parent':'root','source':'x','direction':'higher-is-better',"
        + "'normalizer':{'name':'distance-to-frontier','best':1,'worst':18}}");
    assertTrue(e.problems().get(0).message().contains("say lower is better, but the indicator's direction is "
        + "higher-is-better"), e.getMessage());
  }

  @Test
  void shapeOfTheTree() {
    // A second root, or an unknown parent, also leaves the root without children: both are reported.
    assertEquals(List.of("/nodes/0", "/nodes/1/parent"), paths(rejects("{'id':'root'},{'id':'r2'," + LEAF + "}")));
    assertEquals(List.of("/nodes/0", "/nodes/1/parent"),
        paths(rejects("{'id':'root'},{'id':'a','parent':'nowhere'," + LEAF + "}")));
    assertEquals(List.of("/nodes/0", "/nodes/1/id"), paths(rejects("{'id':'root'},{'id':'root','parent':'root'," + LEAF + "}")));
    assertEquals(List.of("/nodes/1"), paths(rejects("{'id':'root'},{'id':'a','parent':'root'}")));
  }

  @Test
  void anUnknownColumnIsReportedWithTheLeafsPath() {
    Plan p = Engine.create().compile(("{'schema':'bizenv.methodology/1','id':'m','name':{'en':'m'},'nodes':["
        + "{'id':'root'},{'id':'a','parent':'root'," + LEAF + "},{'id':'b','parent':'root','source':'Time (days)',"
        + "'normalizer':{'name':'goalposts','lower':0,'upper':10}}]}").replace('\'', '"'), "m.json");
    ValidationException e = assertThrows(ValidationException.class,
        () -> p.evaluate(Dataset.builder().value("u", "y", 1).build()));
    assertEquals(List.of("/nodes/1/source", "/nodes/2/source"), paths(e));
    assertTrue(e.getMessage().contains("column \"Time (days)\" of leaf \"b\" is not in the data"), e.getMessage());
  }

  @Test
  void schemaAndSyntax() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Engine.create().compile("{\"schema\":\"bizenv.methodology/2\",\"id\":\"m\",\"name\":{\"en\":\"m\"},"
            + "\"nodes\":[{\"id\":\"root\",\"source\":\"x\",\"normalizer\":\"min-max\"}]}", "m.json"));
    assertEquals(List.of("/schema"), paths(e));
    assertEquals(List.of(Problem.SYNTAX),
        codes(assertThrows(ValidationException.class, () -> Engine.create().compile("{", "m.json"))));
  }
}
