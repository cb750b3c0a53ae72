package io.github.bizenv.scoring.live;

import static io.github.bizenv.scoring.live.EvaluationAssert.assertSameEvaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.testkit.Seeds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The live evaluation against batch evaluations: by hand, over seeded random update sequences, under threads. */
class LiveEvaluationTest {

  static final Period Y = Period.year(2021);

  static final long BASE = Seeds.base("LiveEvaluationTest");
  static final LocalDate DAY0 = LocalDate.of(2021, 1, 1);

  static Plan compile(String json) {
    return Engine.create().compile(json.replace('\'', '"'), "test");
  }

  /**
   * Fixed and population-fitted normalisers, a categorical leaf with codes, a not-applicable code, bonus-deduction,
   * override and veto rules, groups, a quota within the groups, presented precision.
   */
  static final Plan RICH = compile("{'schema':'bizenv.methodology/1','id':'rich','name':{'en':'rich'},"
      + "'scope':{'column':'kind','values':['a','b']},'nodes':["
      + "{'id':'root','missing':{'minShare':0.3},'rules':["
      + "{'name':'bonus-deduction','items':[{'indicator':'bad','amount':-3,'category':'x'},"
      + "{'indicator':'good','amount':2,'category':'y'}],'categoryCaps':{'x':9},'floor':0,'ceiling':100},"
      + "{'name':'veto','effect':'exclude-top-band','any':[{'indicator':'bad','atLeast':3,'label':'too bad'}]},"
      + "{'name':'override','any':[{'indicator':'rank','atMost':2}],'grade':'A'}]},"
      + "{'id':'f','parent':'root','weight':2,'source':'f','normalizer':{'name':'goalposts','lower':0,'upper':10}},"
      + "{'id':'m','parent':'root','source':'m','normalizer':{'name':'min-max','lower':0,'upper':100}},"
      + "{'id':'c','parent':'root','source':'c','codes':{'n/a':'not-applicable'},"
      + "'normalizer':{'name':'categorical','scores':{'yes':100,'no':0}}}],"
      + "'ranking':{'groupColumn':'kind','on':'presented'},"
      + "'grades':{'bands':[{'name':'A','min':70},{'name':'B','min':40},{'name':'C'}],'on':'presented',"
      + "'quota':{'band':'A','maxShare':0.3,'rounding':'round'}}}");

  /** A composite unit: the live evaluation recomputes whole. */
  static final Plan COMPOSITE = compile("{'schema':'bizenv.methodology/1','id':'comp','name':{'en':'comp'},'nodes':["
      + "{'id':'root'},{'id':'f','parent':'root','source':'f','normalizer':{'name':'goalposts','lower':0,'upper':10}},"
      + "{'id':'m','parent':'root','source':'m','normalizer':{'name':'min-max','lower':0,'upper':100}}],"
      + "'composites':[{'unit':'all','members':[{'unit':'u0','weight':1},{'unit':'u1','weight':3}]}]}");

  static Dataset initial(SplittableRandom r, int units) {
    Dataset.Builder b = Dataset.builder();
    for (String c : List.of("f", "m", "c", "bad", "good", "rank", "kind")) {
      b.column(Y, c);
    }
    for (int u = 0; u < units; u++) {
      String id = "u" + u;
      b.unit(Y, id);
      b.code(Y, id, "kind", r.nextInt(5) == 0 ? "b" : "a");
      if (r.nextInt(5) > 0) {
        b.value(Y, id, "f", r.nextInt(11));
      }
      if (r.nextInt(5) > 0) {
        b.value(Y, id, "m", r.nextInt(50));
      }
      if (r.nextBoolean()) {
        b.code(Y, id, "c", new String[] {"yes", "no", "n/a"}[r.nextInt(3)]);
      }
      if (r.nextBoolean()) {
        b.value(Y, id, "bad", r.nextInt(4));
      }
    }
    return b.build();
  }

