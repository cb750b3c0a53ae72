package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Aggregators;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.QuantileTies;
import io.github.bizenv.scoring.methodology.Quantiles;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.model.LocalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Generates {@code bready2025.json}, the World Bank's B-READY 2025 as a methodology, from the column structure of
 * the published points and scores in {@code ../shared/data/bready2025}: {@code points.csv} names every indicator
 * as {@code <topic> | <subcategory> | <indicator>}, {@code scores.csv} every published level. The file is derived
 * structure, not data: no number of the reference data enters it.
 *
 * <p>The tree: the overall score (the mean of the ten topics, which is the mean of the three economy pillars that
 * the press quotes) → 10 topics, each the mean of its 3 pillars → pillar (points summed, at most 100) → category
 * (summed) → subcategory (summed) → indicator (its rescaled points as published, {@code identity}). The three
 * economy pillars are cross-cutting views: each the mean of that pillar over the ten topics. A missing indicator's
 * points go equally to the other indicators of its subcategory, a missing subcategory's or category's to its
 * siblings in proportion to their weights. The subcategories whose indicator columns do not add up to their
 * published total for some economy (in the 2025 source, Business Location 2.1.4 and 2.1.5 lost columns whose names
 * collapsed) take the published total where the data has it (their {@code published} column). Quintiles are
 * reported per topic and economy pillar.
 *
 * <p>Run {@code main} with the data folder and the output file (defaults: {@code ../shared/data/bready2025} and the
 * bundled resource of {@code scoring-methodologies}); a test keeps the bundled file equal to this output.
 */
public final class ReadyMethodology {

  /** The default reference-data folder, from the repository's root. */
  public static final Path DATA = Path.of("..", "shared", "data", "bready2025");

  /** The bundled file, from the repository's root. */
  public static final Path OUTPUT = Path.of("scoring-methodologies", "src", "main", "resources", "io", "github",
      "bizenv", "scoring", "methodologies", "bready2025.json");

  private static final Map<String, String> TOPICS_ZH = new LinkedHashMap<>();
  private static final String[] PILLARS_EN = {"Regulatory Framework", "Public Services", "Operational Efficiency"};
  private static final String[] PILLARS_ZH = {"监管框架", "公共服务", "运行效率"};
  private static final String[] ROMAN = {"I", "II", "III"};
  private static final String[] ROMAN_ZH = {"一", "二", "三"};

  static {
    TOPICS_ZH.put("Business Entry", "市场准入");
    TOPICS_ZH.put("Business Location", "获取经营场所");
    TOPICS_ZH.put("Utility Services", "公共基础设施服务");
    TOPICS_ZH.put("Labor", "劳动力");
    TOPICS_ZH.put("Financial Services", "金融服务");
    TOPICS_ZH.put("International Trade", "国际贸易");
    TOPICS_ZH.put("Taxation", "税收");
    TOPICS_ZH.put("Dispute Resolution", "争议解决");
    TOPICS_ZH.put("Market Competition", "市场竞争");
    TOPICS_ZH.put("Business Insolvency", "企业破产");
  }

  private ReadyMethodology() {}

