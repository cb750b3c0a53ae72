package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.ValidationException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code score} command line: {@code score COMMAND [OPTIONS]}, in Chinese or English ({@code --lang zh|en},
 * by default the system's language).
 *
 * <p>Exit codes: 0 done; 1 a problem in the user's data or files (each listed, with its place), or not enough
 * memory; 2 a usage error (unknown command or option, a missing or malformed value, a file that does not exist, an
 * output that would replace an input or, without {@code --force}, an existing file); 3 an unexpected error, a bug in
 * score, said in one line (its stack trace only with {@code SCORE_DEBUG=1}). Nothing else, and never a stack trace
 * otherwise, whatever the arguments.
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, stderrIsTerminal()));
  }

  /**
   * Whether standard error is a terminal: as the {@code score} script tells ({@code -Dbizenv.stderr.tty}, from
   * {@code [ -t 2 ]}), else when the JVM has a console that is a terminal (then standard output is one too, so
   * nothing is piped).
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("bizenv.stderr.tty");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ has a console even when the streams are redirected; Console.isTerminal says whether it is one.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true; // before Java 22 a console means a terminal
    }
  }

  /**
   * Runs the command line without exiting, in the system's language unless {@code --lang} says otherwise.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /** Runs the command line; {@code terminal} says whether {@code err} is a terminal that may show progress. */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return guarded(out, err, () -> runUnguarded(args, out, err, terminal));
  }

  /**
   * Runs a command line, and says in one line whatever it throws: an {@link Error} (picocli lets those pass its
   * handlers), or a failure in a handler itself.
   */
  static int guarded(PrintStream out, PrintStream err, java.util.function.IntSupplier run) {
    try {
      return run.getAsInt();
    } catch (Throwable t) {
      Cli cli = Cli.entered();
      return unexpected(cli != null ? cli : new Cli(Locale.getDefault(), out, err), "score", t);
    } finally {
      Cli.leave();
    }
  }

  private static int runUnguarded(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    String lang = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        lang = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        lang = args[i].substring("--lang=".length());
      }
    }
    Locale locale = Locale.getDefault();
    if (lang != null) {
      String l = language(lang);
      if (l == null) {
        new Cli(locale, out, err).err.println("score: " + new Cli(locale, out, err).t("value.lang", lang));
        return Failure.USAGE;
      }
      locale = l.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
    Cli cli = new Cli(locale, out, err, terminal);
    cli.enter();
    CommandLine cl = commandLine(cli);
    if (args.length == 0) {
      cl.usage(err);
      return Failure.USAGE;
    }
    return cl.execute(args);
  }

  /** {@code zh} or {@code en} for what people type after {@code --lang}, or {@code null}. */
  static String language(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (v.equals("zh") || v.startsWith("zh-") || v.equals("cn") || v.equals("中文")) {
      return "zh";
    }
    if (v.equals("en") || v.startsWith("en-") || v.equals("english")) {
      return "en";
    }
    return null;
  }

  static CommandLine commandLine(Cli cli) {
    CommandLine cl = new CommandLine(new Score());
    cl.setResourceBundle(cli.bundle);
    cl.setOut(new PrintWriter(cli.out, true));
    cl.setErr(new PrintWriter(cli.err, true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((e, args) -> usageError(cli, e, args));
    cl.setExecutionExceptionHandler((e, command, parsed) -> failure(cli, e, command));
    cl.setExecutionStrategy(parsed -> execute(cli, parsed));
    return cl;
  }

  /**
   * Runs the command parsed, after checking its outputs against its inputs ({@link Outputs}): an output that would
   * replace an input or an existing file is refused before anything is read.
   */
  private static int execute(Cli cli, CommandLine.ParseResult parsed) {
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    try {
      cli.outputs = Outputs.of(command);
      cli.outputs.check();
    } catch (Failure f) {
      return failure(cli, f, command.commandSpec().commandLine());
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  private static String name(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName(" ");
  }

  private static int usageError(Cli cli, ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String unknown = e instanceof CommandLine.MissingParameterException ? unknownOption(cl.getCommandSpec(), args) : null;
    String message = unknown != null ? cli.t("usage.unknown-option", unknown) : describe(cli, e);
    cli.err.println(name(cl) + ": " + message);
    List<String> typed = unknown != null ? List.of(unknown) : e instanceof CommandLine.UnmatchedArgumentException
        ? ((CommandLine.UnmatchedArgumentException) e).getUnmatched() : unknownSubcommand(e) ? List.of(e.getValue())
        : List.of();
    String nearest = nearest(cl.getCommandSpec(), typed);
    if (nearest != null) {
      cli.err.println(cli.t("usage.did-you-mean", nearest));
    }
    cli.err.println(cli.t("usage.see-help", name(cl)));
    return Failure.USAGE;
  }

  private static String describe(Cli cli, ParameterException e) {
    if (e instanceof CommandLine.MissingParameterException) {
      List<String> names = new ArrayList<>();
      for (ArgSpec a : ((CommandLine.MissingParameterException) e).getMissing()) {
        names.add(label(a));
      }
      boolean options = ((CommandLine.MissingParameterException) e).getMissing().stream().allMatch(ArgSpec::isOption);
      String value = e.getMessage() != null && e.getMessage().startsWith("Missing required parameter for option")
          ? "usage.missing-value" : options ? "usage.missing-option" : "usage.missing-parameter";
      return cli.t(value, String.join(", ", names));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException) {
      CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) e;
      String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        return cli.t("usage.unknown-option", first);
      }
      if (!e.getCommandLine().getSubcommands().isEmpty()) {
        return cli.t("usage.unknown-command", first);
      }
      String refused = refusedParameter(e.getCommandLine().getCommandSpec(), first);
      return refused != null ? refused : cli.t("usage.unexpected", String.join(" ", u.getUnmatched()));
    }
    if (unknownSubcommand(e)) {
      return cli.t("usage.unknown-command", e.getValue());
    }
    if (e instanceof CommandLine.OverwrittenOptionException) {
      return cli.t("usage.twice", label(((CommandLine.OverwrittenOptionException) e).getOverwritten()));
    }
    if (e.getArgSpec() != null && e.getCause() instanceof CommandLine.TypeConversionException) {
      return label(e.getArgSpec()) + (cli.zh() ? "：" : ": ") + e.getCause().getMessage();
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return cli.t("usage.bad-value", label(e.getArgSpec()), e.getValue(), cli.t("usage.not-accepted"));
    }
    return cli.t("usage.other", e.getMessage());
  }

  /**
   * Why a parameter was left unmatched when it is one that a positional parameter's converter refuses (picocli stops
   * taking values there and calls the rest unexpected): the converter's own message, or {@code null}.
   */
  private static String refusedParameter(CommandSpec spec, String value) {
    for (PositionalParamSpec p : spec.positionalParameters()) {
      for (CommandLine.ITypeConverter<?> c : p.converters()) {
        try {
          c.convert(value);
        } catch (CommandLine.TypeConversionException x) {
          return label(p) + (Cli.current().zh() ? "：" : ": ") + x.getMessage();
        } catch (Exception x) {
          return null;
        }
      }
    }
    return null;
  }

  /** Whether picocli's {@code help} command was asked about a command that does not exist. */
  private static boolean unknownSubcommand(ParameterException e) {
    return e.getArgSpec() == null && e.getValue() != null && String.valueOf(e.getMessage())
        .startsWith("Unknown subcommand");
  }

  /** The first argument that looks like an option the command does not have (picocli reports a missing one first). */
  private static String unknownOption(CommandSpec spec, String[] args) {
    for (String a : args) {
      if (!a.startsWith("--") || a.equals("--")) {
        continue;
      }
      String name = a.indexOf('=') > 0 ? a.substring(0, a.indexOf('=')) : a;
      if (spec.findOption(name) == null) {
        return name;
      }
    }
    return null;
  }

  private static String label(ArgSpec a) {
    if (a instanceof OptionSpec) {
      return ((OptionSpec) a).longestName();
    }
    return ((PositionalParamSpec) a).paramLabel();
  }

  /** The option or command closest to what was typed, if one is close enough to be a misspelling. */
  static String nearest(CommandSpec spec, List<String> unmatched) {
    if (unmatched.isEmpty()) {
      return null;
    }
    String typed = unmatched.get(0);
    int eq = typed.indexOf('=');
    String word = eq > 0 ? typed.substring(0, eq) : typed;
    List<String> candidates = new ArrayList<>();
    if (word.startsWith("-")) {
      spec.options().forEach(o -> candidates.addAll(List.of(o.names())));
    } else {
      candidates.addAll(spec.subcommands().keySet());
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, word.replace("-", "").length() / 3);
    return best != null && bestDistance <= allowed ? best : null;
  }

  /** Edit distance with transpositions (optimal string alignment). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static int failure(Cli cli, Exception e, CommandLine command) {
    String name = name(command);
    if (e instanceof Failure) {
      Failure f = (Failure) e;
      cli.err.println(name + ": " + f.getMessage());
      if (f.code == Failure.USAGE) {
        cli.err.println(cli.t("usage.see-help", name));
      }
      return f.code;
    }
    if (e instanceof ValidationException) {
      ValidationException v = (ValidationException) e;
      cli.problems(cli.err, source(v), v);
      return Failure.DATA;
    }
    if (e instanceof ScoringException || e instanceof IllegalArgumentException && e.getMessage() != null) {
      cli.err.println(name + ": " + cli.texts.sentence(String.valueOf(e.getMessage())));
      return Failure.DATA;
    }
    if (e instanceof java.io.UncheckedIOException && e.getCause() instanceof java.nio.file.FileSystemException) {
      java.nio.file.FileSystemException f = (java.nio.file.FileSystemException) e.getCause();
      cli.err.println(name + ": " + cli.t("input.cannot-read", String.valueOf(f.getFile()),
          Outputs.reason(f)));
      return Failure.DATA;
    }
    return unexpected(cli, name, e);
  }

  /**
   * Says in one line that something unexpected happened, without a stack trace (with one when {@code SCORE_DEBUG}
   * is set): exit 3, or 1 when the memory ran out (the data is too large for the memory Java was given).
   */
  static int unexpected(Cli cli, String name, Throwable e) {
    boolean memory = e instanceof OutOfMemoryError;
    String message;
    try {
      message = memory ? cli.t("out-of-memory") : cli.t("unexpected", e.getClass().getSimpleName());
    } catch (RuntimeException | LinkageError x) {
      message = "an unexpected error (" + e.getClass().getSimpleName() + ")";
    }
    cli.err.println(name + ": " + message);
    if (memory) {
      return Failure.DATA;
    }
    if (System.getenv("SCORE_DEBUG") != null) {
      e.printStackTrace(cli.err);
    }
    return Failure.INTERNAL;
  }

  /** The document a validation exception is about, from its message ({@code source: N problems}). */
  static String source(ValidationException e) {
    String m = e.getMessage();
    int line = m.indexOf('\n');
    String head = line < 0 ? m : m.substring(0, line);
    int colon = head.lastIndexOf(": ");
    return colon < 0 ? head : head.substring(0, colon);
  }
}
