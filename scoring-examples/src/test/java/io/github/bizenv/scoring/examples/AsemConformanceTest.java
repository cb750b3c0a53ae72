package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.engine.Treatment;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled asem.json rebuilds COINr's ASEM index: every stage of ../shared/data/asem/pipeline within 1e-9
 * (skipped, saying so, when that folder is absent).
 */
class AsemConformanceTest {

  static final Path DATA = Path.of("..", "..", "shared", "data", "asem");
  static final double TOLERANCE = 1e-9;
  static Plan plan;
  static Evaluation result;

  @BeforeAll
  static void build() {
    assumeTrue(Files.isRegularFile(DATA.resolve("ASEM_iData.csv")),
        "skipped: reference data ../shared/data/asem is not beside the repository");
    plan = Engine.create().compile(Catalogue.bundled().methodology("asem"));
    Dataset data = Dataset.readCsv(DATA.resolve("ASEM_iData.csv"), plan);
    result = plan.evaluate(data);
  }

  static List<Map<String, String>> table(String name) throws IOException {
    return Db2020ConformanceTest.Table.read(DATA.resolve("pipeline").resolve(name));
  }

  /** Compares every numeric cell of a reference table with what the library computed. */
  static void compare(String file, BiFunction<String, String, OptionalDouble> computed) throws IOException {
    List<String> off = new ArrayList<>();
    int cells = 0;
    for (Map<String, String> row : table(file)) {
      String unit = row.get("uCode");
      for (Map.Entry<String, String> cell : row.entrySet()) {
        if (cell.getKey().equals("uCode") || !plan.nodes().contains(cell.getKey())) {
          continue;
        }
        OptionalDouble mine = computed.apply(unit, cell.getKey());
        String expected = cell.getValue();
        cells++;
        if (expected.isEmpty() ? mine.isPresent()
            : mine.isEmpty() || Math.abs(Double.parseDouble(expected) - mine.getAsDouble()) > TOLERANCE) {
          off.add(unit + "/" + cell.getKey() + " expected " + expected + " got " + mine);
        }
      }
    }
    assertTrue(cells > 2000, file + ": compared " + cells + " cells");
    assertEquals(List.of(), off.subList(0, Math.min(off.size(), 20)), file + ": " + off.size() + " cells differ");
  }

  @Test
  void denominated() throws IOException {
    compare("2_Denominated.csv", (u, n) -> result.stageValue("denominated", u, n));
  }

  @Test
  void imputed() throws IOException {
    compare("3_Imputed.csv", (u, n) -> result.stageValue("imputed", u, n));
    assertEquals(65, result.imputations().size(), "every gap filled: 63 in the raw data, 2 more from denominators");
    assertTrue(result.imputations().get(0).method().startsWith("mean of EurAsia_group = "));
  }

  @Test
  void screened() throws IOException {
    compare("4_Screened.csv", (u, n) -> result.stageValue("screened", u, n));
    assertEquals(Map.of(), result.excluded());
  }

