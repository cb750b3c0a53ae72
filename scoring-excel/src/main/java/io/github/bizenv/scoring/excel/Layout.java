package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.RecognitionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workbook layout of a programme and its data: which sheets, which columns, their Chinese and English
 * headers. The reader, the writer, the template and docs/excel/README.md follow it.
 */
final class Layout {

  private Layout() {}

  /** A column of a sheet. */
  static final class Col {
    final String key;
    final String zh;
    final String en;
    final boolean required;
    final String hintZh;
    final String hintEn;
    final List<String> aliases;
    /** A column that may stand in for this required one in a row (the English text for the Chinese), or null. */
    String or;

    Col(String key, String zh, String en, boolean required, String hintZh, String hintEn, String... aliases) {
      this.key = key;
      this.zh = zh;
      this.en = en;
      this.required = required;
      this.hintZh = hintZh;
      this.hintEn = hintEn;
      this.aliases = List.of(aliases);
    }

    String header(boolean chinese) {
      return chinese ? zh : en;
    }

    /** Lets a row leave this required column empty when it fills {@code other}. */
    Col or(String other) {
      this.or = other;
      return this;
    }

    boolean matches(String header) {
      String h = normalize(header);
      if (h.equals(normalize(zh)) || h.equals(normalize(en)) || h.equals(normalize(key))) {
        return true;
      }
      for (String a : aliases) {
        if (h.equals(normalize(a))) {
          return true;
        }
      }
      return false;
    }
  }

  /** A sheet: its key, names and columns. */
  static final class Sheet {
    final String key;
    final String zh;
    final String en;
    final List<Col> cols;
    final List<String> aliases;
    final String aboutZh;
    final String aboutEn;

    Sheet(String key, String zh, String en, String aboutZh, String aboutEn, List<String> aliases, Col... cols) {
      this.key = key;
      this.zh = zh;
      this.en = en;
      this.aboutZh = aboutZh;
      this.aboutEn = aboutEn;
      this.aliases = aliases;
      this.cols = List.of(cols);
    }

    String name(boolean chinese) {
      return chinese ? zh : en;
    }

    boolean matches(String name) {
      String n = normalize(name);
      if (n.equals(normalize(zh)) || n.equals(normalize(en)) || n.equals(normalize(key))) {
        return true;
      }
      return aliases.stream().anyMatch(a -> normalize(a).equals(n));
    }

    Col col(String key) {
      for (Col c : cols) {
        if (c.key.equals(key)) {
          return c;
        }
      }
      throw new IllegalArgumentException("sheet " + this.key + " has no column " + key);
    }
  }

  /**
   * Header or sheet name as compared: without spaces, required-field stars and bracketed hints, lower case.
   */
  static String normalize(String s) {
    String t = s.replaceAll("[（(][^）)]*[）)]", "").replaceAll("[\\s*＊:：]", "");
    return t.toLowerCase(Locale.ROOT);
  }

  static Col col(String key, String zh, String en, boolean required, String hintZh, String hintEn,
      String... aliases) {
    return new Col(key, zh, en, required, hintZh, hintEn, aliases);
  }

  static final Sheet PROGRAMME = new Sheet("programme", "工程", "Programme",
      "工程的基本信息，每行一项：编号、名称、周期、标杆城市、牵头推进单位。",
      "The programme itself, one field a row: id, name, period, benchmark, organisers.",
      List.of("基本信息", "改革工程"),
      col("field", "项目", "Field", true, "编号、名称、英文名称、周期、标杆城市、标杆城市英文名称、牵头推进单位",
          "id, name, English name, period, benchmark, benchmark in English, organisers"),
      col("value", "内容", "Value", true, "该项的内容", "the field's value"));

  /** The fields of the programme sheet, in order: key, zh, en. */
  static final String[][] PROGRAMME_FIELDS = {
      {"id", "编号", "Id"},
      {"name", "名称", "Name"},
      {"name-en", "英文名称", "English name"},
      {"period", "周期", "Period"},
      {"benchmark", "标杆城市", "Benchmark"},
      {"benchmark-en", "标杆城市英文名称", "Benchmark in English"},
      {"organisers", "牵头推进单位", "Organisers"}};

