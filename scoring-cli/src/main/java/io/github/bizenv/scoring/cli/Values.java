package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.model.Period;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values as people type them — {@code 2021-7}, {@code 2021q2}, {@code 2021/6/30}, {@code 2021年7月} — with a
 * plain-language message saying what is expected when a value is not one.
 */
final class Values {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?|(\\d{4})(\\d{2})");
  private static final Pattern QUARTER =
      Pattern.compile("(\\d{4})\\s*[-年]?\\s*(?:[Qq]|第)?\\s*([1-4一二三四])\\s*(?:季度|季)?");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

  private Values() {}

  private static TypeConversionException bad(String key, String value) {
    return new TypeConversionException(Cli.current().t(key, value));
  }

  static Period month(String s) {
    Matcher m = MONTH.matcher(s.trim());
    if (m.matches()) {
      try {
        return m.group(1) != null ? Period.month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
            : Period.month(YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
      } catch (DateTimeException e) {
        throw bad("value.month", s);
      }
    }
    throw bad("value.month", s);
  }

  static Period quarter(String s) {
    Matcher m = QUARTER.matcher(s.trim());
    if (m.matches() && (s.toUpperCase(Locale.ROOT).contains("Q") || s.contains("季"))) {
      return Period.quarter(Integer.parseInt(m.group(1)), "1一2二3三4四".indexOf(m.group(2)) / 2 + 1);
    }
    throw bad("value.quarter", s);
  }

  static LocalDate date(String s) {
    Matcher m = DATE.matcher(s.trim());
    if (m.matches()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw bad("value.date", s);
      }
    }
    throw bad("value.date", s);
  }