  /**
   * Writes the methodology generated from a data folder.
   *
   * @param args the data folder and the output file, both optional
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : DATA;
    Path out = args.length > 1 ? Path.of(args[1]) : OUTPUT;
    Files.writeString(out, Documents.create().toJson(generate(data)), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /**
   * The methodology of the reference data's structure.
   *
   * @param folder the folder with {@code points.csv} and {@code scores.csv}
   * @return the methodology
   * @throws IOException if a file cannot be read
   * @throws ScoringException if a column does not have the published form
   */
  public static Methodology generate(Path folder) throws IOException {
    List<List<String>> points = Csv.read(folder.resolve("points.csv"));
    List<List<String>> scores = Csv.read(folder.resolve("scores.csv"));
    // topic → subcategory → indicator columns, in column order
    Map<String, Map<String, List<String>>> tree = new LinkedHashMap<>();
    for (String column : points.get(0).subList(2, points.get(0).size())) {
      String[] parts = column.split(" \\| ", -1);
      if (parts.length != 3 || !parts[1].matches("[1-3]\\.[0-9]+\\.[0-9]+")) {
        throw new ScoringException("points.csv: column \"" + column + "\" is not <topic> | <k.j.i> | <indicator>");
      }
      tree.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).computeIfAbsent(parts[1], k -> new ArrayList<>())
          .add(column);
    }
    List<String> published = scores.get(0);
    ImmutableMethodology.Builder m = Methodology.builder().id("bready2025")
        .name(LocalizedText.of("世界银行B-READY 2025（营商环境成熟度）", "World Bank B-READY 2025 (Business Ready)"))
        .description(DESCRIPTION).unitColumn("Economy Code")
        .defaultNormalizer(Normalizers.identity().with("min", 0))
        .defaultAggregator(Aggregators.pointSum().with("redistribute", "by-weight"));
    m.addNode(Node.root("bready2025").aggregator(Aggregators.weightedMean())
        .name(LocalizedText.of("总分（三大支柱平均）", "Overall (mean of the pillars)"))
        .description("The mean of the ten topics, which equals the mean of the three economy pillars: the overall "
            + "score the press quotes (the World Bank publishes none).").build());
    List<String> quantileNodes = new ArrayList<>();
    List<List<String>> pillarMembers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Map.Entry<String, Map<String, List<String>>> topic : tree.entrySet()) {
      String t = topic.getKey();
      String tid = slug(t);
      String zh = TOPICS_ZH.getOrDefault(t, t);
      quantileNodes.add(tid);
      m.addNode(Node.inner(tid, "bready2025").aggregator(Aggregators.weightedMean()).name(LocalizedText.of(zh, t))
          .build());
      for (int k = 1; k <= 3; k++) {
        String pid = tid + ".p" + k;
        pillarMembers.get(k - 1).add(pid);
        m.addNode(Node.inner(pid, tid).aggregator(Aggregators.pointSum(100, "by-weight")).minShare(0)
            .name(LocalizedText.of(zh + "：" + PILLARS_ZH[k - 1], t + ": " + PILLARS_EN[k - 1])).build());
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (String sub : topic.getValue().keySet()) {
          if (sub.startsWith(k + ".")) {
            categories.computeIfAbsent(sub.substring(0, sub.lastIndexOf('.')), c -> new ArrayList<>()).add(sub);
          }
        }
        for (Map.Entry<String, List<String>> category : categories.entrySet()) {
          String cid = tid + "." + category.getKey();
          need(published, t + " | Category " + category.getKey());
          m.addNode(Node.inner(cid, pid).minShare(0).name(LocalizedText.of(zh + "：类别" + category.getKey(),
              t + ": Category " + category.getKey())).build());
          for (String sub : category.getValue()) {
            subcategory(m, points, scores, t, tid, zh, cid, sub, topic.getValue().get(sub));
          }
        }
      }
    }
    for (int k = 0; k < 3; k++) {
      ImmutableNode.Builder view = Node.builder().id("pillar-" + (k + 1)).aggregator(Aggregators.weightedMean())
          .name(LocalizedText.of("支柱" + ROMAN_ZH[k] + "：" + PILLARS_ZH[k], "Pillar " + ROMAN[k] + ": " + PILLARS_EN[k]))
          .description("The economy's " + PILLARS_EN[k] + " score: the mean of that pillar over the ten topics.");
      pillarMembers.get(k).forEach(id -> view.putMember(id, 1.0));
      m.addNode(view.build());
      quantileNodes.add(k, "pillar-" + (k + 1));
    }
    m.ranking(Ranking.builder().quantiles(Quantiles.builder().count(5).ties(QuantileTies.BETTER)
        .nodes(quantileNodes).build()).build());
    return m.build();
  }

  private static void subcategory(ImmutableMethodology.Builder m, List<List<String>> points, List<List<String>> scores,
      String t, String tid, String zh, String cid, String sub, List<String> columns) {
    String sid = tid + "." + sub;
    String total = t + " | Subcategory " + sub;
    need(scores.get(0), total);
    LocalizedText name = LocalizedText.of(zh + "：子类别" + sub, t + ": Subcategory " + sub);
    ImmutableNode.Builder node = Node.inner(sid, cid).aggregator(Aggregators.pointSum().with("redistribute", "equally"))
        .minShare(0).name(name);
    if (!addsUp(points, scores, columns, total)) {
      node.published(total).description("The source lost some of this subcategory's indicator columns (indicators of "
          + "the same name collapsed), so the " + columns.size() + " left in points.csv do not add up to its published "
          + "total for every economy: the published total (scores.csv) stands for their sum where the data has it.");
    }
    m.addNode(node.build());
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      m.addNode(Node.leaf(sid + "." + (i + 1), sid, column).name(LocalizedText.builder()
          .en(column.substring(column.lastIndexOf(" | ") + 3)).build()).build());
    }
  }

  /** Whether the indicator columns add up to the published subcategory total for every economy, within 1e-9. */
  private static boolean addsUp(List<List<String>> points, List<List<String>> scores, List<String> columns,
      String total) {
    int[] at = new int[columns.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = points.get(0).indexOf(columns.get(k));
    }
    int published = scores.get(0).indexOf(total);
    for (int r = 1; r < points.size(); r++) {
      String economy = points.get(r).get(0);
      List<String> row = scores.stream().filter(s -> s.get(0).equals(economy)).findFirst().orElseThrow(
          () -> new ScoringException("scores.csv has no row for economy \"" + economy + "\""));
      double sum = 0;
      for (int k : at) {
        sum += Double.parseDouble(points.get(r).get(k));
      }
      if (Math.abs(sum - Double.parseDouble(row.get(published))) > 1e-9) {
        return false;
      }
    }
    return true;
  }

  private static void need(List<String> header, String column) {
    if (!header.contains(column)) {
      throw new ScoringException("scores.csv has no column \"" + column + "\"");
    }
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  static final String DESCRIPTION = "The World Bank's B-READY 2025: 10 topics × 3 pillars (I Regulatory "
      + "Framework, II Public Services, III Operational Efficiency) → categories → subcategories → indicators. "
      + "Each indicator scores its rescaled points as published (points.csv; Pillar III measures were already scored "
      + "between the 5th and 95th percentiles, or on the normal curve, which the percentile-linear and normal-cdf "
      + "normalizers do for raw values). Subcategory, category and pillar add their parts' points, a pillar at most "
      + "100; a topic is the mean of its 3 pillars; an economy pillar (pillar-1, -2, -3) the mean of that pillar over "
      + "the 10 topics, a cross-cutting view; the overall score the press quotes, the mean of the 3 economy pillars, "
      + "equals the root, the mean of the 10 topics. Missing data: an indicator's points go equally to the other "
      + "indicators of its subcategory, a subcategory's or category's to its siblings in proportion to their weights. "
      + "Weights: the reference data publish points, not the handbook's weights, so every node has weight 1 — the "
      + "rule then assumes equal maxima; set each node's weight to its points from the 2025 handbook before scoring "
      + "data with gaps. Business Location 2.1.4 and 2.1.5 take their published totals from scores.csv where the data "
      + "has them, since the source lost some of their indicator columns: evaluate points.csv and scores.csv together "
      + "to reproduce every published level; points.csv alone adds up the indicators that are left. Quintiles per topic and "
      + "economy pillar, ties in the better group; the World Bank publishes quintiles, not ranks. Generated by "
      + "ReadyMethodology (scoring-examples) from the columns of ../shared/data/bready2025.";

  /** A minimal reader of comma-separated text with quoted cells (RFC 4180), enough for the reference tables. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> read(Path path) throws IOException {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          cell.append(c);
        }
      }
      if (cell.length() > 0 || !row.isEmpty()) {
        row.add(cell.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
