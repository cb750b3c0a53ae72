package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bizenv.scoring.cli.MainTest.Run;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.reports.Pages;
import io.github.bizenv.scoring.reports.Quarterly;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code score report}: each kind written from the command line, the 通报 and its template, help and errors. */
class ReportCommandTest {

  static final Path ASEM = Path.of("..", "..", "shared", "data", "asem", "ASEM_iData.csv");
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

  static String[] sample(String... more) {
    List<String> a = new ArrayList<>(List.of("--programme", MainTest.sample("programme.json"), "--data",
        MainTest.sample("data-2021.json")));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  static String[] args(String kind, String... rest) {
    List<String> a = new ArrayList<>(List.of("report", kind));
    a.addAll(List.of(rest));
    return a.toArray(new String[0]);
  }

  static String html(Path f) throws Exception {
    return Files.readString(f, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"quarterly", "year-end", "gap", "index"})
  void everyKindHasHelpInBothLanguages(String kind) {
    for (String lang : List.of("en", "zh")) {
      Run r = new Run("report", kind, "--help", "--lang", lang);
      assertEquals(0, r.code, r.toString());
      assertTrue(r.out.contains("score report " + kind), r.out);
      assertEquals(lang.equals("zh"), MainTest.chinese(r.out.replace("2021年第二季度", "")), lang + ": " + r.out);
      assertFalse(r.out.contains("null") || r.out.contains("%n"), r.out);
      List<String> options = new ArrayList<>();
      String list = r.out.substring(Math.max(0, Math.max(r.out.indexOf("Options:"), r.out.indexOf("选项："))));
      Matcher m = Pattern.compile("(?m)^ {2}(?:-\\w, | {4})(--[a-z-]+)").matcher(list);
      while (m.find()) {
        options.add(m.group(1));
      }
      List<String> sorted = new ArrayList<>(options);
      sorted.sort(String::compareTo);
      assertEquals(sorted, options, "options are listed in order");
    }
  }

  /** The quarter as the library builds it from the bundled sample and ranking, for the figures to expect. */
  static Quarterly sampleQuarter(Period quarter) {
    Programme p = SampleCity.programme();
    ProgrammeData data = SampleCity.data(p);
    QuarterlyReport report = QuarterlyReport.of(Engine.create().compile(Catalogue.bundled()
        .methodology("quarterly-progress")), p, data, quarter, 5);
    return Quarterly.builder(p, data, quarter).ranking(report).build();
  }

  @Test
  void quarterlyPageAndItsNotice() throws Exception {
    Quarterly q = sampleQuarter(Period.quarter(2021, 3));
    Path page = dir.resolve("q3.html");
    Run r = new Run(args("quarterly", sample("--quarter", "2021年第三季度", "--out", page.toString(), "--lang", "zh")));
    assertEquals(0, r.code, r.toString());
    // A chart per ranking group of the bundled ranking (departments, and districts, counties and zones) and the map.
    int charts = Pages.quarterly(q, Texts.chinese()).chartCount();
    assertTrue(r.out.contains("已将报告“2021年第三季度优化营商环境工作进展情况”（" + charts + "张图）写入"), r.out);
    String h = html(page);
    assertTrue(h.contains("<html lang=\"zh-CN\">") && h.contains("作战图") && h.contains("通报单位存在问题"), "page");
    assertTrue(h.contains("季度进展排名（市直部门）") && h.contains("季度进展排名（区县和开发区）"), "both groups");
    assertFalse(h.contains("<script src=") || h.contains("<link "), "nothing is fetched");

    Path docx = dir.resolve("q3.docx");
    r = new Run(args("quarterly", sample("--quarter", "2021q3", "--out", docx.toString(), "--lang", "zh",
        "--office", "示例市营商办", "--number", "示营商办〔2021〕15号", "--date", "2021-10-12")));
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("2021年第三季度通报（表扬" + q.praised().size() + "个、通报" + q.named().size() + "个单位）"),
        r.out);
    String body = documentText(Files.readAllBytes(docx));
    assertTrue(body.contains("关于2021年第三季度优化营商环境工作进展情况的通报"), body);
    assertTrue(body.contains("（一）市直部门") && body.contains("（二）区县和开发区"), body);
    assertTrue(body.contains("示例市营商办") && body.contains("2021年10月12日") && body.contains("示营商办〔2021〕15号"),
        body);

    // The template, edited elsewhere, comes back with --template.
    Path template = dir.resolve("通报模板.docx");
    r = new Run("template", "--out", template.toString(), "--lang", "zh");
    assertEquals(0, r.code, r.toString());
    assertTrue(documentText(Files.readAllBytes(template)).contains("${office}"));
    r = new Run(args("quarterly", sample("--quarter", "2021q3", "--out", dir.resolve("again.docx").toString(),
        "--template", template.toString(), "--lang", "zh")));
    assertEquals(0, r.code, r.toString());
  }

