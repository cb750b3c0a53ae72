package io.github.bizenv.scoring.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code score} command and its subcommands.
 *
 * <p>To add a command: write a class like {@link GapCommand} — {@code @Command(name = "…")}, a
 * {@code Callable<Integer>} returning {@link Failure#OK}, {@code @Mixin Output} if it prints results and
 * {@code @Mixin Reading} if it reads tables — list it in {@code subcommands} below, and give its texts in
 * {@code messages.properties} and {@code messages_zh.properties} ({@code score.NAME.usage.description},
 * {@code score.NAME.usage.header} and one key per option, see the existing ones). {@code MainTest} checks that
 * every command has help in both languages.
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = Score.Version.class,
    scope = ScopeType.INHERIT,
    sortOptions = true, usageHelpAutoWidth = true,
    subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, ValidateCommand.class, EvaluateCommand.class,
        ExplainCommand.class, GapCommand.class, DispatchCommand.class, QuarterCommand.class, AssessCommand.class,
        ReportCommand.class, TemplateCommand.class, AuditCommand.class, UncertaintyCommand.class,
        AutoComplete.GenerateCompletion.class})
final class Score implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = Values.LangConverter.class,
      descriptionKey = "option.lang")
  String lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(Cli.current().err);
    return Failure.USAGE;
  }

  /** {@code score --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Score.class.getPackage().getImplementationVersion();
      return new String[] {"score " + (v == null ? Cli.current().t("version.development") : v)};
    }
  }
}
