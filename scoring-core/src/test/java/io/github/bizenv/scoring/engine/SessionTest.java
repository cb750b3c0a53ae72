package io.github.bizenv.scoring.engine;

import static io.github.bizenv.scoring.live.EvaluationAssert.assertSameEvaluation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * A session equals a whole evaluation after every commit, bit for bit, on randomly shaped methodologies (fixed and
 * fitted leaves, codes, rules that force grades and keep units out of the top band, ranking groups with names,
 * eligibility, exclusions, presented scores, dense ranks and tolerances, quotas within groups, all units or a
 * column, a scope) and random cell changes committed one or a few at a time — so that the paths that recompute a
 * unit, a refitted column, and move one unit's rank and grade in place are each checked against the batch engine.
 * The changes a commit reports are exactly the units whose root score, rank or grade differ; a rollback leaves the
 * data as it was.
 */
class SessionTest {

  static final long BASE = Seeds.base("SessionTest");
  static final Period Y = Period.year(2021);
  static final Engine ENGINE = Engine.create();

  @RepeatedTest(60)
  void everyCommitEqualsAWholeEvaluation(RepetitionInfo info) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Plan plan = ENGINE.compile(methodology(r), "random");
      int units = 3 + r.nextInt(30);
      Dataset data = data(r, units);
      Session s = Session.start(plan, data, Y);
      assertSameEvaluation(plan.evaluate(data, Y), s.evaluation(), "start");
      Evaluation before = s.evaluation();
      for (int step = 0; step < 60; step++) {
        if (r.nextInt(8) == 0) {
          // Staged and discarded: the data and the evaluation are what they were.
          Dataset was = s.data();
          for (int c = 0; c < 1 + r.nextInt(4); c++) {
            change(r, s, units);
          }
          s.rollback();
          assertSameEvaluation(plan.evaluate(was, Y), plan.evaluate(s.data(), Y), "step " + step + ": rolled back");
          assertEquals(was.units(Y), s.data().units(Y), "step " + step + ": units after a rollback");
          assertEquals(was.columns(Y), s.data().columns(Y), "step " + step + ": columns after a rollback");
        }
        int changes = r.nextInt(4) == 0 ? 1 + r.nextInt(4) : 1;
        for (int c = 0; c < changes; c++) {
          change(r, s, units);
        }
        List<Session.UnitChange> reported;
        try {
          reported = s.commit();
        } catch (ValidationException e) {
          throw new AssertionError("step " + step + ": " + e.getMessage(), e);
        }
        Evaluation batch = plan.evaluate(s.data(), Y);
        Evaluation now = s.evaluation();
        assertSameEvaluation(batch, now, "step " + step);
        assertEquals(expectedChanges(before, now), describe(reported), "step " + step + ": the changes reported");
        before = now;
      }
    });
  }

  @Test
  void aNumberALeafCannotScoreIsRefusedAndNothingIsStaged() {
    Plan plan = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'c','name':{'en':'c'},'nodes':[{'id':'root'},"
        + "{'id':'c','parent':'root','source':'c','normalizer':{'name':'categorical','scores':{'1':0,'2':100}}}]}")
        .replace('\'', '"'), "c");
    Dataset d = Dataset.builder().value(Y, "a", "c", 1).value(Y, "b", "c", 2).build();
    Session s = Session.start(plan, d, Y);
    ValidationException e = assertThrows(ValidationException.class, () -> s.set("a", "c", 3));
    assertTrue(e.getMessage().contains("unit \"a\", column \"c\""), e.getMessage());
    assertTrue(s.commit().isEmpty(), "nothing was staged");
    assertThrows(ValidationException.class, () -> s.setCode("a", "c", "maybe"));
    assertEquals(0, s.evaluation().score("a").getAsDouble());
    ValidationException batch = assertThrows(ValidationException.class, () -> plan.evaluate(Dataset.builder()
        .value(Y, "a", "c", 3).build(), Y), "the batch engine refuses it too");
    assertTrue(batch.getMessage().contains("value 3 is not one the normalizer \"categorical\""), batch.getMessage());
  }

  /** Every unit whose root score, rank or grade differs between two evaluations (units leaving first). */
  static List<String> expectedChanges(Evaluation a, Evaluation b) {
    List<String> out = new ArrayList<>();
    for (String u : a.units()) {
      if (!b.units().contains(u) && (a.score(u).isPresent() || a.rank(u).isPresent() || a.grade(u).isPresent())) {
        out.add(u + " " + a.score(u) + "→OptionalDouble.empty " + a.rank(u) + "→OptionalInt.empty " + a.grade(u)
            + "→Optional.empty");
      }
    }
    for (String u : b.units()) {
      boolean known = a.units().contains(u);
      var sa = known ? a.score(u) : java.util.OptionalDouble.empty();
      var ra = known ? a.rank(u) : java.util.OptionalInt.empty();
      var ga = known ? a.grade(u) : java.util.Optional.<String>empty();
      if (!sa.equals(b.score(u)) || !ra.equals(b.rank(u)) || !ga.equals(b.grade(u))) {
        out.add(u + " " + sa + "→" + b.score(u) + " " + ra + "→" + b.rank(u) + " " + ga + "→" + b.grade(u));
      }
    }
    return out;
  }

  static List<String> describe(List<Session.UnitChange> changes) {
    List<String> out = new ArrayList<>();
    for (Session.UnitChange c : changes) {
      out.add(c.unit() + " " + c.scoreBefore() + "→" + c.scoreAfter() + " " + c.rankBefore() + "→" + c.rankAfter()
          + " " + c.gradeBefore() + "→" + c.gradeAfter());
    }
    return out;
  }

  static void change(SplittableRandom r, Session s, int units) {
    String unit = "u" + r.nextInt(r.nextInt(20) == 0 ? units + 3 : units);
    String column = COLUMNS[r.nextInt(COLUMNS.length)];
    int what = r.nextInt(10);
    if (what == 0) {
      s.clear(unit, column);
    } else if (column.equals("kind")) {
      s.setCode(unit, column, r.nextBoolean() ? "a" : r.nextBoolean() ? "b" : "z");
    } else if (column.equals("zone")) {
      s.setCode(unit, column, r.nextBoolean() ? "north" : "south");
    } else if (column.equals("c") && what < 4) {
      s.setCode(unit, column, r.nextBoolean() ? "yes" : "n/a");
    } else {
      s.set(unit, column, value(r, column));
    }
  }

  static final String[] COLUMNS = {"g1", "g2", "m1", "m2", "c", "nr", "few", "kind", "zone", "g1", "m1"};

  static double value(SplittableRandom r, String column) {
    switch (column) {
      case "c":
        return r.nextBoolean() ? 1 : 2;
      case "nr":
        return 1 + r.nextInt(6);
      case "few":
        return r.nextInt(4);
      default:
        return r.nextInt(8) * 12.5;
    }
  }

  static Dataset data(SplittableRandom r, int units) {
    Dataset.Builder b = Dataset.builder();
    for (String c : new String[] {"g1", "g2", "m1", "m2", "c", "nr", "few", "kind", "zone"}) {
      b.column(Y, c);
    }
    for (int u = 0; u < units; u++) {
      String id = "u" + u;
      b.unit(Y, id);
      b.code(Y, id, "kind", r.nextInt(4) == 0 ? "b" : "a");
      b.code(Y, id, "zone", r.nextBoolean() ? "north" : "south");
      for (String c : new String[] {"g1", "g2", "m1", "m2", "nr", "few"}) {
        if (r.nextInt(6) > 0) {
          b.value(Y, id, c, value(r, c));
        }
      }
      if (r.nextBoolean()) {
        if (r.nextBoolean()) {
          b.value(Y, id, "c", value(r, "c"));
        } else {
          b.code(Y, id, "c", r.nextBoolean() ? "yes" : "n/a");
        }
      }
    }
    return b.build();
  }

  static String methodology(SplittableRandom r) {
    List<String> rules = new ArrayList<>();
    if (r.nextBoolean()) {
      rules.add("{'name':'override','label':'national top','any':[{'indicator':'nr','atMost':" + (1 + r.nextInt(2))
          + "}]" + (r.nextBoolean() ? ",'grade':'A'" : "") + "}");
    }
    if (r.nextBoolean()) {
      rules.add("{'name':'veto','effect':'exclude-top-band','label':'few tasks','any':[{'indicator':'few','atMost':0}]}");
    }
    String leafRules = r.nextInt(3) == 0
        ? ",'rules':[{'name':'veto','effect':'force-grade','grade':'C','any':[{'indicator':'few','equals':3}]}]" : "";
    StringBuilder m = new StringBuilder("{'schema':'bizenv.methodology/1','id':'r','name':{'en':'r'},");
    if (r.nextInt(4) == 0) {
      m.append("'scope':{'column':'kind','values':['a','b']},");
    }
    m.append("'nodes':[{'id':'root'").append(rules.isEmpty() ? "" : ",'rules':[" + String.join(",", rules) + "]")
        .append(r.nextBoolean() ? ",'points':80" : "").append("},")
        .append("{'id':'x','parent':'root','weight':2").append(r.nextBoolean() ? ",'missing':{'minShare':0.5}" : "")
        .append("},{'id':'y','parent':'root'},")
        .append("{'id':'g1','parent':'x','source':'g1','normalizer':{'name':'goalposts','lower':0,'upper':100}")
        .append(leafRules).append("},")
        .append("{'id':'m1','parent':'x','source':'m1','normalizer':{'name':'min-max'}},")
        .append("{'id':'g2','parent':'y','source':'g2','direction':'lower-is-better','normalizer':{'name':'goalposts',")
        .append("'lower':0,'upper':100}},")
        .append("{'id':'m2','parent':'y','source':'m2','weight':3,'normalizer':{'name':'min-max','lower':0,'upper':10}},")
        .append("{'id':'c','parent':'y','source':'c','codes':{'yes':{'score':100},'n/a':'not-applicable'},")
        .append("'normalizer':{'name':'categorical','scores':{'1':0,'2':50,'3':100}}}],");
    List<String> ranking = new ArrayList<>();
    ranking.add("'method':'" + (r.nextInt(4) == 0 ? "dense" : "competition") + "'");
    if (r.nextInt(5) == 0) {
      ranking.add("'tolerance':0.5");
    }
    if (r.nextBoolean()) {
      ranking.add("'on':'presented'");
    }
    if (r.nextBoolean()) {
      ranking.add("'groupColumn':'kind'");
      if (r.nextBoolean()) {
        ranking.add("'groupNames':{'a':'A and Z','z':'A and Z'}");
      }
    }
    if (r.nextInt(3) == 0) {
      ranking.add("'eligible':{'indicator':'few','atLeast':1" + (r.nextBoolean() ? ",'label':'too few'" : "") + "}");
    }
    if (r.nextInt(4) == 0) {
      ranking.add("'exclude':['u1']");
    }
    m.append("'ranking':{").append(String.join(",", ranking)).append("},");
    m.append("'grades':{").append(r.nextBoolean() ? "'on':'presented'," : "")
        .append("'bands':[{'name':'A','min':").append(r.nextBoolean() ? 70 : 60).append("},{'name':'B','min':40},")
        .append(r.nextBoolean() ? "{'name':'C'}" : "{'name':'C','min':10}").append("]");
    if (r.nextInt(4) > 0) {
      String within = new String[] {"ranking-groups", "all", "zone"}[r.nextInt(3)];
      m.append(",'quota':{'band':'A','maxShare':").append(new double[] {0.2, 0.3, 0.5}[r.nextInt(3)])
          .append(",'rounding':'").append(new String[] {"floor", "ceil", "round"}[r.nextInt(3)])
          .append("','ties':'").append(r.nextBoolean() ? "demote" : "keep").append("','within':'").append(within)
          .append("'}");
    }
    m.append("},'rounding':{'decimals':").append(r.nextInt(3)).append("}}");
    return m.toString().replace('\'', '"');
  }
}
