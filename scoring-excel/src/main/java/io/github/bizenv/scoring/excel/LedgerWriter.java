package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.internal.Names;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.Indicator;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Milestone;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Rating;
import io.github.bizenv.scoring.model.Recognition;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.text.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a programme and its data in the {@link Layout}, headers and labels in one language: the ledger an office
 * keeps. References name units, areas and indicators by name where the name is unique, by id otherwise, so that
 * reading the workbook back gives the same programme and data. Without a programme it writes the empty template,
 * with an instructions sheet (说明) and drop-down lists for the columns that take fixed words.
 */
final class LedgerWriter {

  private final boolean zh;
  private final Texts t;

  LedgerWriter(Texts texts) {
    this.t = texts;
    this.zh = texts.isChinese();
  }

  byte[] template() {
    return Xlsx.write(wb -> {
      instructions(wb);
      Worksheet ps = sheet(wb, Layout.PROGRAMME);
      for (int i = 0; i < Layout.PROGRAMME_FIELDS.length; i++) {
        ps.value(i + 1, 0, Layout.PROGRAMME_FIELDS[i][zh ? 1 : 2]);
      }
      ps.width(1, 50);
      for (Layout.Sheet s : Layout.SHEETS.subList(1, Layout.SHEETS.size())) {
        Worksheet ws = sheet(wb, s);
        dropDowns(ws, s, 500);
      }
    });
  }

