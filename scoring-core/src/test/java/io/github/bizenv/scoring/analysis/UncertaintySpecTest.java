package io.github.bizenv.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading {@code bizenv.uncertainty/1} documents and building specs in code. */
class UncertaintySpecTest {

  static String doc(String dimensions) {
    return ("{'schema':'bizenv.uncertainty/1','id':'s','target':'I','dimensions':[" + dimensions + "]}")
        .replace('\'', '"');
  }

  @Test
  void aDocumentReadsIntoTheSameSpecAsCode() {
    UncertaintySpec read = UncertaintySpec.read(doc("{'id':'w','type':'winmax','values':[1,2,3]},"
        + "{'id':'n','type':'normalizer','alternatives':[{'name':'min-max','lower':1,'upper':100},{'name':'z-score',"
        + "'mean':10,'sd':2}]},{'id':'noise','type':'weights','noise':[{'level':2,'factor':0.25}],'replicates':100},"
        + "{'id':'a','type':'aggregator','alternatives':[{'name':'weighted-mean'},{'name':'geometric-mean'}]},"
        + "{'id':'i','type':'imputation','alternatives':[{'method':'mean'},'none']},"
        + "{'id':'e','type':'exclusion','alternatives':[[],['x1']]}"), "s.json");
    UncertaintySpec code = UncertaintySpec.builder().id("s").target("I")
        .dimension(Dimension.winmax("w", 1, 2, 3))
        .dimension(Dimension.normalizers("n", List.of(Map.of("name", "min-max", "lower", 1, "upper", 100),
            Map.of("name", "z-score", "mean", 10, "sd", 2))))
        .dimension(Dimension.weightNoise("noise", Map.of(2, 0.25), 100))
        .dimension(Dimension.aggregators("a", List.of(Map.of("name", "weighted-mean"),
            Map.of("name", "geometric-mean"))))
        .dimension(Dimension.imputations("i", List.of(Map.of("method", "mean"), Map.of())))
        .dimension(Dimension.exclusions("e", List.of(Set.of(), Set.of("x1"))))
        .build();
    assertEquals(code.dimensions().get(1).alternatives(), read.dimensions().get(1).alternatives());
    assertEquals(code, read);
    assertEquals(100, read.dimensions().get(2).size());
    assertEquals(Dimension.Kind.IMPUTATION, read.dimensions().get(4).kind());
  }

  @Test
  void everyProblemOfADocumentIsReportedWithItsPointer() {
    ValidationException e = assertThrows(ValidationException.class, () -> UncertaintySpec.read(doc(
        "{'id':'w','type':'winmax','values':[1,'two']},{'id':'w2','type':'weights','noise':[{'level':2}]},"
            + "{'id':'n','type':'normaliser','alternatives':[]},{'type':'aggregator','alternatives':['mean']},"
            + "{'id':'x','type':'exclusion','alternatives':[['ok'],'bad'],'extra':1}"), "bad.json"));
    assertEquals(List.of("/dimensions/0/values/1", "/dimensions/1/noise/0/factor", "/dimensions/2/type",
        "/dimensions/3/id", "/dimensions/3/alternatives/0", "/dimensions/4/extra", "/dimensions/4/alternatives/1"),
        e.problems().stream().map(Problem::path).collect(Collectors.toList()), e.getMessage());
    ValidationException dup = assertThrows(ValidationException.class, () -> UncertaintySpec.read(
        doc("{'id':'w','type':'winmax','values':[1]},{'id':'w','type':'weights','noise':[{'level':2,'factor':1.2}]}"),
        "dup.json"));
    assertEquals(List.of("/dimensions/1/id", "/dimensions/1/noise/0/factor"), dup.problems().stream()
        .map(Problem::path).collect(Collectors.toList()), dup.getMessage());
    assertThrows(ValidationException.class, () -> UncertaintySpec.builder().build());
  }
}
