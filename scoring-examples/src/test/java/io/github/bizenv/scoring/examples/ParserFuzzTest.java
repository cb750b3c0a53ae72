package io.github.bizenv.scoring.examples;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.model.Period;
import java.io.ByteArrayInputStream;

/**
 * Fuzz tests of the parsers: whatever the bytes, reading either succeeds or throws the library's own
 * {@link ScoringException} (a ValidationException listing the problems) — never anything else.
 *
 * <p>In a normal build they run in regression mode over the inputs in
 * {@code src/test/resources/.../ParserFuzzTestInputs/}; fuzz for real with {@code JAZZER_FUZZ=1 ./mvnw -pl
 * scoring-examples test -Dtest=ParserFuzzTest}.
 */
class ParserFuzzTest {

  static final Documents DOCS = Documents.create(DocumentLimits.defaults().withMaxBytes(1 << 16));
  static final io.github.bizenv.scoring.model.Programme SAMPLE = SampleCity.programme();

  @FuzzTest(maxDuration = "30s")
  void programmeDocuments(byte[] input) {
    try {
      DOCS.readProgramme(new ByteArrayInputStream(input), "fuzz.json");
    } catch (ScoringException expected) {
      // a ValidationException naming the problems is the contract
    }
  }

  @FuzzTest(maxDuration = "30s")
  void methodologies(byte[] input) {
    try {
      Engine.create().compile(new ByteArrayInputStream(input), "fuzz.json");
    } catch (ScoringException expected) {
      // a ValidationException naming the problems is the contract
    }
  }

  @FuzzTest(maxDuration = "30s")
  void observationTables(FuzzedDataProvider data) {
    String table = data.consumeRemainingAsString();
    try {
      DOCS.readObservations(new ByteArrayInputStream(table.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
          "fuzz.csv", SAMPLE);
    } catch (ScoringException expected) {
      // a ValidationException naming the problems is the contract
    }
    try {
      Dataset.builder().addCsv(table, "fuzz.csv", "unit", DocumentLimits.defaults()).build();
    } catch (ScoringException expected) {
      // a ValidationException naming the problems is the contract
    }
    try {
      Period.parse(table);
    } catch (IllegalArgumentException expected) {
      // documented
    }
  }
}
