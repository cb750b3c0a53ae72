package io.github.bizenv.scoring.text;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's words in one language, Chinese (zh-CN) or English: labels of statuses, classes, roles, kinds and
 * table headers; names next to ids; and the problems and explanation steps the library writes in English,
 * put into the reader's language.
 *
 * <p>The words live in resource bundles beside this class: {@code labels.properties} (English) and
 * {@code labels_zh.properties}, keyed as {@code Status.RED} for enum constants, {@code code.unknown-reference}
 * for problem codes and {@code header.unit} for table headers; reports and other modules reuse them through
 * {@link #get}, {@link #label} and {@link #has}. The library's sentences ({@link Problem#message()}, explanation
 * steps) are written in English; {@code sentences.properties} holds their English templates and
 * {@code sentences_zh.properties} the Chinese ones, with numbered placeholders: {@code {0} "{1}" is not declared
 * in {2}} becomes {@code {0}“{1}”未在{2}中声明}, and each placeholder's text is itself looked up (so
 * {@code unit} becomes 单位). A sentence no template matches is kept in English; a problem's code always has a
 * label in both languages. Problem codes never change with the language.
 *
 * <p>Immutable and thread-safe.
 */
public final class Texts {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
  private static final Texts ZH = new Texts(Locale.SIMPLIFIED_CHINESE);
  private static final Texts EN = new Texts(Locale.ENGLISH);

  private final Locale locale;
  private final boolean chinese;
  private final Properties labels;
  private final Properties fallback;
  private final Map<String, String> exact = new HashMap<>();
  private final List<Template> templates = new ArrayList<>();

  private Texts(Locale locale) {
    this.locale = locale;
    this.chinese = locale.getLanguage().equals("zh");
    this.fallback = load("labels.properties");
    this.labels = chinese ? load("labels_zh.properties") : fallback;
    Properties en = load("sentences.properties");
    Properties local = chinese ? load("sentences_zh.properties") : en;
    for (String key : en.stringPropertyNames()) {
      String from = en.getProperty(key);
      String to = local.getProperty(key, from);
      if (PLACEHOLDER.matcher(from).find()) {
        templates.add(new Template(from, to));
      } else {
        exact.put(from, to);
      }
    }
    templates.sort(Comparator.comparingInt((Template t) -> -t.rank).thenComparing(t -> t.from));
  }

  /**
   * The texts of a locale: Chinese for any Chinese locale, English otherwise.
   *
   * @param locale the locale, e.g. {@code Locale.getDefault()}
   * @return the texts
   */
  public static Texts of(Locale locale) {
    return Objects.requireNonNull(locale, "locale").getLanguage().equals("zh") ? ZH : EN;
  }

  /**
   * The Chinese texts.
   *
   * @return zh-CN
   */
  public static Texts chinese() {
    return ZH;
  }

  /**
   * The English texts.
   *
   * @return en
   */
  public static Texts english() {
    return EN;
  }

  /**
   * The locale of these texts.
   *
   * @return {@code zh_CN} or {@code en}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether these are the Chinese texts.
   *
   * @return {@code true} for zh-CN
   */
  public boolean isChinese() {
    return chinese;
  }

  /**
   * Tells whether a label exists.
   *
   * @param key the key, e.g. {@code header.unit}
   * @return {@code true} if the bundle has it
   */
  public boolean has(String key) {
    return labels.containsKey(key) || fallback.containsKey(key);
  }

