package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.ScoringException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code score} command line: {@code score COMMAND [ARGS]}.
 *
 * <p>Exit codes: 0 success; 1 the input has problems (each listed on standard error or output); 2 a usage
 * error (unknown command or option, missing argument, unreadable file).
 */
public final class Main {

  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;

  private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
      "demo", new DemoCommand(),
      "validate", new ValidateCommand(),
      "evaluate", new EvaluateCommand(),
      "explain", new ExplainCommand(),
      "gap", new GapCommand(),
      "dispatch", new DispatchCommand(),
      "quarter", new QuarterCommand(),
      "assess", new AssessCommand()));

  private Main() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
      usage(args.length == 0 ? err : out);
      return args.length == 0 ? USAGE : OK;
    }
    if (args[0].equals("--version")) {
      String v = Main.class.getPackage().getImplementationVersion();
      out.println("score " + (v == null ? "(development build)" : v));
      return OK;
    }
    Command c = COMMANDS.get(args[0]);
    if (c == null) {
      err.println("score: unknown command \"" + args[0] + "\"; known: " + String.join(", ", COMMANDS.keySet()));
      return USAGE;
    }
    try {
      return c.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    } catch (ScoringException e) {
      err.println("score " + args[0] + ": " + e.getMessage());
      return INVALID;
    } catch (UsageException e) {
      err.println("score " + args[0] + ": " + e.getMessage());
      err.println("usage: score " + args[0] + " " + c.usage());
      return USAGE;
    }
  }

  private static void usage(PrintStream s) {
    s.println("usage: score COMMAND [ARGS]");
    s.println();
    for (Map.Entry<String, Command> e : COMMANDS.entrySet()) {
      s.printf("  %-10s %s%n", e.getKey(), e.getValue().summary());
      s.printf("  %-10s   score %s %s%n", "", e.getKey(), e.getValue().usage());
    }
    s.println();
    s.println("Exit codes: 0 ok, 1 the input has problems, 2 usage error.");
  }

  /** One sub-command. */
  interface Command {
    String summary();

    String usage();

    int run(String[] args, PrintStream out, PrintStream err);
  }

  /** Thrown by a command for a usage error; {@link Main} prints it with the command's usage. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
