package io.github.bizenv.scoring.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.CsvOptions;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodologies.Catalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled bready2025.json reproduces every published level of the World Bank's B-READY 2025 scores — topic,
 * pillar, category, subcategory — from the published points in ../shared/data/bready2025 within 1e-9 for every
 * economy, and gives the three economy pillars, their mean and the quintiles (skipped, saying so, when that folder
 * is absent).
 */
class BReadyConformanceTest {

  static final Path DATA = Path.of("..", "..", "shared", "data", "bready2025");
  static final String[] LEVELS = {"Overall", "Pillar", "Category", "Subcategory"};

  static List<List<String>> scores;
  static Plan plan;
  static Evaluation result;

  @BeforeAll
  static void load() throws IOException {
    assumeTrue(Files.isRegularFile(DATA.resolve("points.csv")) && Files.isRegularFile(DATA.resolve("scores.csv")),
        "skipped: reference data ../shared/data/bready2025 is not beside the repository");
    plan = Engine.create().compile(Catalogue.bundled().methodology("bready2025"));
    Dataset d = Dataset.builder()
        .addCsv(DATA.resolve("points.csv"), plan, CsvOptions.defaults(), DocumentLimits.defaults())
        .addCsv(DATA.resolve("scores.csv"), plan, CsvOptions.defaults(), DocumentLimits.defaults()).build();
    result = plan.evaluate(d);
    scores = ReadyMethodology.Csv.read(DATA.resolve("scores.csv"));
  }

  /** The node of a published column: {@code Business Entry | Category 1.2} → {@code business-entry.1.2}. */
  static String node(String column) {
    String[] parts = column.split(" \\| ");
    String topic = ReadyMethodology.slug(parts[0]);
    String level = parts[1];
    if (level.equals("Overall")) {
      return topic;
    }
    if (level.startsWith("Pillar ")) {
      return topic + ".p" + level.substring(7);
    }
    return topic + "." + level.substring(level.indexOf(' ') + 1);
  }

  @Test
  void theBundledFileIsWhatTheGeneratorMakesOfTheData() throws IOException {
    assertEquals(Documents.create().toJson(ReadyMethodology.generate(DATA)), Catalogue.bundled().text("bready2025"),
        "regenerate with ReadyMethodology.main");
    assertEquals(854, plan.leavesUnder(plan.root()).size());
    assertEquals(java.util.Optional.of("Business Location | Subcategory 2.1.4"), plan.published("business-location.2.1.4"));
    assertEquals(2, plan.nodes().stream().filter(n -> plan.published(n).isPresent()).count(),
        "only the two subcategories whose indicator columns the source lost");
  }

  @Test
  void everyPublishedLevelOfEveryEconomyWithin1e9() {
    List<String> header = scores.get(0);
    int checked = 0;
    double worst = 0;
    List<String> off = new ArrayList<>();
    for (List<String> row : scores.subList(1, scores.size())) {
      String economy = row.get(0);
      for (int c = 2; c < header.size(); c++) {
        String node = node(header.get(c));
        double published = Double.parseDouble(row.get(c));
        double ours = result.score(economy, node).orElse(Double.NaN);
        double d = Math.abs(ours - published);
        worst = Math.max(worst, d == d ? d : Double.POSITIVE_INFINITY);
        if (!(d <= 1e-9)) {
          off.add(economy + " " + header.get(c) + ": " + ours + " vs " + published);
        }
        checked++;
      }
    }
    assertEquals(List.of(), off, "largest difference " + worst);
    assertEquals(26 * (header.size() - 2), checked);
    assertEquals(26, result.units().size());
  }

  @Test
  void pointsAloneGiveEveryLevelButThoseAboveTheTwoSubcategoriesWhoseColumnsTheSourceLost() throws IOException {
    Evaluation alone = plan.evaluate(Dataset.readCsv(DATA.resolve("points.csv"), plan));
    List<String> header = scores.get(0);
    java.util.Set<String> off = new java.util.TreeSet<>();
    for (List<String> row : scores.subList(1, scores.size())) {
      for (int c = 2; c < header.size(); c++) {
        String node = node(header.get(c));
        if (Math.abs(alone.score(row.get(0), node).getAsDouble() - Double.parseDouble(row.get(c))) > 1e-9) {
          off.add(node);
        }
      }
    }
    assertEquals(new java.util.TreeSet<>(List.of("business-location", "business-location.p2", "business-location.2.1",
        "business-location.2.1.4", "business-location.2.1.5")), off);
    assertTrue(alone.explain("AGO", "business-location.2.1.4").text().contains("point-sum: 0 + 2 + 0 + 0 = 2"));
    assertTrue(result.explain("AGO", "business-location.2.1.4").text().contains(
        "published score in \"Business Location | Subcategory 2.1.4\": 0 (stands for the computed 2)"),
        result.explain("AGO", "business-location.2.1.4").text());
  }

