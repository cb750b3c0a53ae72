package io.github.bizenv.scoring.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.model.RecognitionKind;
import io.github.bizenv.scoring.model.ResultLevel;
import io.github.bizenv.scoring.model.Role;
import io.github.bizenv.scoring.model.Severity;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programme model in a ledger as a district office fills it in: lead, responsible and supporting units
 * (牵头单位, 责任单位, 配合单位), a vertically managed unit (垂直管理), competences, the indicators an area serves,
 * a class C task planned and reported by its authorisation steps (授权步骤), findings of one matter (同一事项),
 * firsts and adoptions (首创, 复制推广) and a result's publication date (发布日期) — and every bad cell named.
 */
class WorkbookProgrammeTest {

  @TempDir Path dir;

  /** The sheets of a small district ledger; each row as long as its header. */
  static Map<String, Object[][]> sheets() {
    Map<String, Object[][]> s = new java.util.LinkedHashMap<>();
    s.put("工程", new Object[][] {{"项目", "内容"}, {"编号", "nanhu-2021"}, {"名称", "南湖区2021年营商环境改革"},
        {"周期", "2021"}, {"标杆城市", "深圳市"}, {"牵头推进单位", "区委改革办、区发展改革局"}});
    s.put("单位", new Object[][] {{"编号", "名称", "类型", "主要负责人", "垂直管理", "职责领域"},
        {"nanhu", "南湖区", "区", "王南", "否", null},
        {"reform", "区委改革办", "市直部门", "李改", null, null},
        {"drc", "区发展改革局", "市直部门", "赵发", "否", null},
        {"amr", "区市场监管局", "市直部门", "钱市", "否", "商事登记"},
        {"tax", "国家税务总局南湖区税务局", "市直部门", "孙税", "是", "商事登记、税收服务"}});
    s.put("领域", new Object[][] {{"编号", "名称", "对应评价指标"}, {"reg", "商事登记", "开办企业"},
        {"tax-services", "税收服务", "纳税"}});
    s.put("指标", new Object[][] {{"编号", "名称", "计量单位", "方向", "领域"},
        {"sb-time", "开办企业时间", "天", "越低越好", "商事登记"}, {"eval-sb", "开办企业", "分", "越高越好", null},
        {"eval-tax", "纳税", "分", "越高越好", null}});
    s.put("任务", new Object[][] {{"编号", "领域", "改革任务", "量化指标", "基期值", "标杆值", "目标值", "目标劣于基期理由",
        "认定分类", "分类理由", "需法律授权", "牵头单位", "责任单位", "配合单位", "工作量系数", "完成时限"},
        {"T1", "商事登记", "企业开办压缩至1天", "开办企业时间", 3, 1, 1, null, null, null, "否", "区市场监管局", "南湖区",
            "国家税务总局南湖区税务局", 1.5, "2021-06-30"},
        {"T2", "商事登记", "推行“一照多址”", null, null, null, null, null, "C", "需省政府授权调整住所登记规定", "是",
            "区市场监管局", "南湖区", null, null, "2021-12-31"},
        {"T3", "税收服务", "市场主体登记信息与税务部门实时共享", null, null, null, null, null, null, null, null,
            "区市场监管局", "国家税务总局南湖区税务局", null, null, "2021-12-31"}});
    s.put("时间节点", new Object[][] {{"任务编号", "时间", "计划进度", "授权步骤", "节点内容"},
        {"T1", "2021-03-31", "50%", null, "出台方案"}, {"T1", "2021-06-30", 100, null, "全面完成"},
        {"T2", "2021-03-31", null, "申请提交", "向省政府提交授权申请"},
        {"T2", "2021-06-30", null, "获得授权", "获得省政府批复"},
        {"T2", "2021-12-31", null, "落地实施", "落地实施"}});
    s.put("进展", new Object[][] {{"任务编号", "报送单位", "日期", "进度", "授权步骤", "佐证材料"},
        {"T1", "区市场监管局", "2021-03-31", 60, null, "实施方案印发文件"},
        {"T2", "区市场监管局", "2021-04-15", null, "申请提交", "请示文件"}});
    s.put("评价", new Object[][] {{"任务编号", "评价单位", "被评价单位", "评分", "日期"},
        {"T1", "区市场监管局", "南湖区", 92, "2021-06-30"}});
    s.put("督查", new Object[][] {{"编号", "类型", "单位", "问题事项", "严重程度", "发现日期", "问题描述"},
        {"F1", "12345投诉", "国家税务总局南湖区税务局", "M1", "一般", "2021-05-10", "企业反映退税到账慢"},
        {"F2", "四不两直", "国家税务总局南湖区税务局", "M1", "严重", "2021-05-20", "“四不两直”检查核实：退税到账慢"},
        {"F3", "暗访", "南湖区", null, "轻微", "2021-06-01", "政务服务窗口人员不在岗"}});
    s.put("首创和复制推广", new Object[][] {{"编号", "类型", "层级", "单位", "任务编号", "改革事项", "日期", "成果内容",
        "佐证材料"},
        {"R1", "首创", "全国", "区市场监管局", "T1", "E1", "2021-05-20", "全国首个企业开办“一日办结”", "市场监管总局简报"},
        {"R2", "复制推广", "全省", "区市场监管局", "T1", "E1", "2021-09-15", "企业开办“一日办结”在全省复制推广",
            "省政府办公厅通知"}});
    s.put("国评省评", new Object[][] {{"层级", "单位", "指标", "周期", "名次", "参评总数", "得分", "发布日期"},
        {"国评", "南湖区", "开办企业", "2020", 6, 80, 89.33, "2021-07-19"}});
    return s;
  }

