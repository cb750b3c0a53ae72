package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.methodology.Composite;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.Screen;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Composite units with a pipeline: a composite is computed from its members' scores, so it is not imputed, screened or
 * treated, and does not weigh in the normalizers' fits — whether it has no row of its own or its row was screened out
 * (both used to crash, the second found by {@code CompilerFuzzTest}).
 */
class CompositesWithPipelineTest {

  static Methodology methodology(List<Composite> composites) {
    return Methodology.builder().id("m").name(LocalizedText.of("体系", "M"))
        .addPipeline(Impute.of(ImputationMethod.MEAN), Screen.minShare(0.5))
        .addNode(Node.root("root").build())
        .addNode(Node.leaf("a", "root", "A").normalizer(Normalizers.minMax(0, 100)).build())
        .addNode(Node.leaf("b", "root", "B").normalizer(Normalizers.minMax(0, 100)).build())
        .composites(composites)
        .build();
  }

  static Dataset data() {
    return Dataset.builder()
        .value("u1", "A", 1).value("u1", "B", 10)
        .value("u2", "A", 3).value("u2", "B", 30)
        .value("u3", "A", 5)
        .unit("u9") // a unit with no value at all: screened out
        .build();
  }

  @Test
  void aCompositeWithoutARowIsComputedAfterThePipelineAndStaysOutOfTheFits() {
    Evaluation plain = Engine.create().compile(methodology(List.of())).evaluate(data());
    Evaluation e = Engine.create().compile(methodology(List.of(Composite.builder().unit("duo")
        .addMembers(Member.of("u1", 1), Member.of("u2", 3)).build()))).evaluate(data());
    for (String unit : List.of("u1", "u2", "u3")) {
      assertEquals(plain.score(unit, "a"), e.score(unit, "a"), unit + ": the composite is not in the fit");
      assertEquals(plain.score(unit), e.score(unit), unit);
    }
    assertEquals((e.score("u1").getAsDouble() + 3 * e.score("u2").getAsDouble()) / 4, e.score("duo").getAsDouble(),
        1e-12);
    assertTrue(e.imputations().stream().noneMatch(i -> i.unit().equals("duo")), "the composite is not imputed");
  }

  @Test
  void aCompositeWhoseOwnRowIsScreenedOutIsStillComputedFromItsMembers() {
    Evaluation e = Engine.create().compile(methodology(List.of(Composite.builder().unit("u9")
        .addMembers(Member.of("u1", 1), Member.of("u2", 1)).build()))).evaluate(data());
    assertTrue(e.units().contains("u9"));
    assertEquals((e.score("u1").getAsDouble() + e.score("u2").getAsDouble()) / 2, e.score("u9").getAsDouble(), 1e-12);
    assertFalse(e.explain("u9", "root").text().isEmpty());
  }
}