  byte[] write(Programme p, ProgrammeData d) {
    Names<Unit> units = new Names<>(p.units(), Unit::id, Unit::name);
    Names<Area> areas = new Names<>(p.areas(), Area::id, Area::name);
    Names<Indicator> indicators = new Names<>(p.indicators(), Indicator::id, Indicator::name);
    return Xlsx.write(wb -> {
      Worksheet ps = sheet(wb, Layout.PROGRAMME);
      Object[][] fields = {{p.id()}, {p.name().zh().orElse(null)}, {p.name().en().orElse(null)},
          {p.period().toString()}, {p.benchmark().jurisdiction().zh().orElse(null)},
          {p.benchmark().jurisdiction().en().orElse(null)},
          {list(p.organisers().stream().map(id -> unitName(p, units, id)).collect(Collectors.toList()))}};
      for (int i = 0; i < fields.length; i++) {
        ps.value(i + 1, 0, Layout.PROGRAMME_FIELDS[i][zh ? 1 : 2]);
        put(ps, i + 1, 1, fields[i][0]);
      }
      ps.width(1, Xlsx.width(t.name(p.name())));

      Rows u = new Rows(sheet(wb, Layout.UNITS), Layout.UNITS);
      for (Unit x : p.units()) {
        u.row(x.id(), x.name().zh().orElse(null), x.name().en().orElse(null), t.label(x.kind()),
            x.head().flatMap(LocalizedText::zh).orElse(null), x.head().flatMap(LocalizedText::en).orElse(null),
            yesNo(x.verticallyManaged()),
            list(x.competences().stream().map(id -> areaName(p, areas, id)).collect(Collectors.toList())),
            x.members().isEmpty() ? null : x.members().stream().map(m -> name(units, m.unit(), p.unit(m.unit())
                .map(Unit::name)) + ":" + plain(m.weight())).collect(Collectors.joining("；")));
      }
      u.done();
      Rows a = new Rows(sheet(wb, Layout.AREAS), Layout.AREAS);
      for (Area x : p.areas()) {
        a.row(x.id(), x.name().zh().orElse(null), x.name().en().orElse(null),
            list(x.serves().stream().map(id -> indicatorName(p, indicators, id)).collect(Collectors.toList())));
      }
      a.done();
      Rows in = new Rows(sheet(wb, Layout.INDICATORS), Layout.INDICATORS);
      for (Indicator x : p.indicators()) {
        Optional<LocalizedText> standard = Optional.ofNullable(p.benchmark().standards().get(x.id()));
        in.row(x.id(), x.name().zh().orElse(null), x.name().en().orElse(null), x.measurementUnit(),
            t.label(x.direction()), x.area().map(id -> areaName(p, areas, id)).orElse(null),
            x.lead().map(id -> unitName(p, units, id)).orElse(null),
            x.textCodes().isEmpty() ? null : String.join(x.textCodes().stream().anyMatch(c -> c.matches(".*[;；].*"))
                ? "\n" : "；", x.textCodes()),
            p.benchmark().values().get(x.id()), standard.flatMap(LocalizedText::zh).orElse(null),
            standard.flatMap(LocalizedText::en).orElse(null));
      }
      in.done();
      Rows ts = new Rows(sheet(wb, Layout.TASKS), Layout.TASKS);
      List<Object[]> milestones = new ArrayList<>();
      for (Task x : p.tasks()) {
        ts.row(x.id(), areaName(p, areas, x.area()), x.description().zh().orElse(null),
            x.description().en().orElse(null), x.benchmarkStandard().flatMap(LocalizedText::zh).orElse(null),
            x.benchmarkStandard().flatMap(LocalizedText::en).orElse(null),
            x.measure().map(m -> indicatorName(p, indicators, m.indicator())).orElse(null),
            x.measure().map(m -> (Object) m.baseline()).orElse(null),
            x.measure().map(m -> (Object) m.benchmark()).orElse(null),
            x.measure().map(m -> (Object) m.target()).orElse(null),
            x.measure().flatMap(Measure::worseningReason).flatMap(LocalizedText::zh).orElse(null),
            x.measure().flatMap(Measure::worseningReason).flatMap(LocalizedText::en).orElse(null),
            x.declaredClass().map(c -> c.taskClass().code()).orElse(null),
            x.declaredClass().flatMap(c -> c.reason().zh()).orElse(null),
            x.declaredClass().flatMap(c -> c.reason().en()).orElse(null),
            yesNo(x.legalAuthorisation()), unitName(p, units, x.lead()),
            list(x.responsible().stream().map(r -> unitName(p, units, r)).collect(Collectors.toList())),
            list(x.supporting().stream().map(r -> unitName(p, units, r)).collect(Collectors.toList())),
            x.workload(), x.deadline());
        for (Milestone m : x.milestones()) {
          milestones.add(new Object[] {x.id(), m.due(),
              m.plannedProgress().isPresent() ? (Object) m.plannedProgress().getAsDouble() : null,
              m.step().map(t::label).orElse(null), m.description().zh().orElse(null),
              m.description().en().orElse(null)});
        }
      }
      ts.done();
      Rows ms = new Rows(sheet(wb, Layout.MILESTONES), Layout.MILESTONES);
      milestones.forEach(ms::row);
      ms.done();
      Rows pr = new Rows(sheet(wb, Layout.PROGRESS), Layout.PROGRESS);
      for (ProgressReport x : d.progressReports()) {
        pr.row(x.task(), unitName(p, units, x.unit()), x.date(),
            x.progress().isPresent() ? (Object) x.progress().getAsDouble() : null, x.step().map(t::label).orElse(null),
            x.evidence().flatMap(LocalizedText::zh).orElse(null), x.evidence().flatMap(LocalizedText::en).orElse(null));
      }
      pr.done();
      Rows ra = new Rows(sheet(wb, Layout.RATINGS), Layout.RATINGS);
      for (Rating x : d.ratings()) {
        ra.row(x.task(), unitName(p, units, x.rater()), unitName(p, units, x.ratee()), x.score(), x.date());
      }
      ra.done();
      Rows fi = new Rows(sheet(wb, Layout.FINDINGS), Layout.FINDINGS);
      for (Finding x : d.findings()) {
        fi.row(x.id(), t.label(x.kind()), unitName(p, units, x.unit()), x.matter().orElse(null), x.task().orElse(null),
            x.area().map(id -> areaName(p, areas, id)).orElse(null), t.label(x.severity()), x.found(),
            x.rectificationDeadline().orElse(null), x.rectified().orElse(null),
            x.description().zh().orElse(null), x.description().en().orElse(null));
      }
      fi.done();
      Rows rc = new Rows(sheet(wb, Layout.RECOGNITIONS), Layout.RECOGNITIONS);
      for (Recognition x : d.recognitions()) {
        rc.row(x.id(), t.label(x.kind()), Words.recognitionLevel(x.level(), zh), unitName(p, units, x.unit()),
            x.task().orElse(null), x.matter().orElse(null), x.date(), x.description().zh().orElse(null),
            x.description().en().orElse(null), x.evidence().zh().orElse(null), x.evidence().en().orElse(null));
      }
      rc.done();
      Rows re = new Rows(sheet(wb, Layout.RESULTS), Layout.RESULTS);
      for (ExternalResult x : d.externalResults()) {
        re.row(t.label(x.level()), unitName(p, units, x.unit()), indicatorName(p, indicators, x.indicator()),
            x.period().toString(), x.rank(), x.outOf(), x.score().isPresent() ? (Object) x.score().getAsDouble() : null,
            x.published().orElse(null));
      }
      re.done();
      Rows ob = new Rows(sheet(wb, Layout.OBSERVATIONS), Layout.OBSERVATIONS);
      for (Observation x : d.observations()) {
        ob.row(unitName(p, units, x.unit()), indicatorName(p, indicators, x.indicator()), x.period().toString(),
            x.number().isPresent() ? (Object) x.number().getAsDouble() : x.code().orElseThrow());
      }
      ob.done();
    });
  }