  /** Writes the ledger with some cells changed: {@code 任务!N2 → value}; an empty string empties a cell. */
  Path ledger(Map<String, Object> changes) throws IOException {
    Map<String, Object[][]> sheets = sheets();
    changes.forEach((ref, v) -> {
      String sheet = ref.substring(0, ref.indexOf('!'));
      String cell = ref.substring(ref.indexOf('!') + 1);
      int col = cell.charAt(0) - 'A';
      int row = Integer.parseInt(cell.substring(1)) - 1;
      sheets.get(sheet)[row][col] = v;
    });
    Path p = dir.resolve("台账-" + changes.hashCode() + ".xlsx");
    try (OutputStream os = Files.newOutputStream(p)) {
      Workbook wb = new Workbook(os, "test", "1.0");
      for (Map.Entry<String, Object[][]> e : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(e.getKey());
        Object[][] rows = e.getValue();
        for (int r = 0; r < rows.length; r++) {
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v instanceof Number) {
              ws.value(r, c, (Number) v);
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

  static List<String> where(ValidationException e) {
    return e.problems().stream().map(p -> p.path() + " " + p.code()).collect(Collectors.toList());
  }

  @Test
  void rolesStepsMattersFirstsAndPublicationDatesAreRead() throws IOException {
    WorkbookRead r = Workbooks.create().read(ledger(Map.of()));
    Programme p = r.programme();
    assertEquals(List.of("reform", "drc"), p.organisers(), "牵头推进单位 by name");
    Unit tax = p.unit("tax").orElseThrow();
    assertTrue(tax.verticallyManaged());
    assertEquals(Set.of("reg", "tax-services"), tax.competences());
    assertEquals(false, p.unit("reform").orElseThrow().verticallyManaged(), "an empty 垂直管理 is 否");
    assertEquals(Set.of("eval-sb"), p.area("reg").orElseThrow().serves());

    Task t1 = p.task("T1").orElseThrow();
    assertEquals(Optional.of(Role.LEAD), t1.role("amr"));
    assertEquals(Optional.of(Role.RESPONSIBLE), t1.role("nanhu"));
    assertEquals(Optional.of(Role.SUPPORTING), t1.role("tax"));
    assertEquals(1.5, t1.workload());
    assertEquals(1.0, p.task("T2").orElseThrow().workload(), "an empty 工作量系数 is 1");
    assertEquals(List.of(
        Milestone.builder().due(LocalDate.of(2021, 3, 31)).step(AuthorisationStep.APPLICATION_SUBMITTED)
            .description(LocalizedText.zhOnly("向省政府提交授权申请")).build(),
        Milestone.builder().due(LocalDate.of(2021, 6, 30)).step(AuthorisationStep.AUTHORISATION_GRANTED)
            .description(LocalizedText.zhOnly("获得省政府批复")).build(),
        Milestone.builder().due(LocalDate.of(2021, 12, 31)).step(AuthorisationStep.IMPLEMENTED)
            .description(LocalizedText.zhOnly("落地实施")).build()), p.task("T2").orElseThrow().milestones());
    assertEquals(List.of(50.0, 100.0), t1.milestones().stream().map(m -> m.plannedProgress().getAsDouble())
        .collect(Collectors.toList()));

    assertEquals(ProgressReport.builder().task("T2").unit("amr").date(LocalDate.of(2021, 4, 15))
        .step(AuthorisationStep.APPLICATION_SUBMITTED).evidence(LocalizedText.zhOnly("请示文件")).build(),
        r.data().progressReports().get(1));
    assertEquals(Finding.builder().id("F2").kind(FindingKind.FOUR_NOS_TWO_STRAIGHTS).unit("tax").matter("M1")
        .severity(Severity.SERIOUS).found(LocalDate.of(2021, 5, 20))
        .description(LocalizedText.zhOnly("“四不两直”检查核实：退税到账慢")).build(), r.data().findings().get(1));
    assertEquals(FindingKind.UNANNOUNCED_VISIT, r.data().findings().get(2).kind());
    assertEquals(Optional.empty(), r.data().findings().get(2).matter());
    assertEquals(List.of(
        Recognition.builder().id("R1").kind(RecognitionKind.FIRST).level(ResultLevel.NATIONAL).unit("amr").task("T1")
            .matter("E1").date(LocalDate.of(2021, 5, 20)).description(LocalizedText.zhOnly("全国首个企业开办“一日办结”"))
            .evidence(LocalizedText.zhOnly("市场监管总局简报")).build(),
        Recognition.builder().id("R2").kind(RecognitionKind.ADOPTED).level(ResultLevel.PROVINCIAL).unit("amr")
            .task("T1").matter("E1").date(LocalDate.of(2021, 9, 15))
            .description(LocalizedText.zhOnly("企业开办“一日办结”在全省复制推广"))
            .evidence(LocalizedText.zhOnly("省政府办公厅通知")).build()), r.data().recognitions());
    assertEquals(List.of(ExternalResult.builder().level(ResultLevel.NATIONAL).unit("nanhu").indicator("eval-sb")
        .period(Period.year(2020)).rank(6).outOf(80).score(89.33).published(LocalDate.of(2021, 7, 19)).build()),
        r.data().externalResults());

    assertEquals(List.of("任务!L4 " + Problem.COMPETENCE), r.warnings().stream().map(w -> w.path() + " " + w.code())
        .collect(Collectors.toList()), "T3 is led by a unit whose competences do not include 税收服务");
  }

  @Test
  void theLedgerRoundTripsInEitherLanguage() throws IOException {
    WorkbookRead r = Workbooks.create().read(ledger(Map.of()));
    for (Texts t : List.of(Texts.chinese(), Texts.english())) {
      Path f = dir.resolve("back-" + t.locale().getLanguage() + ".xlsx");
      Files.write(f, Workbooks.create().write(r.programme(), r.data(), t));
      WorkbookRead back = Workbooks.create().read(f);
      assertEquals(r.programme(), back.programme(), t.locale().toString());
      assertEquals(r.data(), back.data(), t.locale().toString());
    }
  }

  @Test
  void everyBadCellOfTheNewColumnsIsNamedAtOnce() throws IOException {
    Map<String, Object> bad = new HashMap<>();
    bad.put("单位!E6", "可能");
    bad.put("任务!O2", "一点五");
    bad.put("任务!H4", "目标无需回调");
    bad.put("时间节点!C2", "");
    bad.put("时间节点!D4", "已完成");
    bad.put("进展!D3", 20);
    bad.put("督查!B4", "电话回访");
    bad.put("首创和复制推广!C2", "全市");
    bad.put("首创和复制推广!I3", "");
    bad.put("国评省评!H2", "去年");
    ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(ledger(bad)));
    assertEquals(List.of("单位!E6 wrong-type", "时间节点!C2 missing-field", "时间节点!D4 wrong-type",
        "任务!O2 wrong-type", "任务!H4 inconsistent", "进展!D3 inconsistent", "督查!B4 wrong-type", "首创和复制推广!C2 wrong-type",
        "首创和复制推广!I3 missing-field", "国评省评!H2 wrong-type"), where(e), e.getMessage());
    String m = e.getMessage();
    assertTrue(m.contains("垂直管理 (Vertically managed): \"可能\" is not yes or no"), m);
    assertTrue(m.contains("计划进度 (Planned progress) and 授权步骤 (Authorisation step) are both empty"), m);
    assertTrue(m.contains("授权步骤 (Authorisation step): \"已完成\" is not one of 申请提交、获得授权、落地实施"), m);
    assertTrue(m.contains("进度 (Progress) and 授权步骤 (Authorisation step) are both given"), m);
    assertTrue(m.contains("\"电话回访\" is not one of 现场督查、随机抽查、“四不两直”检查、暗访、"), m);
    assertTrue(m.contains("层级 (Level): \"全市\" is not one of 全国, 全省"), m);
    assertEquals("时间节点!C2：计划进度 (Planned progress)和授权步骤 (Authorisation step)都未填写：时间节点填写计划进度，"
        + "需法律授权的任务改填授权步骤 [missing-field]", Texts.chinese().problem(e.problems().get(1)));
    assertEquals("进展!D3：进度 (Progress)和授权步骤 (Authorisation step)只能填写其一：进展填写进度百分比，需法律授权的任务改填"
        + "已到的授权步骤 [inconsistent]", Texts.chinese().problem(e.problems().get(5)));
    assertEquals("任务!H4：填写了目标劣于基期理由 (Worsening reason)，但该任务没有量化指标 (Indicator)，也就没有劣于基期值的目标 "
        + "[inconsistent]", Texts.chinese().problem(e.problems().get(4)));
  }

  @Test
  void aBadUnitRowIsOneProblemNotOneForEveryCellThatNamesTheUnit() throws IOException {
    String name = "区市场监管局（区知识产权局）";
    Map<String, Object> bad = new HashMap<>();
    bad.put("单位!B5", name);
    bad.put("单位!C5", "部委");
    for (String ref : List.of("任务!L2", "任务!L3", "任务!L4", "进展!B2", "进展!B3", "评价!B2", "首创和复制推广!D2",
        "首创和复制推广!D3")) {
      bad.put(ref, name);
    }
    ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(ledger(bad)));
    assertEquals(List.of("单位!C5 wrong-type"), where(e), e.getMessage());
    bad.remove("单位!C5");
    assertEquals("amr", Workbooks.create().read(ledger(bad)).unitsByName().get(name), "and once fixed, it is read");
  }

  @Test
  void rolesAndStepsThatContradictTheModelAreNamedAtTheirCells() throws IOException {
    Map<String, Object> bad = new HashMap<>();
    bad.put("任务!N2", "南湖区");
    bad.put("任务!O3", 0);
    bad.put("时间节点!C4", 30);
    bad.put("时间节点!D4", "");
    ValidationException e = assertThrows(ValidationException.class, () -> Workbooks.create().read(ledger(bad)));
    assertEquals(List.of("任务!N2 inconsistent", "任务!O3 out-of-range", "时间节点!D4 inconsistent"), where(e),
        e.getMessage());
    assertTrue(e.getMessage().contains("unit \"nanhu\" is a responsible unit of task \"T1\", so it cannot also be a "
        + "supporting unit"), e.getMessage());

    Map<String, Object> data = new HashMap<>();
    data.put("进展!D3", 20);
    data.put("进展!E3", "");
    data.put("评价!C2", "国家税务总局南湖区税务局");
    ValidationException d = assertThrows(ValidationException.class, () -> Workbooks.create().read(ledger(data)));
    assertEquals(List.of("进展!D3 inconsistent", "评价!C2 inconsistent"), where(d), d.getMessage());
    assertTrue(d.getMessage().contains("(it is a supporting unit, which is not rated)"), d.getMessage());

    ValidationException matter = assertThrows(ValidationException.class,
        () -> Workbooks.create().read(ledger(Map.of("督查!D4", "M1"))));
    assertEquals(List.of("督查!D4 inconsistent"), where(matter), matter.getMessage());
    assertTrue(matter.getMessage().contains("matter \"M1\" is about unit \"tax\", but finding \"F3\" is about "
        + "\"nanhu\""), matter.getMessage());

    ValidationException published = assertThrows(ValidationException.class,
        () -> Workbooks.create().read(ledger(Map.of("国评省评!H2", "2019-12-31"))));
    assertEquals(List.of("国评省评!H2 order"), where(published), published.getMessage());
  }
}
