package io.github.bizenv.scoring.engine;

import static io.github.bizenv.scoring.engine.RulesGradesRanksTest.data;
import static io.github.bizenv.scoring.engine.RulesGradesRanksTest.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.methodology.Heads;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The engine features the seed article's rules need — quotas within the ranked groups, ranks and grades on the
 * presented precision, forced grades holding quota places, the deduction scheme's base score, labelled conditions, the
 * heads' own grades — each on a few units whose numbers are worked out by hand.
 */
class SeedRulesEngineTest {

  static final String BANDS = "'bands':[{'name':'优秀','min':90},{'name':'良好','min':80},{'name':'一般'}]";

  static Dataset grouped() {
    Dataset.Builder b = Dataset.builder();
    String[][] rows = {{"d1", "95", "district"}, {"d2", "93", "district"}, {"d3", "92", "district"},
        {"d4", "80", "district"}, {"d5", "70", "district"}, {"d6", "60", "district"},
        {"c1", "91", "county"}, {"c2", "90", "county"}, {"c3", "50", "county"}, {"c4", "40", "county"}};
    for (String[] r : rows) {
      b.value(r[0], "s", Double.parseDouble(r[1]));
      b.code(r[0], "kind", r[2]);
      b.code(r[0], "zone", r[0].startsWith("d") && r[0].compareTo("d4") < 0 ? "north" : "south");
    }
    return b.build();
  }

  static List<String> top(Evaluation e) {
    return e.units().stream().filter(u -> e.grade(u).orElse("").equals("优秀")).collect(Collectors.toList());
  }

  @Test
  void aQuotaAppliesWithinEachRankingGroupNotAcrossThem() {
    // Districts and counties are ranked apart; 优秀 ≤ 20 %, rounded half up: 6 districts → 1.2 → 1, 4 counties → 0.8
    // → 1. Three districts reach 90 (95, 93, 92): only d1 keeps 优秀; two counties (91, 90): only c1.
    Plan p = plan("", ",'ranking':{'groupColumn':'kind'},'grades':{" + BANDS
        + ",'quota':{'band':'优秀','maxShare':0.2,'rounding':'round'}}");
    Evaluation e = p.evaluate(grouped());
    assertEquals(List.of("d1", "c1"), top(e));
    assertEquals("良好", e.grade("d2").orElseThrow());
    assertEquals("良好", e.grade("c2").orElseThrow());
    assertEquals("quota: at most 20% of 6 units in district (1, round) may be 优秀; moved to 良好",
        e.gradeReasons("d3").get(1));
    assertEquals("quota: at most 20% of 4 units in county (1, round) may be 优秀; moved to 良好",
        e.gradeReasons("c2").get(1));
    // Over all ten units at once (the old behaviour, now only when declared): 2 places, both to districts.
    Plan all = plan("", ",'ranking':{'groupColumn':'kind'},'grades':{" + BANDS
        + ",'quota':{'band':'优秀','maxShare':0.2,'rounding':'round','within':'all'}}");
    assertEquals(List.of("d1", "d2"), top(all.evaluate(grouped())));
    // Over a declared column: north (d1–d3, 3 units → 0.6 → 1) and south (the other 7 → 1.4 → 1).
    Plan zones = plan("", ",'ranking':{'groupColumn':'kind'},'grades':{" + BANDS
        + ",'quota':{'band':'优秀','maxShare':0.2,'rounding':'round','within':'zone'}}");
    assertEquals(List.of("d1", "c1"), top(zones.evaluate(grouped())));
  }

  @Test
  void groupNamesMergeColumnValuesIntoOneRankingGroup() {
    // Districts and counties ranked together as 区县: d1 95 … c4 40 in one list of ten.
    Plan p = plan("", ",'ranking':{'groupColumn':'kind','groupNames':{'district':'区县','county':'区县'}}");
    Evaluation e = p.evaluate(grouped());
    assertEquals(List.of("d1", "d2", "d3", "c1", "c2", "d4", "d5", "d6", "c3", "c4"), e.ranked("区县"));
    assertEquals("区县", e.group("c1").orElseThrow());
    ValidationException bad = assertThrows(ValidationException.class,
        () -> plan("", ",'ranking':{'groupNames':{'district':'区县'}}"));
    assertEquals("/ranking/groupNames", bad.problems().get(0).path());
  }

