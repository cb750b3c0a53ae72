package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.io.DocumentLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled db2020.json reproduces the World Bank's published Doing Business 2020 scores from
 * ../shared/data/db2020 (skipped, saying so, when that folder is absent).
 */
class Db2020ConformanceTest {

  static final Path DATA = Path.of("..", "..", "shared", "data", "db2020");
  static final String OVERALL = "Ease of doing business score (DB17-20 methodology)";
  static final Map<String, String> TOPIC_COLUMNS = new LinkedHashMap<>();

  static {
    TOPIC_COLUMNS.put("starting-a-business", "Score-Starting a business");
    TOPIC_COLUMNS.put("dealing-with-construction-permits", "Score-Dealing with construction permits (DB16-20 methodology)");
    TOPIC_COLUMNS.put("getting-electricity", "Score-Getting electricity (DB16-20 methodology)");
    TOPIC_COLUMNS.put("registering-property", "Score-Registering property (DB17-20 methodology)");
    TOPIC_COLUMNS.put("getting-credit", "Score-Getting credit (DB15-20 methodology)");
    TOPIC_COLUMNS.put("protecting-minority-investors", "Score-Protecting minority investors (DB15-20 methodology)");
    TOPIC_COLUMNS.put("paying-taxes", "Score-Paying taxes (DB17-20 methodology)");
    TOPIC_COLUMNS.put("trading-across-borders", "Score-Trading across borders (DB16-20 methodology)");
    TOPIC_COLUMNS.put("enforcing-contracts", "Score-Enforcing contracts (DB17-20 methodology)");
    TOPIC_COLUMNS.put("resolving-insolvency", "Score-Resolving insolvency");
  }

  static Dataset sheet;
  static List<Map<String, String>> rows;
  static Plan plan;
  static Evaluation result;

  @BeforeAll
  static void load() throws IOException {
    assumeTrue(Files.isRegularFile(DATA.resolve("db2020_subset.csv")),
        "skipped: reference data ../shared/data/db2020 is not beside the repository");
    plan = Engine.create().compile(open("db2020.json"), "db2020.json");
    sheet = Dataset.readCsv(DATA.resolve("db2020_subset.csv"), plan);
    rows = Table.read(DATA.resolve("db2020_subset.csv"));
    result = plan.evaluate(sheet, Period.year(2020));
  }

  static InputStream open(String name) {
    return Db2020ConformanceTest.class.getResourceAsStream("/io/github/bizenv/scoring/methodologies/" + name);
  }

  static double number(Map<String, String> row, String column) {
    String v = row.get(column);
    assertTrue(v != null, "no column " + column);
    return Double.parseDouble(v);
  }

