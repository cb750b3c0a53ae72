package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.model.Period;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How tables are read: {@code --encoding}, {@code --delimiter}, {@code --numbers} and {@code --period}, shared by
 * every command that reads data.
 */
final class Reading {

  @Option(names = "--encoding", paramLabel = "ENCODING", converter = Values.EncodingConverter.class,
      descriptionKey = "option.encoding")
  Charset encoding;

  @Option(names = "--delimiter", paramLabel = "DELIMITER", converter = Values.DelimiterConverter.class,
      descriptionKey = "option.delimiter")
  Character delimiter;

  @Option(names = "--numbers", paramLabel = "FORMAT", split = ",", converter = Values.NumbersConverter.class,
      descriptionKey = "option.numbers")
  List<String> numbers = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD", converter = Values.PeriodConverter.class,
      descriptionKey = "option.period")
  Period period;

  CsvOptions options() {
    CsvOptions o = CsvOptions.defaults()
        .withThousandsSeparators(numbers.contains("thousands")).withPercentSigns(numbers.contains("percent"));
    o = encoding == null ? o : o.withEncoding(encoding);
    o = period == null ? o : o.withPeriod(period);
    return delimiter == null ? o : o.withDelimiter(delimiter);
  }
}