  @Test
  void treatedAndWhichPointsWereWinsorised() throws IOException {
    compare("5_Treated.csv", (u, n) -> result.stageValue("treated", u, n));
    List<String> off = new ArrayList<>();
    for (Map<String, String> row : table("treated_points.csv")) {
      for (Map.Entry<String, String> cell : row.entrySet()) {
        if (cell.getKey().equals("uCode") || !plan.nodes().contains(cell.getKey())) {
          continue;
        }
        Treatment t = result.treatment(cell.getKey()).orElseThrow();
        boolean mine = t.winsorisedUnits().contains(row.get("uCode"));
        String expected = cell.getValue();
        String got = mine ? (t.highSide() ? "winhi" : "winlo") : "";
        if (!expected.equals(got)) {
          off.add(row.get("uCode") + "/" + cell.getKey() + " expected '" + expected + "' got '" + got + "'");
        }
      }
    }
    assertEquals(List.of(), off);
    int winsorised = 0;
    for (Map<String, String> d : table("treat_details.csv")) {
      Treatment t = result.treatment(d.get("iCode")).orElseThrow();
      assertEquals(Boolean.parseBoolean(d.get("check_SkewKurt0.Pass").toLowerCase()), t.passedBefore(), d.get("iCode"));
      assertEquals(Double.parseDouble(d.get("check_SkewKurt0.Skew")), t.skewBefore(), TOLERANCE, d.get("iCode"));
      assertEquals(Double.parseDouble(d.get("check_SkewKurt0.Kurt")), t.kurtosisBefore(), TOLERANCE, d.get("iCode"));
      if (!d.get("winsorise.nwin").isEmpty()) {
        winsorised++;
        assertEquals(Integer.parseInt(d.get("winsorise.nwin")), t.winsorisedInLastPass().getAsInt(), d.get("iCode"));
        assertEquals(Double.parseDouble(d.get("check_SkewKurt1.Skew")), t.skewAfter().getAsDouble(), TOLERANCE);
        assertEquals(Double.parseDouble(d.get("check_SkewKurt1.Kurt")), t.kurtosisAfter().getAsDouble(), TOLERANCE);
        assertEquals(Boolean.parseBoolean(d.get("check_SkewKurt1.Pass").toLowerCase()), t.passedAfter());
        assertTrue(!t.logTransformed());
      }
    }
    assertEquals(15, winsorised, "15 indicators winsorised, none log-transformed");
  }

  @Test
  void normalized() throws IOException {
    compare("6_Normalised.csv", (u, n) -> result.score(u, n));
  }

  @Test
  void aggregated() throws IOException {
    compare("7_Aggregated.csv", (u, n) -> result.score(u, n));
  }

  @Test
  void ranksOfEveryColumn() throws IOException {
    compare("ranks_all_columns.csv", (u, n) -> {
      java.util.OptionalInt r = result.rank(u, n);
      return r.isPresent() ? OptionalDouble.of(r.getAsInt()) : OptionalDouble.empty();
    });
    for (Map<String, String> row : table("results_full.csv")) {
      assertEquals(Integer.parseInt(row.get("Rank")), result.rank(row.get("uCode")).getAsInt(), row.get("uCode"));
      assertEquals(Double.parseDouble(row.get("Index")), result.score(row.get("uCode")).getAsDouble(), TOLERANCE);
    }
  }

  @Test
  void effectiveWeights() throws IOException {
    Map<String, Double> mine = plan.effectiveWeights();
    List<Map<String, String>> rows = table("effective_weights.csv");
    assertEquals(rows.size(), mine.size());
    for (Map<String, String> row : rows) {
      assertEquals(Double.parseDouble(row.get("EffWeight")), mine.get(row.get("iCode")), TOLERANCE, row.get("iCode"));
    }
  }

  @Test
  void variantsAreOneLineChanges() throws IOException {
    List<String> base = lines("asem.json");
    for (String variant : List.of("asem-zscore.json", "asem-copeland.json")) {
      List<String> v = lines(variant);
      assertEquals(base.size(), v.size(), variant);
      int changed = 0;
      for (int i = 0; i < base.size(); i++) {
        changed += base.get(i).equals(v.get(i)) ? 0 : 1;
      }
      assertEquals(1, changed, variant + " differs from asem.json in one line");
      Plan p = Engine.create().compile(Catalogue.bundled().methodology(variant.replace(".json", "")));
      Evaluation e = p.evaluate(Dataset.readCsv(DATA.resolve("ASEM_iData.csv"), p));
      assertEquals("CHE", e.ranked().get(0), variant);
    }
  }

  static List<String> lines(String name) throws IOException {
    return Catalogue.bundled().text(name.replace(".json", "")).lines().collect(java.util.stream.Collectors.toList());
  }

  @Test
  void theTopAndBottomOfTheIndexAsPublished() {
    assertEquals(List.of("CHE", "NLD", "DNK", "NOR", "BEL"), result.ranked().subList(0, 5));
    assertEquals(68.3837242383, result.score("CHE").getAsDouble(), 1e-10);
    assertEquals("RUS", result.ranked().get(result.ranked().size() - 1));
    assertEquals(35.6555445117, result.score("RUS").getAsDouble(), 1e-10);
  }
}
