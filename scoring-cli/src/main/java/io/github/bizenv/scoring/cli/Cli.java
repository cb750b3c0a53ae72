package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.model.Period;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing of option values, as usage errors. */
final class Cli {

  private Cli() {}

  static double number(String text, String option) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new Main.UsageException("--" + option + " \"" + text + "\" is not a number");
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("date \"" + text + "\" is not yyyy-mm-dd");
    }
  }

  static Period period(String text, Period.Kind kind) {
    try {
      Period p = Period.parse(text);
      if (p.kind() != kind) {
        throw new Main.UsageException("\"" + text + "\" is not a " + kind.name().toLowerCase(java.util.Locale.ROOT));
      }
      return p;
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }
}