  static Period period(String s) {
    String t = s.trim();
    try {
      return Period.parse(t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      if (t.toUpperCase(Locale.ROOT).contains("Q") || t.contains("季")) {
        try {
          return quarter(t);
        } catch (TypeConversionException x) {
          throw bad("value.period", s);
        }
      }
      try {
        return month(t);
      } catch (TypeConversionException x) {
        throw bad("value.period", s);
      }
    }
  }

  /** {@code --month}. */
  static final class MonthConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return month(value);
    }
  }

  /** {@code --quarter}. */
  static final class QuarterConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return quarter(value);
    }
  }

  /** {@code --as-of}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return date(value);
    }
  }

  /** {@code --period}. */
  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return period(value);
    }
  }

  /** {@code --format}. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value.trim())) {
          return f;
        }
      }
      throw bad("value.format", value);
    }
  }

  /** {@code --encoding}. */
  static final class EncodingConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT).replace("_", "-");
      switch (v) {
        case "UTF-8":
        case "UTF8":
          return StandardCharsets.UTF_8;
        case "GBK":
        case "GB2312":
        case "GB18030":
        case "CP936":
          return Charset.forName("GB18030");
        case "UTF-16":
        case "UTF16":
          return StandardCharsets.UTF_16;
        case "UTF-16LE":
          return StandardCharsets.UTF_16LE;
        case "UTF-16BE":
          return StandardCharsets.UTF_16BE;
        default:
          throw bad("value.encoding", value);
      }
    }
  }

  /** {@code --delimiter}. */
  static final class DelimiterConverter implements ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case ",":
        case "comma":
          return ',';
        case ";":
        case "semicolon":
          return ';';
        case "\t":
        case "\\t":
        case "tab":
          return '\t';
        default:
          throw bad("value.delimiter", value);
      }
    }
  }

  /** One value of {@code --numbers}. */
  static final class NumbersConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.equals("thousands") || v.equals("percent") || v.equals("plain")) {
        return v;
      }
      throw bad("value.numbers", value);
    }
  }

  /** A whole number from {@code min} to {@code max}, else a message saying so. */
  static int whole(String value, int min, int max) {
    try {
      long n = Long.parseLong(value.trim());
      if (n >= min && n <= max) {
        return (int) n;
      }
    } catch (NumberFormatException e) {
      // the message below
    }
    if (max == Integer.MAX_VALUE) {
      throw bad(min == 0 ? "value.not-negative-count" : "value.count", value);
    }
    throw new TypeConversionException(Cli.current().t("value.count-range", value, min, max));
  }

  /** {@code --top}, {@code --problems}: a whole number of at least 1. */
  static final class CountConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1, Integer.MAX_VALUE);
    }
  }

  /** {@code --depth}: a whole number of at least 0. */
  static final class NotNegativeConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 0, Integer.MAX_VALUE);
    }
  }

  /**
   * {@code --runs}, {@code --replications}: from 1 to {@value #MAX_RUNS} (COINr's examples use hundreds to a few
   * thousand; a million would hold every replication's scores in memory for nothing).
   */
  static final class RunsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1, MAX_RUNS);
    }
  }

  /** The most replications {@code --runs} and {@code --replications} accept. */
  static final int MAX_RUNS = 100_000;

  /** {@code --bootstrap}: from 0 (no intervals) to 10 000 resamples. */
  static final class BootstrapConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 0, 10_000);
    }
  }

  /** {@code --threads}: from 1 to 256. */
  static final class ThreadsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      return whole(value, 1, 256);
    }
  }

  /** {@code --seed}: any whole number that fits in 64 bits. */
  static final class SeedConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw bad("value.seed", value);
      }
    }
  }

  /** A file or folder name as typed; an empty one, or one the file system cannot name, is refused. */
  static Path path(String value) {
    if (value.isEmpty()) {
      throw new TypeConversionException(Cli.current().t("value.path-empty"));
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw bad("value.path", value);
    }
  }

  /** A file the command reads (or, for {@code --methodology}, a bundled methodology's name). */
  static final class InputConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return path(value);
    }
  }

  /** A file the command writes: checked and written by {@link Outputs}. */
  static final class OutputFileConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return path(value);
    }
  }

  /** A folder the command writes files into: checked and written by {@link Outputs}. */
  static final class OutputFolderConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      return path(value);
    }
  }

  /** {@code --tolerance}. */
  static final class ShareConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        String v = value.trim();
        double d = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100 : Double.parseDouble(v);
        if (d >= 0 && d < 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // the message below
      }
      throw bad("value.share", value);
    }
  }

  /** {@code --by} of {@code dispatch}. */
  static final class ViewConverter implements ITypeConverter<io.github.bizenv.scoring.text.Tables.DispatchView> {
    @Override
    public io.github.bizenv.scoring.text.Tables.DispatchView convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "area":
        case "领域":
          return io.github.bizenv.scoring.text.Tables.DispatchView.AREA;
        case "lead":
        case "牵头单位":
          return io.github.bizenv.scoring.text.Tables.DispatchView.LEAD;
        case "district":
        case "区县":
          return io.github.bizenv.scoring.text.Tables.DispatchView.DISTRICT;
        default:
          throw bad("value.by", value);
      }
    }
  }

  /** {@code --ties} of {@code quarter}. */
  static final class TiesConverter implements ITypeConverter<io.github.bizenv.scoring.workflow.Listing.Ties> {
    @Override
    public io.github.bizenv.scoring.workflow.Listing.Ties convert(String value) {
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "list-all":
          return io.github.bizenv.scoring.workflow.Listing.Ties.LIST_ALL;
        case "leave-out":
          return io.github.bizenv.scoring.workflow.Listing.Ties.LEAVE_OUT;
        default:
          throw bad("value.ties", value);
      }
    }
  }

  /** {@code --lang}. */
  static final class LangConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = Main.language(value);
      if (v == null) {
        throw bad("value.lang", value);
      }
      return v;
    }
  }

  /** {@code --stage}: a stage's code ({@code treated}) or its label in either language ({@code 异常值处理后}). */
  static final class StageConverter implements ITypeConverter<io.github.bizenv.scoring.analysis.Stage> {
    @Override
    public io.github.bizenv.scoring.analysis.Stage convert(String value) {
      String v = value.trim();
      for (io.github.bizenv.scoring.analysis.Stage s : io.github.bizenv.scoring.analysis.Stage.values()) {
        if (s.code().equalsIgnoreCase(v) || s.code().replace("normalised", "normalized").equalsIgnoreCase(v)
            || io.github.bizenv.scoring.text.Texts.chinese().label(s).equals(v)) {
          return s;
        }
      }
      throw bad("value.stage", value);
    }
  }

  /** {@code --correlation}. */
  static final class CorrelationConverter implements ITypeConverter<io.github.bizenv.scoring.analysis.CorrelationMethod> {
    @Override
    public io.github.bizenv.scoring.analysis.CorrelationMethod convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (v.equals("pearson") || v.equals("皮尔逊")) {
        return io.github.bizenv.scoring.analysis.CorrelationMethod.PEARSON;
      }
      if (v.equals("spearman") || v.equals("斯皮尔曼")) {
        return io.github.bizenv.scoring.analysis.CorrelationMethod.SPEARMAN;
      }
      throw bad("value.correlation", value);
    }
  }

  /** {@code --flag-above}, {@code --flag-below}: a correlation. */
  static final class CorrelationValueConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double d = Double.parseDouble(value.trim());
        if (d >= -1 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // the message below
      }
      throw bad("value.correlation-value", value);
    }
  }
}
