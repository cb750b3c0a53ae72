package io.github.bizenv.scoring.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.text.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one page: a cover, sections (each printed on a new A4 page), paragraphs, tables and charts, each chart with
 * its data table beside it. Styles, Apache ECharts and the charts' options are inlined. Not thread-safe; one per
 * page.
 */
final class Html {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The tallest chart, in CSS pixels: 265 mm, an A4 page less its margins. */
  static final int MAX_HEIGHT = 1000;
  private static final String CSS = resource("page.css");
  private static final String JS = resource("page.js");
  static final String ECHARTS = resource("echarts/echarts.min.js");

  private final String kind;
  private final String title;
  private final Words w;
  private final StringBuilder cover = new StringBuilder();
  private final StringBuilder body = new StringBuilder();
  private final List<String[]> toc = new ArrayList<>();
  private final ObjectNode charts = JSON.createObjectNode();
  private final List<Table> tables = new ArrayList<>();
  private boolean inSection;
  private int chartCount;

  Html(String kind, String title, Words w) {
    this.kind = kind;
    this.title = title;
    this.w = w;
  }

  Words words() {
    return w;
  }

  /** A line under the title. */
  Html subtitle(String line) {
    cover.append("<p class=\"subtitle\">").append(esc(line)).append("</p>\n");
    return this;
  }

  /** Key figures under the title, as label → value. */
  Html figures(List<String[]> figures) {
    cover.append("<dl class=\"figures\">");
    for (String[] f : figures) {
      cover.append("<div><dt>").append(esc(f[0])).append("</dt><dd>").append(esc(f[1])).append("</dd></div>");
    }
    cover.append("</dl>\n");
    return this;
  }

