package io.github.bizenv.scoring.excel;

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
      "工程的基本信息，每行一项：编号、名称、周期、标杆城市。", "The programme itself, one field a row: id, name, period, benchmark.",
      List.of("基本信息", "改革工程"),
      col("field", "项目", "Field", true, "编号、名称、英文名称、周期、标杆城市、标杆城市英文名称", "id, name, English name, period, benchmark, benchmark in English"),
      col("value", "内容", "Value", true, "该项的内容", "the field's value"));

  /** The fields of the programme sheet, in order: key, zh, en. */
  static final String[][] PROGRAMME_FIELDS = {
      {"id", "编号", "Id"},
      {"name", "名称", "Name"},
      {"name-en", "英文名称", "English name"},
      {"period", "周期", "Period"},
      {"benchmark", "标杆城市", "Benchmark"},
      {"benchmark-en", "标杆城市英文名称", "Benchmark in English"}};

  static final Sheet UNITS = new Sheet("units", "单位", "Units",
      "参与考核的单位：市直部门、区县、开发区，以及全市。", "The units scored: departments, districts, counties, zones, the city.",
      List.of("单位清单"),
      col("id", "编号", "Id", false, "如 amr；可不填，不填时以单位名称作编号", "e.g. amr; empty: the name is the id", "单位编号", "代码"),
      col("name", "名称", "Name", true, "如 市市场监管局", "e.g. Municipal Administration for Market Regulation", "单位名称"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"),
      col("kind", "类型", "Kind", true, "市直部门、区、县（市）、开发区、市", "department, district, county, development-zone, city", "单位类型"),
      col("head", "主要负责人", "Head", false, "可不填；填写后随单位评定等次", "optional; graded with the unit"),
      col("head-en", "主要负责人英文", "Head in English", false, "可不填", "optional"),
      col("members", "成员单位", "Members", false, "如 a:0.5；b:0.5（按成员单位加权平均时填写）", "e.g. a:0.5; b:0.5 (for a unit scored as its members' weighted mean)"));

  static final Sheet AREAS = new Sheet("areas", "领域", "Areas",
      "改革领域，如开办企业、工程建设项目审批。", "Reform areas such as starting a business.",
      List.of("领域清单"),
      col("id", "编号", "Id", false, "如 start-business；可不填，不填时以名称作编号", "e.g. start-business; empty: the name is the id", "领域编号"),
      col("name", "名称", "Name", true, "如 开办企业", "e.g. Starting a business", "领域名称"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"));

  static final Sheet INDICATORS = new Sheet("indicators", "指标", "Indicators",
      "任务量化目标和数据所用的指标。", "Indicators that tasks' targets and data use.",
      List.of("指标清单"),
      col("id", "编号", "Id", false, "如 sb-time；可不填，不填时以名称作编号", "e.g. sb-time; empty: the name is the id", "指标编号"),
      col("name", "名称", "Name", true, "如 开办企业时间", "e.g. Time to start a business", "指标名称"),
      col("name-en", "英文名称", "English name", false, "可不填", "optional"),
      col("unit", "计量单位", "Measurement unit", true, "如 天、个、%、分", "e.g. days, %, points"),
      col("direction", "方向", "Direction", true, "越低越好 或 越高越好", "lower-is-better or higher-is-better", "指标方向"),
      col("area", "领域", "Area", false, "领域编号或名称", "area id or name"),
      col("lead", "牵头单位", "Lead unit", false, "指标牵头部门（编号或名称）", "unit answering for it (id or name)"),
      col("codes", "文字代码", "Text codes", false, "允许的非数字取值，用；分隔，如 不适用", "values other than numbers, separated by ;"),
      col("benchmark", "标杆值", "Benchmark value", false, "标杆城市的数值", "the benchmark's value"),
      col("standard", "标杆做法", "Benchmark standard", false, "标杆城市的做法或标准", "the benchmark's practice"),
      col("standard-en", "标杆做法英文", "Benchmark standard in English", false, "可不填", "optional"));

  static final Sheet TASKS = new Sheet("tasks", "任务", "Tasks",
      "改革任务台账：每行一项任务。", "The task ledger (台账): one task a row.",
      List.of("任务台账", "台账", "改革任务"),
      col("id", "编号", "Id", true, "如 T001", "e.g. T001", "任务编号", "序号"),
      col("area", "领域", "Area", true, "领域编号或名称", "area id or name"),
      col("description", "改革任务", "Task", true, "任务内容", "what is to be done", "任务内容", "任务"),
      col("description-en", "改革任务英文", "Task in English", false, "可不填", "optional"),
      col("standard", "对标标准", "Benchmark standard", false, "标杆城市的做法", "the benchmark's practice", "标杆做法"),
      col("standard-en", "对标标准英文", "Benchmark standard in English", false, "可不填", "optional"),
      col("indicator", "量化指标", "Indicator", false, "指标编号或名称；有量化目标时填写", "indicator id or name, for a measurable target", "指标"),
      col("baseline", "基期值", "Baseline", false, "现状值", "the value now", "现状值"),
      col("benchmark", "标杆值", "Benchmark", false, "标杆城市的数值", "the benchmark's value"),
      col("target", "目标值", "Target", false, "本期目标", "the target"),
      col("class", "认定分类", "Declared class", false, "A、B 或 C；不填时按量化指标测算", "A, B or C; empty: computed from the measure", "分类"),
      col("class-reason", "分类理由", "Class reason", false, "认定分类时必填", "needed with a declared class", "认定理由"),
      col("class-reason-en", "分类理由英文", "Class reason in English", false, "可不填", "optional"),
      col("legal", "需法律授权", "Needs legal authorisation", false, "是 或 否（C类填是）", "yes or no (yes for class C)", "需授权"),
      col("lead", "牵头单位", "Lead unit", true, "一个单位（编号或名称）", "one unit (id or name)"),
      col("responsible", "责任单位", "Responsible units", false, "可多个，用、分隔", "any number, separated by 、 or ,"),
      col("deadline", "完成时限", "Deadline", true, "日期，如 2021-06-30", "a date such as 2021-06-30", "完成时间", "时限"));

  static final Sheet MILESTONES = new Sheet("milestones", "时间节点", "Milestones",
      "作战图的时间节点：每行一个节点。", "The battle map's milestones: one a row.",
      List.of("作战图", "节点"),
      col("task", "任务编号", "Task", true, "任务台账中的编号", "the task's id", "任务"),
      col("due", "时间", "Due", true, "日期", "a date", "节点时间", "完成时间"),
      col("planned", "计划进度", "Planned progress", true, "累计百分比，如 60 或 60%", "cumulative %, e.g. 60 or 60%", "进度"),
      col("description", "节点内容", "Step", true, "该节点要完成的事项", "what is done by then", "内容"),
      col("description-en", "节点内容英文", "Step in English", false, "可不填", "optional"));

  static final Sheet PROGRESS = new Sheet("progress", "进展", "Progress",
      "各单位按月报送的任务进展。", "Progress reports, usually monthly.",
      List.of("进展情况", "月报"),
      col("task", "任务编号", "Task", true, "任务台账中的编号", "the task's id", "任务"),
      col("unit", "报送单位", "Unit", true, "牵头或责任单位（编号或名称）", "lead or responsible unit (id or name)", "单位"),
      col("date", "日期", "Date", true, "进展截至日期", "the date the progress refers to", "截至日期"),
      col("progress", "进度", "Progress", true, "累计百分比，如 60 或 60%", "cumulative %, e.g. 60 or 60%", "完成进度"),
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
      "督查检查、随机抽查和12345热线发现的问题。", "Inspections, spot checks and 12345 hotline findings.",
      List.of("督查发现", "督查问题"),
      col("id", "编号", "Id", true, "如 F001", "e.g. F001", "问题编号"),
      col("kind", "类型", "Kind", true, "现场督查、随机抽查、12345投诉、12345举报、12345建议", "on-site-inspection, random-spot-check, hotline-complaint, hotline-report, hotline-suggestion", "来源"),
      col("unit", "单位", "Unit", true, "问题所涉单位（编号或名称）", "the unit concerned (id or name)", "责任单位"),
      col("task", "任务编号", "Task", false, "可不填", "optional", "任务"),
      col("area", "领域", "Area", false, "可不填", "optional"),
      col("severity", "严重程度", "Severity", true, "轻微、一般、严重", "minor, general, serious", "程度"),
      col("found", "发现日期", "Found", true, "日期", "a date", "日期"),
      col("deadline", "整改时限", "Rectification deadline", false, "日期；可不填", "a date; optional"),
      col("rectified", "整改完成日期", "Rectified", false, "日期；未整改不填", "a date; empty while open", "整改日期"),
      col("description", "问题描述", "Description", true, "发现的问题", "what was found", "问题"),
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
      col("score", "得分", "Score", false, "可不填", "optional", "分数"));

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
      RATINGS, FINDINGS, RESULTS, OBSERVATIONS);

  /** The sheets of programme data. */
  static final List<Sheet> DATA_SHEETS = List.of(PROGRESS, RATINGS, FINDINGS, RESULTS, OBSERVATIONS);

  static List<String> names(boolean chinese) {
    List<String> out = new ArrayList<>();
    SHEETS.forEach(s -> out.add(s.name(chinese)));
    return out;
  }
}
