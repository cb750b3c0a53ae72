package io.github.bizenv.scoring.reports;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * A Word document (.docx) as a FreeMarker template. The template is an ordinary document that people edit in Word or
 * WPS; its text holds FreeMarker in square-bracket syntax — {@code ${name}} to insert a value, {@code [#list …]},
 * {@code [#if …]}, {@code [#else]} and {@code [/#list]} to repeat or choose. Before FreeMarker reads a part, it is
 * made safe from what editing does to it:
 *
 * <ul>
 *   <li>a tag that Word split over several runs (spell-check marks, a change of formatting mid-word) is joined back
 *       into the run where it starts, keeping that run's formatting;
 *   <li>a paragraph or table row that holds nothing but directives is replaced by them, so that {@code [#list]} on a
 *       line of its own repeats the paragraphs (or rows) between it and {@code [/#list]};
 *   <li>inside tags, Word's curly quotes become straight and XML escapes are undone.
 * </ul>
 *
 * <p>Values are escaped for XML by FreeMarker's output format. {@code ?new} and {@code ?api} are switched off: a
 * template cannot reach Java classes. The other parts of the package are copied unchanged, in their order, with a fixed
 * time, so the same template and data give the same bytes.
 */
final class Docx {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern TAG = Pattern.compile("\\$\\{[^}]*}|\\[/?#[^\\]]*]");
  private static final Pattern DIRECTIVES = Pattern.compile("(\\s*\\[/?#[^\\]]*]\\s*)+");
  private static final Pattern MARKER = Pattern.compile("<bizenv-directive>(.*?)</bizenv-directive>",
      Pattern.DOTALL);
  private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

  private Docx() {}

  /** The default template: the package's parts from this module's resources. */
  static byte[] defaultTemplate(boolean zh) {
    String lang = zh ? "zh" : "en";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "notice/content-types.xml");
    parts.put("_rels/.rels", "notice/rels.xml");
    parts.put("docProps/core.xml", "notice/core.xml");
    parts.put("docProps/app.xml", "notice/app.xml");
    parts.put("word/document.xml", "notice/document." + lang + ".xml");
    parts.put("word/_rels/document.xml.rels", "notice/document-rels.xml");
    parts.put("word/styles.xml", "notice/styles." + lang + ".xml");
    parts.put("word/settings.xml", "notice/settings.xml");
    parts.put("word/footer1.xml", "notice/footer1.xml");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        try (InputStream in = Docx.class.getResourceAsStream(e.getValue())) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + e.getValue() + " beside " + Docx.class.getName());
          }
          put(zip, e.getKey(), in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(FIXED);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** Whether a part of the package is text that FreeMarker fills. */
  static boolean templated(String name) {
    return name.equals("word/document.xml") || name.matches("word/(header|footer)[0-9]*\\.xml")
        || name.equals("docProps/core.xml");
  }

  /**
   * Fills a template.
   *
   * @param template the .docx template
   * @param source its name for problems, e.g. the file name
   * @param model the values, as maps, lists and strings
   * @param locale the language
   * @return the document
   * @throws ValidationException if the template is not a Word document or its tags are wrong
   */
  static byte[] render(byte[] template, String source, Map<String, Object> model, Locale locale) {
    Map<String, byte[]> parts = read(template, source);
    if (!parts.containsKey("word/document.xml")) {
      throw new ValidationException(source, List.of(Problem.of(Problem.SYNTAX, "word/document.xml",
          "the template " + source + " is not a Word document (.docx): it has no word/document.xml")));
    }
    Configuration cfg = configuration(locale);
    List<Problem> problems = new ArrayList<>();
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : parts.entrySet()) {
      if (!templated(e.getKey())) {
        out.put(e.getKey(), e.getValue());
        continue;
      }
      String xml = new String(e.getValue(), StandardCharsets.UTF_8);
      try {
        String prepared = prepare(xml, e.getKey());
        Template t = new Template(e.getKey(), new StringReader(prepared), cfg);
        StringWriter w = new StringWriter(prepared.length() * 2);
        t.process(model, w);
        out.put(e.getKey(), w.toString().getBytes(StandardCharsets.UTF_8));
      } catch (ValidationException x) {
        problems.addAll(x.problems());
      } catch (ParseException x) {
        problems.add(Problem.of(Problem.SYNTAX, e.getKey(), "the template " + source + " has a malformed tag: "
            + firstLine(x.getEditorMessage()) + " (in " + excerpt(x, prepared(xml, e.getKey())) + ")"));
      } catch (InvalidReferenceException x) {
        problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, e.getKey(), "the template " + source + " uses ${"
            + x.getBlamedExpressionString() + "}, which the notice does not provide; it provides "
            + String.join(", ", model.keySet())));
      } catch (TemplateException x) {
        problems.add(Problem.of(Problem.SYNTAX, e.getKey(), "the template " + source + " failed: "
            + firstLine(x.getMessageWithoutStackTop())));
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(source, problems);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : out.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String prepared(String xml, String name) {
    try {
      return prepare(xml, name);
    } catch (RuntimeException e) {
      return xml;
    }
  }

  private static String excerpt(ParseException x, String text) {
    String[] lines = text.split("\n", -1);
    int line = x.getLineNumber();
    if (line < 1 || line > lines.length) {
      return "line " + line;
    }
    String l = lines[line - 1];
    int col = Math.max(0, Math.min(l.length(), x.getColumnNumber() - 1));
    String around = l.substring(Math.max(0, col - 40), Math.min(l.length(), col + 40)).replaceAll("<[^>]*>?", "");
    return "«" + around.trim() + "»";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).trim();
  }

  static Configuration configuration(Locale locale) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setLocale(locale);
    cfg.setNumberFormat("computer");
    return cfg;
  }

  /** The parts of a package, in order. */
  static Map<String, byte[]> read(byte[] docx, String source) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      long total = 0;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] b = zip.readAllBytes();
        total += b.length;
        if (total > 64L << 20) {
          throw new ValidationException(source, List.of(Problem.of(Problem.LIMIT, e.getName(),
              "the template " + source + " unpacks to more than 64 MB")));
        }
        parts.put(e.getName(), b);
      }
    } catch (ZipException e) {
      throw notDocx(source, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (parts.isEmpty()) {
      throw notDocx(source, "no entries");
    }
    return parts;
  }

  private static ValidationException notDocx(String source, String why) {
    return new ValidationException(source, List.of(Problem.of(Problem.SYNTAX, "",
        "the template " + source + " is not a Word document (.docx): " + why)));
  }

  /** A part made safe for FreeMarker: split tags joined, directive-only paragraphs and rows replaced by them. */
  static String prepare(String xml, String name) {
    Document doc = parse(xml, name);
    for (Element p : elements(doc, "p")) {
      joinRuns(p);
    }
    for (Element row : elements(doc, "tr")) {
      onlyDirectives(row);
    }
    for (Element p : elements(doc, "p")) {
      if (p.getParentNode() != null) {
        onlyDirectives(p);
      }
    }
    String text = serialize(doc);
    StringBuilder sb = new StringBuilder();
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(unescape(m.group(1))));
    }
    m.appendTail(sb);
    StringBuilder out = new StringBuilder();
    Matcher t = TAG.matcher(sb);
    while (t.find()) {
      t.appendReplacement(out, Matcher.quoteReplacement(unescape(t.group())));
    }
    t.appendTail(out);
    return out.toString();
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&#39;", "'").replace("&amp;", "&").replace('“', '"').replace('”', '"').replace('‘', '\'')
        .replace('’', '\'');
  }

  private static List<Element> elements(Document doc, String local) {
    NodeList nl = doc.getElementsByTagNameNS(W, local);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  /** The text of an element: all its w:t, in order. */
  private static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    NodeList ts = e.getElementsByTagNameNS(W, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      sb.append(ts.item(i).getTextContent());
    }
    return sb.toString();
  }

  private static void onlyDirectives(Element e) {
    if (e.getParentNode() == null || !isAttached(e)) {
      return;
    }
    String text = text(e);
    if (!text.isBlank() && DIRECTIVES.matcher(text).matches()) {
      Element marker = e.getOwnerDocument().createElementNS(null, "bizenv-directive");
      marker.setTextContent(text.trim());
      e.getParentNode().replaceChild(marker, e);
    }
  }

  private static boolean isAttached(Node n) {
    for (Node x = n; x != null; x = x.getParentNode()) {
      if (x.getNodeType() == Node.DOCUMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /** The runs of a paragraph that carry text, each with its w:t elements. */
  private static List<Element> runs(Element p) {
    List<Element> out = new ArrayList<>();
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && W.equals(n.getNamespaceURI()) && "r".equals(n.getLocalName())
          && ((Element) n).getElementsByTagNameNS(W, "t").getLength() > 0) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static void joinRuns(Element p) {
    boolean changed = true;
    while (changed) {
      changed = false;
      List<Element> runs = runs(p);
      if (runs.size() < 2) {
        return;
      }
      int[] start = new int[runs.size() + 1];
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < runs.size(); i++) {
        start[i] = all.length();
        all.append(text(runs.get(i)));
      }
      start[runs.size()] = all.length();
      Matcher m = Pattern.compile("\\$\\{[^}]*}|\\[/?#[^\\]]*]|\\$\\{[^}]*$|\\[/?#[^\\]]*$|\\$$|\\[$|\\[/$")
          .matcher(all);
      while (m.find()) {
        int first = runAt(start, m.start());
        int last = runAt(start, Math.max(m.start(), m.end() - 1));
        if (first != last) {
          merge(runs, first, last);
          changed = true;
          break;
        }
      }
    }
  }

  private static int runAt(int[] start, int pos) {
    int i = 0;
    while (i + 1 < start.length - 1 && start[i + 1] <= pos) {
      i++;
    }
    return i;
  }

  /** Moves the text of runs first+1..last into run first, removing them and anything between them. */
  private static void merge(List<Element> runs, int first, int last) {
    Element target = runs.get(first);
    StringBuilder sb = new StringBuilder(text(target));
    for (int i = first + 1; i <= last; i++) {
      sb.append(text(runs.get(i)));
    }
    NodeList ts = target.getElementsByTagNameNS(W, "t");
    Element t0 = (Element) ts.item(0);
    for (int i = ts.getLength() - 1; i > 0; i--) {
      ts.item(i).getParentNode().removeChild(ts.item(i));
    }
    t0.setTextContent(sb.toString());
    t0.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
    Node end = runs.get(last);
    Node n = target.getNextSibling();
    while (n != null) {
      Node next = n.getNextSibling();
      n.getParentNode().removeChild(n);
      if (n == end) {
        break;
      }
      n = next;
    }
  }

  private static Document parse(String xml, String name) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new org.xml.sax.InputSource(new StringReader(xml)));
    } catch (SAXParseException e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX,
          name + " line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
          "part " + name + " of the template is not well-formed XML: " + e.getMessage())));
    } catch (Exception e) {
      throw new ValidationException(name, List.of(Problem.of(Problem.SYNTAX, name,
          "part " + name + " of the template cannot be read: " + e.getMessage())));
    }
  }

  private static String serialize(Document doc) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.STANDALONE, "yes");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString();
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the template part back", e);
    }
  }
}