  @Test
  void theEconomyPillarsAreTheMeansOverTheTenTopicsAndTheOverallTheirMean() {
    List<String> header = scores.get(0);
    for (List<String> row : scores.subList(1, scores.size())) {
      String economy = row.get(0);
      double[] sum = new double[3];
      for (int c = 2; c < header.size(); c++) {
        String level = header.get(c).split(" \\| ")[1];
        if (level.startsWith("Pillar ")) {
          sum[Integer.parseInt(level.substring(7)) - 1] += Double.parseDouble(row.get(c));
        }
      }
      for (int k = 0; k < 3; k++) {
        assertEquals(sum[k] / 10, result.score(economy, "pillar-" + (k + 1)).getAsDouble(), 1e-9,
            economy + " pillar " + (k + 1));
      }
      assertEquals((sum[0] + sum[1] + sum[2]) / 30, result.score(economy).getAsDouble(), 1e-9, economy + " overall");
    }
    // Rwanda's published pillar scores: 72.54 / 59.81 / 71.47
    assertEquals(72.54, Math.round(result.score("RWA", "pillar-1").getAsDouble() * 100) / 100.0, 0);
    assertEquals(59.81, Math.round(result.score("RWA", "pillar-2").getAsDouble() * 100) / 100.0, 0);
    assertEquals(71.47, Math.round(result.score("RWA", "pillar-3").getAsDouble() * 100) / 100.0, 0);
  }

  @Test
  void quintilesPerTopicAndEconomyPillarFollowThePublishedScores() {
    List<String> nodes = result.quantileNodes();
    assertEquals(13, nodes.size());
    assertEquals(List.of("pillar-1", "pillar-2", "pillar-3", "business-entry"), nodes.subList(0, 4));
    for (String n : nodes) {
      Map<String, Double> published = publishedScores(n);
      List<String> order = published.keySet().stream()
          .sorted(Comparator.comparing((String e) -> -published.get(e)).thenComparing(e -> e))
          .collect(Collectors.toList());
      Map<String, Integer> expected = new LinkedHashMap<>();
      for (int p = 1; p <= order.size(); p++) {
        String e = order.get(p - 1);
        int first = p;
        while (first > 1 && published.get(order.get(first - 2)).equals(published.get(e))) {
          first--;
        }
        expected.put(e, (int) Math.ceil(5.0 * first / order.size()));
      }
      assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(result.quantiles(n)), n);
    }
  }

  /** Published scores at a topic or an economy pillar (the mean of the published topic pillars). */
  static Map<String, Double> publishedScores(String node) {
    List<String> header = scores.get(0);
    Map<String, Double> out = new LinkedHashMap<>();
    for (List<String> row : scores.subList(1, scores.size())) {
      double sum = 0;
      for (int c = 2; c < header.size(); c++) {
        String column = header.get(c);
        if (node.startsWith("pillar-") ? column.endsWith("| Pillar " + node.substring(7))
            : node(column).equals(node)) {
          sum += Double.parseDouble(row.get(c));
        }
      }
      out.put(row.get(0), node.startsWith("pillar-") ? sum / 10 : sum);
    }
    return out;
  }

  @Test
  void theAuditSeesTheIndicatorsAsLeavesAndTheEconomyPillarsAsAggregates() {
    io.github.bizenv.scoring.analysis.Audit audit = io.github.bizenv.scoring.analysis.Audit.of(plan,
        Dataset.builder().addCsv(DATA.resolve("points.csv"), plan, CsvOptions.defaults(), DocumentLimits.defaults())
            .addCsv(DATA.resolve("scores.csv"), plan, CsvOptions.defaults(), DocumentLimits.defaults()).build());
    assertEquals(854, audit.statistics(io.github.bizenv.scoring.analysis.Stage.NORMALISED).size());
    assertEquals(plan.level("business-entry.p1") + 1, audit.level("pillar-1"));
  }

  @Test
  void anEconomyPillarExplainsTheTenTopicPillarsItAverages() {
    Explanation x = result.explain("RWA", "pillar-1");
    List<String> members = x.children().stream().map(Explanation::node).collect(Collectors.toList());
    assertEquals(10, members.size());
    assertEquals("business-entry.p1", members.get(0));
    assertTrue(members.stream().allMatch(m -> m.endsWith(".p1")), members.toString());
    x.children().forEach(c -> assertEquals(0.1, c.weightUsed(), 1e-12));
    String text = x.text();
    assertTrue(text.contains("cross-cutting: 10 members, under business-entry, business-location"), text);
  }
}
