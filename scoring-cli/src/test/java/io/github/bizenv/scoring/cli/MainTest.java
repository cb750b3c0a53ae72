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
      Matcher m = Pattern.compile("(?m)^ {2}(?:-\\w, )?\\s*(--[a-z-]+)").matcher(list);
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
        .replaceFirst("\"due\": \"2021-03-31\",\n", "\"due\": \"2022-01-31\",\n");
    Files.writeString(programme, text, StandardCharsets.UTF_8);
    Path csv = copy("districts-2021.csv", "", "nanhu,2021,", "nanhu,2021,fast,");
    Run en = new Run("validate", programme.toString(), csv.toString(), "--lang", "en");
    assertEquals(1, en.code, en.toString());
    assertTrue(en.out.contains("INVALID " + programme + ": 4 problems"), en.out);
    assertTrue(en.out.contains("/tasks/0/lead: unit \"drc-x\" is not declared in /units [unknown-reference]"), en.out);
    assertTrue(en.out.contains("/tasks/1/id: task id \"T001\" is used more than once in /tasks [duplicate-id]"), en.out);
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
    assertTrue(gap.out.contains("Declared classes overriding the computed one: 2"), gap.out);
    Run dispatch = new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021-07", "--lang", "zh");
    assertEquals(0, dispatch.code, dispatch.toString());
    assertTrue(dispatch.out.matches("(?s).*T023 +红灯 +3 +是 +市住房城乡建设局.*"), dispatch.out);
    Run quarter = new Run("quarter", "--programme", programme, "--data", data, "--quarter", "2021Q4", "--top", "3",
        "--lang", "zh");
    assertEquals(0, quarter.code, quarter.toString());
    assertTrue(quarter.out.matches("(?s).*通报\n.*\n +49 +市人民防空办公室.*"), quarter.out);
    Run assess = new Run("assess", "--programme", programme, "--data", data, "--data", sample("districts-2021.csv"),
        "--methodology", methodology("assessment-districts-2021.json"), "--lang", "en");
    assertEquals(0, assess.code, assess.toString());
    assertTrue(assess.out.contains("Results: development zones"), assess.out);
    Run explain = new Run("explain", "--methodology", methodology("assessment-departments-2021.json"),
        "--programme", programme, "--data", data, "--unit", "市市场监管局", "--node", "evaluation", "--lang", "en");
    assertEquals(0, explain.code, explain.toString());
    assertTrue(explain.out.contains("rule 牵头指标国评前10或省评第1: eval.national-rank = 6 ≤ 10 → full marks 100"),
        explain.out);
  }

  @Test
  void demoInBothLanguagesHasTheSameNumbers() {
    Run en = new Run("demo", "--lang", "en");
    Run zh = new Run("demo", "--lang", "zh");
    assertEquals(0, en.code, en.toString());
    assertEquals(0, zh.code, zh.toString());
    assertTrue(en.out.contains("210 tasks, 49 lead units, 12 districts, counties and zones"), en.out);
    assertTrue(zh.out.contains("210项任务，49个牵头单位，12个区县（市）和开发区"), zh.out);
    assertTrue(en.out.contains("Red list: 8 tasks") && zh.out.contains("红灯任务清单：8项"), zh.out);
    assertTrue(zh.out.contains("名额限制：12个单位中至多20%（2个，向下取整）可评为优秀；调整为良好"), zh.out);
    assertTrue(zh.out.contains("不得评为优秀：督查问题逾期未整改（不得评为优秀）"), zh.out);
    assertTrue(zh.out.contains("评为优秀：牵头指标国评前10或省评第1"), zh.out);
    assertEquals(numbers(en.out), numbers(zh.out), "the same figures, in the same order");
    Run csv = new Run("demo", "--format", "csv", "--lang", "zh");
    assertTrue(csv.out.startsWith("各领域任务分类\n领域,A类,B类,C类,合计\n开办企业,12,2,1,15\n"), csv.out);
  }

  static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\d+\\.\\d\\d\\b").matcher(s);
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
      assertEquals("已将210项任务的调度情况（红灯8项）写入 " + out + "\n", r.out);
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
          assertTrue(new String(b, StandardCharsets.UTF_8).contains("红灯任务清单：8项"), ext);
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
