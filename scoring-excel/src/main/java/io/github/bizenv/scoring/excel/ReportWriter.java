package io.github.bizenv.scoring.excel;

import io.github.bizenv.scoring.text.Report;
import io.github.bizenv.scoring.text.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Report} as a workbook: one sheet per table, its title on top, the header row bold on a light
 * fill with a filter and the panes frozen below it, numbers as numbers (percentages as Excel percentages), dates
 * as dates, traffic-light cells filled in their colour.
 */
final class ReportWriter {

  private ReportWriter() {}

  static byte[] write(Report report) {
    return Xlsx.write(wb -> {
      Set<String> used = new HashSet<>();
      for (Table t : report.tables()) {
        Worksheet ws = wb.newWorksheet(sheetName(t.title().isEmpty() ? t.id() : t.title(), used));
        sheet(ws, report, t);
      }
      if (report.tables().isEmpty()) {
        Worksheet ws = wb.newWorksheet(sheetName(report.title(), used));
        ws.value(0, 0, report.title());
        for (int i = 0; i < report.lines().size(); i++) {
          ws.value(i + 1, 0, report.lines().get(i));
        }
      }
    });
  }

  private static void sheet(Worksheet ws, Report report, Table t) {
    int r = 0;
    String title = report.tables().size() == 1 || report.title().isEmpty() ? t.title()
        : report.title() + " — " + t.title();
    ws.value(r, 0, title);
    ws.style(r, 0).bold().fontSize(14).set();
    r++;
    for (String l : report.lines()) {
      ws.value(r++, 0, l);
    }
    for (String l : t.intro()) {
      ws.value(r++, 0, l);
    }
    List<Table.Column> cols = t.columns();
    if (!cols.isEmpty()) {
      int header = r;
      double[] widths = new double[cols.size()];
      for (int c = 0; c < cols.size(); c++) {
        ws.value(header, c, cols.get(c).header());
        widths[c] = Xlsx.width(cols.get(c).header());
      }
      Xlsx.header(ws, header, 0, cols.size() - 1);
      r++;
      for (List<Object> row : t.rows()) {
        for (int c = 0; c < cols.size(); c++) {
          Table.Column col = cols.get(c);
          Object v = row.get(c);
          cell(ws, r, c, v, col);
          widths[c] = Math.max(widths[c], Xlsx.width(Table.text(v, col) + (col.kind() == Table.Kind.PERCENT ? "%" : "")));
        }
        r++;
      }
      for (int c = 0; c < cols.size(); c++) {
        ws.width(c, widths[c]);
      }
      ws.freezePane(0, header + 1);
      if (!t.rows().isEmpty()) {
        ws.setAutoFilter(header, 0, cols.size() - 1);
      }
    }
    for (String l : t.notes()) {
      ws.value(r++, 0, l);
    }
  }

  private static void cell(Worksheet ws, int r, int c, Object v, Table.Column col) {
    if (v == null) {
      return;
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (col.kind() == Table.Kind.PERCENT) {
        ws.value(r, c, d / 100);
        ws.style(r, c).format(col.decimals() == 0 ? "0%" : "0." + "0".repeat(col.decimals()) + "%").set();
      } else if (col.kind() == Table.Kind.INTEGER || v instanceof Integer || v instanceof Long) {
        ws.value(r, c, (Number) v);
        ws.style(r, c).format("0").set();
      } else {
        ws.value(r, c, d);
        ws.style(r, c).format(col.decimals() == 0 ? "0" : "0." + "0".repeat(col.decimals())).set();
      }
    } else if (v instanceof LocalDate) {
      ws.value(r, c, (LocalDate) v);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (v instanceof Table.Mark) {
      Table.Mark m = (Table.Mark) v;
      ws.value(r, c, m.text());
      String[] colours = colours(m.tone());
      if (colours != null) {
        ws.style(r, c).fillColor(colours[0]).fontColor(colours[1]).set();
      }
    } else {
      ws.value(r, c, v.toString());
    }
  }

  /** Fill and font colours of a tone, as Excel's own highlight styles use them. */
  static String[] colours(Table.Tone tone) {
    switch (tone) {
      case RED:
        return new String[] {"FFC7CE", "9C0006"};
      case YELLOW:
        return new String[] {"FFEB9C", "9C5700"};
      case GREEN:
        return new String[] {"C6EFCE", "006100"};
      case BLUE:
        return new String[] {"BDD7EE", "1F4E78"};
      case GREY:
        return new String[] {"EDEDED", "404040"};
      default:
        return null;
    }
  }

  /** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
  static String sheetName(String title, Set<String> used) {
    String s = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
    if (s.isEmpty()) {
      s = "Sheet";
    }
    if (s.codePointCount(0, s.length()) > 31) {
      s = s.substring(0, s.offsetByCodePoints(0, 31));
    }
    String base = s;
    int n = 2;
    while (!used.add(s.toLowerCase(java.util.Locale.ROOT))) {
      String suffix = " " + n++;
      s = base.substring(0, base.offsetByCodePoints(0, Math.min(base.codePointCount(0, base.length()),
          31 - suffix.length()))) + suffix;
    }
    return s;
  }
}