  static Updates randomBatch(SplittableRandom r, LocalDate date, int units) {
    Updates.Builder b = Updates.at(date);
    int n = 1 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      String unit = "u" + r.nextInt(units + (r.nextInt(10) == 0 ? 2 : 0));
      switch (r.nextInt(9)) {
        case 0:
          b.set(unit, "f", r.nextInt(11));
          break;
        case 1:
          b.set(unit, "m", r.nextInt(60));
          break;
        case 2:
          b.code(unit, "c", new String[] {"yes", "no", "n/a"}[r.nextInt(3)]);
          break;
        case 3:
          b.set(unit, "bad", r.nextInt(4));
          break;
        case 4:
          b.set(unit, "good", r.nextInt(3));
          break;
        case 5:
          b.set(unit, "rank", 1 + r.nextInt(5));
          break;
        case 6:
          b.code(unit, "kind", r.nextInt(6) == 0 ? "z" : r.nextBoolean() ? "a" : "b");
          break;
        case 7:
          b.clear(unit, new String[] {"f", "m", "c", "bad", "good", "rank"}[r.nextInt(6)]);
          break;
        default:
          b.set(unit, "f", r.nextDouble() * 10);
      }
    }
    return b.build();
  }

  @Test
  void oneUpdateByHand() {
    Plan p = compile("{'schema':'bizenv.methodology/1','id':'h','name':{'en':'h'},'nodes':[{'id':'root'},"
        + "{'id':'f','parent':'root','source':'f','normalizer':{'name':'goalposts','lower':0,'upper':10}},"
        + "{'id':'m','parent':'root','source':'m','normalizer':{'name':'min-max','lower':0,'upper':100}}],"
        + "'grades':{'bands':[{'name':'优秀','min':75},{'name':'一般'}]}}");
    Dataset d = Dataset.builder().value(Y, "a", "f", 8).value(Y, "a", "m", 10)
        .value(Y, "b", "f", 5).value(Y, "b", "m", 30).value(Y, "c", "f", 10).value(Y, "c", "m", 20).build();
    LiveEvaluation live = LiveEvaluation.start(p, d, Y, DAY0);
    // a: (80 + 0) / 2 = 40; b: (50 + 100) / 2 = 75; c: (100 + 50) / 2 = 75 → b and c share rank 1.
    assertEquals(40, live.current().score("a").getAsDouble(), 1e-12);
    List<Change> seen = new ArrayList<>();
    live.addListener(seen::add);
    // c's m rises to 40: min-max refits (10..40), so every unit moves: a (80 + 0)/2 = 40, b (50 + 66.67)/2 = 58.33,
    // c (100 + 100)/2 = 100.
    List<Change> changes = live.apply(Updates.at(LocalDate.of(2021, 3, 31)).set("c", "m", 40).build());
    assertEquals(seen, changes);
    assertEquals(List.of("b", "c"), changes.stream().map(Change::unit).collect(java.util.stream.Collectors.toList()));
    Change b = changes.get(0);
    assertEquals(75, b.scoreBefore().getAsDouble(), 1e-12);
    assertEquals(50 / 2.0 + 100 * 20 / 30.0 / 2, b.scoreAfter().getAsDouble(), 1e-12);
    assertEquals(OptionalInt.of(1), b.rankBefore());
    assertEquals(OptionalInt.of(2), b.rankAfter());
    assertTrue(b.movedInRanking() && b.crossedGradeEdge(), "b fell from 优秀 to 一般");
    assertEquals(1, b.sequence());
    assertEquals(2, changes.get(1).sequence());
    assertEquals(100, live.current().score("c").getAsDouble(), 1e-12);
    // As of before the update, the data known then: the first evaluation.
    assertEquals(75, live.asOf(LocalDate.of(2021, 3, 30)).score("c").getAsDouble(), 1e-12);
    // An update dated earlier than the current value is history only: nothing changes now.
    assertEquals(List.of(), live.apply(Updates.at(LocalDate.of(2021, 2, 1)).set("c", "m", 0).build()));
    assertEquals(100, live.current().score("c").getAsDouble(), 1e-12);
    assertEquals(OptionalDouble.of(0), live.dataAsOf(LocalDate.of(2021, 2, 28)).value(Y, "c", "m"));
  }

  @Test
  void anInvalidBatchChangesNothing() {
    LiveEvaluation live = LiveEvaluation.start(RICH, initial(new SplittableRandom(7), 8), Y, DAY0);
    Evaluation before = live.current();
    ValidationException e = assertThrows(ValidationException.class, () -> live.apply(Updates.at(DAY0)
        .set("u1", "f", 3).code("u2", "c", "maybe").build()));
    assertTrue(e.getMessage().contains("declares no such code"), e.getMessage());
    assertSameEvaluation(before, live.current(), "after a rejected batch");
    assertEquals(0, live.version());
    // A batch adding a unit and a column before its bad update leaves neither behind.
    assertThrows(ValidationException.class, () -> live.apply(Updates.at(DAY0).set("new", "f", 3)
        .set("new", "fresh", 1).code("u2", "c", "maybe").build()));
    assertSameEvaluation(before, live.current(), "after a rejected batch with a new unit");
    assertEquals(before.units(), live.data().units(Y));
    assertFalse(live.data().columns(Y).contains("fresh"), "the new column is gone");
    assertThrows(IllegalArgumentException.class, () -> live.apply(Updates.at(DAY0.minusDays(1)).set("u1", "f", 3)
        .build()));
  }

  @Test
  void alertLinesSayWhichUnitsCrossedThem() {
    Plan p = compile("{'schema':'bizenv.methodology/1','id':'h','name':{'en':'h'},'nodes':[{'id':'root'},"
        + "{'id':'x','parent':'root'},{'id':'f','parent':'x','source':'f','normalizer':{'name':'goalposts',"
        + "'lower':0,'upper':10}},{'id':'g','parent':'root','source':'g','normalizer':{'name':'goalposts','lower':0,"
        + "'upper':10}}]}");
    Dataset d = Dataset.builder().value(Y, "a", "f", 8).value(Y, "a", "g", 8).value(Y, "b", "f", 5)
        .value(Y, "b", "g", 5).build();
    LiveEvaluation live = LiveEvaluation.builder(p, d, Y).since(DAY0).alert(Alert.at("root", 60))
        .alert(Alert.at("x", 70)).start();
    assertEquals(List.of(Alert.at("root", 60), Alert.at("x", 70)), live.alerts());
    // a: x 80 → 60 crosses x's line (70) downward; root (80 + 80)/2 = 80 → 70 stays above 60.
    Change a = live.apply(Updates.at(DAY0.plusDays(1)).set("a", "f", 6).build()).get(0);
    assertEquals(List.of(new Crossing(Alert.at("x", 70), 80, 60)), a.crossings());
    assertFalse(a.crossings().get(0).rising());
    // b: root 50 → 70 rises over 60; x 50 → 90 rises over 70.
    Change b = live.apply(Updates.at(DAY0.plusDays(2)).set("b", "f", 9).build()).get(0);
    assertEquals(List.of(new Crossing(Alert.at("root", 60), 50, 70), new Crossing(Alert.at("x", 70), 50, 90)),
        b.crossings());
    assertTrue(b.crossings().get(0).rising());
    // A move within one side crosses nothing; an alert on an unknown node is refused.
    assertEquals(List.of(), live.apply(Updates.at(DAY0.plusDays(3)).set("b", "g", 6).build()).get(0).crossings());
    assertThrows(IllegalArgumentException.class, () -> LiveEvaluation.builder(p, d, Y).since(DAY0)
        .alert(Alert.at("nope", 1)).start());
    assertThrows(IllegalArgumentException.class, () -> Alert.at("root", Double.NaN));
  }

  @RepeatedTest(40)
  void randomUpdateSequencesEqualBatchEvaluation(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      int units = 3 + r.nextInt(12);
      Plan plan = r.nextInt(4) == 0 ? COMPOSITE : RICH;
      Dataset start = initial(r, units);
      if (plan == COMPOSITE) {
        start = Dataset.builder().value(Y, "u0", "f", 3).value(Y, "u0", "m", 1).value(Y, "u1", "f", 7)
            .value(Y, "u1", "m", 9).build();
        units = 2;
      }
      LiveEvaluation live = LiveEvaluation.start(plan, start, Y, DAY0);
      Map<LocalDate, Evaluation> seenAt = new LinkedHashMap<>();
      LocalDate date = DAY0;
      int batches = 5 + r.nextInt(40);
      for (int k = 0; k < batches; k++) {
        date = date.plusDays(r.nextInt(3));
        Updates u = plan == COMPOSITE ? Updates.at(date).set("u" + r.nextInt(2), r.nextBoolean() ? "f" : "m",
            r.nextInt(10)).build() : randomBatch(r, date, units);
        try {
          live.apply(u);
        } catch (ValidationException e) {
          continue;
        }
        assertSameEvaluation(plan.evaluate(live.data(), Y), live.current(), "after batch " + k);
        seenAt.put(date, live.current());
      }
      // Updates came in date order, so the state at the end of each day is the batch run on the data known then.
      for (Map.Entry<LocalDate, Evaluation> e : seenAt.entrySet()) {
        assertSameEvaluation(live.asOf(e.getKey()), e.getValue(), "as of " + e.getKey());
      }
    });
  }

  @Test
  void eightThreadsSubmittingAtOnceLoseNothing() throws Exception {
    int threads = 8;
    int perThread = 200;
    LiveEvaluation live = LiveEvaluation.start(RICH, initial(new SplittableRandom(11), 16), Y, DAY0);
    List<Change> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    live.addListener(seen::add);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(pool.submit(() -> {
        go.await();
        for (int k = 0; k < perThread; k++) {
          // Each thread owns two units; the last value it writes is f = 9 (k = perThread − 1 → 9).
          live.apply(Updates.at(DAY0.plusDays(k / 50)).set("u" + (2 * thread), "f", k % 10)
              .set("u" + (2 * thread + 1), "good", k % 3).build());
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertEquals(threads * perThread, live.version(), "every batch took effect");
    Dataset now = live.data();
    for (int t = 0; t < threads; t++) {
      assertEquals(OptionalDouble.of((perThread - 1) % 10), now.value(Y, "u" + (2 * t), "f"));
      assertEquals(OptionalDouble.of((perThread - 1) % 3), now.value(Y, "u" + (2 * t + 1), "good"));
    }
    assertSameEvaluation(RICH.evaluate(now, Y), live.current(), "after 8 threads");
    assertChangesChain(RICH.evaluate(initial(new SplittableRandom(11), 16), Y), live.current(), seen);
  }

  @RepeatedTest(10)
  void listenersSeeEveryChangeOnceInOrderPerUnit(RepetitionInfo info) {
    long seed = Seeds.of(BASE, 100 + info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Dataset start = initial(r, 10);
      LiveEvaluation live = LiveEvaluation.start(RICH, start, Y, DAY0);
      List<Change> seen = new ArrayList<>();
      live.addListener(seen::add);
      LocalDate date = DAY0;
      for (int k = 0; k < 60; k++) {
        date = date.plusDays(r.nextInt(2));
        try {
          live.apply(randomBatch(r, date, 10));
        } catch (ValidationException e) {
          // a rejected batch changes nothing and tells no one
        }
      }
      assertChangesChain(RICH.evaluate(start, Y), live.current(), seen);
    });
  }

  /**
   * Every change seen once, numbered 1..n in order; per unit, each change starts where the previous one ended, the
   * first where the unit started, and the last ends where the unit is now.
   */
  static void assertChangesChain(Evaluation first, Evaluation last, List<Change> seen) {
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(i + 1, seen.get(i).sequence(), "changes are numbered in order, none missing or repeated");
    }
    Map<String, Change> previous = new HashMap<>();
    for (Change c : seen) {
      Change p = previous.get(c.unit());
      if (p == null) {
        assertEquals(standing(first, c.unit()), List.of(c.scoreBefore(), c.rankBefore(), c.gradeBefore()),
            "first change of " + c.unit());
      } else {
        assertEquals(List.of(p.scoreAfter(), p.rankAfter(), p.gradeAfter()),
            List.of(c.scoreBefore(), c.rankBefore(), c.gradeBefore()), "change " + c + " after " + p);
      }
      previous.put(c.unit(), c);
    }
    for (String u : last.units()) {
      Change p = previous.get(u);
      List<Object> now = standing(last, u);
      assertEquals(p == null ? standing(first, u) : List.of(p.scoreAfter(), p.rankAfter(), p.gradeAfter()), now,
          "last state of " + u);
    }
  }

  static List<Object> standing(Evaluation e, String unit) {
    if (!e.units().contains(unit)) {
      return List.of(OptionalDouble.empty(), OptionalInt.empty(), java.util.Optional.empty());
    }
    return List.of(e.score(unit), e.rank(unit), e.grade(unit));
  }
}