  @Test
  void aUnitFailingTheRankingConditionIsScoredButNotRanked() {
    // b answers for one task: scored (100) but not ranked against the others; a and c are ranked 1 and 2.
    Plan p = plan("", ",'ranking':{'eligible':{'indicator':'tasks','atLeast':3,'label':'承担任务不足3项，不参与排名'}}");
    Evaluation e = p.evaluate(data("a", "s=90,tasks=5", "b", "s=100,tasks=1", "c", "s=80,tasks=3"));
    assertEquals(List.of("a", "c"), e.ranked(""));
    assertTrue(e.rank("b").isEmpty());
    assertEquals(100, e.score("b").getAsDouble(), 1e-12);
    assertEquals("承担任务不足3项，不参与排名", e.unranked("b").orElseThrow());
    assertTrue(e.unranked("a").isEmpty());
    assertTrue(e.explain("b", "root").text().contains("not ranked: 承担任务不足3项，不参与排名"));
  }

  @Test
  void aForcedGradeHoldsAQuotaPlaceAndIsNeverCut() {
    // Five units, 优秀 ≤ 20 % → 1 place. x is forced to 优秀 by an override (national rank 6): it takes the place, so y
    // (95) is moved down although it scores more than x's own 85.
    Plan p = plan(",'rules':[{'name':'override','any':[{'indicator':'rank','atMost':10}],'score':85,'grade':'优秀'}]",
        ",'grades':{" + BANDS + ",'quota':{'band':'优秀','maxShare':0.2}}");
    Evaluation e = p.evaluate(data("x", "s=40,rank=6", "y", "s=95", "z", "s=50", "v", "s=60", "w", "s=70"));
    assertEquals(List.of("x"), top(e));
    assertEquals("quota: at most 20% of 5 units (1, floor) may be 优秀, 1 of them forced to 优秀; moved to 良好",
        e.gradeReasons("y").get(1));
    // Two forced units in a quota of one: both stay 优秀; no other unit is.
    Evaluation two = p.evaluate(data("x", "s=40,rank=6", "y", "s=95", "z", "s=50,rank=3", "v", "s=60", "w", "s=70"));
    assertEquals(List.of("x", "z"), top(two));
  }

  @Test
  void ranksAndGradesFollowThePresentedScores() {
    // 89.996 and 90.004 are both shown as 90.00: ranked on the presented precision they share rank 1, and both are
    // graded 优秀 (≥ 90). On unrounded scores they would be 1 and 2, 优秀 and 良好.
    Dataset d = data("a", "s=89.996", "b", "s=90.004", "c", "s=85");
    Plan presented = plan("", ",'ranking':{'on':'presented'},'grades':{" + BANDS + ",'on':'presented'}");
    Evaluation e = presented.evaluate(d);
    assertEquals(1, e.rank("a").getAsInt());
    assertEquals(1, e.rank("b").getAsInt());
    assertEquals(3, e.rank("c").getAsInt());
    assertEquals("优秀", e.grade("a").orElseThrow());
    assertEquals("score 90 → 优秀 (≥ 90)", e.gradeReasons("a").get(0));
    Evaluation raw = plan("", ",'grades':{" + BANDS + "}").evaluate(d);
    assertEquals(2, raw.rank("a").getAsInt());
    assertEquals("良好", raw.grade("a").orElseThrow());
    ValidationException bad = assertThrows(ValidationException.class, () -> plan("", ",'ranking':{'on':'shown'}"));
    assertEquals("/ranking/on", bad.problems().get(0).path());
  }

  @Test
  void aDeductionSchemeStartsFromABaseAndDeductsWithCapsAndAFloor() {
    // 扣分制: each unit that leads tasks starts at 40; −2 per late A task, −1.5 per late B task (category "tasks",
    // capped at 30), −0.5 per missed milestone (category "milestones", capped at 5); all deductions capped at 36; floor 0.
    Plan p = ENGINE_PLAN("{'id':'tasks','source':'tasks','normalizer':{'name':'base-score','base':40},'rules':["
        + "{'name':'bonus-deduction','items':[{'indicator':'late-a','amount':-2,'category':'tasks'},"
        + "{'indicator':'late-b','amount':-1.5,'category':'tasks'},"
        + "{'indicator':'missed','amount':-0.5,'category':'milestones'}],"
        + "'categoryCaps':{'tasks':30,'milestones':5},'cap':36,'floor':0}]}");
    Evaluation e = p.evaluate(data(
        "a", "tasks=5,late-a=2,late-b=1,missed=3",
        "b", "tasks=20,late-a=12,late-b=8,missed=20",
        "c", "tasks=1",
        "d", "late-a=1"));
    // a: 40 − (4 + 1.5) − 1.5 = 33
    assertEquals(33, e.score("a").getAsDouble(), 1e-12);
    // b: tasks −24 − 12 = −36 → −30; milestones −10 → −5; −35 within 36 → 5
    assertEquals(5, e.score("b").getAsDouble(), 1e-12);
    // c: nothing late: the base
    assertEquals(40, e.score("c").getAsDouble(), 1e-12);
    // d leads no task (no value in "tasks"): not assessed
    assertTrue(e.score("d").isEmpty());
    assertEquals(40, p.range("tasks").max(), 1e-12);
    assertEquals(List.of("tasks"), p.leavesUnder(p.root()));
  }

