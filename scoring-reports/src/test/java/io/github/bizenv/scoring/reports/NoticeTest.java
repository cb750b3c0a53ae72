package io.github.bizenv.scoring.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
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

    Evaluation e = Q3.rankings().get(0).evaluation();
    // Every praised unit is in the table with its rank and score; every named unit has its own heading and figures.
    for (String u : Q3.praised()) {
      String name = Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese());
      assertTrue(text.contains(name), name);
      assertTrue(ps.stream().anyMatch(p -> p.style().equals("TableText") && p.text().equals(name)), name);
    }
    int n = 0;
    for (String u : Q3.named()) {
      String name = Tables.unitName(Fixtures.PROGRAMME, u, Texts.chinese());
      int i = indexOf(ps, new Para("Heading2", "（" + Notice.chinese(++n) + "）" + name));
      assertTrue(i > 0, name + " has a heading: " + text);
      String figures = ps.get(i + 1).text();
      assertTrue(figures.startsWith("得分" + Charts.two(e.score(u).getAsDouble()) + "分，排名第" + e.rank(u).getAsInt()
          + "位（共49个单位）"), figures);
    }
    // 市水利局 leads a red task and a yellow one: its problems name them with plan, report and deadline.
    assertTrue(text.contains("1. T021“消防设计审查与施工图审查合并”：红灯，计划进度100%、实际进度70%，连续红灯2个月，"
        + "已超过完成时限（2021年8月31日）。\n2. T028“推行区域评估，企业不再单独评估”：黄灯，计划进度80%、实际进度50%，"
        + "完成时限2021年12月31日。\n"), text);
    // A quotation inside a task's name takes single quotes inside the double ones.
    assertTrue(text.contains("T019“推行联合验收，实现‘一次验收、一次办结’”"), text);
    // Every red task a named unit leads is among its problems.
    for (String u : Q3.named()) {
      for (var s : Q3.quarterEnd().tasks()) {
        if (s.task().lead().equals(u) && s.status() == io.github.bizenv.scoring.workflow.Status.RED) {
          assertTrue(text.contains(s.task().id() + "“"), s.task().id() + " of " + u);
        }
      }
    }
    assertTrue(text.contains("等5个单位排名靠后，予以通报。"), text);
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