  @Test
  void everyOverallScoreWithin005() {
    List<String> off = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String unit = row.get("Country code");
      double published = number(row, OVERALL);
      double computed = result.score(unit).orElseThrow();
      if (Math.abs(published - computed) > 0.05) {
        off.add(unit + " published " + published + " computed " + computed);
      }
    }
    assertEquals(List.of(), off);
  }

  @Test
  void topicScoresWithinTheMethodNotesTolerances() {
    List<String> off = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String unit = row.get("Country code");
      for (Map.Entry<String, String> t : TOPIC_COLUMNS.entrySet()) {
        double tolerance = t.getKey().equals("registering-property")
            || t.getKey().equals("dealing-with-construction-permits") ? 0.09 : 0.05;
        double published = number(row, t.getValue());
        double computed = result.score(unit, t.getKey()).orElseThrow();
        if (Math.abs(published - computed) > tolerance) {
          off.add(unit + " " + t.getKey() + " published " + published + " computed " + computed);
        }
      }
    }
    assertEquals(List.of(), off);
  }

  @Test
  void componentsWithExactInputsWithin1e4() throws IOException {
    List<String> off = new ArrayList<>();
    int compared = 0;
    for (Map<String, String> threshold : Table.read(DATA.resolve("thresholds.csv"))) {
      String raw = threshold.get("csv_raw_column");
      String leaf = leafOf(raw);
      if (leaf == null) {
        continue;
      }
      double span = Math.abs(Double.parseDouble(threshold.get("best")) - Double.parseDouble(threshold.get("worst")));
      for (Map<String, String> row : rows) {
        String unit = row.get("Country code");
        String score = row.get(threshold.get("csv_score_column"));
        String input = row.get(raw);
        if (score == null || score.isEmpty() || !isNumber(score) || !isNumber(input)) {
          continue;
        }
        // Procedures, days and indices are published exactly; costs, rates, hours and weeks rounded to 0.1 (USD to 1).
        boolean exact = !raw.matches(".*(Cost|%|rate|USD|hours|weeks|Recovery).*");
        double step = raw.contains("(USD)") ? 0.5 : 0.05;
        double tolerance = exact ? 1e-4 : step * 100 / span * (raw.startsWith("Total tax") ? 3 : 1) + 1e-4;
        double computed = result.score(unit, leaf).orElseThrow();
        compared++;
        if (Math.abs(Double.parseDouble(score) - computed) > tolerance) {
          off.add(unit + " " + leaf + " input " + input + " published " + score + " computed " + computed
              + " (tolerance " + tolerance + ")");
        }
      }
    }
    assertTrue(compared > 1000, "compared " + compared);
    assertEquals(List.of(), off);
  }

  @Test
  void topicAndOverallFromThePublishedComponentsWithin1e4() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode m = json.readTree(open("db2020.json"));
    Map<String, String> scoreColumn = new LinkedHashMap<>();
    for (Map<String, String> t : Table.read(DATA.resolve("thresholds.csv"))) {
      scoreColumn.put(t.get("csv_raw_column"), t.get("csv_score_column"));
    }
    for (JsonNode n : m.get("nodes")) {
      if (n.has("source")) {
        ObjectNode o = (ObjectNode) n;
        o.put("source", scoreColumn.get(n.get("source").asText()));
        o.put("direction", "higher-is-better");
        o.set("normalizer", json.createObjectNode().put("name", "goalposts").put("lower", 0).put("upper", 100));
      }
    }
    Plan fromComponents = Engine.create().compile(json.writeValueAsString(m), "db2020 on published components");
    Evaluation e = fromComponents.evaluate(sheet, Period.year(2020));
    List<String> off = new ArrayList<>();
    for (Map<String, String> row : rows) {
      String unit = row.get("Country code");
      if (unit.equals("CHIN") || unit.equals("BRAZ")) {
        continue; // national rows are built from the cities' components, checked elsewhere
      }
      check(off, unit, "overall", number(row, OVERALL), e.score(unit).orElseThrow());
      for (Map.Entry<String, String> t : TOPIC_COLUMNS.entrySet()) {
        check(off, unit, t.getKey(), number(row, t.getValue()), e.score(unit, t.getKey()).orElseThrow());
      }
    }
    assertEquals(List.of(), off);
  }

  private static void check(List<String> off, String unit, String what, double published, double computed) {
    if (Math.abs(published - computed) > 1e-4) {
      off.add(unit + " " + what + " published " + published + " computed " + computed);
    }
  }

  @Test
  void nationalRowsOfTwoCityEconomiesComeFromTheirCities() {
    for (String[] economy : new String[][] {{"CHIN", "CHN", "CHN_Beij", "0.55"}, {"BRAZ", "BRA", "BRA_Rio", "0.61"}}) {
      double w = Double.parseDouble(economy[3]);
      for (String leaf : List.of("sb-time-men", "cp-time", "tx-total-tax-and-contribution-rate")) {
        double expected = w * result.score(economy[1], leaf).orElseThrow()
            + (1 - w) * result.score(economy[2], leaf).orElseThrow();
        assertEquals(expected, result.score(economy[0], leaf).orElseThrow(), 1e-9, economy[0] + " " + leaf);
      }
      assertTrue(result.rank(economy[0]).isPresent(), economy[0] + " is ranked");
      assertTrue(result.rank(economy[1]).isEmpty(), economy[1] + " (a city) is not ranked");
    }
    assertTrue(result.explain("CHIN", "sb-time-men").text().contains("composite: weighted mean of members"));
  }

  @Test
  void allElevenTwoCityEconomiesAreDeclaredWithTheWeightsOfTheMethodNotes() throws IOException {
    String notes = Files.readString(DATA.resolve("method.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    java.util.regex.Matcher pairs = java.util.regex.Pattern.compile("([A-Z][^:;/0-9]*?) (0\\.\\d+) / ([A-Z][^;/0-9]*?) "
        + "(0\\.\\d+)").matcher(notes.substring(notes.indexOf("Weights:")));
    List<double[]> published = new ArrayList<>();
    while (pairs.find()) {
      published.add(new double[] {Double.parseDouble(pairs.group(2)), Double.parseDouble(pairs.group(4))});
    }
    List<io.github.bizenv.scoring.methodology.Composite> declared = plan.methodology().composites();
    assertEquals(11, published.size(), "the method notes give eleven pairs of weights");
    assertEquals(11, declared.size());
    for (int k = 0; k < 11; k++) {
      assertEquals(published.get(k)[0], declared.get(k).members().get(0).weight(), 0, declared.get(k).unit());
      assertEquals(published.get(k)[1], declared.get(k).members().get(1).weight(), 0, declared.get(k).unit());
    }
  }

  /** The sheet's text with its rows' unit codes changed (or rows left out, for a code mapped to null). */
  static String sheetWith(Map<String, String> codes) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String line : Files.readAllLines(DATA.resolve("db2020_subset.csv"), StandardCharsets.UTF_8)) {
      String code = line.substring(0, line.indexOf(','));
      if (codes.containsKey(code) && codes.get(code) == null) {
        continue;
      }
      sb.append(codes.containsKey(code) ? codes.get(code) + line.substring(code.length()) : line).append('\n');
    }
    return sb.toString();
  }

  @Test
  void theSameFileComposesTheNationalRowOfAnyTwoCityEconomyInTheData() throws IOException {
    // China's three rows relabelled as India's: Mumbai (IND) 0.47, Delhi (IND_Delh) 0.53
    Dataset india = Dataset.builder().addCsvWithPeriods(sheetWith(Map.of("CHIN", "INDI", "CHN", "IND", "CHN_Beij",
        "IND_Delh")), "india.csv", "Country code", "DB Year", DocumentLimits.defaults()).build();
    Evaluation e = plan.evaluate(india, Period.year(2020));
    for (String leaf : List.of("sb-time-men", "cp-time", "tx-total-tax-and-contribution-rate")) {
      assertEquals(0.47 * e.score("IND", leaf).orElseThrow() + 0.53 * e.score("IND_Delh", leaf).orElseThrow(),
          e.score("INDI", leaf).orElseThrow(), 1e-9, "INDI " + leaf);
    }
    assertTrue(e.rank("IND").isEmpty() && e.rank("INDI").isPresent());
  }

  @Test
  void aNationalRowWithoutItsCitiesIsScoredFromItsOwnValues() throws IOException {
    Map<String, String> drop = new java.util.HashMap<>();
    drop.put("CHN", null);
    drop.put("CHN_Beij", null);
    Dataset noCities = Dataset.builder().addCsvWithPeriods(sheetWith(drop), "no-cities.csv", "Country code",
        "DB Year", DocumentLimits.defaults()).build();
    Evaluation e = plan.evaluate(noCities, Period.year(2020));
    double published = rows.stream().filter(r -> r.get("Country code").equals("CHIN")).mapToDouble(r -> number(r,
        OVERALL)).findFirst().orElseThrow();
    assertEquals(published, e.score("CHIN").orElseThrow(), 0.05, "the averaged raw values of China's row");
    assertTrue(e.explain("CHIN", "sb-time-men").text().indexOf("composite") < 0);
  }

  @Test
  void ranksAgreeWithThePublishedRankColumn() {
    // The sheet is a subset of the 190 economies, so the numbers differ; every pair must be in the same order.
    List<Map<String, String>> ranked = new ArrayList<>();
    rows.stream().filter(r -> !r.get("Ease of doing business rank").isEmpty()).forEach(ranked::add);
    ranked.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get("Ease of doing business rank"))));
    List<String> published = new ArrayList<>();
    ranked.forEach(r -> published.add(r.get("Country code")));
    assertEquals(published, result.ranked());
    for (Map<String, String> a : ranked) {
      for (Map<String, String> b : ranked) {
        int pa = Integer.parseInt(a.get("Ease of doing business rank"));
        int pb = Integer.parseInt(b.get("Ease of doing business rank"));
        int ra = result.rank(a.get("Country code")).getAsInt();
        int rb = result.rank(b.get("Country code")).getAsInt();
        assertEquals(Integer.signum(pa - pb), Integer.signum(ra - rb), a.get("Country code") + " vs "
            + b.get("Country code"));
      }
    }
  }

  private static String leafOf(String column) {
    for (String node : plan.nodes()) {
      if (plan.columns().contains(column) && column.equals(sourceOf(node))) {
        return node;
      }
    }
    return null;
  }

  private static String sourceOf(String node) {
    return plan.source(node).orElse(null);
  }

  private static boolean isNumber(String s) {
    return s != null && s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  }

  /** A small CSV reader for the reference sheets (no quoted commas in them). */
  static final class Table {
    static List<Map<String, String>> read(Path path) throws IOException {
      List<Map<String, String>> out = new ArrayList<>();
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      String[] header = split(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = split(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.putIfAbsent(header[i], i < cells.length ? cells[i] : "");
        }
        out.add(row);
      }
      return out;
    }

    private static String[] split(String line) {
      List<String> cells = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          cells.add(cur.toString());
          cur.setLength(0);
        } else {
          cur.append(c);
        }
      }
      cells.add(cur.toString());
      return cells.toArray(new String[0]);
    }
  }
}