  @Test
  void yearEndAndGap() throws Exception {
    Path ye = dir.resolve("year-end.html");
    Run r = new Run(args("year-end", sample("--data", MainTest.sample("districts-2021.csv"), "--methodology",
        "assessment-districts-2021", "--methodology", "assessment-departments-2021", "--out", ye.toString())));
    assertEquals(0, r.code, r.toString());
    assertTrue(html(ye).contains("score cards") || html(ye).contains("Score cards"), "cards");
    Path gap = dir.resolve("gap.xlsx");
    r = new Run(args("gap", sample("--out", gap.toString())));
    assertEquals(0, r.code, r.toString());
    assertTrue(Files.size(gap) > 1000);
  }

  @Test
  void indexWithRankIntervals() throws Exception {
    assumeTrue(Files.isRegularFile(ASEM), "skipped: reference data ../shared/data/asem is not beside the repository");
    Path out = dir.resolve("index.html");
    Run r = new Run(args("index", "--methodology", "asem", "--data", ASEM.toString(), "--uncertainty",
        Path.of("..", "scoring-examples", "src", "main", "resources", "uncertainty", "asem-coinr.json").toString(),
        "--replications", "20", "--unit", "chn", "--out", out.toString()));
    assertEquals(0, r.code, r.toString());
    String h = html(out);
    assertTrue(h.contains("How robust is each rank?") && h.contains("Profile of CHN"), "sections");
  }

  @Test
  void theDemoEndsWithTheQuarterlyReportAndItsNotice() throws Exception {
    Run r = new Run("demo", "--lang", "zh", "--reports", dir.toString());
    assertEquals(0, r.code, r.toString());
    Path page = dir.resolve("quarterly-2021Q4.zh.html");
    Path notice = dir.resolve("notice-2021Q4.zh.docx");
    assertTrue(r.out.contains("2021年第四季度工作进展报告（用浏览器打开）和通报（用Word打开）：\n    " + page.toAbsolutePath()
        + "\n    " + notice.toAbsolutePath() + "\n"), r.out);
    assertTrue(html(page).contains("2021年第四季度优化营商环境工作进展情况"));
    assertTrue(documentText(Files.readAllBytes(notice)).contains("关于2021年第四季度优化营商环境工作进展情况的通报"));
  }

  @Test
  void usageErrorsAndDataProblems() {
    Run r = new Run(args("gap", sample("--out", dir.resolve("gap.txt").toString())));
    assertEquals(2, r.code, r.toString());
    assertTrue(r.err.contains("write the report to a .html file"), r.err);
    r = new Run(args("quarterly", sample("--quarter", "2022q1", "--out", dir.resolve("q.html").toString())));
    assertEquals(1, r.code, r.toString());
    r = new Run(args("quarterly", sample("--quarter", "2021q3", "--out", dir.resolve("q.docx").toString(),
        "--template", MainTest.sample("programme.json"))));
    assertEquals(1, r.code, r.toString());
    assertTrue(r.err.contains("is not a Word document"), r.err);
    r = new Run("report");
    assertEquals(2, r.code, r.toString());
  }

  static String documentText(byte[] docx) throws Exception {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        if (e.getName().equals("word/document.xml")) {
          return new String(z.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
        }
      }
    }
    return "";
  }
}
