package io.github.bizenv.scoring.engine;

import com.google.common.testing.NullPointerTester;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of scoring-core rejects {@code null} with a {@link NullPointerException}
 * (or another exception naming the parameter) instead of accepting it silently or failing later.
 */
class NullSanityTest {

  static final Methodology M = MethodologyModelTest.startingABusiness().build();
  static final Plan PLAN = Engine.create().compile(M);
  static final Dataset DATA = Dataset.builder().value(Period.year(2020), "a", "Procedures (number)", 4)
      .value(Period.year(2020), "a", "Time (days)", 9).build();
  static final Evaluation EVALUATION = PLAN.evaluate(DATA);

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Methodology.class, M)
        .setDefault(Plan.class, PLAN)
        .setDefault(Dataset.class, DATA)
        .setDefault(Evaluation.class, EVALUATION)
        .setDefault(Period.class, Period.year(2020))
        .setDefault(io.github.bizenv.scoring.model.Programme.class, ProgrammeGenerator.seeded(1).programme())
        .setDefault(StrategySpec.class, Normalizers.minMax())
        .setDefault(Direction.class, Direction.HIGHER_IS_BETTER)
        .setDefault(DocumentLimits.class, DocumentLimits.defaults())
        .setDefault(Strategies.class, Strategies.defaults())
        .setDefault(io.github.bizenv.scoring.io.CsvOptions.class, io.github.bizenv.scoring.io.CsvOptions.defaults())
        .setDefault(Path.class, Path.of("does-not-exist.json"))
        .setDefault(String.class, "a")
        .setDefault(Map.class, Map.of())
        .setDefault(List.class, List.of());
  }

  @Test
  void engineTypes() {
    NullPointerTester t = tester();
    for (Class<?> c : List.of(Engine.class, Plan.class, Evaluation.class, Dataset.class, Strategies.class,
        Outranking.class, Explanation.class)) {
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicInstanceMethods(Engine.create());
    t.testAllPublicInstanceMethods(PLAN);
    t.testAllPublicInstanceMethods(EVALUATION);
    t.testAllPublicInstanceMethods(DATA);
    t.testAllPublicInstanceMethods(Dataset.builder());
    t.testAllPublicInstanceMethods(Strategies.defaults());
    t.testAllPublicInstanceMethods(Strategies.builder());
    t.testAllPublicInstanceMethods(EVALUATION.explain("a", "sb"));
  }

  @Test
  void documents() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(Documents.class);
    t.testAllPublicInstanceMethods(Documents.create());
  }
}