  /** The hints of the programme sheet's fields, in the order of {@link #PROGRAMME_FIELDS}: zh, en. */
  static final String[][] PROGRAMME_HINTS = {
      {"如 sample-city-2021", "e.g. sample-city-2021"},
      {"如 示例市2021年优化营商环境“一号改革工程”", "e.g. Sample City 2021 reform project"},
      {"可不填", "optional"},
      {"如 2021", "e.g. 2021"},
      {"如 深圳市", "e.g. Shenzhen"},
      {"可不填", "optional"},
      {"统筹推进工程的单位，如 市委改革办、市发改委（用、分隔；可不填）",
          "units that run the programme, e.g. the reform office and the DRC (separated by ; or ,; optional)"}};

  static final Sheet UNITS = new Sheet("units", "单位", "Units",
      "参与考核的单位：市直部门、区县、开发区，以及全市。", "The units scored: departments, districts, counties, zones, the city.",
      List.of("单位清单"),
      col("id", "编号", "Id", false, "如 amr；可不填，不填时以单位名称作编号", "e.g. amr; empty: the name is the id", "单位编号", "代码"),
      col("name", "名称", "Name", true, "如 市市场监管局", "e.g. Municipal Administration for Market Regulation", "单位名称")
          .or("name-en"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"),
      col("kind", "类型", "Kind", true, "市直部门、区、县（市）、开发区、市", "department, district, county, development-zone, city", "单位类型"),
      col("head", "主要负责人", "Head", false, "可不填；填写后随单位评定等次（垂直管理单位改为建议）",
          "optional; graded with the unit (for a vertically managed unit, a recommendation)", "负责人"),
      col("head-en", "主要负责人英文", "Head in English", false, "可不填", "optional"),
      col("vertical", "垂直管理", "Vertically managed", false,
          "是 或 否：税务、海关、电力、人民银行等垂直管理单位填是，其主要负责人不由本市评定等次，改为向上级提出建议",
          "yes or no: yes for tax, customs, the power grid, the central bank's branch…; their heads get a "
              + "recommendation to the higher authority instead of a grade", "垂直管理单位", "是否垂直管理"),
      col("competences", "职责领域", "Competences", false, "可牵头任务的领域（编号或名称），用、分隔；填写后，牵头其他领域的任务会提示",
          "areas it may lead tasks in (ids or names), separated by ; or ,; a task it leads elsewhere draws a warning",
          "职能领域"),
      col("members", "成员单位", "Members", false, "如 a:0.5；b:0.5（按成员单位加权平均时填写）", "e.g. a:0.5; b:0.5 (for a unit scored as its members' weighted mean)"));

  static final Sheet AREAS = new Sheet("areas", "领域", "Areas",
      "改革领域，如商事登记、工程建设项目审批，及其对应的国评省评指标。",
      "Reform areas such as commercial registration, with the outside-evaluation indicators they serve.",
      List.of("领域清单"),
      col("id", "编号", "Id", false, "如 commercial-registration；可不填，不填时以名称作编号",
          "e.g. commercial-registration; empty: the name is the id", "领域编号"),
      col("name", "名称", "Name", true, "如 商事登记", "e.g. Commercial registration", "领域名称").or("name-en"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"),
      col("serves", "对应评价指标", "Indicators served", false, "该领域服务的国评省评指标（编号或名称），用、分隔，如 开办企业",
          "indicators of outside evaluations the area serves (ids or names), separated by ; or ,", "服务指标",
          "对应指标", "Serves"));

  static final Sheet INDICATORS = new Sheet("indicators", "指标", "Indicators",
      "任务量化目标和数据所用的指标。", "Indicators that tasks' targets and data use.",
      List.of("指标清单"),
      col("id", "编号", "Id", false, "如 sb-time；可不填，不填时以名称作编号", "e.g. sb-time; empty: the name is the id", "指标编号"),
      col("name", "名称", "Name", true, "如 开办企业时间", "e.g. Time to start a business", "指标名称").or("name-en"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"),
      col("unit", "计量单位", "Measurement unit", true, "如 天、个、%、分", "e.g. days, %, points"),
      col("direction", "方向", "Direction", true, "越低越好 或 越高越好", "lower-is-better or higher-is-better", "指标方向"),
      col("area", "领域", "Area", false, "领域编号或名称", "area id or name"),
      col("lead", "牵头单位", "Lead unit", false, "指标牵头部门（编号或名称）", "unit answering for it (id or name)"),
      col("codes", "文字代码", "Text codes", false, "允许的非数字取值，用；分隔或每行一个，如 不适用", "values other than numbers, separated by ; or one a line"),
      col("benchmark", "标杆值", "Benchmark value", false, "标杆城市的数值", "the benchmark's value"),
      col("standard", "标杆做法", "Benchmark standard", false, "标杆城市的做法或标准", "the benchmark's practice"),
      col("standard-en", "标杆做法英文", "Benchmark standard in English", false, "可不填", "optional"));

  static final Sheet TASKS = new Sheet("tasks", "任务", "Tasks",
      "改革任务台账：每行一项任务。", "The task ledger (台账): one task a row.",
      List.of("任务台账", "台账", "改革任务"),
      col("id", "编号", "Id", true, "如 T001", "e.g. T001", "任务编号", "序号"),
      col("area", "领域", "Area", true, "领域编号或名称", "area id or name"),
      col("description", "改革任务", "Task", true, "任务内容", "what is to be done", "任务内容", "任务")
          .or("description-en"),
      col("description-en", "改革任务英文", "Task in English", false, "可不填", "optional"),
      col("standard", "对标标准", "Benchmark standard", false, "标杆城市的做法", "the benchmark's practice", "标杆做法"),
      col("standard-en", "对标标准英文", "Benchmark standard in English", false, "可不填", "optional"),
      col("indicator", "量化指标", "Indicator", false, "指标编号或名称；有量化目标时填写", "indicator id or name, for a measurable target", "指标"),
      col("baseline", "基期值", "Baseline", false, "现状值", "the value now", "现状值"),
      col("benchmark", "标杆值", "Benchmark", false, "标杆城市的数值", "the benchmark's value"),
      col("target", "目标值", "Target", false, "本期目标", "the target"),
      col("worsening", "目标劣于基期理由", "Worsening reason", false, "目标值有意劣于基期值时说明理由；不说明的会提示",
          "why the target is meant to be worse than the baseline; without a reason it draws a warning", "目标回调理由"),
      col("worsening-en", "目标劣于基期理由英文", "Worsening reason in English", false, "可不填", "optional"),
      col("class", "认定分类", "Declared class", false, "A、B 或 C；不填时按量化指标测算", "A, B or C; empty: computed from the measure", "分类"),
      col("class-reason", "分类理由", "Class reason", false, "认定分类时必填", "needed with a declared class", "认定理由")
          .or("class-reason-en"),
      col("class-reason-en", "分类理由英文", "Class reason in English", false, "可不填", "optional"),
      col("legal", "需法律授权", "Needs legal authorisation", false, "是 或 否（C类填是）", "yes or no (yes for class C)", "需授权"),
      col("lead", "牵头单位", "Lead unit", true, "一个单位（编号或名称）：对任务负总责，报送进展，评价责任单位",
          "one unit (id or name): answers for the task, reports progress, rates the responsible units"),
      col("responsible", "责任单位", "Responsible units", false, "可多个，用、分隔；由牵头单位评价",
          "any number, separated by ; or ,; rated by the lead"),
      col("supporting", "配合单位", "Supporting units", false, "可多个，用、分隔；协助推进，不评价、不考核",
          "any number, separated by ; or ,; they help, and are neither rated nor answerable", "协办单位"),
      col("workload", "工作量系数", "Workload", false, "相对一般任务的工作量，如 1、1.5、2；不填为 1",
          "workload relative to an ordinary task, e.g. 1, 1.5, 2; empty: 1", "工作量"),
      col("deadline", "完成时限", "Deadline", true, "日期，如 2021-06-30", "a date such as 2021-06-30", "完成时间", "时限"));

  static final Sheet MILESTONES = new Sheet("milestones", "时间节点", "Milestones",
      "作战图的时间节点：每行一个节点。需法律授权（C类）的任务填授权步骤，其他任务填计划进度。",
      "The battle map's milestones, one a row: a planned progress, or an authorisation step for a task that needs "
          + "legal authorisation (class C).",
      List.of("作战图", "节点"),
      col("task", "任务编号", "Task", true, "任务台账中的编号", "the task's id", "任务"),
      col("due", "时间", "Due", true, "日期", "a date", "节点时间", "完成时间"),
      col("planned", "计划进度", "Planned progress", false, "累计百分比，如 60 或 60%；C类任务不填",
          "cumulative %, e.g. 60 or 60%; empty for class C", "进度"),
      col("authorisation-step", "授权步骤", "Authorisation step", false, "C类任务填：申请提交、获得授权、落地实施",
          "class C only: application submitted, authorisation granted, implemented", "步骤"),
      col("description", "节点内容", "Description", true, "该节点要完成的事项", "what is done by then", "内容", "Step")
          .or("description-en"),
      col("description-en", "节点内容英文", "Description in English", false, "可不填", "optional", "Step in English"));

  static final Sheet PROGRESS = new Sheet("progress", "进展", "Progress",
      "各单位按月报送的任务进展：进度百分比，C类任务报已到的授权步骤。",
      "Progress reports, usually monthly: a percentage, or the authorisation step reached for class C.",
      List.of("进展情况", "月报"),
      col("task", "任务编号", "Task", true, "任务台账中的编号", "the task's id", "任务"),
      col("unit", "报送单位", "Unit", true, "牵头或责任单位（编号或名称）", "lead or responsible unit (id or name)", "单位"),
      col("date", "日期", "Date", true, "进展截至日期", "the date the progress refers to", "截至日期"),
      col("progress", "进度", "Progress", false, "累计百分比，如 60 或 60%；C类任务不填",
          "cumulative %, e.g. 60 or 60%; empty for class C", "完成进度"),
      col("authorisation-step", "授权步骤", "Authorisation step", false, "C类任务填已到的步骤：申请提交、获得授权、落地实施",
          "class C only, the step reached: application submitted, authorisation granted, implemented", "步骤"),
      col("evidence", "佐证材料", "Evidence", false, "可不填", "optional", "佐证"),
      col("evidence-en", "佐证材料英文", "Evidence in English", false, "可不填", "optional"));

  static final Sheet RATINGS = new Sheet("ratings", "评价", "Ratings",
      "牵头单位对责任单位的评价。", "Lead units' ratings of responsible units.",
      List.of("协同评价"),
      col("task", "任务编号", "Task", true, "任务台账中的编号", "the task's id", "任务"),
      col("rater", "评价单位", "Rater", true, "该任务的牵头单位", "the task's lead unit", "牵头单位"),
      col("ratee", "被评价单位", "Ratee", true, "该任务的责任单位", "a responsible unit of the task", "责任单位"),
      col("score", "评分", "Score", true, "0 至 100", "0 to 100", "分数"),
      col("date", "日期", "Date", true, "评价日期", "the date of the rating", "评价日期"));

  static final Sheet FINDINGS = new Sheet("findings", "督查", "Findings",
      "督查检查、随机抽查、“四不两直”、暗访和12345热线发现的问题。同一事项不重复扣分。",
      "Inspections, spot checks, unannounced checks and visits, 12345 hotline findings; one matter deducts once.",
      List.of("督查发现", "督查问题"),
      col("id", "编号", "Id", true, "如 F001", "e.g. F001", "问题编号"),
      col("kind", "类型", "Kind", true, Words.expected(FindingKind.values(), true),
          Words.expected(FindingKind.values(), false), "来源"),
      col("unit", "单位", "Unit", true, "问题所涉单位（编号或名称）", "the unit concerned (id or name)", "责任单位"),
      col("matter", "问题事项", "Matter", false, "同一问题的几条记录（如12345投诉后经督查核实）填同一事项编号，只扣一次分；可不填",
          "findings about the same problem (a complaint later confirmed by a check) share a matter id and deduct "
              + "once; optional", "同一事项", "事项编号"),
      col("task", "任务编号", "Task", false, "可不填", "optional", "任务"),
      col("area", "领域", "Area", false, "可不填", "optional"),
      col("severity", "严重程度", "Severity", true, "轻微、一般、严重", "minor, general, serious", "程度"),
      col("found", "发现日期", "Found", true, "日期", "a date", "日期"),
      col("deadline", "整改时限", "Rectification deadline", false, "日期；可不填", "a date; optional"),
      col("rectified", "整改完成日期", "Rectified", false, "日期；未整改不填", "a date; empty while open", "整改日期"),
      col("description", "问题描述", "Description", true, "发现的问题", "what was found", "问题").or("description-en"),
      col("description-en", "问题描述英文", "Description in English", false, "可不填", "optional"));

  static final Sheet RESULTS = new Sheet("results", "国评省评", "External results",
      "国家和省营商环境评价中各指标的名次。", "Ranks in national and provincial evaluations, per indicator.",
      List.of("评价结果", "国评省评结果"),
      col("level", "层级", "Level", true, "国评 或 省评", "national or provincial", "评价"),
      col("unit", "单位", "Unit", true, "被评价的地区，通常为全市（编号或名称）", "the jurisdiction evaluated (id or name)", "地区"),
      col("indicator", "指标", "Indicator", true, "指标编号或名称", "indicator id or name"),
      col("period", "周期", "Period", true, "如 2021", "e.g. 2021", "年度"),
      col("rank", "名次", "Rank", true, "1 为第一", "1 is best", "排名"),
      col("outOf", "参评总数", "Out of", true, "参评地区数", "how many were ranked", "总数"),
      col("score", "得分", "Score", false, "可不填", "optional", "分数"),
      col("published", "发布日期", "Published", false, "结果发布的日期：考核只采用考核日前已发布的结果；不填视为周期末发布",
          "when it was published: an assessment uses only results published by its date; empty: the period's end",
          "发布时间"));

  static final Sheet RECOGNITIONS = new Sheet("recognitions", "首创和复制推广", "Recognitions",
      "改革成果：全国或全省首创，被国家或省复制推广，各附佐证。同一改革的几条记录填同一事项编号，按最高一项计。",
      "Firsts (national or provincial) and reforms adopted for others to copy, each with its evidence; records "
          + "about one reform share a matter id and count once, at the highest.",
      List.of("改革成果", "首创复制推广", "首创与复制推广", "创新成果"),
      col("id", "编号", "Id", true, "如 R01", "e.g. R01", "成果编号"),
      col("kind", "类型", "Kind", true, Words.expected(RecognitionKind.values(), true),
          Words.expected(RecognitionKind.values(), false), "成果类型"),
      col("level", "层级", "Level", true, "全国 或 全省", "national or provincial", "级别"),
      col("unit", "单位", "Unit", true, "改革的牵头单位（编号或名称）", "the unit whose reform it is (id or name)"),
      col("task", "任务编号", "Task", false, "可不填", "optional", "任务"),
      col("matter", "改革事项", "Matter", false, "同一改革的几条记录（如先首创、后被复制推广）填同一事项编号，按最高一项计；可不填",
          "records about the same reform (a first, later adopted) share a matter id and count once; optional",
          "同一事项", "事项编号"),
      col("date", "日期", "Date", true, "认定或发文日期", "the date it was recognised", "认定日期", "发文日期"),
      col("description", "成果内容", "Description", true, "做了什么", "what was done", "内容").or("description-en"),
      col("description-en", "成果内容英文", "Description in English", false, "可不填", "optional"),
      col("evidence", "佐证材料", "Evidence", true, "如 国务院办公厅通报、省政府复制推广通知", "the document that shows it",
          "佐证").or("evidence-en"),
      col("evidence-en", "佐证材料英文", "Evidence in English", false, "可不填", "optional"));

  static final Sheet OBSERVATIONS = new Sheet("observations", "数据", "Observations",
      "指标数据。长表：单位、指标、周期、数值四列；宽表：单位、周期两列之后每个指标一列。",
      "Indicator values. Long: unit, indicator, period, value; wide: unit, period, then one column per indicator.",
      List.of("指标数据", "数值"),
      col("unit", "单位", "Unit", true, "编号或名称", "id or name", "unit"),
      col("indicator", "指标", "Indicator", false, "长表：指标编号或名称", "long table: indicator id or name", "indicator"),
      col("period", "周期", "Period", false, "如 2021、2021Q2、2021-06；不填时取工程周期", "e.g. 2021, 2021Q2, 2021-06; empty: the programme's period", "period"),
      col("value", "数值", "Value", false, "长表：数字或文字代码", "long table: a number or a text code", "value"));

  /** Every sheet, in workbook order. */
  static final List<Sheet> SHEETS = List.of(PROGRAMME, UNITS, AREAS, INDICATORS, TASKS, MILESTONES, PROGRESS,
      RATINGS, FINDINGS, RECOGNITIONS, RESULTS, OBSERVATIONS);

  /** The sheets of programme data. */
  static final List<Sheet> DATA_SHEETS = List.of(PROGRESS, RATINGS, FINDINGS, RECOGNITIONS, RESULTS, OBSERVATIONS);

  static List<String> names(boolean chinese) {
    List<String> out = new ArrayList<>();
    SHEETS.forEach(s -> out.add(s.name(chinese)));
    return out;
  }
}
