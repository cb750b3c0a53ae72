package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  static final Path SAMPLE = Path.of("..", "scoring-examples", "src", "main", "resources", "sample-city");
  static final Path METHODOLOGIES = Path.of("..", "scoring-methodologies", "src", "main", "resources", "io", "github",
      "bizenv", "scoring", "methodologies");
  static final String[] COMMANDS = {"demo", "validate", "evaluate", "explain", "gap", "dispatch", "quarter", "assess",
      "report", "template", "audit", "uncertainty", "generate-completion", "help"};

  static Locale before;

  @BeforeAll
  static void english() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(before);
  }

  @TempDir Path dir;

  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
          new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static String sample(String name) {
    return SAMPLE.resolve(name).toString();
  }

  static String methodology(String name) {
    return METHODOLOGIES.resolve(name).toString();
  }

  static boolean chinese(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** A copy of a sample file with the first occurrence of {@code from} after {@code after} replaced. */
  Path copy(String name, String after, String from, String to) throws IOException {
    String text = Files.readString(SAMPLE.resolve(name), StandardCharsets.UTF_8);
    int start = text.indexOf(after);
    int at = text.indexOf(from, Math.max(0, start));
    assertTrue(start >= 0 && at >= 0, "the sample no longer contains " + from + " after " + after);
    Path p = dir.resolve(name);
    Files.writeString(p, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
    return p;
  }

  // ---------------------------------------------------------------- help

  @ParameterizedTest
  @ValueSource(strings = {"demo", "validate", "evaluate", "explain", "gap", "dispatch", "quarter", "assess", "report",
      "template", "audit", "uncertainty", "generate-completion", "help"})
  void everyCommandHasHelpInBothLanguages(String command) {
    for (String lang : List.of("en", "zh")) {
      Run dash = new Run(command, "--help", "--lang", lang);
      Run help = new Run("help", command, "--lang", lang);
      assertEquals(0, dash.code, dash.toString());
      assertEquals(0, help.code, help.toString());
      assertEquals(dash.out, help.out);
      assertTrue(dash.out.contains("score " + command), dash.out);
      assertEquals(lang.equals("zh"), chinese(dash.out.replace("2021年7月", "").replace("2021年第二季度", "")),
          lang + ": " + dash.out);
      assertFalse(dash.out.contains("%n") || dash.out.contains("null"), dash.out);
      List<String> options = new ArrayList<>();
      String list = dash.out.substring(Math.max(0, Math.max(dash.out.indexOf("Options:"), dash.out.indexOf("选项："))));
      Matcher m = Pattern.compile("(?m)^ {2}(?:-\\w, | {4})(--[a-z-]+)").matcher(list);
      while (m.find()) {
        options.add(m.group(1));
      }
      List<String> sorted = new ArrayList<>(options);
      sorted.sort(String::compareTo);
      assertEquals(sorted, options, "options are listed in order");
    }
  }

  @Test
  void topLevelHelpListsEveryCommandAndTheExitCodes() {
    Run en = new Run("--help", "--lang", "en");
    assertEquals(0, en.code);
    for (String c : COMMANDS) {
      assertTrue(en.out.contains("  " + c + " "), c + " in " + en.out);
    }
    assertTrue(en.out.contains("Exit codes: 0 done, 1 a problem in the data or files"), en.out);
    Run zh = new Run("--help", "--lang", "zh");
    assertTrue(zh.out.contains("退出码：0 完成；1 数据或文件有问题"), zh.out);
    assertEquals(2, new Run().code);
    assertEquals(0, new Run("--version").code);
  }

  @Test
  void theSystemLanguageIsTheDefault() {
    Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    try {
      Run r = new Run("dispatch", "--help");
      assertTrue(chinese(r.out), r.out);
      assertFalse(chinese(new Run("dispatch", "--help", "--lang", "en").out.replace("2021年7月", "")));
    } finally {
      Locale.setDefault(Locale.ENGLISH);
    }
  }

  @Test
  void completionScriptsCanBeGenerated() {
    Run r = new Run("generate-completion");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("complete -F _complete_score") || r.out.contains("_complete_score"), r.out);
    assertTrue(r.out.contains("dispatch") && r.out.contains("--month"), "commands and options are completed");
  }

  // ---------------------------------------------------------------- usage and data problems

  @Test
  void misspeltCommandsAndOptionsGetTheNearestSuggested() {
    Run command = new Run("asess", "--lang", "en");
    assertEquals(2, command.code);
    assertTrue(command.err.contains("unknown command \"asess\"") && command.err.contains("Did you mean assess?"),
        command.err);
    Run option = new Run("dispatch", "--programme", sample("programme.json"), "--data", sample("data-2021.json"),
        "--mnth", "2021-7", "--lang", "zh");
    assertEquals(2, option.code);
    assertTrue(option.err.contains("未知选项 --mnth") && option.err.contains("您是不是要输入 --month？"), option.err);
    Run value = new Run("dispatch", "--programme", sample("programme.json"), "--data", sample("data-2021.json"),
        "--month", "2021-13", "--lang", "en");
    assertEquals(2, value.code);
    assertTrue(value.err.contains("\"2021-13\" is not a month; write it as 2021-07, 2021-7 or 2021年7月"), value.err);
    assertFalse(value.err.contains("MonthOfYear") || value.err.contains("Exception"), value.err);
  }

  @Test
  void monthsAndQuartersAsPeopleTypeThemAndOutsideThePeriod() {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    Run july = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-7", "--format", "csv");
    assertEquals(0, july.code, july.toString());
    assertEquals(july.out, new Run("dispatch", "--programme", p, "--data", d, "--month", "2021年7月", "--format",
        "csv").out);
    Run q = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021q2", "--format", "csv");
    assertEquals(0, q.code, q.toString());
    assertEquals(q.out, new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021年第二季度", "--format",
        "csv").out);
    Run outside = new Run("dispatch", "--programme", p, "--data", d, "--month", "2022-01", "--lang", "en");
    assertEquals(1, outside.code, "a month outside the programme's period is a data problem");
    assertTrue(outside.err.contains("--month 2022-01 is outside the period 2021 of programme \"sample-city-2021\""),
        outside.err);
    assertEquals(2, new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021-03").code);
    assertEquals(2, new Run("dispatch", "--programme", p, "--data", d, "--month", "2021Q3").code);
  }

  @Test
  void exitCodesTellDataProblemsFromUsageErrors() throws IOException {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    String m = methodology("assessment-departments-2021.json");
    assertEquals(2, new Run("frobnicate").code);
    assertEquals(2, new Run("validate").code, "a file is needed");
    Run missing = new Run("validate", "no/such/file.json", "--lang", "en");
    assertEquals(2, missing.code);
    assertTrue(missing.err.contains("no such file: no/such/file.json"), missing.err);
    assertEquals(2, new Run("demo", "extra").code);
    assertEquals(2, new Run("dispatch", "--programme", p, "--month", "2021-07").code, "--data is needed");
    assertEquals(2, new Run("assess", "--programme", p, "--data", d, "--methodology", m, "--format", "xlsx").code,
        "a workbook needs --out");
    Run unit = new Run("assess", "--programme", p, "--data", d, "--methodology", m, "--explain", "nowhere",
        "--lang", "en");
    assertEquals(1, unit.code, "a unit not in the data is a data problem");
    assertTrue(unit.err.contains("unit \"nowhere\" is neither an id nor the name of a unit"), unit.err);
    Path broken = copy("programme.json", "\"tasks\"", "\"lead\": \"amr\"", "\"lead\": \"drc-x\"");
    Run bad = new Run("dispatch", "--programme", broken.toString(), "--data", d, "--month", "2021-07", "--lang", "zh");
    assertEquals(1, bad.code);
    assertTrue(bad.err.contains("/tasks/0/lead：单位“drc-x”未在/units中声明 [unknown-reference]"), bad.err);
  }

  // ---------------------------------------------------------------- validate

  @Test
  void validateAcceptsEveryBundledFile() {
    Run r = new Run("validate", sample("programme.json"), sample("data-2021.json"), sample("districts-2021.csv"),
        "--lang", "en");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("OK      " + sample("programme.json") + ": programme \"sample-city-2021\" with 210 tasks"),
        r.out);
    assertTrue(r.out.contains("107 observations, read as UTF-8, comma-separated (checked against \"sample-city-2021\")"),
        r.out);
  }

  @Test
  void validateCompilesMethodologies() throws IOException {
    Run ok = new Run("validate", methodology("db2020.json"), methodology("asem.json"), "--lang", "en");
    assertEquals(0, ok.code, ok.out);
    assertTrue(ok.out.contains("methodology \"db2020\" with 62 nodes"), ok.out);
    Path broken = dir.resolve("m.json");
    Files.writeString(broken, Files.readString(METHODOLOGIES.resolve("asem.json")).replace("\"min-max\"", "\"minmax\""));
    Run bad = new Run("validate", broken.toString(), "--lang", "en");
    assertEquals(1, bad.code);
    assertTrue(bad.out.contains("/defaults/normalizer/name: unknown normalizer \"minmax\""), bad.out);
  }

  @Test
  void validateListsEveryProblemOfBrokenCopiesInBothLanguages() throws IOException {
    Path programme = copy("programme.json", "\"tasks\"", "\"lead\": \"amr\"", "\"lead\": \"drc-x\"");
    String text = Files.readString(programme, StandardCharsets.UTF_8)
        .replaceFirst("\"id\": \"T002\"", "\"id\": \"T001\"")
        .replaceFirst("\"due\": \"2021-01-31\",\n", "\"due\": \"2022-01-31\",\n");
    Files.writeString(programme, text, StandardCharsets.UTF_8);
    Path csv = copy("districts-2021.csv", "", "nanhu,2021,", "nanhu,2021,fast,");
    Run en = new Run("validate", programme.toString(), csv.toString(), "--lang", "en");
    assertEquals(1, en.code, en.toString());
    assertTrue(en.out.contains("INVALID " + programme + ": 4 problems"), en.out);
    assertTrue(en.out.contains("/tasks/0/lead: unit \"drc-x\" is not declared in /units [unknown-reference]"), en.out);
    assertTrue(en.out.contains("/tasks/1/id: task id \"T001\" is used more than once in /tasks [duplicate-id]"), en.out);
    assertTrue(en.out.contains("/tasks/0/milestones/0/due: milestone due 2022-01-31 falls after the task's deadline "
        + "2021-03-31 [order]"), en.out);
    assertTrue(en.out.contains("/tasks/0/milestones/1/due: milestone due 2021-03-31 is not after the previous one "
        + "(2022-01-31) [order]"), en.out);
    assertTrue(en.out.contains("INVALID " + csv + ": 1 problem"), en.out);
    assertTrue(en.out.contains("line 4: row has 12 cells; the header has 11 [cell-count]"), en.out);
    Run zh = new Run("validate", programme.toString(), csv.toString(), "--lang", "zh");
    assertEquals(1, zh.code);
    assertTrue(zh.out.contains("有问题 " + programme + "：4个问题"), zh.out);
    assertTrue(zh.out.contains("/tasks/1/id：任务编号“T001”在/tasks中重复使用 [duplicate-id]"), zh.out);
    assertTrue(zh.out.contains("第4行：该行有12个单元格，表头有11个 [cell-count]"), zh.out);
    assertTrue(zh.out.matches("(?s).*/tasks/\\d+/milestones/\\d+/due：时间节点2022-01-31晚于任务完成时限.*"), zh.out);
  }

  @Test
  void aGbkSemicolonTableWithNamesAndDeclaredNumbers() throws IOException {
    Path csv = dir.resolve("gbk.csv");
    Files.write(csv, "单位;指标;周期;数值\n南湖区;开办企业时间;2021;\"1,003\"\n东城区;sb-time;2021;60%\n"
        .getBytes(Charset.forName("GBK")));
    Run undeclared = new Run("validate", sample("programme.json"), csv.toString(), "--lang", "zh");
    assertEquals(1, undeclared.code, undeclared.toString());
    assertTrue(undeclared.out.contains("第2行第4列（数值）：数值“1,003”带千分位分隔符"), undeclared.out);
    Run declared = new Run("validate", sample("programme.json"), csv.toString(), "--numbers", "thousands,percent",
        "--lang", "zh");
    assertEquals(0, declared.code, declared.toString());
    assertTrue(declared.out.contains("指标数据2条，按GBK/GB18030编码、分号分隔读取"), declared.out);
    assertTrue(declared.err.contains("南湖区 → nanhu"), declared.err);
    assertTrue(declared.err.contains("开办企业时间 → sb-time"), declared.err);
    Path latin = dir.resolve("latin.csv");
    Files.write(latin, "unit,sb-time\nnanhu,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Run neither = new Run("validate", latin.toString(), "--period", "2021", "--lang", "en");
    assertEquals(1, neither.code);
    assertTrue(neither.out.contains("line 2: byte 0xE9 is not UTF-8, and the table is not GBK/GB18030 either"),
        neither.out);
  }

  @Test
  void validateTakesThePeriodOfWideTablesWithoutOne() throws IOException {
    Path csv = dir.resolve("wide.csv");
    Files.writeString(csv, "unit,sb-time\nnanhu,2\n");
    assertEquals(1, new Run("validate", csv.toString()).code, "no period column and no period given");
    Run r = new Run("validate", csv.toString(), "--period", "2021q2", "--lang", "en");
    assertEquals(0, r.code, r.toString());
  }

  // ---------------------------------------------------------------- evaluate and explain

  Path methodology() throws IOException {
    Path m = dir.resolve("m.json");
    Files.writeString(m, ("{'schema':'bizenv.methodology/1','id':'m','name':{'en':'m'},'nodes':["
        + "{'id':'root','rules':[{'name':'override','label':'national top 10','any':[{'indicator':'rank','atMost':10}]}]},"
        + "{'id':'speed','parent':'root','source':'Time (days)','direction':'lower-is-better',"
        + "'normalizer':{'name':'distance-to-frontier','best':1,'worst':21}},"
        + "{'id':'online','parent':'root','source':'online','normalizer':{'name':'goalposts','lower':0,'upper':100}}],"
        + "'grades':{'bands':[{'name':'优秀','min':90},{'name':'良好'}]}}").replace('\'', '"'), StandardCharsets.UTF_8);
    return m;
  }

  Path data() throws IOException {
    Path d = dir.resolve("d.csv");
    Files.writeString(d, "unit,Time (days),online,rank\nnanhu,1,100,\nbaishui,11,60,\nxingang,21,80,7\n",
        StandardCharsets.UTF_8);
    return d;
  }

  @Test
  void evaluateWritesEveryScoreInEachFormat() throws IOException {
    String m = methodology().toString();
    String d = data().toString();
    Run csv = new Run("evaluate", "--methodology", m, "--data", d, "--format", "csv", "--lang", "en");
    assertEquals(0, csv.code, csv.toString());
    assertEquals("Unit id,root,speed,online,Group,Rank,Grade\n"
        + "nanhu,100.00,100.00,100.00,,1,优秀\n"
        + "baishui,55.00,50.00,60.00,,3,良好\n"
        + "xingang,100.00,0.00,80.00,,1,优秀\n", csv.out);
    Run zh = new Run("evaluate", "--methodology", m, "--data", d, "--format", "csv", "--lang", "zh");
    assertEquals(csv.out.replace("Unit id", "单位编号").replace("Group", "类别").replace("Rank", "排名")
        .replace("Grade", "等次"), zh.out, "the same numbers in both languages");
    Run table = new Run("evaluate", "--methodology", m, "--data", d, "--lang", "en");
    assertTrue(table.out.contains("excellent") && table.out.contains("good"), table.out);
    Path json = dir.resolve("out.json");
    Run j = new Run("evaluate", "--methodology", m, "--data", d, "--out", json.toString(), "--lang", "en");
    assertEquals(0, j.code, j.toString());
    assertEquals("wrote 3 units × 3 nodes to " + json + "\n", j.out);
    assertTrue(Files.readString(json).contains("\"schema\": \"bizenv.evaluation/1\""), Files.readString(json));
    assertEquals(2, new Run("evaluate", "--methodology", m, "--data", d, "--format", "xml").code);
    assertEquals(2, new Run("evaluate", "--methodology", m, "--data", d, "--format", "csv", "--out",
        dir.resolve("x.json").toString()).code, "the format contradicts the file name");
  }

  @Test
  void evaluateTakesThePeriodOfTablesWithoutOne() throws IOException {
    String m = methodology().toString();
    String d = data().toString();
    Run r = new Run("evaluate", "--methodology", m, "--data", d, "--period", "2021", "--format", "json");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("\"period\": \"2021\""), r.out);
  }

  @Test
  void explainShowsTheOverrideFiringInBothLanguages() throws IOException {
    Run en = new Run("explain", "--methodology", methodology().toString(), "--data", data().toString(),
        "--unit", "xingang", "--lang", "en");
    assertEquals(0, en.code, en.toString());
    assertTrue(en.out.contains("rule national top 10: rank = 7 ≤ 10 → full marks 100 (40 → 100)"), en.out);
    assertTrue(en.out.contains("input: \"Time (days)\" = 21"), en.out);
    assertTrue(en.out.contains("normalizer: distance-to-frontier (best 1, worst 21)"), en.out);
    Run zh = new Run("explain", "--methodology", methodology().toString(), "--data", data().toString(),
        "--unit", "xingang", "--lang", "zh");
    assertTrue(zh.out.contains("规则 national top 10：rank = 7 ≤ 10 → 满分100（40 → 100）"), zh.out);
    assertTrue(zh.out.contains("标准化方法：distance-to-frontier (best 1, worst 21)"), zh.out);
    assertTrue(zh.out.contains("输入：“Time (days)” = 21"), zh.out);
    assertEquals(1, new Run("explain", "--methodology", methodology().toString(), "--data", data().toString(),
        "--unit", "nowhere").code, "a unit not in the data is a data problem");
    assertEquals(2, new Run("explain", "--methodology", methodology().toString(), "--data", data().toString()).code);
  }

  @Test
  void theNationalEvaluationByNameWithViewsQuintilesAndExplanationsToADepth() {
    String data = SAMPLE.resolve("..").resolve("national").resolve("cn-national-18-2021.csv").toString();
    Run table = new Run("evaluate", "--methodology", "cn-national-18", "--data", data, "--lang", "zh");
    assertEquals(0, table.code, table.toString());
    assertTrue(table.out.contains("企业全生命周期（15项）") && table.out.contains("五分位组（1为前五分之一）"), table.out);
    Run explain = new Run("explain", "--methodology", "cn-national-18", "--data", data, "--unit", "sample-city",
        "--node", "city-quality", "--depth", "1", "--lang", "en");
    assertEquals(0, explain.code, explain.toString());
    assertTrue(explain.out.contains("cross-cutting: 3 members, under cn-national-18"), explain.out);
    assertTrue(explain.out.contains("Government services (government-services)"), explain.out);
    assertTrue(!explain.out.contains("online-capacity"), "depth 1 stops at the members: " + explain.out);
    assertEquals(2, new Run("explain", "--methodology", "cn-national-18", "--data", data, "--unit", "sample-city",
        "--depth", "-1").code);
  }

  @Test
  void evaluateReportsBadMethodologies() throws IOException {
    Path m = methodology();
    Files.writeString(m, Files.readString(m).replace("distance-to-frontier", "distance-to-frontiers"));
    Run r = new Run("evaluate", "--methodology", m.toString(), "--data", data().toString(), "--lang", "en");
    assertEquals(1, r.code);
    assertTrue(r.err.contains("/nodes/1/normalizer/name: unknown normalizer \"distance-to-frontiers\"; known:"), r.err);
    assertEquals(2, new Run("evaluate", "--methodology", m.toString()).code);
  }

  // ---------------------------------------------------------------- the programme commands

  @Test
  void gapDispatchQuarterAndAssessOnTheSample() {
    String programme = sample("programme.json");
    String data = sample("data-2021.json");
    Run gap = new Run("gap", "--programme", programme, "--lang", "en");
    assertEquals(0, gap.code, gap.toString());
    assertTrue(gap.out.contains("Declared classes overriding the computed one: 1"), gap.out);
    Run dispatch = new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021-07", "--lang", "zh");
    assertEquals(0, dispatch.code, dispatch.toString());
    assertTrue(dispatch.out.matches("(?s).*T168 +红灯 +1 +提醒（2021年7月） +市文化广电旅游局 +100% +95% +2021-06-30 +是 .*"),
        dispatch.out);
    Run quarter = new Run("quarter", "--programme", programme, "--data", data, "--quarter", "2021Q4", "--top", "3",
        "--lang", "zh");
    assertEquals(0, quarter.code, quarter.toString());
    assertTrue(quarter.out.matches("(?s).*市直部门：点名通报（3个）\n.*\n +49 +市审计局 .*"), quarter.out);
    Run assess = new Run("assess", "--programme", programme, "--data", data, "--data", sample("districts-2021.csv"),
        "--methodology", methodology("assessment-districts-2021.json"), "--lang", "en");
    assertEquals(0, assess.code, assess.toString());
    assertTrue(assess.out.contains("Results: development zones"), assess.out);
    Run explain = new Run("explain", "--methodology", methodology("assessment-departments-2021.json"),
        "--programme", programme, "--data", data, "--unit", "市市场监管局", "--node", "department", "--lang", "en");
    assertEquals(0, explain.code, explain.toString());
    assertTrue(explain.out.contains("rule 牵头指标国评前10或省评第1，考核直接得满分: eval.national-rank = 6 ≤ 10 → full "
        + "marks 100; the unit is graded 优秀 (94.734119 → 100)"), explain.out);
    assertTrue(explain.out.contains("Head 宋建华: excellent (unit graded excellent; forced to 优秀: 牵头指标国评前10或省评第1"),
        explain.out);
  }

  @Test
  void dataInSeveralFilesIsMergedWhole() throws Exception {
    // A second data document with nothing in it: the merged data must be the first one's, recognitions included.
    Path empty = dir.resolve("empty.json");
    java.nio.file.Files.writeString(empty, "{\"schema\":\"bizenv.data/1\",\"programme\":\"sample-city-2021\"}");
    String[] common = {"assess", "--programme", sample("programme.json"), "--methodology",
        methodology("assessment-departments-2021.json"), "--lang", "en", "--data", sample("data-2021.json")};
    Run one = new Run(common);
    String[] two = java.util.Arrays.copyOf(common, common.length + 2);
    two[common.length] = "--data";
    two[common.length + 1] = empty.toString();
    Run both = new Run(two);
    assertEquals(0, one.code, one.toString());
    assertEquals(0, both.code, both.toString());
    assertEquals(one.out, both.out);
  }

  @Test
  void demoInBothLanguagesHasTheSameNumbers() {
    Run en = new Run("demo", "--lang", "en");
    Run zh = new Run("demo", "--lang", "zh");
    assertEquals(0, en.code, en.toString());
    assertEquals(0, zh.code, zh.toString());
    assertTrue(en.out.contains("14 areas, 210 tasks; 49 municipal units (41 of them lead tasks, 10 vertically managed); "
        + "12 districts, counties and zones"), en.out);
    assertTrue(zh.out.contains("14个领域，210项任务；49个市直部门和驻市单位（41个承担牵头任务，10个为垂直管理单位）；"
        + "12个区县（市）和开发区"), zh.out);
    assertTrue(zh.out.contains("对标深圳市，周期2021年；蔡振华（市委书记）挂帅，市委改革办和市发展改革委牵头推进"), zh.out);
    assertTrue(en.out.contains("Red list: 6 tasks") && zh.out.contains("红灯任务清单：6项"), zh.out);
    assertEquals(numbers(en.out), numbers(zh.out), "the same figures, in the same order");
    Run csv = new Run("demo", "--format", "csv", "--lang", "zh");
    assertTrue(csv.out.startsWith("各领域任务分类\n领域,A类,B类,C类,合计,对应国评指标\n商事登记,14,3,1,18,开办企业\n"),
        csv.out);
  }

  @Test
  void theDemoShowsEachOfTheSeedRules() {
    Run zh = new Run("demo", "--lang", "zh");
    assertEquals(0, zh.code, zh.toString());
    // An escalation reaching 约谈, with the month it was reached.
    assertTrue(zh.out.matches("(?s).*T027 +红灯 +6 +约谈（2021年10月） +市生态环境局.*"), zh.out);
    assertTrue(zh.out.contains("督办升级：连续红灯1个月提醒、2个月催办、3个月督办函、4个月约谈"), zh.out);
    // A class C task judged by its authorisation steps, not by a percentage.
    assertTrue(zh.out.contains("C类任务按授权步骤（申请提交 → 获得授权 → 落地实施）判断"), zh.out);
    assertTrue(zh.out.matches("(?s).*T029 +待授权 +落地实施 +申请提交 +市自然资源和规划局.*"), zh.out);
    // The quarterly meeting: groups ranked apart, units not eligible for praise, named units with their problems.
    assertTrue(zh.out.contains("市直部门、区县和开发区分别排名。"), zh.out);
    assertTrue(zh.out.contains("注：8个单位不列入表扬（承担任务不足3项）"), zh.out);
    assertTrue(zh.out.contains("区县和开发区：点名通报单位存在问题"), zh.out);
    assertTrue(zh.out.contains("T027 环评审批实行告知承诺制（牵头）：红灯，连续6个月，计划100%、实际80%"), zh.out);
    // Scores said out of what; a quota cut within a group; a matter deducted once.
    assertTrue(zh.out.contains("满分80分。") && zh.out.contains("得分（满分80分）"), zh.out);
    assertTrue(zh.out.contains("名额限制：区6个单位中至多20%（1个，四舍五入）可评为优秀；调整为良好"), zh.out);
    assertTrue(zh.out.contains("名额限制：开发区2个单位中至多20%（0个，四舍五入）可评为优秀；调整为良好"), zh.out);
    assertTrue(zh.out.matches("(?s).*M01 +F101 12345投诉（一般）、F102 随机抽查（严重） +合并为一项，按严重问题扣分.*"),
        zh.out);
    // Full marks for the whole assessment, heads' grades, a recommendation for a vertically managed unit.
    assertTrue(zh.out.matches("(?s).*1 +国家税务总局示例市税务局 +tax +100\\.00 .* 优秀 +杨雪梅 +建议评定为优秀（报上级主管部门） +"
        + "评为优秀：牵头指标国评前10或省评第1，考核直接得满分.*"), zh.out);
    assertTrue(zh.out.contains("主要负责人年度考核等次分为优秀、称职、基本称职、不称职，由所在单位考核等次确定。"), zh.out);
    assertTrue(zh.out.contains("垂直管理单位主要负责人等次不由本市评定，提出建议报上级主管部门。"), zh.out);
    // Units scored but not ranked, with why.
    assertTrue(zh.out.matches("(?s).*\\n +市审计局 +audit +90\\.50 .*承担任务不足3项，不参与排名.*"), zh.out);
    assertFalse(zh.out.matches("(?s).*(quota|forced to|kept out|not ranked|normalized).*"), "all in Chinese: " + zh.out);
    Run en = new Run("demo", "--lang", "en");
    assertTrue(en.out.contains("formal talk with the head (2021-10)"), en.out);
    assertTrue(en.out.contains("recommended: excellent (to the higher authority)"), en.out);
    assertTrue(en.out.contains("Score (out of 80)"), en.out);
  }

  @Test
  void dispatchByDistrictByLeadAndForOneUnit() {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    Run district = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--by", "district",
        "--lang", "zh");
    assertEquals(0, district.code, district.toString());
    assertTrue(district.out.contains("各区县（市）和开发区亮灯情况（含牵头、责任和配合任务）"), district.out);
    assertTrue(district.out.matches("(?s).*\\n +云岭县 +12 +0 +0 +0 +0 +0 +3\\n.*"), district.out);
    assertFalse(district.out.contains("各领域亮灯情况"), district.out);
    Run lead = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--by", "lead", "--lang", "en");
    assertTrue(lead.out.contains("Traffic lights by lead unit"), lead.out);
    assertTrue(lead.out.matches("(?s).*\\n +Ecology and Environment Bureau +0 +1 .*"), lead.out);
    Run red = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--lang", "zh");
    assertTrue(red.out.matches("(?s).*T027 +红灯 +4 +约谈（2021年10月） +市生态环境局 .* 市住房城乡建设局 +市发展改革委\\n.*"),
        red.out);
    Run unit = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--unit", "eco", "--lang", "zh");
    assertEquals(0, unit.code, unit.toString());
    assertTrue(unit.out.startsWith("市生态环境局承担的任务（截至2021-10-31）：7项"), unit.out);
    assertTrue(unit.out.matches("(?s).*T027 +牵头单位 +红灯 +4 +约谈（2021年10月）.*"), unit.out);
    assertTrue(unit.out.matches("(?s).*T020 +责任单位 +已完成 .* 市住房城乡建设局 .*"), unit.out);
    assertTrue(unit.out.contains("其中牵头1项、责任6项、配合0项"), unit.out);
    Run byName = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--unit", "市市场监管局",
        "--lang", "zh", "--format", "csv");
    assertEquals(0, byName.code, "one body with two names answers to either: " + byName);
    assertTrue(byName.out.contains("\nT001,牵头单位,已完成,"), byName.out);
    Run c = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-07", "--unit", "justice", "--lang", "zh");
    assertTrue(c.out.matches("(?s).*T135 +牵头单位 +红灯 +4 +约谈（2021年7月） +申请提交 +尚未申请 .*"), c.out);
  }

  @Test
  void dispatchOptionsAreChecked() {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    Run both = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--by", "lead", "--unit", "eco",
        "--lang", "en");
    assertEquals(2, both.code, both.toString());
    assertTrue(both.err.contains("give --by or --unit, not both"), both.err);
    Run view = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--by", "county", "--lang", "zh");
    assertEquals(2, view.code, view.toString());
    assertTrue(view.err.contains("--by：“county”不是调度的分组方式；请用 area、lead 或 district"), view.err);
    Run unit = new Run("dispatch", "--programme", p, "--data", d, "--month", "2021-10", "--unit", "nowhere", "--lang",
        "en");
    assertEquals(1, unit.code, "a unit not in the programme is a data problem");
    assertTrue(unit.err.contains("unit \"nowhere\" is neither an id nor the name of a unit"), unit.err);
  }

  @Test
  void quarterRanksGroupsApartWithTiesNotesAndProblems() {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    Run all = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q4", "--top", "8", "--lang", "zh");
    assertEquals(0, all.code, all.toString());
    assertTrue(all.out.startsWith("2021年第四季度改革调度推进会通报（“一号改革工程”季度进展排名）\n"
        + "市直部门、区县和开发区分别排名。\n相同分数排名不分先后。\n"), all.out);
    assertTrue(all.out.contains("市直部门：表扬（9个）"), all.out);
    assertTrue(all.out.contains("注：第12名2个单位并列，均予列入，共9个；8个单位不列入表扬（承担任务不足3项）"), all.out);
    assertTrue(all.out.contains("区县和开发区：表扬（8个）"), all.out);
    assertTrue(all.out.contains("区县和开发区：点名通报（4个）"), "a unit praised is never named: " + all.out);
    Run out = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q4", "--top", "8", "--ties",
        "leave-out", "--lang", "zh");
    assertTrue(out.out.contains("市直部门：表扬（7个）"), out.out);
    assertTrue(out.out.contains("注：第12名2个单位并列，均不列入，共7个"), out.out);
    Run en = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q2", "--top", "3", "--lang", "en");
    assertTrue(en.out.contains("Score (out of 100)"), en.out);
    assertTrue(en.out.matches("(?s).*\\n +48 +Culture, Radio, Television and Tourism Bureau +culture +40\\.76 +↓4\\n.*"),
        en.out);
    // Problems: four per named unit on the terminal, all in a file, as many as asked with --problems.
    assertTrue(en.out.contains("Baishui County    baishui  finding    F044"), en.out);
    assertTrue(en.out.matches("(?s).*Baishui County +baishui +… and 2 more\\n.*"), en.out);
    Run csv = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q2", "--top", "3", "--format", "csv",
        "--lang", "en");
    assertEquals(6, csv.out.lines().filter(l -> l.startsWith("Baishui County,baishui,")).count(), csv.out);
    Run one = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q2", "--top", "3", "--problems", "1",
        "--format", "csv", "--lang", "en");
    assertEquals(2, one.out.lines().filter(l -> l.startsWith("Baishui County,baishui,")).count(), one.out);
    assertTrue(one.out.contains("Baishui County,baishui,,… and 5 more"), one.out);
    Run ties = new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q4", "--ties", "all", "--lang", "en");
    assertEquals(2, ties.code, ties.toString());
    assertTrue(ties.err.contains("--ties: \"all\" is not a tie rule; use list-all or leave-out"), ties.err);
    assertEquals(2, new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q4", "--top", "0").code);
    assertEquals(2, new Run("quarter", "--programme", p, "--data", d, "--quarter", "2021Q4", "--problems", "x").code);
  }

  @Test
  void assessSaysWhatScoresAreOutOfGradesHeadsAndListsUnitsNotRanked() {
    String p = sample("programme.json");
    String d = sample("data-2021.json");
    Run departments = new Run("assess", "--programme", p, "--data", d, "--methodology",
        "assessment-departments-2021", "--lang", "zh");
    assertEquals(0, departments.code, departments.toString());
    assertTrue(departments.out.startsWith("示例市2021年度市直部门营商环境工作考核（截至2021-12-31）\n满分100分。\n"),
        departments.out);
    assertTrue(departments.out.contains("改革任务完成情况（扣分制，满分100分）"), departments.out);
    assertTrue(departments.out.matches("(?s).*\\n +9 +人民银行示例市中心支行 +pboc +93\\.19 .* 优秀 +罗立新 +建议评定为优秀（报上级主管部门）\\n.*"),
        departments.out);
    assertTrue(departments.out.matches("(?s).*\\n +市消防救援支队 +fire +100\\.00 .* 良好 +董学军 +建议评定为称职（报上级主管部门） +"
        + "承担任务不足3项，不参与排名\\n.*"), departments.out);
    Run csv = new Run("assess", "--programme", p, "--data", d, "--methodology", "assessment-departments-2021",
        "--format", "csv", "--lang", "en");
    assertTrue(csv.out.contains("\n,Fire and Rescue Detachment,fire,100.00,"), "no rank for a unit not ranked: " + csv.out);
    Run districts = new Run("assess", "--programme", p, "--data", d, "--data", sample("districts-2021.csv"),
        "--methodology", "assessment-districts-2021", "--as-of", "2021-12-31", "--lang", "en");
    assertTrue(districts.out.startsWith("Sample City 2021 year-end assessment of districts, counties and zones — as of "
        + "2021-12-31\nScores are out of 80.\n"), districts.out);
    assertTrue(districts.out.contains("Score (out of 80)") && districts.out.contains("12345 hotline rates (out of 100)"),
        districts.out);
    Run why = new Run("assess", "--programme", p, "--data", d, "--methodology", "assessment-departments-2021",
        "--explain", "国家税务总局示例市税务局", "--lang", "zh");
    assertEquals(0, why.code, why.toString());
    assertTrue(why.out.contains("规则 牵头指标国评前10或省评第1，考核直接得满分：eval.provincial-rank = 1 = 1 → 满分100；该单位评为优秀"),
        why.out);
    assertTrue(why.out.endsWith("主要负责人杨雪梅：建议评定为优秀，报上级主管部门（垂直管理单位；单位等次为优秀；"
        + "评为优秀：牵头指标国评前10或省评第1，考核直接得满分）\n"), why.out);
    assertFalse(why.out.matches("(?s).*(normalized|renormalized|children left out).*"), why.out);
    Run json = new Run("assess", "--programme", p, "--data", d, "--methodology", "assessment-departments-2021",
        "--explain", "tax", "--format", "json", "--lang", "en");
    assertTrue(json.out.contains("\"Head 杨雪梅: excellent, recommended to the higher authority (vertically managed; "
        + "unit graded excellent; "), json.out);
  }

  @Test
  void validateListsWarningsWithoutFailingAndCountsRecognitions() throws IOException {
    Path programme = copy("programme.json", "\"tasks\"", "\"lead\": \"amr\"", "\"lead\": \"customs\"");
    Run en = new Run("validate", programme.toString(), "--lang", "en");
    assertEquals(0, en.code, "warnings do not fail the check: " + en);
    assertTrue(en.out.contains("with 210 tasks, 62 units, 70 indicators; 1 warnings\n  warning /tasks/0/lead: unit "
        + "\"customs\" leads task \"T001\" in area \"commercial-registration\", which is not among its competences "
        + "[cross-border-trade] [competence]"), en.out);
    Run zh = new Run("validate", programme.toString(), "--lang", "zh");
    assertTrue(zh.out.contains("  提醒 /tasks/0/lead：单位“customs”牵头的任务“T001”属于领域“commercial-registration”，"
        + "不在其职能范围[cross-border-trade]之内 [competence]"), zh.out);
    Run csv = new Run("validate", programme.toString(), "--format", "csv", "--lang", "en");
    assertTrue(csv.out.contains("\nWarnings\nFile,Place,Code,Problem\n" + programme + ",/tasks/0/lead,competence,"),
        csv.out);
    Run ok = new Run("validate", sample("programme.json"), sample("data-2021.json"), "--lang", "en");
    assertTrue(ok.out.contains("1558 progress reports, 1519 ratings, 216 findings, 10 recognitions, 72 external "
        + "results, 104 observations"), ok.out);
    assertFalse(ok.out.contains("warning"), ok.out);
  }

  @Test
  void aWorkbooksWarningsAreShownAtTheirCellsByValidateAndEveryCommandThatReadsIt() throws IOException {
    Path programme = copy("programme.json", "\"tasks\"", "\"lead\": \"amr\"", "\"lead\": \"customs\"");
    Path ledger = dir.resolve("warned.xlsx");
    assertEquals(0, new Run("template", "--programme", programme.toString(), "--out", ledger.toString(), "--lang",
        "en").code);
    Run en = new Run("validate", ledger.toString(), "--lang", "en");
    assertEquals(0, en.code, "warnings do not fail the check: " + en);
    assertTrue(en.out.contains("with 210 tasks, 62 units, 70 indicators; 1 warnings; 0 progress reports"), en.out);
    assertTrue(en.out.contains("\n  warning Tasks!Q2: unit \"customs\" leads task \"T001\" in area "
        + "\"commercial-registration\", which is not among its competences [cross-border-trade] [competence]"), en.out);
    Run csv = new Run("validate", ledger.toString(), "--format", "csv", "--lang", "en");
    assertTrue(csv.out.contains("\nWarnings\nFile,Place,Code,Problem\n" + ledger + ",Tasks!Q2,competence,"), csv.out);
    Run gap = new Run("gap", "--programme", ledger.toString(), "--lang", "zh");
    assertEquals(0, gap.code, gap.toString());
    assertTrue(gap.err.contains("说明：" + ledger + "：1条提醒（允许，但可能有误；score validate 也会列出）：\n  提醒 Tasks!Q2："
        + "单位“customs”牵头的任务“T001”属于领域“commercial-registration”"), gap.err);
    assertFalse(gap.out.contains("提醒"), "notes stay off standard output");
  }

  static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+\\.\\d\\d(?!\\d)").matcher(s);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void theFormatFollowsTheFileExtensionAndEveryFormatIsWritten() throws IOException {
    String[] base = {"dispatch", "--programme", sample("programme.json"), "--data", sample("data-2021.json"),
        "--month", "2021-12", "--lang", "zh"};
    for (String ext : List.of("csv", "json", "xlsx", "txt")) {
      Path out = dir.resolve("dispatch." + ext);
      String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.stream.Stream.of("--out",
          out.toString())).toArray(String[]::new);
      Run r = new Run(args);
      assertEquals(0, r.code, r.toString());
      assertEquals("已将210项任务的调度情况（红灯6项）写入 " + out + "\n", r.out);
      byte[] b = Files.readAllBytes(out);
      switch (ext) {
        case "csv":
          assertTrue(new String(b, StandardCharsets.UTF_8).contains("任务编号,亮灯,连续红灯月数"), ext);
          break;
        case "json":
          assertTrue(new String(b, StandardCharsets.UTF_8).contains("\"schema\": \"bizenv.report/1\""), ext);
          break;
        case "xlsx":
          assertEquals('P', b[0]);
          assertEquals('K', b[1]);
          break;
        default:
          assertTrue(new String(b, StandardCharsets.UTF_8).contains("红灯任务清单：6项"), ext);
      }
    }
  }

  @Test
  void anExcelRoundTripLedgerInAssessmentOut() throws IOException {
    Path ledger = dir.resolve("台账.xlsx");
    Run template = new Run("template", "--sample", "--out", ledger.toString(), "--lang", "zh");
    assertEquals(0, template.code, template.toString());
    Run valid = new Run("validate", ledger.toString(), "--lang", "zh");
    assertEquals(0, valid.code, valid.toString());
    assertTrue(valid.out.contains("210项任务"), valid.out);
    Path result = dir.resolve("考核结果.xlsx");
    Run assess = new Run("assess", "--programme", ledger.toString(), "--methodology",
        methodology("assessment-departments-2021.json"), "--out", result.toString(), "--lang", "zh");
    assertEquals(0, assess.code, assess.toString());
    assertTrue(Files.size(result) > 1000);
    Run fromJson = new Run("assess", "--programme", sample("programme.json"), "--data", sample("data-2021.json"),
        "--methodology", methodology("assessment-departments-2021.json"), "--format", "csv", "--lang", "zh");
    Run fromLedger = new Run("assess", "--programme", ledger.toString(), "--methodology",
        methodology("assessment-departments-2021.json"), "--format", "csv", "--lang", "zh");
    assertEquals(fromJson.out, fromLedger.out, "the ledger gives the same assessment as the JSON documents");
    Path empty = dir.resolve("模板.xlsx");
    assertEquals(0, new Run("template", "--out", empty.toString(), "--lang", "zh").code);
    Run incomplete = new Run("validate", empty.toString(), "--lang", "zh");
    assertEquals(1, incomplete.code);
    assertTrue(incomplete.out.contains("有问题 " + empty + "：4个问题\n  工程：工程信息缺少编号（Id） [missing-field]"),
        incomplete.out);
  }
}
