package io.github.bizenv.scoring.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.testkit.ProgrammeGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import io.github.bizenv.scoring.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookRoundTripTest {

  /** Compares lists element by element, so that a failure shows the first difference, not two whole lists. */
  static <T> void same(java.util.List<T> expected, java.util.List<T> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "element " + i);
    }
    assertEquals(expected.size(), actual.size(), "size");
  }

  static final Workbooks BOOKS = Workbooks.create();

  @Test
  void theSampleCityRoundTripsInBothLanguages(@TempDir Path dir) throws Exception {
    Programme p = SampleCity.programme();
    ProgrammeData d = SampleCity.data(p);
    for (Texts t : new Texts[] {Texts.chinese(), Texts.english()}) {
      byte[] xlsx = BOOKS.write(p, d, t);
      Path f = dir.resolve("sample-" + t.locale().getLanguage() + ".xlsx");
      Files.write(f, xlsx);
      WorkbookRead back = BOOKS.read(f);
      same(p.units(), back.programme().units());
      same(p.areas(), back.programme().areas());
      same(p.indicators(), back.programme().indicators());
      same(p.tasks(), back.programme().tasks());
      assertEquals(p.benchmark(), back.programme().benchmark());
      same(d.progressReports(), back.data().progressReports());
      same(d.ratings(), back.data().ratings());
      same(d.findings(), back.data().findings());
      same(d.recognitions(), back.data().recognitions());
      same(d.externalResults(), back.data().externalResults());
      same(d.observations(), back.data().observations());
      assertEquals(p, back.programme());
      assertEquals(d, back.data());
      assertArrayEquals(xlsx, BOOKS.write(p, d, t), "equal inputs give identical bytes");
      assertTrue(back.ignoredSheets().isEmpty(), back.ignoredSheets().toString());
      assertEquals(p.warnings().size(), back.warnings().size(), "the programme's warnings, at their cells");
    }
  }

  static final long BASE = Seeds.base("WorkbookRoundTripTest");

  /** Any valid programme and its data, in either language: {@code read(write(x)).equals(x)}. */
  @RepeatedTest(24)
  void generatedProgrammesRoundTrip(RepetitionInfo info, @TempDir Path dir) {
    long seed = Seeds.of(BASE, info.getCurrentRepetition());
    Seeds.check(seed, () -> {
      ProgrammeGenerator g = ProgrammeGenerator.seeded(seed).size(1 + (int) Math.floorMod(seed, 24L));
      Programme p = g.programme();
      ProgrammeData d = g.data(p);
      Texts t = seed % 2 == 0 ? Texts.chinese() : Texts.english();
      Path f = dir.resolve("generated-" + seed + ".xlsx");
      try {
        Files.write(f, BOOKS.write(p, d, t));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      WorkbookRead back = BOOKS.read(f);
      assertEquals(p, back.programme());
      assertEquals(d, back.data());
    });
  }
}
