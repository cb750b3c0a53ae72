package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.model.UnitKind;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The quarterly notice (通报) as a Word document (.docx): title, addressees (主送机关), the body naming the units
 * praised and named with their scores, ranks and movement and each named unit's problems (存在问题), the issuing
 * office (发文机关署名) and the date (成文日期), laid out after GB/T 9704-2012 in Chinese, or in English.
 *
 * <p>The document comes from a template that people edit in Word or WPS ({@link #template(Texts)} gives the default
 * one); its text holds FreeMarker tags in square-bracket syntax. The values a template can use:
 *
 * <ul>
 *   <li>{@code title}, {@code number} (发文字号, may be empty), {@code addressees}, {@code office}, {@code date}
 *       (成文日期 as prose writes it), {@code quarter}, {@code programme}, {@code benchmark}, {@code asOf};
 *   <li>{@code tasks}, {@code done}, {@code onTrack}, {@code yellow}, {@code red}: the battle map at the quarter's end;
 *   <li>{@code rankings}: one per ranking group (市直部门, 区县和开发区 …) of each ranking, each with {@code number}
 *       (一, 二 … or 1, 2 …), {@code title} (the methodology's name and the group's, in quotation marks),
 *       {@code name} (the group's), {@code heading} (the name when there are several rankings, else empty),
 *       {@code count}, {@code praisedCount}, {@code praisedNames}, {@code praisedNote} (units tied at the cut or not
 *       eligible, or empty), {@code namedCount}, {@code namedNames}, {@code namedNote}, and the lists {@code praised}
 *       and {@code named} of units, each with {@code number} (一, 二 … or 1, 2 …), {@code name}, {@code id},
 *       {@code rank}, {@code score}, {@code movement} (↑2, ↓1, =), {@code change} (上升2位, 下降1位, 持平),
 *       {@code movementText} (，较上季度上升2位), {@code problems} (its 存在问题, sentences) and {@code escalation}
 *       (where its red tasks stand on the escalation ladder, or empty);
 *   <li>{@code praised} and {@code named}: the same units over all rankings.
 * </ul>
 *
 * <p>Immutable; the same content, template and settings give the same bytes.
 */
public final class Notice {

  private final Quarterly quarter;
  private final String office;
  private final String addressees;
  private final LocalDate date;
  private final String number;
  private final byte[] template;
  private final String templateName;

  private Notice(Builder b) {
    this.quarter = b.quarter;
    this.office = b.office;
    this.addressees = b.addressees;
    this.date = b.date;
    this.number = b.number;
    this.template = b.template;
    this.templateName = b.templateName;
  }

  /**
   * A builder.
   *
   * @param quarter the quarter's rankings, battle maps and problems
   * @return the builder
   */
  public static Builder builder(Quarterly quarter) {
    return new Builder(quarter);
  }

  /**
   * The default template, to be edited in Word or WPS and given back with {@link Builder#template(Path)}.
   *
   * @param texts the language: Chinese for the official layout, or English
   * @return the template (.docx)
   */
  public static byte[] template(Texts texts) {
    return Docx.defaultTemplate(Objects.requireNonNull(texts, "texts").isChinese());
  }

  /**
   * The notice as a Word document.
   *
   * @param texts the language of the values (and of the default template)
   * @return the .docx
   * @throws ValidationException if a given template is not a Word document or has wrong tags, every problem listed
   */
  public byte[] toDocx(Texts texts) {
    Objects.requireNonNull(texts, "texts");
    byte[] t = template != null ? template : Docx.defaultTemplate(texts.isChinese());
    return Docx.render(t, template != null ? templateName : "notice template", model(texts), texts.locale());
  }

  /**
   * The values a template can use, as described above, for tests and for other template engines.
   *
   * @param texts the language
   * @return the values: maps, lists and strings
   */
  public Map<String, Object> model(Texts texts) {
    Words w = Words.of(texts);
    Programme p = quarter.programme();
    Map<String, Object> m = new LinkedHashMap<>();
    String q = texts.period(quarter.quarter());
    m.put("title", w.get("notice.title", q));
    m.put("number", number == null ? "" : number);
    m.put("addressees", addressees != null ? addressees : defaultAddressees(p, w));
    m.put("office", office != null ? office : defaultOffice(p, w));
    m.put("date", w.date(date != null ? date : quarter.quarterEnd().date()));
    m.put("quarter", q);
    m.put("programme", texts.name(p.name()));
    m.put("benchmark", texts.name(p.benchmark().jurisdiction()));
    m.put("asOf", w.date(quarter.quarterEnd().date()));
    Map<Status, Integer> count = new EnumMap<>(Status.class);
    quarter.quarterEnd().tasks().forEach(s -> count.merge(s.status(), 1, Integer::sum));
    m.put("tasks", String.valueOf(p.tasks().size()));
    m.put("done", String.valueOf(count.getOrDefault(Status.DONE, 0)));
    m.put("onTrack", String.valueOf(count.getOrDefault(Status.ON_TRACK, 0) + count.getOrDefault(Status.APPROACHING,
        0)));
    m.put("yellow", String.valueOf(count.getOrDefault(Status.BEHIND, 0)));
    m.put("red", String.valueOf(count.getOrDefault(Status.RED, 0)));
    List<Map<String, Object>> rankings = new ArrayList<>();
    List<Map<String, Object>> praised = new ArrayList<>();
    List<Map<String, Object>> named = new ArrayList<>();
    boolean several = quarter.rankings().size() > 1;
    int k = 0;
    for (Quarterly.Ranking r : quarter.rankings()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      k++;
      rm.put("number", w.zh() ? chinese(k) : String.valueOf(k));
      rm.put("title", "“" + QuarterlyPage.quoted(QuarterlyPage.rankingTitle(r, w), w) + "”");
      String name = QuarterlyPage.rankingName(quarter, r, w);
      rm.put("name", name);
      rm.put("heading", several ? w.head(name) : "");
      rm.put("count", String.valueOf(r.units.size()));
      List<Map<String, Object>> ps = units(r, r.praised, w, false);
      List<Map<String, Object>> ns = units(r, r.named, w, true);
      rm.put("praisedCount", String.valueOf(ps.size()));
      rm.put("praisedNames", names(ps, w));
      rm.put("praisedNote", r.praiseList.note().map(texts::name).orElse(""));
      rm.put("praised", ps);
      rm.put("namedCount", String.valueOf(ns.size()));
      rm.put("namedNames", names(ns, w));
      rm.put("namedNote", r.namedList.note().map(texts::name).orElse(""));
      rm.put("named", ns);
      rankings.add(rm);
      praised.addAll(ps);
      named.addAll(ns);
    }
    m.put("rankings", rankings);
    m.put("praised", praised);
    m.put("named", named);
    return m;
  }

  private List<Map<String, Object>> units(Quarterly.Ranking r, Set<String> units, Words w, boolean problems) {
    Texts t = w.texts();
    Evaluation e = r.evaluation();
    List<Map<String, Object>> out = new ArrayList<>();
    int n = 0;
    for (String u : units) {
      n++;
      Map<String, Object> um = new LinkedHashMap<>();
      um.put("number", w.zh() ? chinese(n) : String.valueOf(n));
      um.put("id", u);
      um.put("name", Tables.unitName(quarter.programme(), u, t));
      um.put("rank", String.valueOf(e.rank(u).getAsInt()));
      um.put("score", Charts.two(e.score(u).getAsDouble()));
      OptionalInt move = r.report.movement(u);
      um.put("movement", QuarterlyPage.movement(move));
      um.put("change", move.isEmpty() ? "" : move.getAsInt() > 0 ? w.get("notice.change.up", move.getAsInt())
          : move.getAsInt() < 0 ? w.get("notice.change.down", -move.getAsInt()) : w.get("notice.change.same"));
      um.put("movementText", move.isEmpty() ? "" : move.getAsInt() == 1 ? w.get("notice.up.one")
          : move.getAsInt() == -1 ? w.get("notice.down.one") : move.getAsInt() > 0 ? w.get("notice.up", move.getAsInt())
          : move.getAsInt() < 0 ? w.get("notice.down", -move.getAsInt()) : w.get("notice.same"));
      um.put("problems", problems ? quarter.problems(u).stream().map(x -> QuarterlyPage.problemText(x, u, quarter, w))
          .collect(Collectors.toList()) : List.of());
      um.put("escalation", problems ? QuarterlyPage.escalation(quarter, u, w) : "");
      out.add(um);
    }
    return out;
  }

  private static String names(List<Map<String, Object>> units, Words w) {
    return units.stream().map(u -> (String) u.get("name")).collect(Collectors.joining(w.and()));
  }

  /** 一 … 九十九, as official documents number their sections. */
  static String chinese(int n) {
    String d = "零一二三四五六七八九";
    if (n < 10) {
      return String.valueOf(d.charAt(n));
    }
    if (n < 100) {
      return (n / 10 == 1 ? "" : String.valueOf(d.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : d.charAt(n % 10));
    }
    return String.valueOf(n);
  }

  private static String defaultOffice(Programme p, Words w) {
    String city = p.units().stream().filter(u -> u.kind() == UnitKind.CITY).map(u -> w.texts().name(u.name()))
        .findFirst().orElse("");
    return w.get("notice.office", city).trim();
  }

  private static String defaultAddressees(Programme p, Words w) {
    List<String> parts = new ArrayList<>();
    Set<UnitKind> kinds = p.units().stream().map(Unit::kind).collect(Collectors.toSet());
    if (kinds.contains(UnitKind.DISTRICT) || kinds.contains(UnitKind.COUNTY)) {
      parts.add(w.get("notice.to.districts"));
    }
    if (kinds.contains(UnitKind.DEVELOPMENT_ZONE)) {
      parts.add(w.get("notice.to.zones"));
    }
    if (kinds.contains(UnitKind.DEPARTMENT)) {
      parts.add(w.get("notice.to.departments"));
    }
    return String.join(w.zh() ? "，" : ", ", parts);
  }

  /** Builds a {@link Notice}. */
  public static final class Builder {
    private final Quarterly quarter;
    private String office;
    private String addressees;
    private LocalDate date;
    private String number;
    private byte[] template;
    private String templateName;

    private Builder(Quarterly quarter) {
      this.quarter = Objects.requireNonNull(quarter, "quarter");
    }

    /**
     * The issuing office (发文机关署名).
     *
     * @param office e.g. 示例市优化营商环境工作领导小组办公室; by default the city's name and 优化营商环境工作领导小组办公室
     * @return this builder
     */
    public Builder office(String office) {
      this.office = Objects.requireNonNull(office, "office");
      return this;
    }

    /**
     * The addressees (主送机关), without the closing colon.
     *
     * @param addressees e.g. 各区、县（市）人民政府，市直各有关单位; by default from the kinds of units in the programme
     * @return this builder
     */
    public Builder addressees(String addressees) {
      this.addressees = Objects.requireNonNull(addressees, "addressees");
      return this;
    }

    /**
     * The date of the notice (成文日期).
     *
     * @param date the date; the quarter's last day unless given
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The document number (发文字号).
     *
     * @param number e.g. 示营商办〔2021〕15号; none unless given
     * @return this builder
     */
    public Builder number(String number) {
      this.number = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * A template of one's own, e.g. the default one edited in Word.
     *
     * @param docx the template's bytes
     * @param name its name for problems, e.g. the file name
     * @return this builder
     */
    public Builder template(byte[] docx, String name) {
      this.template = Objects.requireNonNull(docx, "docx").clone();
      this.templateName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * A template of one's own from a file.
     *
     * @param file the .docx
     * @return this builder
     * @throws UncheckedIOException if it cannot be read
     */
    public Builder template(Path file) {
      Objects.requireNonNull(file, "file");
      try {
        return template(Files.readAllBytes(file), file.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }

    /**
     * Builds the notice.
     *
     * @return the notice
     */
    public Notice build() {
      return new Notice(this);
    }
  }
}
