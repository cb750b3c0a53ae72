package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules, grades with quotas, rankings and composite units against hand-computed values. */
class RulesGradesRanksTest {

  static final Engine ENGINE = Engine.create();

  /** Units with a 0–100 score in column "s" and extra columns, one methodology node "root" reading it. */
  static Plan plan(String rootExtras, String rest) {
    return ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root'" + rootExtras + "},"
        + "{'id':'s','parent':'root','source':'s','normalizer':{'name':'goalposts','lower':0,'upper':100}}]"
        + rest + "}").replace('\'', '"'), "test");
  }

  static Dataset data(Object... rows) {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < rows.length; i += 2) {
      String unit = (String) rows[i];
      String[] cells = ((String) rows[i + 1]).split(",");
      for (String cell : cells) {
        String[] kv = cell.split("=");
        b.value(unit, kv[0], Double.parseDouble(kv[1]));
      }
    }
    return b.build();
  }

  @Test
  void bonusAndDeductionItemsWithCapsFloorAndMatters() {
    Plan p = plan(",'rules':[{'name':'bonus-deduction','items':["
        + "{'indicator':'firsts','amount':4,'category':'innovation'},"
        + "{'indicator':'adopted','amount':2,'category':'innovation'},"
        + "{'indicator':'complaints','amount':-1,'category':'hotline'},"
        + "{'indicator':'serious','amount':-3,'category':'hotline','matter':'m1'},"
        + "{'indicator':'serious-again','amount':-2,'category':'hotline','matter':'m1'}],"
        + "'categoryCaps':{'innovation':8,'hotline':5},'cap':20}]", "");
    Evaluation e = p.evaluate(data(
        "a", "s=70,firsts=1,adopted=3,complaints=2,serious=1,serious-again=2",
        "b", "s=95,firsts=2,adopted=1",
        "c", "s=3,complaints=9"));
    // a: innovation 4 + 6 = 10 → capped 8; hotline -2 + max(|-3|, |-4|) → -2 - 4 = -6 → capped -5; 70 + 8 - 5 = 73
    assertEquals(73, e.score("a").getAsDouble(), 1e-12);
    // b: innovation 8 + 2 = 10 → 8; 95 + 8 = 103 (no ceiling given)
    assertEquals(103, e.score("b").getAsDouble(), 1e-12);
    // c: -9 → -5 (category cap); 3 - 5 = -2 → floor 0 (the node's least score)
    assertEquals(0, e.score("c").getAsDouble(), 1e-12);
    String why = e.explain("a", "root").text();
    assertTrue(why.contains("matter m1, counted once at its largest"), why);
    assertTrue(why.contains("category innovation +10 limited to +8"), why);
  }


  @Test
  void overrideGivesFullMarksAndAGrade() {
    Plan p = plan(",'rules':[{'name':'override','label':'national top 10 or provincial first','any':["
        + "{'indicator':'national-rank','atMost':10},{'indicator':'provincial-rank','equals':1}],'grade':'优秀'}]",
        ",'grades':{'bands':[{'name':'优秀','min':90},{'name':'良好','min':80},{'name':'一般'}]}");
    Evaluation e = p.evaluate(data("a", "s=70,national-rank=6", "b", "s=70,provincial-rank=1,national-rank=40",
        "c", "s=85,national-rank=11,provincial-rank=2"));
    assertEquals(100, e.score("a").getAsDouble(), 1e-12);
    assertEquals(100, e.score("b").getAsDouble(), 1e-12);
    assertEquals(85, e.score("c").getAsDouble(), 1e-12);
    assertEquals("优秀", e.grade("a").orElseThrow());
    assertEquals("良好", e.grade("c").orElseThrow());
    String why = e.explain("b", "root").text();
    assertTrue(why.contains("national top 10 or provincial first: provincial-rank = 1 = 1 → full marks 100"), why);
  }

  @Test
  void vetoZeroesForcesAGradeOrKeepsOutOfTheTopBand() {
    String grades = ",'grades':{'bands':[{'name':'优秀','min':90},{'name':'良好','min':80},{'name':'一般','min':60},"
        + "{'name':'较差'}]}";
    Plan zero = plan(",'rules':[{'name':'veto','any':[{'indicator':'incidents','atLeast':1}]}]", grades);
    assertEquals(0, zero.evaluate(data("a", "s=95,incidents=1")).score("a").getAsDouble(), 1e-12);
    Plan force = plan(",'rules':[{'name':'veto','effect':'force-grade','grade':'较差','any':[{'indicator':'incidents',"
        + "'atLeast':1}]}]", grades);
    Evaluation f = force.evaluate(data("a", "s=95,incidents=2", "b", "s=95"));
    assertEquals("较差", f.grade("a").orElseThrow());
    assertEquals(95, f.score("a").getAsDouble(), 1e-12);
    assertEquals("优秀", f.grade("b").orElseThrow());
    Plan top = plan(",'rules':[{'name':'veto','effect':'exclude-top-band','any':[{'indicator':'late','atLeast':3}]}]",
        grades);
    Evaluation t = top.evaluate(data("a", "s=95,late=3"));
    assertEquals("良好", t.grade("a").orElseThrow());
    assertTrue(t.gradeReasons("a").get(1).startsWith("kept out of 优秀"), t.gradeReasons("a").toString());
  }

  @Test
  void gradeBandsEdgesAndQuota() {
    String bands = "'bands':[{'name':'优秀','min':90},{'name':'良好','min':80},{'name':'一般'}]";
    Plan inclusive = plan("", ",'grades':{" + bands + "}");
    Evaluation e = inclusive.evaluate(data("a", "s=90", "b", "s=89.99", "c", "s=80", "d", "s=10"));
    assertEquals(List.of("优秀", "良好", "良好", "一般"), List.of(e.grade("a").get(), e.grade("b").get(),
        e.grade("c").get(), e.grade("d").get()));
    Plan exclusive = plan("", ",'grades':{'edge':'min-exclusive'," + bands + "}");
    assertEquals("良好", exclusive.evaluate(data("a", "s=90")).grade("a").get());
    // 10 units, at most 20 % 优秀 (2): the third and fourth above 90 are moved down.
    Plan quota = plan("", ",'grades':{" + bands + ",'quota':{'band':'优秀','maxShare':0.2,'rounding':'floor'}}");
    Evaluation q = quota.evaluate(data("a", "s=99", "b", "s=97", "c", "s=95", "d", "s=93", "e", "s=85", "f", "s=70",
        "g", "s=70", "h", "s=60", "i", "s=50", "j", "s=40"));
    assertEquals(List.of("优秀", "优秀", "良好", "良好"), List.of(q.grade("a").get(), q.grade("b").get(),
        q.grade("c").get(), q.grade("d").get()));
    assertTrue(q.gradeReasons("c").get(1).startsWith("quota: at most 20% of 10 units (2, floor)"), q.gradeReasons("c").toString());
    // A tie at the cut: both tied units are demoted by default.
    Evaluation tie = quota.evaluate(data("a", "s=99", "b", "s=95", "c", "s=95", "d", "s=50", "e", "s=50",
        "f", "s=50", "g", "s=50", "h", "s=50", "i", "s=50", "j", "s=50"));
    assertEquals(List.of("优秀", "良好", "良好"), List.of(tie.grade("a").get(), tie.grade("b").get(), tie.grade("c").get()));
  }

  @Test
  void competitionAndDenseRanksWithTolerance() {
    Dataset d = data("a", "s=90", "b", "s=80", "c", "s=80", "d", "s=70", "e", "s=69.995");
    Evaluation comp = plan("", ",'ranking':{'method':'competition'}").evaluate(d);
    assertEquals(List.of(1, 2, 2, 4, 5), ranks(comp, "a", "b", "c", "d", "e"));
    Evaluation dense = plan("", ",'ranking':{'method':'dense','tolerance':0.01}").evaluate(d);
    assertEquals(List.of(1, 2, 2, 3, 3), ranks(dense, "a", "b", "c", "d", "e"));
    assertEquals(List.of("a", "b", "c"), comp.top(2), "ties with the last one are listed together");
    assertEquals(List.of("e"), comp.bottom(1));
    assertEquals(100, comp.percentile("a").getAsDouble(), 1e-12);
    assertEquals(0, comp.percentile("e").getAsDouble(), 1e-12);
    assertEquals(1, comp.quintile("a").getAsInt());
    assertEquals(5, comp.quintile("e").getAsInt());
  }

  @Test
  void separateRankingsPerGroupAndExclusions() {
    Evaluation e = plan("", ",'ranking':{'groups':{'districts':['a','b'],'departments':['c','d']},'exclude':['d']}")
        .evaluate(data("a", "s=50", "b", "s=60", "c", "s=10", "d", "s=99", "x", "s=100"));
    assertEquals(List.of(2, 1, 1), ranks(e, "a", "b", "c"));
    assertTrue(e.rank("d").isEmpty(), "excluded");
    assertTrue(e.rank("x").isEmpty(), "in no group");
    assertEquals("districts", e.group("a").orElseThrow());
  }

  @Test
  void scopeAndGroupsFromADataColumn() {
    Plan p = plan("", ",'scope':{'column':'kind','values':['district','county']},'ranking':{'groupColumn':'kind'}");
    Dataset d = Dataset.builder()
        .value("a", "s", 50).code("a", "kind", "district")
        .value("b", "s", 60).code("b", "kind", "district")
        .value("c", "s", 10).code("c", "kind", "county")
        .value("x", "s", 99).code("x", "kind", "department").build();
    Evaluation e = p.evaluate(d);
    assertEquals(List.of("a", "b", "c"), e.units(), "the department is out of scope");
    assertEquals(List.of(2, 1, 1), ranks(e, "a", "b", "c"));
    assertEquals("county", e.group("c").orElseThrow());
  }

  @Test
  void compositeUnitsTakeTheirMembersWeightedMean() {
    Plan p = plan("", ",'composites':[{'unit':'nation','members':[{'unit':'c1','weight':3},{'unit':'c2','weight':1}]}],"
        + "'ranking':{'excludeCompositeMembers':true}");
    Evaluation e = p.evaluate(data("c1", "s=80", "c2", "s=40", "z", "s=50"));
    assertEquals(70, e.score("nation").getAsDouble(), 1e-12);
    assertEquals(List.of("nation", "z"), e.ranked());
  }

  @Test
  void presentationRoundingIsHalfUpPerNodeAndRanksUseUnroundedScores() {
    Plan p = ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},'nodes':["
        + "{'id':'root','decimals':0},"
        + "{'id':'s','parent':'root','source':'s','normalizer':{'name':'goalposts','lower':0,'upper':100}}]}")
        .replace('\'', '"'), "t");
    Evaluation e = p.evaluate(data("a", "s=2.345", "b", "s=2.5", "c", "s=2.4999"));
    assertEquals("unit,root,s,group,rank,grade\na,2,2.35,,3,\nb,3,2.50,,1,\nc,2,2.50,,2,\n", e.toCsv());
  }

  static List<Integer> ranks(Evaluation e, String... units) {
    List<Integer> out = new java.util.ArrayList<>();
    for (String u : units) {
      out.add(e.rank(u).orElse(0));
    }
    return out;
  }
}