  /**
   * A label, with arguments placed as {@link MessageFormat} places them ({@code {0}}); whole numbers are written
   * without grouping and decimals rounded to two places.
   *
   * @param key the key, e.g. {@code header.unit}
   * @param args the arguments
   * @return the text in this language (the English one when the key has no translation)
   * @throws IllegalArgumentException if no bundle has the key
   */
  public String get(String key, Object... args) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(args, "args");
    String p = labels.getProperty(key, fallback.getProperty(key));
    if (p == null) {
      throw new IllegalArgumentException("no text \"" + key + "\" in io/github/bizenv/scoring/text/labels*.properties");
    }
    if (args.length == 0) {
      return p;
    }
    Object[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i] instanceof Integer || a[i] instanceof Long) {
        a[i] = a[i].toString();
      } else if (a[i] instanceof Double) {
        a[i] = number((Double) a[i], 2);
      }
    }
    return new MessageFormat(p, locale).format(a);
  }

  /**
   * The label of an enum constant: {@code Status.RED} is 红灯 or {@code red}.
   *
   * @param value the constant
   * @return its label, or its name if it has none
   */
  public String label(Enum<?> value) {
    String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
    return has(key) ? get(key) : value.name();
  }

  /**
   * A grade as shown in this language: the usual Chinese grade names (优秀, 良好, 一般, 较差, 合格, 不合格, 称职…)
   * get their English label in English; any other name, and every name in Chinese, is shown as the methodology
   * gives it.
   *
   * @param name the grade's name in the methodology
   * @return the grade in this language
   */
  public String grade(String name) {
    Objects.requireNonNull(name, "name");
    if (chinese) {
      return name;
    }
    String key = "grade." + name;
    return has(key) ? get(key) : name;
  }

  /**
   * A period as people write it: 2021年第二季度, 2021年7月, 2021年 in Chinese; the file form ({@code 2021Q2},
   * {@code 2021-07}, {@code 2021}) in English.
   *
   * @param period the period
   * @return the text
   */
  public String period(io.github.bizenv.scoring.model.Period period) {
    if (!chinese) {
      return period.toString();
    }
    int year = period.start().getYear();
    switch (period.kind()) {
      case YEAR:
        return year + "年";
      case QUARTER:
        return year + "年第" + "一二三四".charAt((period.start().getMonthValue() - 1) / 3) + "季度";
      case MONTH:
        return year + "年" + period.start().getMonthValue() + "月";
      default:
        return period.start() + "至" + period.end();
    }
  }

  /**
   * A localized text in this language, falling back to the other.
   *
   * @param text the text
   * @return the Chinese or English text
   */
  public String name(LocalizedText text) {
    return text.text(chinese);
  }

  /**
   * A name next to its id: {@code 南湖区（nanhu）} or {@code Nanhu District (nanhu)}; the name alone when it is
   * the id.
   *
   * @param name the name
   * @param id the id
   * @return the text
   */
  public String named(LocalizedText name, String id) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(id, "id");
    String n = name(name);
    if (n.equals(id)) {
      return n;
    }
    return chinese ? n + "（" + id + "）" : n + " (" + id + ")";
  }

  /**
   * A sentence the library wrote in English, in this language.
   *
   * @param english the sentence, e.g. a {@link Problem#message()} or an explanation step
   * @return the sentence in this language; the English sentence when no template matches it
   */
  public String sentence(String english) {
    String s = cached(english);
    return s == null ? english : s;
  }

  private static final String NONE = new String("");
  private final java.util.concurrent.ConcurrentHashMap<String, String> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Translations are looked up once per sentence (up to 20,000 sentences are remembered). */
  private String cached(String english) {
    String c = cache.get(english);
    if (c == null) {
      String t = translate(english, 0);
      c = t == null ? NONE : t;
      if (cache.size() < 20_000) {
        cache.put(english, c);
      }
    }
    return c == NONE ? null : c;
  }

  /**
   * Tells whether a sentence has a translation (always {@code true} in English).
   *
   * @param english the sentence
   * @return {@code true} if a template matches it
   */
  public boolean translates(String english) {
    return !chinese || cached(english) != null;
  }

  private String translate(String s, int depth) {
    Translation t = translation(s, depth);
    return t == null ? null : t.text;
  }

  /** A translation, and whether any of its words were translated (a list of codes only keeps its separator). */
  private static final class Translation {
    final String text;
    final boolean words;

    Translation(String text, boolean words) {
      this.text = text;
      this.words = words;
    }
  }

  private Translation translation(String s, int depth) {
    String e = exact.get(s);
    if (e != null) {
      return new Translation(e, true);
    }
    if (depth > 3) {
      return null;
    }
    // Of the templates that match, the one under which most placeholders are themselves translated wins (so that
    // "a: b → full marks 100" is read as a rule's effect, not as "a: b = c"); ties go to the more anchored template.
    // A placeholder that is a list of codes only (whose translation changes nothing but the separator) does not count.
    String best = null;
    int bestScore = -1;
    for (Template t : templates) {
      Matcher m = t.pattern.matcher(s);
      if (m.matches()) {
        String[] args = new String[t.groups];
        int score = 0;
        for (int g = 0; g < t.groups; g++) {
          String v = m.group(t.order[g] + 1);
          Translation tr = v.isEmpty() ? null : translation(v, depth + 1);
          if (tr != null && tr.words) {
            score++;
          }
          args[g] = tr == null ? v : tr.text;
        }
        if (score > bestScore) {
          best = t.render(args);
          bestScore = score;
        }
      }
    }
    if (best != null) {
      return new Translation(best, true);
    }
    if (s.contains("; ")) {
      String[] parts = s.split("; ");
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      for (String part : parts) {
        String tr = translate(part, depth + 1);
        any |= tr != null;
        sb.append(sb.length() == 0 ? "" : chinese ? "；" : "; ").append(tr == null ? part : tr);
      }
      // Inside a sentence that is translated, a list keeps the reader's separator even when its items are codes.
      return any || depth > 0 && chinese ? new Translation(sb.toString(), any) : null;
    }
    return null;
  }

  /**
   * A problem's place in this language: {@code line 5, column 3 (unit)} becomes 第5行第3列（unit）; JSON pointers and
   * spreadsheet cells ({@code 任务!C17}) are kept.
   *
   * @param path a {@link Problem#path()}
   * @return the place
   */
  public String path(String path) {
    if (path.isEmpty()) {
      return "/";
    }
    return sentence(path);
  }

  /**
   * A problem's message in this language; a message without a translation keeps its English words after the
   * Chinese label of its code.
   *
   * @param p the problem
   * @return the message
   */
  public String message(Problem p) {
    String s = cached(p.message());
    if (s != null || !chinese) {
      return s == null ? p.message() : s;
    }
    String code = "code." + p.code();
    return has(code) ? get(code) + "：" + p.message() : p.message();
  }

  /**
   * A problem as listed to people: {@code place: message [code]}, with the code unchanged.
   *
   * @param p the problem
   * @return the line
   */
  public String problem(Problem p) {
    return path(p.path()) + (chinese ? "：" : ": ") + message(p) + " [" + p.code() + "]";
  }

  /**
   * A number as shown to people: rounded half-up to at most {@code decimals} places, trailing zeros dropped.
   *
   * @param value the number
   * @param decimals the most decimals shown
   * @return the text
   */
  public static String number(double value, int decimals) {
    java.math.BigDecimal d = new java.math.BigDecimal(Double.toString(value))
        .setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing beside " + Texts.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** An English template and its translation. */
  private static final class Template {
    final String from;
    final Pattern pattern;
    final int groups;
    final int[] order;
    final int literal;
    /** Templates anchored by literal text at the start, then at the end, then with more literal text go first. */
    final int rank;
    final String to;

    Template(String from, String to) {
      this.from = from;
      this.to = to;
      StringBuilder re = new StringBuilder();
      Matcher m = PLACEHOLDER.matcher(from);
      int last = 0;
      List<Integer> seen = new ArrayList<>();
      int lit = 0;
      while (m.find()) {
        re.append(Pattern.quote(from.substring(last, m.start())));
        lit += m.start() - last;
        re.append("(.*)");
        seen.add(Integer.parseInt(m.group(1)));
        last = m.end();
      }
      re.append(Pattern.quote(from.substring(last)));
      lit += from.length() - last;
      this.pattern = Pattern.compile(re.toString(), Pattern.DOTALL);
      this.literal = lit;
      this.rank = (from.startsWith("{") ? 0 : 20000) + (from.endsWith("}") ? 0 : 10000) + lit;
      int max = seen.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
      this.groups = max;
      this.order = new int[max];
      for (int i = 0; i < seen.size(); i++) {
        order[seen.get(i)] = i;
      }
    }

    String render(String[] args) {
      Matcher m = PLACEHOLDER.matcher(to);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(args[Integer.parseInt(m.group(1))]));
      }
      m.appendTail(sb);
      return sb.toString();
    }
  }
}
