package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * One run of the command line: the language, its texts (the library's {@link Texts} and the command line's own
 * {@code messages*.properties}), and the streams.
 */
final class Cli {

  private static final ThreadLocal<Cli> CURRENT = new ThreadLocal<>();

  final Texts texts;
  final PrintStream out;
  final PrintStream err;
  final Bundle bundle;
  /** Whether standard error is a terminal, so that progress may be drawn on it. */
  final boolean terminal;
  /** The command's inputs and outputs, once its command line is parsed; every file is written through it. */
  Outputs outputs = Outputs.none();

  Cli(Locale locale, PrintStream out, PrintStream err) {
    this(locale, out, err, false);
  }

  Cli(Locale locale, PrintStream out, PrintStream err, boolean terminal) {
    this.texts = Texts.of(locale);
    this.out = out;
    this.err = err;
    this.bundle = new Bundle(texts.isChinese());
    this.terminal = terminal;
  }

  /** The run on this thread, for converters that picocli creates. */
  static Cli current() {
    Cli c = CURRENT.get();
    return c != null ? c : new Cli(Locale.ENGLISH, System.out, System.err);
  }

  /** The run on this thread, or {@code null} outside one. */
  static Cli entered() {
    return CURRENT.get();
  }

  void enter() {
    CURRENT.set(this);
  }

  static void leave() {
    CURRENT.remove();
  }

  boolean zh() {
    return texts.isChinese();
  }

  /** A message of the command line, formatted with its arguments. */
  String t(String key, Object... args) {
    String p = bundle.text(key);
    if (args.length == 0) {
      return p;
    }
    Object[] a = args.clone();
    for (int i = 0; i < a.length; i++) {
      if (a[i] instanceof Integer || a[i] instanceof Long) {
        a[i] = a[i].toString();
      }
    }
    return new MessageFormat(p, texts.locale()).format(a);
  }

  /** Prints every problem of a document, in the reader's language. */
  void problems(PrintStream s, String source, ValidationException e) {
    s.println(t(e.problems().size() == 1 ? "problems.one" : "problems.many", source, e.problems().size()));
    int shown = 0;
    for (Problem p : e.problems()) {
      if (shown++ == 200) {
        s.println("  " + texts.get("more", e.problems().size() - 200));
        break;
      }
      s.println("  " + texts.problem(p));
    }
  }

  /** The command line's messages in one language, falling back to English, as a resource bundle for picocli. */
  static final class Bundle extends ResourceBundle {
    private final Properties local;
    private final Properties english;

    Bundle(boolean chinese) {
      english = load("messages.properties");
      local = chinese ? load("messages_zh.properties") : english;
    }

    private static Properties load(String name) {
      Properties p = new Properties();
      try (InputStream in = Cli.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("resource " + name + " is missing beside " + Cli.class.getName());
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    }

    String text(String key) {
      String s = local.getProperty(key, english.getProperty(key));
      if (s == null) {
        throw new IllegalArgumentException("no message \"" + key + "\" in messages.properties");
      }
      return s;
    }

    @Override
    protected Object handleGetObject(String key) {
      return local.getProperty(key, english.getProperty(key));
    }

    @Override
    public Enumeration<String> getKeys() {
      java.util.Set<String> keys = new java.util.TreeSet<>(english.stringPropertyNames());
      keys.addAll(local.stringPropertyNames());
      return Collections.enumeration(keys);
    }

    List<String> englishKeys() {
      return List.copyOf(new java.util.TreeSet<>(english.stringPropertyNames()));
    }

    List<String> localKeys() {
      return List.copyOf(new java.util.TreeSet<>(local.stringPropertyNames()));
    }
  }
}
