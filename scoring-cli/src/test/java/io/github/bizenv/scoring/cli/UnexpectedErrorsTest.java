package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What can only happen through a bug still ends in one plain line: an exception thrown by a command is exit 3, an
 * {@link Error} thrown past picocli (which lets Errors through its handlers) is exit 3, running out of memory is
 * exit 1 with what to do; never a stack trace unless {@code SCORE_DEBUG} is set.
 */
class UnexpectedErrorsTest {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
  final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    final RuntimeException thrown;

    Boom(RuntimeException thrown) {
      this.thrown = thrown;
    }

    @Override
    public Integer call() {
      throw thrown;
    }
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  void assertPlain() {
    String s = out.toString(StandardCharsets.UTF_8) + err();
    for (String trace : List.of("\tat ", "java.lang.", "Exception in thread")) {
      assertFalse(s.contains(trace), s);
    }
  }

  @Test
  void anExceptionThrownByACommandIsExitThreeInOneLine() {
    Cli cli = new Cli(Locale.ENGLISH, o, e);
    cli.enter();
    try {
      CommandLine cl = Main.commandLine(cli);
      cl.addSubcommand("boom", new Boom(new IllegalStateException("no such state")));
      assertEquals(Failure.INTERNAL, cl.execute("boom"));
    } finally {
      Cli.leave();
    }
    assertEquals("score boom: an unexpected error (IllegalStateException); this is a bug in score. Run again with "
        + "SCORE_DEBUG=1 to see the details.\n", err());
    assertPlain();
  }

  @Test
  void anErrorThrownPastPicocliIsExitThreeInOneLine() {
    assertEquals(Failure.INTERNAL, Main.guarded(o, e, () -> {
      throw new StackOverflowError();
    }));
    assertTrue(err().startsWith("score: an unexpected error (StackOverflowError)"), err());
    assertPlain();
  }

  @Test
  void runningOutOfMemoryIsExitOneWithWhatToDo() {
    assertEquals(Failure.DATA, Main.guarded(o, e, () -> {
      throw new OutOfMemoryError("Java heap space");
    }));
    assertTrue(err().contains("ran out of memory; give Java more (for example JAVA_TOOL_OPTIONS=-Xmx8g)"), err());
    assertPlain();
  }

  @Test
  void inChineseToo() {
    Cli cli = new Cli(Locale.SIMPLIFIED_CHINESE, o, e);
    cli.enter();
    assertEquals(Failure.INTERNAL, Main.guarded(o, e, () -> {
      throw new NullPointerException();
    }));
    assertTrue(err().startsWith("score: 发生意外错误（NullPointerException），这是 score 的缺陷"), err());
    assertPlain();
  }
}
