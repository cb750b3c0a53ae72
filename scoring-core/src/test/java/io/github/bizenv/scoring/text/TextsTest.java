package io.github.bizenv.scoring.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.RecognitionKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Role;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.workflow.Shortfall;
import io.github.bizenv.scoring.workflow.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {

  static final Texts ZH = Texts.chinese();
  static final Texts EN = Texts.english();

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void aFindingKindHasTheSameEnglishNameInTheModelAndInTheLabels() {
    for (FindingKind k : FindingKind.values()) {
      assertEquals(Texts.english().label(k), k.en(), k.code());
    }
  }

  @Test
  void everyLabelAndSentenceExistsInBothLanguagesWithTheSamePlaceholders() throws IOException {
    for (String bundle : List.of("labels", "sentences")) {
      Properties en = load(bundle + ".properties");
      Properties zh = load(bundle + "_zh.properties");
      Set<String> keys = new TreeSet<>(en.stringPropertyNames());
      keys.removeIf(k -> k.startsWith("grade."));
      assertEquals(keys, new TreeSet<>(zh.stringPropertyNames()),
          bundle + ": the same keys in English and Chinese (Chinese grade names are shown as they are)");
      for (String k : keys) {
        assertEquals(placeholders(en.getProperty(k)), placeholders(zh.getProperty(k)), bundle + " " + k);
        String words = zh.getProperty(k).replaceAll("\\{\\d}", "");
        boolean han = words.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean english = words.matches("(?s).*[A-Za-z]{3,}.*") && !words.matches("(?s).*(UTF|GBK|GB18030|Excel|JSON|"
            + "CSV|schema|true|false|thousands|percent|encoding|sb-time|yyyy|xlsx|comma|semicolon|tab|id|zh|en|"
            + "lang|period|numbers|unit|indicator|value|score|weighted-mean|sample|city).*");
        assertTrue(han || !english, bundle + " " + k + " is translated: " + zh.getProperty(k));
      }
    }
  }

  @Test
  void everyEnumShownToPeopleAndEveryProblemCodeHasALabel() throws Exception {
    for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Status.class, TaskClass.class,
        UnitKind.class, FindingKind.class, Severity.class, ResultLevel.class, Direction.class, Role.class,
        AuthorisationStep.class, RecognitionKind.class)) {
      for (Enum<?> e : type.getEnumConstants()) {
        assertTrue(ZH.has(type.getSimpleName() + "." + e.name()), e.toString());
        assertFalse(ZH.label(e).equals(EN.label(e)), "translated: " + e);
      }
    }
    assertEquals("红灯", ZH.label(Status.RED));
    assertEquals("yellow", EN.label(Status.BEHIND));
    assertEquals("牵头单位", ZH.get("role.lead"));
    assertEquals("责任单位", ZH.get("role.responsible"));
    assertEquals("配合单位", ZH.get("role.supporting"));
    assertEquals("配合单位", ZH.label(Role.SUPPORTING));
    for (Shortfall.Kind k : Shortfall.Kind.values()) {
      assertTrue(ZH.has("shortfall." + k.name()) && !ZH.get("shortfall." + k.name()).equals(EN.get("shortfall." + k.name())),
          k.toString());
    }
    for (Field f : Problem.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        String code = (String) f.get(null);
        assertTrue(ZH.has("code." + code) && !ZH.get("code." + code).equals(EN.get("code." + code)), code);
      }
    }
  }

  @Test
  void sentencesArePutIntoChineseAndPlaceholdersAreLookedUpAgain() {
    assertEquals("单位“drc”未在/units中声明", ZH.sentence("unit \"drc\" is not declared in /units"));
    assertEquals("单位“x”未在本工程的单位中声明", ZH.sentence("unit \"x\" is not declared in the programme's units"));
    assertEquals("第5行第3列（sb-time）", ZH.path("line 5, column 3 (sb-time)"));
    assertEquals("任务!N5", ZH.path("任务!N5"));
    assertEquals("规则 加减分：firsts-provincial × 1 → +2（92.58 → 94.58）",
        ZH.sentence("rule bonus-deduction: firsts-provincial × 1 → +2 (92.58 → 94.58)"));
    assertEquals("规则 牵头指标国评前10或省评第1：eval.national-rank = 6 ≤ 10 → 满分100；该单位评为优秀（95 → 100）",
        ZH.sentence("rule 牵头指标国评前10或省评第1: eval.national-rank = 6 ≤ 10 → full marks 100; the unit is graded "
            + "优秀 (95 → 100)"));
    assertEquals("名额限制：12个单位中至多20%（2个，向下取整）可评为优秀；调整为良好",
        ZH.sentence("quota: at most 20% of 12 units (2, floor) may be 优秀; moved to 良好"));
    assertEquals("名额限制：开发区2个单位中至多20%（0个，四舍五入）可评为优秀；调整为良好",
        ZH.sentence("quota: at most 20% of 2 units in development-zone (0, round) may be 优秀; moved to 良好"));
    assertEquals("名额限制：区县和开发区12个单位中至多30%（3个，向下取整）可评为优秀，其中2个已直接评为优秀；调整为良好",
        ZH.sentence("quota: at most 30% of 12 units in 区县和开发区 (3, floor) may be 优秀, 2 of them forced to 优秀; "
            + "moved to 良好"));
    assertEquals("不参与排名：承担任务不足3项，不参与排名", ZH.sentence("not ranked: 承担任务不足3项，不参与排名"));
    // A rule's items with several arrows are still read as a bonus-deduction, not as an override "a: b → c".
    assertEquals("规则 加减分：findings.supervision.serious × 2 → -4；findings.overdue × 6 → -6；类别supervision合计-10，以-8为限"
        + "（50 → 42）", ZH.sentence("rule bonus-deduction: findings.supervision.serious × 2 → -4; findings.overdue × 6 → -6; "
        + "category supervision -10 limited to -8 (50 → 42)"));
    assertEquals("标准化得分：100", ZH.sentence("normalized: 100"));
    assertEquals("2个下级指标中有2个缺失或不适用，未计入；其余权重按比例调整为合计1（最低比例0.5）",
        ZH.sentence("2 of 2 children left out (missing or not applicable); the others' weights renormalized to sum to 1 "
            + "(minimum share 0.5)"));
    assertEquals("单位“customs”牵头的任务“T001”属于领域“商事登记”，不在其职能范围[cross-border-trade]之内",
        ZH.sentence("unit \"customs\" leads task \"T001\" in area \"商事登记\", which is not among its competences "
            + "[cross-border-trade]"));
    assertEquals("任务“T9”的目标值5劣于基线值3（越低越好）；如确需如此，请在worseningReason中说明理由",
        ZH.sentence("target 5 of task \"T9\" is worse than its baseline 3 (lower-is-better); give a worseningReason if "
            + "that is meant"));
    String odd = "something the templates do not know";
    assertEquals(odd, ZH.sentence(odd));
    assertFalse(ZH.translates(odd));
    assertEquals("引用未声明：" + odd, ZH.message(Problem.of(Problem.UNKNOWN_REFERENCE, "/x", odd)));
    assertEquals(odd, EN.message(Problem.of(Problem.UNKNOWN_REFERENCE, "/x", odd)));
    assertEquals("excellent", EN.grade("优秀"));
    assertEquals("优秀", ZH.grade("优秀"));
    assertEquals("A+", EN.grade("A+"));
    assertEquals("南湖区（nanhu）", ZH.named(io.github.bizenv.scoring.model.LocalizedText.of("南湖区", "Nanhu"), "nanhu"));
    assertEquals("Nanhu (nanhu)", EN.named(io.github.bizenv.scoring.model.LocalizedText.of("南湖区", "Nanhu"), "nanhu"));
    assertEquals(ZH, Texts.of(Locale.TRADITIONAL_CHINESE));
    assertEquals(EN, Texts.of(Locale.GERMANY));
  }

  /** Problems that broken programmes, data and tables produce all have a Chinese sentence. */
  @Test
  void theProblemsOfBrokenDocumentsAreAllTranslated() {
    List<Problem> seen = new ArrayList<>();
    String programme = ("{'schema':'bizenv.programme/1','id':'p','name':{'zh':'示例'},'period':'2021',"
        + "'benchmark':{'jurisdiction':{'zh':'深圳市'},'values':{'nope':1}},'areas':[{'id':'sb','name':{'zh':'开办'}},"
        + "{'id':'sb','name':{'zh':'重复'}}],'units':[{'id':'amr','name':{'zh':'市市场监管局'},'kind':'department',"
        + "'members':[{'unit':'amr','weight':0}]}],'indicators':[{'id':'t','name':{'zh':'时间'},'measurementUnit':' ',"
        + "'direction':'lower-is-better','textCodes':['1']}],'tasks':[{'id':'T1','area':'zz','description':{'zh':'x'},"
        + "'lead':'drc','responsible':['amr'],'deadline':'2022-01-01','legalAuthorisation':true,"
        + "'milestones':[{'due':'2021-05-01','plannedProgress':50,'description':{'zh':'a'}},{'due':'2021-04-01',"
        + "'plannedProgress':40,'description':{'zh':'b'}}],'extra':1,'measure':{'indicator':'t','baseline':'x',"
        + "'benchmark':1,'target':1}}]}").replace('\'', '"');
    collect(seen, () -> Documents.create().readProgramme(bytes(programme), "p.json"));
    collect(seen, () -> Documents.create().readProgramme(bytes("{\"schema\":\"bizenv.programme/1\","), "q.json"));
    collect(seen, () -> Documents.create().readObservations(bytes("unit,sb-time,sb-time\n,1\n"), "t.csv",
        Documents.create().readProgramme(bytes(valid()), "v.json")));
    collect(seen, () -> Documents.create().readObservations(bytes("unit,sb-time\n,1\n,1,2\n"), "t.csv",
        Documents.create().readProgramme(bytes(valid()), "v.json")));
    collect(seen, () -> Documents.create().readTable(bytes("unit;x\na;1,003\nb;2\nb;2\n"), "u.csv",
        Documents.create().readProgramme(bytes(valid()), "v.json"), CsvOptions.defaults()));
    collect(seen, () -> Documents.create().readTable(bytes("unit,period,x\na,2021-13,\"1,003\"\n"), "w.csv",
        Documents.create().readProgramme(bytes(valid()), "v.json"), CsvOptions.defaults()));
    assertTrue(seen.size() > 15, seen.toString());
    List<String> untranslated = new ArrayList<>();
    for (Problem p : seen) {
      if (!ZH.translates(p.message()) || !ZH.translates(p.path().isEmpty() ? "x" : p.path())
          && p.path().startsWith("line")) {
        untranslated.add(p.toString());
      }
    }
    assertEquals(List.of(), untranslated);
  }

  static String valid() {
    return ("{'schema':'bizenv.programme/1','id':'p','name':{'zh':'示例'},'period':'2021',"
        + "'benchmark':{'jurisdiction':{'zh':'深圳市'}},'areas':[],'units':[{'id':'a','name':{'zh':'甲'},"
        + "'kind':'department'}],'indicators':[],'tasks':[]}").replace('\'', '"');
  }

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static void collect(List<Problem> seen, Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      seen.addAll(e.problems());
    }
  }
}
