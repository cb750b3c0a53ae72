package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The reports' own words ({@code reports.properties}, {@code reports_zh.properties} beside this class), falling back
 * to the library's {@link Texts} so that a page says 牵头单位, 红灯 and 优秀 exactly as the command line does.
 */
final class Words {

  private static final Properties EN = load("reports.properties");
  private static final Properties ZH = load("reports_zh.properties");

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

  /** A date as prose writes it: 2021年9月30日, 30 September 2021. */
  String date(java.time.LocalDate d) {
    return zh() ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
        : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
            + " " + d.getYear();
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
