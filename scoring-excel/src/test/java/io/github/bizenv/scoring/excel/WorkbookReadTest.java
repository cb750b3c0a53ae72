package io.github.bizenv.scoring.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ledgers as an office fills them in: names instead of ids, percentages, dates as text, either language. */
class WorkbookReadTest {

  @TempDir Path dir;

  /** Writes a workbook: sheet name, then rows of cells. */
  Path workbook(String name, Object[]... sheets) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream os = Files.newOutputStream(p)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      for (Object[] sheet : sheets) {
        Worksheet ws = wb.newWorksheet((String) sheet[0]);
        Object[][] rows = (Object[][]) sheet[1];
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v instanceof Number) {
              ws.value(r, c, (Number) v);
            } else if (v instanceof LocalDate) {
              ws.value(r, c, (LocalDate) v);
              ws.style(r, c).format("yyyy年m月d日").set();
            } else if (v instanceof Percent) {
              ws.value(r, c, ((Percent) v).share);
              ws.style(r, c).format("0%").set();
            } else if (v != null) {
              ws.value(r, c, v.toString());
            }
          }
        }
      }
      wb.finish();
    }
    return p;
  }

  /** A cell holding a share formatted as a percentage. */
  static final class Percent {
    final double share;

    Percent(double share) {
      this.share = share;
    }
  }

  static Object[] sheet(String name, Object[]... rows) {
    return new Object[] {name, rows};
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  Path ledger(String lead, Object progress) throws IOException {
    return ledger(lead, progress, "2.5");
  }

  Path ledger(String lead, Object progress, Object value) throws IOException {
    return workbook("台账.xlsx",
        sheet("说明", row("随便写点什么")),
        sheet("工程", row("项目", "内容"), row("编号", "nanhu-2021"), row("名称", "南湖区2021年营商环境改革"),
            row("周期", 2021), row("标杆城市", "深圳市")),
        sheet("单位", row("序号", "名称", "类型", "主要负责人"), row(1, "南湖区", "区", "区长"),
            row(2, "区市场监管局", "市直部门", null), row(3, "区政务服务中心", "部门", null)),
        sheet("领域", row("名称"), row("开办企业")),
        sheet("指标", row("编号", "名称", "计量单位", "方向", "领域"), row("sb-time", "开办企业时间", "天", "越低越好", "开办企业")),
        sheet("任务台账", row("序号", "领域", "改革任务", "量化指标", "基期值", "标杆值", "目标值", "牵头单位", "责任单位",
            "完成时限", "备注"),
            row("T1", "开办企业", "压缩开办时间", "开办企业时间", 3, 1, 1, lead, "区政务服务中心、南湖区", "2021/6/30", "重点"),
            row("T2", "开办企业", "推行“一网通办”", null, null, null, null, "区政务服务中心", null,
                LocalDate.of(2021, 12, 31))),
        sheet("时间节点", row("任务编号", "时间", "计划进度（%）", "节点内容"),
            row("T1", "2021-03-31", "50%", "出台方案"), row("T1", "2021年6月30日", 100, "全面完成")),
        sheet("进展", row("任务编号", "报送单位", "日期", "进度"), row("T1", "区市场监管局", LocalDate.of(2021, 3, 31), progress)),
        sheet("数据", row("单位", "周期", "开办企业时间"), row("南湖区", "2021年", value)));
  }

  @Test
  void anOfficeLedgerWithNamesPercentagesAndTextDatesIsRead() throws IOException {
    WorkbookRead r = Workbooks.create().read(ledger("区市场监管局", new Percent(0.6)));
    assertEquals("nanhu-2021", r.programme().id());
    assertEquals(Period.year(2021), r.programme().period());
    assertEquals(List.of("南湖区", "区市场监管局", "区政务服务中心"),
        r.programme().units().stream().map(u -> u.id()).collect(Collectors.toList()), "names are ids when none given");
    assertEquals(UnitKind.DEPARTMENT, r.programme().unit("区政务服务中心").orElseThrow().kind());
    Task t1 = r.programme().task("T1").orElseThrow();
    assertEquals("区市场监管局", t1.lead());
    assertEquals("start-business".length() > 0 ? "开办企业" : "", t1.area());
    assertEquals(LocalDate.of(2021, 6, 30), t1.deadline());
    assertEquals(List.of(50.0, 100.0), t1.milestones().stream().map(m -> m.plannedProgress().getAsDouble())
        .collect(Collectors.toList()));
    assertEquals(TaskClass.A, io.github.bizenv.scoring.workflow.GapAnalysis.of(r.programme()).tasks().get(0)
        .taskClass().orElseThrow());
    assertEquals(List.of(ProgressReport.builder().task("T1").unit("区市场监管局").date(LocalDate.of(2021, 3, 31))
        .progress(60).build()), r.data().progressReports(), "a cell formatted as a percentage is read in points");
    assertEquals(List.of(Observation.of("南湖区", "sb-time", Period.year(2021), 2.5)), r.data().observations());
    assertEquals(Map.of("开办企业时间", "sb-time"), r.indicatorsByName());
    assertEquals(Map.of("开办企业", "开办企业"), Map.of("开办企业", r.programme().areas().get(0).id()));
    assertEquals(List.of(), r.ignoredSheets(), "the instructions sheet 说明 is not reported");
  }

  @Test
  void everyProblemNamesItsCell() throws IOException {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Workbooks.create().read(ledger("区发展改革局", "六成")));
    List<String> where = e.problems().stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList());
    assertEquals(List.of("任务台账!H2 unknown-reference", "进展!D2 wrong-type"), where, "all at once");
    assertTrue(e.problems().get(1).message().contains("进度 (Progress): \"六成\" is not a number"), e.getMessage());
    ValidationException ref = assertThrows(ValidationException.class,
        () -> Workbooks.create().read(ledger("区发展改革局", 60)));
    assertEquals(List.of("任务台账!H2 unknown-reference"), ref.problems().stream().map(p -> p.path() + " " + p.code())
        .collect(Collectors.toList()));
    assertEquals("unit \"区发展改革局\" is not declared in /units", ref.problems().get(0).message());
    assertEquals("任务台账!H2：单位“区发展改革局”未在/units中声明 [unknown-reference]",
        Texts.chinese().problem(ref.problems().get(0)));
  }

  @Test
  void aDataCellThatIsNeitherANumberNorACodeIsNamed() throws IOException {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Workbooks.create().read(ledger("区市场监管局", 60, "很快")));
    assertEquals(List.of("数据!C2 wrong-type"), e.problems().stream().map(p -> p.path() + " " + p.code())
        .collect(Collectors.toList()));
    assertEquals("数据!C2：数值“很快”既不是数字，也不是文字代码（指标“sb-time”没有声明文字代码） [wrong-type]",
        Texts.chinese().problem(e.problems().get(0)));
  }

  @Test
  void englishHeadersAreAcceptedAndMissingColumnsNamed() throws IOException {
    Path p = workbook("ledger.xlsx",
        sheet("Programme", row("Field", "Value"), row("Id", "p"), row("Name", "P"), row("Period", "2021"),
            row("Benchmark", "Shenzhen")),
        sheet("Units", row("Id", "Name", "Kind"), row("amr", "Market regulation", "department")),
        sheet("Areas", row("Id", "Name"), row("sb", "Starting a business")),
        sheet("Tasks", row("Id", "Area", "Task", "Lead unit")));
    ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(p));
    assertEquals(1, e.problems().size(), e.getMessage());
    Problem x = e.problems().get(0);
    assertEquals("Tasks!1:1", x.path());
    assertEquals(Problem.MISSING_FIELD, x.code());
    assertTrue(x.message().contains("the header row has no column 完成时限 (Deadline)"), x.message());
  }

  @Test
  void notAWorkbook() throws IOException {
    Path csv = dir.resolve("x.xlsx");
    Files.writeString(csv, "unit,value\n");
    ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(csv));
    assertEquals("this is not an Excel workbook (.xlsx)", e.problems().get(0).message());
    Path xls = dir.resolve("y.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1});
    assertTrue(assertThrows(ValidationException.class, () -> Workbooks.create().read(xls)).getMessage()
        .contains("save it as an Excel workbook (.xlsx)"));
  }

  @Test
  void theTemplateReadsAsAnEmptyProgrammeWithItsFieldsMissing() throws IOException {
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      Path p = dir.resolve("template-" + t.locale().getLanguage() + ".xlsx");
      Files.write(p, Workbooks.create().template(t));
      ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(p));
      String sheet = t.isChinese() ? "工程" : "Programme";
      assertEquals(List.of(sheet, sheet, sheet, sheet), e.problems().stream().map(Problem::path)
          .collect(Collectors.toList()), e.getMessage());
      assertTrue(e.getMessage().contains("the programme has no 编号 (Id)"), e.getMessage());
    }
  }

  @Test
  void theDownloadableTemplatesAreTheGeneratedOnes() throws IOException {
    Path docs = Path.of("..", "docs", "excel");
    assertEquals(List.of(true, true), List.of(Files.isRegularFile(docs.resolve("ledger-template.zh.xlsx")),
        Files.isRegularFile(docs.resolve("ledger-template.en.xlsx"))), "the templates are in docs/excel");
    assertTrue(java.util.Arrays.equals(Workbooks.create().template(Texts.chinese()),
        Files.readAllBytes(docs.resolve("ledger-template.zh.xlsx"))),
        "docs/excel/ledger-template.zh.xlsx is stale: regenerate it with ./score template --lang zh --out "
            + "docs/excel/ledger-template.zh.xlsx");
    assertTrue(java.util.Arrays.equals(Workbooks.create().template(Texts.english()),
        Files.readAllBytes(docs.resolve("ledger-template.en.xlsx"))),
        "docs/excel/ledger-template.en.xlsx is stale: regenerate it with ./score template --lang en --out "
            + "docs/excel/ledger-template.en.xlsx");
  }
}
