package io.github.bizenv.scoring.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline loop computes what the engine computes, bit for bit, so that timing one against the other is fair. */
class RawLoopTest {

  @Test
  void theRawLoopAndTheEngineAgreeOnEveryScoreRankAndGrade() {
    for (NationalData shape : List.of(new NationalData(300, 3, 4, 5, 2, 7), new NationalData(40, 2, 2, 3, 1, 11))) {
      Plan plan = Engine.create().compile(shape.methodology());
      Dataset data = shape.dataset();
      RawLoop raw = new RawLoop(shape);
      RawLoop.Period[] periods = RawLoop.periods(shape);
      for (int p = 0; p < shape.periods; p++) {
        Evaluation e = plan.evaluate(data, shape.period(p));
        RawLoop.Result r = raw.evaluate(periods[p]);
        int ranked = 0;
        for (int u = 0; u < shape.units; u++) {
          String unit = NationalData.unit(u);
          double s = r.root[u];
          assertEquals(s == s ? java.util.OptionalDouble.of(s) : java.util.OptionalDouble.empty(), e.score(unit),
              unit);
          assertEquals(r.rank[u], e.rank(unit).orElse(0), unit);
          assertEquals(r.grade[u] < 0 ? null : List.of("A", "B", "C").get(r.grade[u]), e.grade(unit).orElse(null),
              unit);
          ranked += r.rank[u] > 0 ? 1 : 0;
        }
        assertTrue(ranked > shape.units / 2, "most units have a score");
      }
    }
  }
}
