package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.Shortfall;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The 通报 written from its template and read back as Word would read it: paragraphs, styles, units, figures. */
class NoticeTest {

  static final Quarterly Q3 = Fixtures.quarterly(Fixtures.Q3);

  /** A paragraph as read back: its style and its text. */
  record Para(String style, String text) {}

  static Map<String, byte[]> unzip(byte[] docx) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = z.getNextEntry()) != null) {
        out.put(e.getName(), z.readAllBytes());
      }
    }
    return out;
  }

  static byte[] zip(Map<String, byte[]> parts) throws Exception {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return b.toByteArray();
  }

  /** The body's paragraphs in order, with table cells' paragraphs among them. */
  static List<Para> paragraphs(byte[] docx) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(unzip(docx).get("word/document.xml")));
    NodeList ps = d.getElementsByTagNameNS(Docx.W, "p");
    List<Para> out = new ArrayList<>();
    for (int i = 0; i < ps.getLength(); i++) {
      Element p = (Element) ps.item(i);
      NodeList st = p.getElementsByTagNameNS(Docx.W, "pStyle");
      StringBuilder sb = new StringBuilder();
      NodeList ts = p.getElementsByTagNameNS(Docx.W, "t");
      for (int k = 0; k < ts.getLength(); k++) {
        sb.append(ts.item(k).getTextContent());
      }
      out.add(new Para(st.getLength() == 0 ? "" : ((Element) st.item(0)).getAttributeNS(Docx.W, "val"),
          sb.toString()));
    }
    return out;
  }

  static String all(List<Para> ps) {
    StringBuilder sb = new StringBuilder();
    ps.forEach(p -> sb.append(p.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void chineseNoticeInTheOfficialLayout() throws Exception {
    byte[] docx = Notice.builder(Q3).number("示营商办〔2021〕15号").date(LocalDate.of(2021, 10, 12)).build()
        .toDocx(Texts.chinese());
    Files.createDirectories(Path.of("target", "notices"));
    Files.write(Path.of("target", "notices", "notice.zh.docx"), docx);
    List<Para> ps = paragraphs(docx);
    String text = all(ps);
    assertFalse(text.contains("${") || text.contains("[#") || text.contains("[/#"), text);
    assertEquals(new Para("DocNumber", "示营商办〔2021〕15号"), ps.get(0));
    assertEquals(new Para("Title", "关于2021年第三季度优化营商环境工作进展情况的通报"), ps.get(1));
    assertEquals(new Para("Addressee", "各区、县（市）人民政府，各开发区管委会，市直各有关单位："), ps.get(2));
    assertEquals(List.of("示例市优化营商环境工作领导小组办公室"), styled(ps, "Signature"));
    assertEquals(List.of("2021年10月12日"), styled(ps, "Date"));
    assertTrue(ps.stream().anyMatch(p -> p.style().equals("Heading1") && p.text().equals("二、表扬单位")), text);

    Words w = Words.of(Texts.chinese());
    // Every ranking group its own part, numbered （一）（二） under the praised and the named units.
    assertTrue(Q3.rankings().size() > 1, "the bundled quarterly ranking ranks departments and districts apart");
    int k = 0;
    for (Quarterly.Ranking r : Q3.rankings()) {
      String title = "“" + QuarterlyPage.quoted(QuarterlyPage.rankingTitle(r, w), w) + "”";
      String heading = "（" + Notice.chinese(++k) + "）" + w.group(r.evaluation().plan(), r.group);
      assertEquals(2, ps.stream().filter(p -> p.equals(new Para("Heading2", heading))).count(), heading);
      assertTrue(text.contains(title + "共" + r.units.size() + "个单位参加排名"), title);
      Evaluation e = r.evaluation();
      String praised = names(r.praised) + "等" + r.praised.size() + "个单位工作推进有力";
      assertTrue(text.contains(title + "中，" + praised), praised);
      r.praiseList.note().ifPresent(n -> assertTrue(text.contains(n.text(true) + "。"), n.text(true)));
      // Every praised unit is in the table with its rank and score.
      for (String u : r.praised) {
        String name = Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese());
        int i = indexOf(ps, new Para("TableText", name));
        assertTrue(i > 0, name);
        assertEquals(String.valueOf(e.rank(u).getAsInt()), ps.get(i - 1).text());
        assertEquals(Charts.two(e.score(u).getAsDouble()), ps.get(i + 1).text());
      }
      assertTrue(text.contains(title + "中，" + names(r.named) + "等" + r.named.size() + "个单位排名靠后，予以通报。"),
          title);
      // Every named unit has its paragraph with its figures, and then each of its problems, one a paragraph.
      int n = 0;
      for (String u : r.named) {
        String name = Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese());
        String head = ++n + "." + name + "：得分" + Charts.two(e.score(u).getAsDouble()) + "分，排名第"
            + e.rank(u).getAsInt() + "位（共" + r.units.size() + "个单位）";
        int i = -1;
        for (int j = 0; j < ps.size(); j++) {
          if (ps.get(j).style().equals("Body") && ps.get(j).text().startsWith(head)) {
            i = j;
          }
        }
        assertTrue(i > 0, head + " in " + text);
        List<Shortfall> shortfalls = r.report.shortfalls(u);
        assertEquals(!shortfalls.isEmpty(), ps.get(i).text().endsWith("存在问题："), ps.get(i).text());
        for (int j = 0; j < shortfalls.size(); j++) {
          Shortfall f = shortfalls.get(j);
          String problem = ps.get(i + 1 + j).text();
          assertTrue(problem.startsWith("（" + (j + 1) + "）"), problem);
          switch (f.kind()) {
            case TASK:
              assertTrue(problem.startsWith("（" + (j + 1) + "）" + f.subject() + "“"), problem);
              break;
            case INDICATOR:
              assertTrue(problem.contains(r.evaluation().plan().nodeName(f.subject()).orElseThrow().text(true)
                  + "”得分" + Charts.two(e.score(u, f.subject()).getAsDouble()) + "分，低于同组平均"), problem);
              break;
            default:
              Finding x = Fixtures.DATA.findings().stream().filter(d -> d.id().equals(f.subject())).findFirst()
                  .orElseThrow();
              assertTrue(problem.contains(x.description().text(true)), problem);
          }
        }
      }
    }
    // The named units' problems are the report's shortfalls; a task is named with its plan, report and deadline.
    Quarterly.Problem task = null;
    String owner = null;
    for (String u : Q3.named()) {
      for (Quarterly.Problem x : Q3.problems(u)) {
        if (task == null && x.task != null && x.task.status() == Status.RED) {
          task = x;
          owner = u;
        }
      }
    }
    assertTrue(task != null, "a named unit with a red task");
    TaskStatus s = task.task;
    String role = s.task().lead().equals(owner) ? "牵头单位" : "责任单位";
    assertTrue(text.contains(s.task().id() + "“" + s.task().description().text(true) + "”（" + role + "）：红灯，计划进度"
        + Texts.number(s.planned(), 0) + "%、实际进度" + Texts.number(s.reported(), 0) + "%"), s + "\n" + text);
    // Where its red tasks stand on the escalation ladder, and what comes next.
    Quarterly.Ladder l = Q3.ladders(owner).get(0);
    String step = "督办升级：" + s.task().id() + "已连续红灯" + s.monthsRed() + "个月，已于"
        + w.yearMonth(l.reached.reached()) + "进入“" + l.reached.step().name().text(true) + "”环节";
    assertTrue(text.contains(step + (l.next == null ? "，已是督办升级最高一级。" : "；" + w.yearMonth(l.nextMonth)
        + "末仍为红灯的，进入“" + l.next.name().text(true) + "”环节。")), step + "\n" + text);
    assertEquals(DispatchRules.defaults().escalation().stream().filter(x -> x.months() <= s.monthsRed())
        .reduce((a, b) -> b).orElseThrow(), l.reached.step());
    // A quotation inside a task's name takes single quotes inside the double ones.
    for (String u : Q3.named()) {
      for (Quarterly.Problem x : Q3.problems(u)) {
        String d = x.task == null ? "" : x.task.task().description().text(true);
        if (d.contains("“")) {
          assertTrue(text.contains(x.task.task().id() + "“" + d.replace('“', '‘').replace('”', '’') + "”"), d);
        }
      }
    }
    // Every red task a named unit leads is among its problems.
    for (String u : Q3.named()) {
      for (var t : Q3.quarterEnd().tasks()) {
        if (t.task().lead().equals(u) && t.status() == Status.RED) {
          assertTrue(text.contains(t.task().id() + "“"), t.task().id() + " of " + u);
        }
      }
    }
  }

  static String names(java.util.Collection<String> units) {
    return units.stream().map(u -> Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese()))
        .collect(java.util.stream.Collectors.joining("、"));
  }

  static List<String> styled(List<Para> ps, String style) {
    return ps.stream().filter(p -> p.style().equals(style)).map(Para::text).toList();
  }

  static int indexOf(List<Para> ps, Para p) {
    return ps.indexOf(p);
  }

  @Test
  void englishNoticeSaysTheSame() throws Exception {
    byte[] docx = Notice.builder(Q3).build().toDocx(Texts.english());
    List<Para> ps = paragraphs(docx);
    String text = all(ps);
    assertEquals(new Para("Title", "Notice on the progress of business-environment reform in " + Fixtures.Q3), ps.get(0));
    assertEquals(List.of("Business Environment Office of Sample City"), styled(ps, "Signature"));
    assertEquals(List.of("30 September 2021"), styled(ps, "Date"));
    for (String u : Q3.named()) {
      assertTrue(text.contains(Tables.unitName(Fixtures.PROGRAMME, u, Texts.english())), u);
    }
    assertFalse(text.contains("${"), text);
    // The groups under the praised and under the named units, as an English reader names them.
    assertEquals(2, ps.stream().filter(p -> p.equals(new Para("Heading2", "(1) Municipal departments"))).count(), text);
    assertEquals(2, ps.stream().filter(p -> p.equals(new Para("Heading2",
        "(2) Districts, counties and development zones"))).count(), text);
  }

  @Test
  void theTemplatesToDownloadAreCurrent() throws Exception {
    Path docs = Path.of("..", "docs", "reports");
    assertArrayEquals(Notice.template(Texts.chinese()), Files.readAllBytes(docs.resolve("notice-template.zh.docx")),
        "docs/reports/notice-template.zh.docx is stale: ./score template --lang zh --out docs/reports/notice-template.zh.docx");
    assertArrayEquals(Notice.template(Texts.english()), Files.readAllBytes(docs.resolve("notice-template.en.docx")),
        "docs/reports/notice-template.en.docx is stale: ./score template --lang en --out docs/reports/notice-template.en.docx");
  }

  @Test
  void sameInputsSameBytes() {
    Notice n = Notice.builder(Q3).build();
    assertArrayEquals(n.toDocx(Texts.chinese()), n.toDocx(Texts.chinese()));
    assertArrayEquals(Notice.template(Texts.chinese()), Notice.template(Texts.chinese()));
  }

  /** What Word does to a template while people edit it: tags split over runs, spell-check marks, curly quotes. */
  @Test
  void aTemplateEditedInWordStillWorks() throws Exception {
    Map<String, byte[]> parts = unzip(Notice.template(Texts.chinese()));
    String doc = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    String split = "<w:r><w:t>${</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr>"
        + "<w:t>off</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t>ice}</w:t></w:r>";
    doc = doc.replace("<w:r><w:t xml:space=\"preserve\">${office}</w:t></w:r>", split);
    doc = doc.replace("[#if number?has_content]", "[#if number != “”]");
    assertTrue(doc.contains(split));
    parts.put("word/document.xml", doc.getBytes(StandardCharsets.UTF_8));
    byte[] docx = Notice.builder(Q3).office("示例市营商办").number("示营商办〔2021〕15号")
        .template(zip(parts), "edited.docx").build().toDocx(Texts.chinese());
    List<Para> ps = paragraphs(docx);
    assertEquals(List.of("示例市营商办"), styled(ps, "Signature"));
    assertEquals("示营商办〔2021〕15号", ps.get(0).text());
  }

  @Test
  void aTemplateNamingWhatTheNoticeLacksIsAProblem() throws Exception {
    Map<String, byte[]> parts = unzip(Notice.template(Texts.chinese()));
    String doc = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8).replace("${office}",
        "${issuer}");
    parts.put("word/document.xml", doc.getBytes(StandardCharsets.UTF_8));
    ValidationException x = assertThrows(ValidationException.class, () -> Notice.builder(Q3)
        .template(zip(parts), "mine.docx").build().toDocx(Texts.chinese()));
    Problem p = x.problems().get(0);
    assertEquals(Problem.UNKNOWN_REFERENCE, p.code());
    assertTrue(p.message().contains("${issuer}") && p.message().contains("office"), p.message());
  }

  @Test
  void aMalformedTagIsAProblemNamingIt() throws Exception {
    Map<String, byte[]> parts = unzip(Notice.template(Texts.chinese()));
    String doc = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8).replace("[/#if]", "[/#iff]");
    parts.put("word/document.xml", doc.getBytes(StandardCharsets.UTF_8));
    ValidationException x = assertThrows(ValidationException.class, () -> Notice.builder(Q3)
        .template(zip(parts), "mine.docx").build().toDocx(Texts.chinese()));
    assertEquals(Problem.SYNTAX, x.problems().get(0).code());
    assertEquals("word/document.xml", x.problems().get(0).path());
  }

  @Test
  void somethingElseThanADocxIsRefused() {
    ValidationException x = assertThrows(ValidationException.class, () -> Notice.builder(Q3)
        .template("not a document".getBytes(StandardCharsets.UTF_8), "notes.txt").build().toDocx(Texts.chinese()));
    assertTrue(x.problems().get(0).message().contains("notes.txt is not a Word document"), x.getMessage());
  }
}
