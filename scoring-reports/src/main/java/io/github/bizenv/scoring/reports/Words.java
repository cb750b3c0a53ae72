package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.ProgrammeFacts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * The reports' own words ({@code reports.properties}, {@code reports_zh.properties} beside this class), falling back
 * to the library's {@link Texts} so that a page says 牵头单位, 红灯 and 优秀 exactly as the command line does.
 */
final class Words {

  private static final Properties EN = load("reports.properties");
  private static final Properties ZH = load("reports_zh.properties");
  /** The programme's facts, longest name first, so that a name is never replaced inside a longer one. */
  private static final List<String> FACTS = ProgrammeFacts.COLUMNS.stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .collect(java.util.stream.Collectors.toList());

  private final Texts texts;
  private final Properties own;

  private Words(Texts texts) {
    this.texts = texts;
    this.own = texts.isChinese() ? ZH : EN;
  }

  static Words of(Texts texts) {
    return new Words(texts);
  }

  Texts texts() {
    return texts;
  }

  boolean zh() {
    return texts.isChinese();
  }

  /** Whether the reports' own words of this language have the key (no falling back to English). */
  boolean hasOwn(String key) {
    return own.containsKey(key);
  }

  /** A report text by key, or the library's text of that key. */
  String get(String key, Object... args) {
    String p = own.getProperty(key, EN.getProperty(key));
    if (p == null) {
      return texts.get(key, args);
    }
    if (args.length == 0) {
      return p;
    }
    Object[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i] instanceof Integer || a[i] instanceof Long) {
        a[i] = a[i].toString();
      } else if (a[i] instanceof Double) {
        a[i] = Texts.number((Double) a[i], 2);
      }
    }
    // The bundles never quote: an apostrophe (unit's) is a letter, not MessageFormat's quote.
    return new MessageFormat(p.replace("'", "''"), texts.locale()).format(a);
  }

  /**
   * What a rule did, from the engine's explanation, in this language and with the programme's facts named
   * (督查发现严重问题, not {@code findings.supervision.serious}).
   *
   * @param rule the rule's description as the engine writes it
   * @return the text
   */
  String rule(String rule) {
    String s = texts.sentence(rule);
    for (String column : FACTS) {
      String key = "fact." + column;
      String name = own.getProperty(key, EN.getProperty(key));
      int from = 0;
      int i;
      while (name != null && (i = s.indexOf(column, from)) >= 0) {
        int end = i + column.length();
        boolean whole = (i == 0 || !code(s.charAt(i - 1))) && (end == s.length() || !code(s.charAt(end)));
        if (whole) {
          s = s.substring(0, i) + name + s.substring(end);
          from = i + name.length();
        } else {
          from = end;
        }
      }
    }
    if (zh() && s.startsWith("bonus-deduction: ")) {
      s = "加减分：" + s.substring("bonus-deduction: ".length());
    } else if (zh() && s.startsWith("bonus-deduction：")) {
      s = "加减分：" + s.substring("bonus-deduction：".length());
    }
    return s;
  }

  private static boolean code(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_';
  }

  /** A date as prose writes it: 2021年9月30日, 30 September 2021. */
  String date(java.time.LocalDate d) {
    return zh() ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
        : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
            + " " + d.getYear();
  }

  /** A month as prose writes it: 2021年9月, September 2021. */
  String yearMonth(java.time.YearMonth m) {
    return zh() ? m.getYear() + "年" + m.getMonthValue() + "月"
        : m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.getYear();
  }

  /** A month's short name: 9月, Sep. */
  String month(java.time.LocalDate d) {
    return zh() ? d.getMonthValue() + "月"
        : d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
  }

  /** A label as the head of a figure: English labels (red, done) capitalised. */
  String head(String label) {
    return zh() || label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }

  /**
   * A ranking group as people name it: the library's label of a unit kind (区, 开发区; districts), the name the
   * methodology gives a group (市直部门) — in English the labels of the kinds it gathers (districts, counties and
   * development zones) — or the group as it is.
   *
   * @param plan the methodology that ranks the group
   * @param group the group, or {@code ""} for none
   * @return the label, {@code ""} for none
   */
  String group(Plan plan, String group) {
    if (group.isEmpty()) {
      return "";
    }
    if (texts.has("group." + group)) {
      return texts.get("group." + group);
    }
    if (zh()) {
      return group;
    }
    List<String> kinds = new ArrayList<>();
    plan.methodology().ranking().groupNames().forEach((value, name) -> {
      if (name.equals(group)) {
        kinds.add(value);
      }
    });
    kinds.sort(Comparator.comparingInt(Words::kindOrder).thenComparing(Comparator.naturalOrder()));
    List<String> labels = new ArrayList<>();
    for (String k : kinds) {
      if (!texts.has("group." + k)) {
        return group;
      }
      labels.add(texts.get("group." + k));
    }
    return labels.isEmpty() ? group : list(labels);
  }

  /** Kinds in the order a city lists them: departments, districts, counties, zones; other values after them. */
  private static int kindOrder(String code) {
    List<String> order = List.of("department", "district", "county", "development-zone");
    int i = order.indexOf(code);
    return i < 0 ? order.size() : i;
  }

  /** Items as prose lists them: 甲、乙和丙; a, b and c. */
  String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    String head = String.join(and(), items.subList(0, items.size() - 1));
    return head + (zh() ? "和" : " and ") + items.get(items.size() - 1);
  }

  /** The list separator of the language: 、 or a comma. */
  String and() {
    return zh() ? "、" : ", ";
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Words.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