  private String unitName(Programme p, Names<Unit> names, String id) {
    return name(names, id, p.unit(id).map(Unit::name));
  }

  private String areaName(Programme p, Names<Area> names, String id) {
    return name(names, id, p.area(id).map(Area::name));
  }

  private String indicatorName(Programme p, Names<Indicator> names, String id) {
    return name(names, id, p.indicator(id).map(Indicator::name));
  }

  /** The name in the workbook's language when it leads back to the id, else the id. */
  private <T> String name(Names<T> names, String id, Optional<LocalizedText> name) {
    if (name.isEmpty()) {
      return id;
    }
    String n = t.name(name.get());
    return id.equals(names.id(n)) && n.equals(n.trim()) && !n.matches(".*[、,，;；\\n].*")
        ? n : id;
  }

  /** A list cell: names or ids joined by 、 (in English by ; ), or nothing when the list is empty. */
  private String list(Collection<String> names) {
    return names.isEmpty() ? null : String.join(zh ? "、" : "; ", names);
  }

  private String yesNo(boolean b) {
    return b ? t.get("yes") : t.get("no");
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private Worksheet sheet(Workbook wb, Layout.Sheet s) {
    Worksheet ws = wb.newWorksheet(s.name(zh));
    for (int c = 0; c < s.cols.size(); c++) {
      String h = s.cols.get(c).header(zh);
      ws.value(0, c, h);
      ws.width(c, Math.max(Xlsx.width(h), 12));
    }
    Xlsx.header(ws, 0, 0, s.cols.size() - 1);
    ws.freezePane(0, 1);
    return ws;
  }

  private void dropDowns(Worksheet ws, Layout.Sheet s, int rows) {
    for (int c = 0; c < s.cols.size(); c++) {
      String key = s.key + "." + s.cols.get(c).key;
      String list = choices(key);
      if (list != null) {
        ws.range(1, c, rows, c).validateWithListByFormula("\"" + list + "\"");
      }
    }
  }

  private String choices(String key) {
    switch (key) {
      case "units.kind":
        return labels(io.github.bizenv.scoring.model.UnitKind.values());
      case "indicators.direction":
        return labels(io.github.bizenv.scoring.model.Direction.values());
      case "tasks.class":
        return "A,B,C";
      case "tasks.legal":
      case "units.vertical":
        return t.get("yes") + "," + t.get("no");
      case "milestones.authorisation-step":
      case "progress.authorisation-step":
        return labels(io.github.bizenv.scoring.model.AuthorisationStep.values());
      case "recognitions.kind":
        return labels(io.github.bizenv.scoring.model.RecognitionKind.values());
      case "recognitions.level":
        return Words.recognitionLevel(io.github.bizenv.scoring.model.ResultLevel.NATIONAL, zh) + ","
            + Words.recognitionLevel(io.github.bizenv.scoring.model.ResultLevel.PROVINCIAL, zh);
      case "findings.kind":
        return labels(io.github.bizenv.scoring.model.FindingKind.values());
      case "findings.severity":
        return labels(io.github.bizenv.scoring.model.Severity.values());
      case "results.level":
        return labels(io.github.bizenv.scoring.model.ResultLevel.values());
      default:
        return null;
    }
  }

  private String labels(Enum<?>[] values) {
    List<String> out = new ArrayList<>();
    for (Enum<?> v : values) {
      out.add(t.label(v).replace(", ", " ").replace(",", " ").replace("\"", ""));
    }
    return String.join(",", out);
  }

  private void instructions(Workbook wb) {
    Worksheet ws = wb.newWorksheet(zh ? "说明" : "Instructions");
    int r = 0;
    ws.value(r, 0, zh ? "营商环境改革工程台账模板（bizenv.scoring）" : "Business-environment reform programme ledger (bizenv.scoring)");
    ws.style(r, 0).bold().fontSize(14).set();
    r += 2;
    String[] intro = zh ? new String[] {
        "每个工作表第一行为表头，表头可用中文或英文；列的顺序不限，多出的列（如 序号、备注）不读取。",
        "单位、领域、指标可填编号，也可填名称（名称须唯一）；编号可用汉字，不填时以名称作编号。",
        "日期填日期格式或 2021-06-30、2021/6/30、2021年6月30日；进度可填 60 或 60%。",
        "每项任务一个牵头单位，对任务负总责、报送进展并评价责任单位；责任单位由牵头单位评价；配合单位协助推进，不评价、不考核。",
        "需法律授权（C类）的任务按授权步骤（申请提交、获得授权、落地实施）安排时间节点、报送进展，不填百分比。",
        "同一问题的几条督查、12345记录填同一问题事项编号，只扣一次分；同一改革的首创和复制推广记录填同一改革事项编号，按最高一项加分。",
        "国评省评结果填发布日期：年终考核只采用考核日前已发布的结果。",
        "有问题时逐条列出所在单元格（如 任务!N5），全部改正后才读入。",
        "命令：score validate 台账.xlsx；score assess --programme 台账.xlsx --methodology 考核办法.json --out 考核结果.xlsx"}
        : new String[] {
        "Row 1 of each sheet is its header, in Chinese or English; columns may come in any order, other columns (No., remarks) are not read.",
        "Units, areas and indicators may be named by id or by (unique) name; ids may be Chinese; an empty id takes the name.",
        "Dates as date cells or 2021-06-30, 2021/6/30; progress as 60 or 60%.",
        "Each task has one lead unit (牵头单位), which answers for it, reports progress and rates the responsible units (责任单位); supporting units (配合单位) help and are neither rated nor answerable.",
        "A task that needs legal authorisation (class C) plans and reports authorisation steps (application submitted, authorisation granted, implemented), not percentages.",
        "Findings about the same problem share a matter id and deduct once; a first and its later adoption share a matter id and count once, at the highest.",
        "Give outside results their publication date: a year-end assessment uses only the results published by its date.",
        "Every problem is listed with its cell (e.g. Tasks!N5); nothing is read until all are fixed.",
        "Commands: score validate ledger.xlsx; score assess --programme ledger.xlsx --methodology M.json --out assessment.xlsx"};
    for (String s : intro) {
      ws.value(r++, 0, s);
    }
    r++;
    String[] head = zh ? new String[] {"工作表", "列", "必填", "说明"} : new String[] {"Sheet", "Column", "Required", "Notes"};
    for (int c = 0; c < head.length; c++) {
      ws.value(r, c, head[c]);
    }
    Xlsx.header(ws, r, 0, head.length - 1);
    r++;
    for (Layout.Sheet s : Layout.SHEETS) {
      ws.value(r, 0, s.name(zh) + (zh ? "（" + s.en + "）" : " (" + s.zh + ")"));
      ws.value(r, 3, zh ? s.aboutZh : s.aboutEn);
      ws.style(r, 0).bold().set();
      r++;
      if (s == Layout.PROGRAMME) {
        for (int i = 0; i < Layout.PROGRAMME_FIELDS.length; i++) {
          String[] f = Layout.PROGRAMME_FIELDS[i];
          ws.value(r, 1, (zh ? s.col("field").zh + "：" + f[1] + "（" + f[2] + "）"
              : s.col("field").en + ": " + f[2] + " (" + f[1] + ")"));
          ws.value(r, 2, List.of("id", "name", "period", "benchmark").contains(f[0]) ? t.get("yes") : "");
          ws.value(r, 3, Layout.PROGRAMME_HINTS[i][zh ? 0 : 1]);
          r++;
        }
        continue;
      }
      for (Layout.Col c : s.cols) {
        ws.value(r, 1, c.header(zh) + (zh ? "（" + c.en + "）" : " (" + c.zh + ")"));
        ws.value(r, 2, c.required ? t.get("yes") : "");
        ws.value(r, 3, zh ? c.hintZh : c.hintEn);
        r++;
      }
    }
    ws.width(0, 28);
    ws.width(1, 34);
    ws.width(2, 8);
    ws.width(3, 90);
  }

  /** Writes rows under a sheet's header, widening columns to their content. */
  private static final class Rows {
    final Worksheet ws;
    final double[] widths;
    int r = 1;

    Rows(Worksheet ws, Layout.Sheet s) {
      this.ws = ws;
      this.widths = new double[s.cols.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(Xlsx.width(s.cols.get(c).header(true)), 12);
      }
    }

    void row(Object... cells) {
      if (cells.length != widths.length) {
        throw new IllegalStateException("a row of " + cells.length + " cells under " + widths.length + " columns");
      }
      for (int c = 0; c < cells.length; c++) {
        put(ws, r, c, cells[c]);
        if (cells[c] != null) {
          widths[c] = Math.max(widths[c], Math.min(Xlsx.width(cells[c].toString()), 50));
        }
      }
      r++;
    }

    void done() {
      for (int c = 0; c < widths.length; c++) {
        ws.width(c, widths[c]);
      }
    }
  }

  static void put(Worksheet ws, int r, int c, Object v) {
    if (v == null) {
      return;
    }
    if (v instanceof LocalDate) {
      ws.value(r, c, (LocalDate) v);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (v instanceof Number) {
      ws.value(r, c, (Number) v);
    } else {
      ws.value(r, c, v.toString());
    }
  }
}
