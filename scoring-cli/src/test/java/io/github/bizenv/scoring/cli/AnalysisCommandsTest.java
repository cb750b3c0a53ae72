package io.github.bizenv.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score audit} and {@code score uncertainty}: the files each writes, their contents in both languages,
 * exit codes, the same files for a seed on one or two threads, and the progress bar only on a terminal. A small
 * index is written by the tests; the ASEM index runs when ../shared/data/asem is beside the repository.
 */
class AnalysisCommandsTest {

  static final Path ASEM = Path.of("..", "..", "shared", "data", "asem", "ASEM_iData.csv");

  static Locale before;

  @BeforeAll
  static void english() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
  }

  @AfterAll
  static void restore() {
    Locale.setDefault(before);
  }

  @TempDir Path dir;

  /** Twelve units, six indicators in two groups, a mean imputation and outlier treatment. */
  Path methodology() throws IOException {
    Path p = dir.resolve("small.json");
    Files.writeString(p, smallMethodology());
    return p;
  }

  /** The small index's methodology. */
  static String smallMethodology() {
    StringBuilder nodes = new StringBuilder("{'id': 'index', 'name': {'zh': '总指数', 'en': 'Index'}},"
        + "{'id': 'g1', 'name': {'zh': '第一组', 'en': 'Group one'}, 'parent': 'index'},"
        + "{'id': 'g2', 'name': {'zh': '第二组', 'en': 'Group two'}, 'parent': 'index'}");
    for (int i = 1; i <= 6; i++) {
      nodes.append(",{'id': 'x").append(i).append("', 'name': {'en': 'Indicator ").append(i).append("'}, 'parent': 'g")
          .append(i <= 3 ? 1 : 2).append("', 'source': 'x").append(i).append("'")
          .append(i == 6 ? ", 'direction': 'lower-is-better'" : "").append("}");
    }
    String m = ("{'schema': 'bizenv.methodology/1', 'id': 'small', 'name': {'zh': '小指数', 'en': 'Small index'},"
        + "'defaults': {'normalizer': {'name': 'min-max', 'lower': 0, 'upper': 100}},"
        + "'pipeline': [{'step': 'impute', 'method': 'mean'}, {'step': 'treat', 'winmax': 2}],"
        + "'nodes': [" + nodes + "]}").replace('\'', '"');
    return m;
  }

  Path data() throws IOException {
    Path p = dir.resolve("small.csv");
    Files.writeString(p, smallData());
    return p;
  }

  /** The small index's table. */
  static String smallData() {
    StringBuilder csv = new StringBuilder("unit,x1,x2,x3,x4,x5,x6\n");
    double[][] x = {{1, 3, 5, 2, 8, 4}, {2, 1, 4, 3, 6, 5}, {3, 4, 2, 5, 7, 1}, {4, 2, 6, 4, 5, 2},
        {5, 6, 1, 6, 4, 3}, {6, 5, 3, 1, 3, 6}, {7, 8, 7, 7, 2, 8}, {8, 7, 9, 8, 1, 7},
        {9, 10, 8, 9, 9, 9}, {10, 9, 10, 10, 10, 10}, {11, 11, 12, Double.NaN, 11, 12}, {90, 12, 11, 12, 12, 11}};
    for (int u = 0; u < x.length; u++) {
      csv.append("u").append(u + 1);
      for (double v : x[u]) {
        csv.append(',').append(Double.isNaN(v) ? "" : String.valueOf(v / 3));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  Path spec() throws IOException {
    Path p = dir.resolve("spec.json");
    Files.writeString(p, smallSpec());
    return p;
  }

  /** An uncertainty spec for the small index. */
  static String smallSpec() {
    String s = ("{'schema': 'bizenv.uncertainty/1', 'id': 'small',"
        + "'dimensions': ["
        + "{'id': 'winmax', 'type': 'winmax', 'values': [1, 2, 3]},"
        + "{'id': 'normalisation', 'type': 'normalizer', 'alternatives': [{'name': 'min-max', 'lower': 1, 'upper': 100},"
        + "  {'name': 'rank'}]},"
        + "{'id': 'weights', 'type': 'weights', 'noise': [{'level': 2, 'factor': 0.25}], 'replicates': 20}]}")
        .replace('\'', '"');
    return s;
  }

  static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void auditWritesOneCsvPerTableAndASummaryInBothLanguages() throws IOException {
    Path out = dir.resolve("audit");
    MainTest.Run en = new MainTest.Run("audit", "--methodology", methodology().toString(), "--data", data().toString(),
        "--unit", "u1", "--out", out.toString(), "--lang", "en");
    assertEquals(0, en.code, en.toString());
    assertEquals(List.of("correlation-flags-imputed.csv", "correlation-flags-normalised.csv",
        "correlation-flags-raw.csv", "correlation-flags-treated.csv", "correlations-aggregated-pearson.csv",
        "correlations-imputed-pearson.csv", "correlations-normalised-pearson.csv", "correlations-raw-pearson.csv",
        "correlations-treated-pearson.csv", "cronbach.csv", "parent-correlations.csv", "pca-level-1.csv",
        "pca-level-2.csv", "pca-variance-level-1.csv", "pca-variance-level-2.csv", "removal-level-1.csv",
        "removal-level-2.csv", "removal-ranks-level-1.csv", "removal-ranks-level-2.csv", "statistics-aggregated.csv",
        "statistics-imputed.csv", "statistics-normalised.csv", "statistics-raw.csv", "statistics-treated.csv",
        "strengths-weaknesses-u1.csv", "summary.txt", "unit-u1.csv"), files(out));
    assertTrue(en.out.startsWith("Audit of Small index (small): 12 units, 6 indicators, 3 levels; stages: raw data, "
        + "imputed, treated, normalised, aggregated\n"), en.out);
    assertTrue(en.out.contains("raw data: 6 columns, 1 with outliers (skewness and kurtosis)"), en.out);
    assertTrue(en.out.contains("wrote 27 files to " + out), en.out);
    assertEquals(en.out.substring(0, en.out.indexOf("wrote ")), Files.readString(out.resolve("summary.txt")));
    List<String> raw = Files.readAllLines(out.resolve("statistics-raw.csv"));
    assertEquals("Node id,Node,Level,Units,Values,Availability,Min,Max,Mean,Median,Standard deviation,Skewness,"
        + "Kurtosis,Non-zero,Zeros,Distinct values,Most repeated,Low availability,Many zeros,Few distinct values,"
        + "Outliers (skewness and kurtosis)", raw.get(0));
    assertTrue(raw.get(1).startsWith("x1,Indicator 1,1,12,12,1,0.3333333333333333,30,"), "full precision: "
        + raw.get(1));
    assertTrue(raw.get(4).startsWith("x4,Indicator 4,1,12,11,0.9166666666666666,"), raw.get(4));
    List<String> treated = Files.readAllLines(out.resolve("statistics-treated.csv"));
    assertTrue(treated.get(1).startsWith("x1,Indicator 1,1,12,12,1,0.3333333333333333,3.6666666666666665,"),
        "winsorised: " + treated.get(1));
    assertEquals(6 * 5 / 2 + 1, Files.readAllLines(out.resolve("correlations-normalised-pearson.csv")).size());
    assertEquals(9 * 8 / 2 + 1, Files.readAllLines(out.resolve("correlations-aggregated-pearson.csv")).size());
    assertEquals(List.of("Group,Group (name),Group level,Level,Stage,Columns,Cronbach's alpha"),
        Files.readAllLines(out.resolve("cronbach.csv")).subList(0, 1));
    assertEquals(1 + 6, Files.readAllLines(out.resolve("removal-level-1.csv")).size());
    assertEquals(1 + 12, Files.readAllLines(out.resolve("removal-ranks-level-1.csv")).size());
    assertTrue(Files.readString(out.resolve("unit-u1.csv")).startsWith("Node id,Node,Level,Value,Rank\nindex,Index,3,"),
        Files.readString(out.resolve("unit-u1.csv")));

    Path zhOut = dir.resolve("审核");
    MainTest.Run zh = new MainTest.Run("audit", "--methodology", methodology().toString(), "--data", data().toString(),
        "--out", zhOut.toString(), "--lang", "zh", "--stage", "raw,normalised");
    assertEquals(0, zh.code, zh.toString());
    assertTrue(zh.out.startsWith("小指数（small）统计审核：12个单位，6个指标，3个层级；阶段：原始数据、标准化后\n"), zh.out);
    List<String> zhRaw = Files.readAllLines(zhOut.resolve("statistics-raw.csv"));
    assertTrue(zhRaw.get(0).startsWith("指标项编号,指标项,层级,单位数,有效值个数,数据可得率,最小值,最大值,平均值,中位数,标准差,偏度,峰度"),
        zhRaw.get(0));
    assertEquals(raw.get(1).replace(",no", ",否").replace(",yes", ",是"), zhRaw.get(1), "the same numbers");
    assertFalse(Files.exists(zhOut.resolve("statistics-treated.csv")), "only the stages asked for");
  }

  @Test
  void auditExitCodes() throws IOException {
    String m = methodology().toString();
    String d = data().toString();
    String out = dir.resolve("a").toString();
    assertEquals(2, new MainTest.Run("audit", "--methodology", m, "--data", d).code, "--out is needed");
    MainTest.Run stage = new MainTest.Run("audit", "--methodology", m, "--data", d, "--out", out, "--stage", "cooked",
        "--lang", "en");
    assertEquals(2, stage.code, stage.toString());
    assertTrue(stage.err.contains("\"cooked\" is not a stage"), stage.err);
    MainTest.Run screened = new MainTest.Run("audit", "--methodology", m, "--data", d, "--out", out, "--stage",
        "screened", "--lang", "en");
    assertEquals(1, screened.code, screened.toString());
    assertTrue(screened.err.contains("methodology \"small\" records no stage screened; it has raw, imputed, treated, "
        + "normalised, aggregated"), screened.err);
    assertEquals(1, new MainTest.Run("audit", "--methodology", m, "--data", d, "--out", out, "--unit", "nowhere").code);
    assertEquals(2, new MainTest.Run("audit", "--methodology", m, "--data", d, "--out", d).code, "--out is a file");
    assertEquals(2, new MainTest.Run("audit", "--methodology", m, "--data", "no/such.csv", "--out", out).code);
    assertEquals(2, new MainTest.Run("audit", "--methodology", m, "--data", d, "--out", out, "--flag-above", "2").code);
    assertFalse(Files.exists(Path.of(out)), "nothing is written when the command line is wrong");
  }

  @Test
  void uncertaintyWritesRankStatisticsAndSobolIndicesIdenticallyOnOneOrTwoThreads() throws IOException {
    String m = methodology().toString();
    String d = data().toString();
    String s = spec().toString();
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    MainTest.Run a = new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", s, "--runs", "50",
        "--seed", "7", "--sobol", "--bootstrap", "20", "--threads", "1", "--out", one.toString(), "--lang", "en");
    assertEquals(0, a.code, a.toString());
    MainTest.Run b = new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", s, "--runs", "50",
        "--seed", "7", "--sobol", "--bootstrap", "20", "--threads", "2", "--out", two.toString(), "--lang", "en");
    assertEquals(0, b.code, b.toString());
    assertEquals(List.of("rank-statistics.csv", "scores.csv", "sensitivity-indices.csv", "sensitivity-outputs.csv",
        "summary.txt"), files(one));
    for (String f : files(one)) {
      assertEquals(Files.readString(one.resolve(f)), Files.readString(two.resolve(f)), f + " on 1 and 2 threads");
    }
    assertTrue(a.out.startsWith("Sensitivity analysis of Small index (small) at Index (index): N = 50, 250 evaluations "
        + "(seed 7), 0 failed"), a.out);
    assertTrue(a.out.contains("Sobol indices: winmax: first-order "), a.out);
    List<String> indices = Files.readAllLines(one.resolve("sensitivity-indices.csv"));
    assertEquals("Uncertain assumption,First-order index,First-order index (5th percentile),First-order index (95th "
        + "percentile),Total-effect index,Total-effect index (5th percentile),Total-effect index (95th percentile)",
        indices.get(0));
    assertEquals(4, indices.size());
    assertTrue(indices.get(1).startsWith("winmax,") && indices.get(3).startsWith("weights,"), indices.toString());
    List<String> stats = Files.readAllLines(one.resolve("rank-statistics.csv"));
    assertEquals("Unit id,Nominal rank,Mean rank,Median rank,5th percentile rank,95th percentile rank,Nominal score,"
        + "Mean score,Median score,5th percentile score,95th percentile score,Replications", stats.get(0));
    assertEquals(13, stats.size());
    assertTrue(stats.get(1).endsWith(",100"), "2N replications of A and B: " + stats.get(1));
    assertEquals(1 + 250, Files.readAllLines(one.resolve("sensitivity-outputs.csv")).size());
    assertTrue(Files.readString(one.resolve("sensitivity-outputs.csv")).contains("\n201,AB_weights,"));

    Path plain = dir.resolve("plain");
    MainTest.Run zh = new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", s, "--runs", "30",
        "--out", plain.toString(), "--lang", "zh");
    assertEquals(0, zh.code, zh.toString());
    assertEquals(List.of("rank-statistics.csv", "scores.csv", "summary.txt"), files(plain));
    assertTrue(zh.out.startsWith("小指数（small）“总指数（index）”不确定性分析：30次模拟（种子1），未完成0次"), zh.out);
    assertTrue(Files.readString(plain.resolve("rank-statistics.csv")).startsWith("单位编号,基准排名,平均排名"));
    assertEquals(12 + 1, Files.readAllLines(plain.resolve("scores.csv")).size());
    assertEquals(31, Files.readAllLines(plain.resolve("scores.csv")).get(0).split(",").length, "a column per run");
  }

  @Test
  void uncertaintyExitCodesAndASpecWithProblems() throws IOException {
    String m = methodology().toString();
    String d = data().toString();
    String s = spec().toString();
    String out = dir.resolve("u").toString();
    assertEquals(2, new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--out", out).code, "--spec");
    assertEquals(2, new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", s, "--out", out,
        "--runs", "0").code);
    assertEquals(2, new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", "no/such.json", "--out",
        out).code);
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(Path.of(s)).replace("\"level\": 2", "\"level\": 7"));
    MainTest.Run r = new MainTest.Run("uncertainty", "--methodology", m, "--data", d, "--spec", bad.toString(),
        "--out", out, "--lang", "en");
    assertEquals(1, r.code, r.toString());
    assertTrue(r.err.contains("/dimensions/2/noise: level 7 is outside 1..3 of methodology \"small\""), r.err);
    assertFalse(Files.exists(Path.of(out)));
  }

  @Test
  void progressIsDrawnOnlyOnATerminal() throws IOException {
    String[] args = {"uncertainty", "--methodology", methodology().toString(), "--data", data().toString(), "--spec",
        spec().toString(), "--runs", "40", "--out", dir.resolve("p").toString(), "--lang", "en"};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(0, Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), true));
    String bar = err.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("\revaluating 40/40 [##############################] 100%\n"), bar);
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("evaluating"), "progress stays off standard output");
    String[] again = java.util.Arrays.copyOf(args, args.length + 1);
    again[args.length] = "--force"; // the folder has the first run's files
    MainTest.Run piped = new MainTest.Run(again);
    assertEquals("", piped.err, "not on a pipe or a file");
  }

  @Test
  void theAsemIndexAndItsBundledSpec() throws IOException {
    assumeTrue(Files.isRegularFile(ASEM), "skipped: reference data ../shared/data/asem is not beside the repository");
    Path out = dir.resolve("asem");
    MainTest.Run r = new MainTest.Run("uncertainty", "--methodology", "asem", "--data", ASEM.toString(), "--spec",
        "asem-coinr", "--runs", "20", "--sobol", "--out", out.toString(), "--lang", "en");
    assertEquals(0, r.code, r.toString());
    assertTrue(r.out.contains("N = 20, 120 evaluations (seed 1), 0 failed"), r.out);
    assertEquals(5, Files.readAllLines(out.resolve("sensitivity-indices.csv")).size());
    MainTest.Run audit = new MainTest.Run("audit", "--methodology", "asem", "--data", ASEM.toString(), "--stage",
        "treated", "--unit", "CHN", "--out", dir.resolve("asem-audit").toString(), "--lang", "en");
    assertEquals(0, audit.code, audit.toString());
    assertTrue(audit.out.contains("treated: 49 columns, 0 with outliers"), audit.out);
  }
}