  /** Starts a section: a heading in the contents, a new page in print. */
  Html section(String heading) {
    closeSection();
    String id = "s" + (toc.size() + 1);
    toc.add(new String[] {id, heading});
    body.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(heading)).append("</h2>\n");
    inSection = true;
    return this;
  }

  private void closeSection() {
    if (inSection) {
      body.append("</section>\n");
      inSection = false;
    }
  }

  Html heading(String h) {
    body.append("<h3>").append(esc(h)).append("</h3>\n");
    return this;
  }

  Html para(String text) {
    body.append("<p>").append(esc(text)).append("</p>\n");
    return this;
  }

  Html note(String text) {
    body.append("<p class=\"note\">").append(esc(text)).append("</p>\n");
    return this;
  }

  Html bullets(List<String> items) {
    if (items.isEmpty()) {
      return this;
    }
    body.append("<ul>");
    items.forEach(i -> body.append("<li>").append(esc(i)).append("</li>"));
    body.append("</ul>\n");
    return this;
  }

  /** Opens a block (a score card, a grid) with a CSS class; {@link #close()} ends it. */
  Html open(String cssClass) {
    body.append("<div class=\"").append(cssClass).append("\">\n");
    return this;
  }

  Html close() {
    body.append("</div>\n");
    return this;
  }

  /** A table with its title, lines before and notes after. */
  Html table(Table t) {
    tables.add(t);
    body.append("<div class=\"table-block\">");
    table(body, t);
    body.append("</div>\n");
    return this;
  }

  /**
   * A chart with its data table beside it (below it when the table is wide); a chart with nothing to draw is left
   * out and its table stands alone.
   *
   * @param data the chart's data as a table; its title is the chart's caption
   * @param option the ECharts option
   * @param height the chart's height in CSS pixels
   */
  Html chart(Table data, ObjectNode option, int height) {
    return chart(data, option, height, data.columns().size() > 4);
  }

  Html chart(Table data, ObjectNode option, int height, boolean stacked) {
    if (points(option) == 0) {
      // Nothing to draw: the table alone says so, rather than an empty chart.
      return table(data);
    }
    // At most the height of an A4 page's print area, so that each chart prints on one page.
    height = Math.min(height, MAX_HEIGHT);
    tables.add(data);
    String id = "chart-" + (++chartCount);
    charts.set(id, option);
    body.append("<figure class=\"pair").append(stacked ? " stacked" : "").append("\">\n<div class=\"chart-cell\">")
        .append("<figcaption>").append(esc(data.title())).append("</figcaption>")
        .append("<div class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-label=\"")
        .append(esc(data.title())).append("\" data-points=\"").append(points(option)).append("\" style=\"height:")
        .append(height).append("px\"></div></div>\n<div class=\"data-cell\">");
    table(body, data, "");
    body.append("</div>\n</figure>\n");
    return this;
  }

  /** How many data items the option's series hold: an empty chart has none. */
  static int points(ObjectNode option) {
    int n = 0;
    for (JsonNode s : option.path("series")) {
      JsonNode d = s.path("data");
      if ("tree".equals(s.path("type").asText())) {
        n += count(d);
      } else if (d.isArray()) {
        for (JsonNode x : d) {
          if (!x.isNull() && !(x.isObject() && x.path("value").isNull())) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static int count(JsonNode nodes) {
    int n = 0;
    for (JsonNode x : nodes) {
      n += 1 + count(x.path("children"));
    }
    return n;
  }

  private void table(StringBuilder sb, Table t) {
    table(sb, t, t.title());
  }

  private void table(StringBuilder sb, Table t, String caption) {
    if (!caption.isEmpty()) {
      sb.append("<h4 class=\"table-title\">").append(esc(caption)).append("</h4>");
    }
    for (String l : t.intro()) {
      sb.append("<p class=\"note\">").append(esc(l)).append("</p>");
    }
    if (!t.columns().isEmpty()) {
      sb.append("<table class=\"data\"><thead><tr>");
      for (Table.Column c : t.columns()) {
        sb.append("<th").append(numeric(c) ? " class=\"num\"" : "").append(" scope=\"col\">").append(esc(c.header()))
            .append("</th>");
      }
      sb.append("</tr></thead><tbody>");
      if (t.rows().isEmpty()) {
        sb.append("<tr><td class=\"empty\" colspan=\"").append(t.columns().size()).append("\">")
            .append(esc(w.get("table.none"))).append("</td></tr>");
      }
      for (List<Object> row : t.rows()) {
        sb.append("<tr>");
        for (int c = 0; c < t.columns().size(); c++) {
          Table.Column col = t.columns().get(c);
          Object v = row.get(c);
          String text = v instanceof Table.Mark ? ((Table.Mark) v).text() : Table.text(v, col);
          sb.append("<td").append(numeric(col) ? " class=\"num\"" : col.kind() == Table.Kind.DATE ? " class=\"date\""
              : text.codePointCount(0, text.length()) <= 6 ? " class=\"nw\"" : "").append('>');
          if (v instanceof Table.Mark) {
            Table.Mark m = (Table.Mark) v;
            sb.append("<span class=\"mark tone-").append(m.tone().name().toLowerCase(java.util.Locale.ROOT))
                .append("\">").append(esc(m.text())).append("</span>");
          } else {
            String s = Table.text(v, col);
            sb.append(esc(col.kind() == Table.Kind.PERCENT && v instanceof Number ? s + "%" : s));
          }
          sb.append("</td>");
        }
        sb.append("</tr>");
      }
      sb.append("</tbody></table>");
    }
    for (String l : t.notes()) {
      sb.append("<p class=\"note\">").append(esc(l)).append("</p>");
    }
  }

  private static boolean numeric(Table.Column c) {
    return c.kind() == Table.Kind.INTEGER || c.kind() == Table.Kind.NUMBER || c.kind() == Table.Kind.PERCENT;
  }

  Page build(String footer) {
    closeSection();
    StringBuilder sb = new StringBuilder(ECHARTS.length() + body.length() + 20_000);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(w.zh() ? "zh-CN" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"bizenv scoring-reports\">\n<title>").append(esc(title))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body class=\"report-").append(kind)
        .append("\">\n<header class=\"cover\">\n<h1>").append(esc(title)).append("</h1>\n").append(cover);
    if (toc.size() > 1) {
      sb.append("<nav class=\"toc\" aria-label=\"").append(esc(w.get("page.contents"))).append("\"><ol>");
      for (String[] s : toc) {
        sb.append("<li><a href=\"#").append(s[0]).append("\">").append(esc(s[1])).append("</a></li>");
      }
      sb.append("</ol></nav>\n");
    }
    sb.append("</header>\n<main>\n").append(body).append("</main>\n<footer>").append(esc(footer))
        .append("</footer>\n<script>").append(ECHARTS).append("</script>\n")
        .append("<script type=\"application/json\" id=\"bizenv-charts\">");
    try {
      sb.append(JSON.writeValueAsString(charts).replace("</", "<\\/"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    sb.append("</script>\n<script>").append(JS).append("</script>\n</body>\n</html>\n");
    return new Page(kind, title, sb.toString(), chartCount, tables);
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Html.class.getName()
            + " (ECharts is unpacked there by the build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