  static Plan ENGINE_PLAN(String node) {
    return RulesGradesRanksTest.ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},"
        + "'nodes':[" + node + "]}").replace('\'', '"'), "test");
  }

  @Test
  void aConditionNamesWhatTriggeredTheVeto() {
    Plan p = plan(",'rules':[{'name':'veto','label':'veto','effect':'exclude-top-band','any':["
        + "{'indicator':'overdue-supervision','atLeast':1,'label':'督查问题逾期未整改'},"
        + "{'indicator':'overdue-hotline','atLeast':1,'label':'12345投诉逾期未办结'}]}]",
        ",'grades':{" + BANDS + "}");
    Evaluation e = p.evaluate(data("a", "s=95,overdue-hotline=1", "b", "s=96,overdue-supervision=2", "c", "s=97"));
    assertEquals("kept out of 优秀: 12345投诉逾期未办结", e.gradeReasons("a").get(1));
    assertEquals("kept out of 优秀: 督查问题逾期未整改", e.gradeReasons("b").get(1));
    assertEquals("12345投诉逾期未办结", e.excludedFromTop("a").orElseThrow());
    assertTrue(e.excludedFromTop("c").isEmpty());
    assertTrue(e.explain("a", "root").text().contains("12345投诉逾期未办结: overdue-hotline = 1 ≥ 1"));
  }

  @Test
  void headsAreGradedInTheirOwnScheme() {
    Plan p = plan("", ",'grades':{" + BANDS + "},'heads':{'grades':['优秀','称职','基本称职','不称职'],"
        + "'from':{'优秀':'优秀','良好':'称职','一般':'基本称职'}}");
    Heads h = p.methodology().heads().orElseThrow();
    assertEquals(List.of("优秀", "称职", "基本称职", "不称职"), h.grades());
    assertEquals("称职", h.from().get("良好"));
    assertEquals("基本称职", h.from().get("一般"));
    assertTrue(plan("", ",'grades':{" + BANDS + "}").methodology().heads().isEmpty(), "no scheme declared");
    ValidationException e = assertThrows(ValidationException.class, () -> plan("", ",'grades':{" + BANDS + "},"
        + "'heads':{'grades':['优秀','称职'],'from':{'优秀':'优秀','良好':'合格'}}"));
    assertEquals(List.of("/heads/from/良好"), e.problems().stream().map(Problem::path).collect(Collectors.toList()));
    ValidationException missing = assertThrows(ValidationException.class, () -> plan("", ",'grades':{" + BANDS
        + "},'heads':{'grades':['优秀','称职'],'from':{'优秀':'优秀','良好':'称职'}}"));
    assertEquals(List.of("/heads/from"), missing.problems().stream().map(Problem::path).collect(Collectors.toList()));
    assertTrue(missing.problems().get(0).message().contains("unit grade \"一般\" has no head grade"),
        missing.getMessage());
  }

  @Test
  void fullMarksAndPresentationOfANodeAreAnswered() {
    Plan p = RulesGradesRanksTest.ENGINE.compile(("{'schema':'bizenv.methodology/1','id':'t','name':{'en':'t'},"
        + "'rounding':{'decimals':1},'nodes':[{'id':'root','points':80},{'id':'s','parent':'root','source':'s',"
        + "'decimals':3,'normalizer':{'name':'goalposts','lower':0,'upper':100}}]}").replace('\'', '"'), "t");
    assertEquals(80, p.range("root").max(), 1e-12);
    assertEquals(100, p.range("s").max(), 1e-12);
    assertEquals(1, p.decimals("root"));
    assertEquals(3, p.decimals("s"));
  }
}
