package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  static final Path SAMPLE = Path.of("..", "scoring-examples", "src", "main", "resources", "sample-city");

  @TempDir Path dir;

  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(String... args) {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      ByteArrayOutputStream e = new ByteArrayOutputStream();
      code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
      out = o.toString(StandardCharsets.UTF_8);
      err = e.toString(StandardCharsets.UTF_8);
    }
  }

  static String sample(String name) {
    return SAMPLE.resolve(name).toString();
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

  @Test
  void demoSummarisesTheSample() {
    Run r = new Run("demo");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("organised by 市委改革办和市发展改革委"), r.out);
    assertTrue(r.out.contains("（市委书记）"), r.out);
    assertTrue(r.out.contains("14 areas, 210 tasks, 49 municipal units"), r.out);
    assertTrue(r.out.contains("商事登记"), r.out);
    assertTrue(r.out.contains("合计 total"), r.out);
    // An escalation reaching 约谈, with its month.
    assertTrue(r.out.matches("(?s).*T\\d{3} +\\d+ 约谈\\(2021-\\d\\d\\).*"), r.out);
    // A class C task judged by its steps.
    assertTrue(r.out.contains("待授权   planned 落地实施 reached 申请提交"), r.out);
    // A quota cut within a group, a veto naming its kind, full marks for the whole assessment, a recommendation.
    assertTrue(r.out.matches("(?s).*quota: at most 20% of \\d units in (district|development-zone).*"), r.out);
    assertTrue(r.out.contains("(forced to 优秀: 牵头指标国评前10或省评第1，考核直接得满分)"), r.out);
    assertTrue(r.out.contains("建议评定为优秀（报上级主管部门）"), r.out);
    assertTrue(r.out.contains("One matter, deducted once (同一事项不重复扣分)"), r.out);
    // The quarterly meeting names units with their problems.
    assertTrue(r.out.contains("存在问题:"), r.out);
    assertTrue(r.out.contains("scores out of 80 (满分80分)"), r.out);
  }

  @Test
  void validateAcceptsEveryBundledFile() {
    Run r = new Run("validate", sample("programme.json"), sample("data-2021.json"), sample("districts-2021.csv"));
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(r.out.contains("OK      " + sample("programme.json") + ": programme \"sample-city-2021\" with 210 tasks"), r.out);
    assertTrue(r.out.contains("checked against \"sample-city-2021\""), r.out);
  }

  @Test
  void validateCompilesMethodologies() throws IOException {
    Run ok = new Run("validate", METHODOLOGIES.resolve("db2020.json").toString(),
        METHODOLOGIES.resolve("asem.json").toString());
    assertEquals(0, ok.code, ok.out);
    assertTrue(ok.out.contains("methodology \"db2020\" with 62 nodes"), ok.out);
    Path broken = dir.resolve("m.json");
    Files.writeString(broken, Files.readString(METHODOLOGIES.resolve("asem.json")).replace("\"min-max\"", "\"minmax\""));
    Run bad = new Run("validate", broken.toString());
    assertEquals(1, bad.code);
    assertTrue(bad.out.contains("/defaults/normalizer/name: unknown normalizer \"minmax\""), bad.out);
  }

  @Test
  void validateListsEveryProblemOfBrokenCopies() throws IOException {
    Path programme = copy("programme.json", "\"tasks\"", "\"lead\": \"amr\"", "\"lead\": \"drc-x\"");
    // (the first task's lead is amr; breaking it leaves the lead undeclared)
    String text = Files.readString(programme, StandardCharsets.UTF_8)
        .replaceFirst("\"id\": \"T002\"", "\"id\": \"T001\"")
        .replaceFirst("\"due\": \"2021-03-31\",\n", "\"due\": \"2022-01-31\",\n");
    Files.writeString(programme, text, StandardCharsets.UTF_8);
    Path csv = copy("districts-2021.csv", "", "nanhu,2021,", "nanhu,2021,fast,");
    Run r = new Run("validate", programme.toString(), csv.toString());
    assertEquals(1, r.code, r.out + r.err);
    assertTrue(r.out.contains("INVALID " + programme + ": "), r.out);
    assertTrue(r.out.contains("/tasks/0/lead: unit \"drc-x\" is not declared in /units [unknown-reference]"), r.out);
    assertTrue(r.out.contains("/tasks/1/id: task id \"T001\" is used more than once in /tasks [duplicate-id]"), r.out);
    assertTrue(r.out.matches("(?s).*/tasks/\\d+/milestones/\\d+/due: milestone due 2022-01-31 falls after the task's deadline.*"), r.out);
    assertTrue(r.out.contains(programme + ": 3 problems"), r.out);
    assertTrue(r.out.contains("INVALID " + csv + ": 1 problem"), r.out);
    assertTrue(r.out.contains("line 4: row has 12 cells; the header has 11 [cell-count]"), r.out);
  }

  @Test
  void nonNumericCsvValue() throws IOException {
    Path csv = copy("districts-2021.csv", "", "nanhu,2021,0.7,", "nanhu,2021,fast,");
    Run r = new Run("validate", sample("programme.json"), csv.toString());
    assertEquals(1, r.code, r.out);
    assertTrue(r.out.contains("line 4, column 3 (sb-time): value \"fast\" is neither a number nor a text code"), r.out);
  }

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
  void evaluatePrintsEveryScoreWithRanksAndGrades() throws IOException {
    Run csv = new Run("evaluate", "--methodology", methodology().toString(), "--data", data().toString(),
        "--format", "csv");
    assertEquals(0, csv.code, csv.err);
    assertEquals("unit,root,speed,online,group,rank,grade\n"
        + "nanhu,100.00,100.00,100.00,,1,优秀\n"
        + "baishui,55.00,50.00,60.00,,3,良好\n"
        + "xingang,100.00,0.00,80.00,,1,优秀\n", csv.out);
    Run table = new Run("evaluate", "--methodology", methodology().toString(), "--data", data().toString());
    assertTrue(table.out.startsWith("unit"), table.out);
    Path out = dir.resolve("out.json");
    Run json = new Run("evaluate", "--methodology", methodology().toString(), "--data", data().toString(),
        "--format", "json", "--out", out.toString());
    assertEquals(0, json.code, json.err);
    assertTrue(Files.readString(out).contains("\"schema\" : \"bizenv.evaluation/1\"")
        || Files.readString(out).contains("\"schema\": \"bizenv.evaluation/1\""), Files.readString(out));
  }

  @Test
  void explainShowsTheOverrideFiring() throws IOException {
    Run r = new Run("explain", "--methodology", methodology().toString(), "--data", data().toString(),
        "--unit", "xingang");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.contains("rule national top 10: rank = 7 ≤ 10 → full marks 100 (40 → 100)"), r.out);
    assertTrue(r.out.contains("input: \"Time (days)\" = 21"), r.out);
    assertTrue(r.out.contains("normalizer: distance-to-frontier (best 1, worst 21)"), r.out);
  }

  @Test
  void evaluateReportsBadInputs() throws IOException {
    Path m = methodology();
    Files.writeString(m, Files.readString(m).replace("distance-to-frontier", "distance-to-frontiers"));
    Run r = new Run("evaluate", "--methodology", m.toString(), "--data", data().toString());
    assertEquals(1, r.code);
    assertTrue(r.err.contains("/nodes/1/normalizer/name: unknown normalizer \"distance-to-frontiers\"; known:"), r.err);
    assertEquals(2, new Run("evaluate", "--methodology", m.toString()).code);
    assertEquals(2, new Run("evaluate", "--methodology", m.toString(), "--data", data().toString(), "--format", "xml").code);
    assertEquals(2, new Run("explain", "--methodology", methodology().toString(), "--data", data().toString()).code);
  }

  static final Path METHODOLOGIES = Path.of("..", "scoring-examples", "src", "main", "resources", "methodologies");

  @Test
  void gapDispatchQuarterAndAssessOnTheSample() {
    String programme = sample("programme.json");
    String data = sample("data-2021.json");
    Run gap = new Run("gap", "--programme", programme);
    assertEquals(0, gap.code, gap.err);
    assertTrue(gap.out.contains("Declared classes overriding the computed one: 1"), gap.out);
    Run dispatch = new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021-10");
    assertEquals(0, dispatch.code, dispatch.err);
    assertTrue(dispatch.out.contains("T027  4 约谈(2021-10)    市生态环境局"), dispatch.out);
    assertTrue(dispatch.out.contains("责任单位: 市住房城乡建设局; 配合单位: 市发展改革委"), dispatch.out);
    Run districts = new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021-10", "--by",
        "district");
    assertTrue(districts.out.contains("By district"), districts.out);
    assertTrue(districts.out.contains("云岭县"), districts.out);
    Run unit = new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021-10", "--unit", "eco");
    assertTrue(unit.out.contains("T027 牵头单位 红灯"), unit.out);
    Run quarter = new Run("quarter", "--programme", programme, "--data", data, "--quarter", "2021Q4", "--top", "3");
    assertEquals(0, quarter.code, quarter.err);
    assertTrue(quarter.out.contains("[市直部门]") && quarter.out.contains("[区县和开发区]"), quarter.out);
    assertTrue(quarter.out.contains("存在问题:"), quarter.out);
    Run assess = new Run("assess", "--programme", programme, "--data", data, "--data", sample("districts-2021.csv"),
        "--methodology", METHODOLOGIES.resolve("assessment-districts-2021.json").toString());
    assertEquals(0, assess.code, assess.err);
    assertTrue(assess.out.contains("[开发区]"), assess.out);
    Run explain = new Run("explain", "--methodology", METHODOLOGIES.resolve("assessment-departments-2021.json")
        .toString(), "--programme", programme, "--data", data, "--unit", "amr", "--node", "department");
    assertEquals(0, explain.code, explain.err);
    assertTrue(explain.out.contains("rule 牵头指标国评前10或省评第1，考核直接得满分: eval.national-rank = 6 ≤ 10 → "
        + "full marks 100"), explain.out);
    assertEquals(2, new Run("dispatch", "--programme", programme, "--data", data, "--month", "2021Q3").code);
    assertEquals(2, new Run("quarter", "--programme", programme, "--data", data, "--quarter", "2021-03").code);
  }

  @Test
  void asemIndexAndItsExplanation() {
    Path data = Path.of("..", "..", "shared", "data", "asem", "ASEM_iData.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(data),
        "skipped: reference data ../shared/data/asem is not beside the repository");
    String m = METHODOLOGIES.resolve("asem.json").toString();
    Run csv = new Run("evaluate", "--methodology", m, "--data", data.toString(), "--format", "csv");
    assertEquals(0, csv.code, csv.err);
    assertTrue(csv.out.contains("\nCHE,68.3837,"), csv.out.substring(0, Math.min(600, csv.out.length())));
    Run explain = new Run("explain", "--methodology", m, "--data", data.toString(), "--unit", "CHE", "--node", "Index");
    assertEquals(0, explain.code, explain.err);
    assertTrue(explain.out.contains("winsorised (high outlier): 0.087423 → 0.042909"), explain.out);
    assertTrue(explain.out.contains("denominated by \"Population\""), explain.out);
  }

  @Test
  void usageErrors() {
    assertEquals(2, new Run().code);
    assertEquals(2, new Run("frobnicate").code);
    assertEquals(2, new Run("validate").code);
    Run missing = new Run("validate", "no/such/file.json");
    assertEquals(2, missing.code);
    assertTrue(missing.err.contains("no such file: no/such/file.json"), missing.err);
    assertEquals(2, new Run("demo", "extra").code);
    assertEquals(0, new Run("--help").code);
  }
}
