package io.github.bizenv.scoring.examples;

import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.io.DocumentLimits;
import io.github.bizenv.scoring.methodologies.Catalogue;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.ExternalResult;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ResultLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fictional national evaluation of 80 cities under {@code cn-national-18}, the Sample City among them, whose ranks
 * agree with the programme's national results: for each first-level indicator the Sample City's national rank in
 * the programme (its {@link ExternalResult}s at {@link ResultLevel#NATIONAL}) is its rank when the methodology scores
 * this data set — so the programme's "national top 10" facts and the methodology say the same.
 *
 * <p>The 79 other cities ({@code c01} … {@code c79}) get seeded random values around a level of their own (a city
 * good at one thing tends to be good at others); the Sample City's values are placed,
 * indicator by indicator, between the other cities' worst and best, at the share of the way that puts its first-level
 * score in the middle of the gap its rank calls for (distance to frontier is then linear in that share, because the
 * city stays inside the others' range and leaves the frontier where it is). The values are illustrations: the city
 * and its peers are fictional, and so are the numbers.
 *
 * <p>The bundled table is {@code /national/cn-national-18-2021.csv} (columns {@code unit} and one per second-level
 * indicator); {@code main} writes it from the bundled sample programme, and a test keeps the two identical.
 */
public final class NationalSample {

  /** The classpath resource of the bundled table. */
  public static final String RESOURCE = "/national/cn-national-18-2021.csv";

  /** The Sample City's unit id. */
  public static final String CITY = "sample-city";

  /** How many cities the evaluation covers (the 2020 national evaluation's 80). */
  public static final int CITIES = 80;

  /** The seed of the bundled table. */
  public static final long SEED = 2021_0719L;

  /**
   * The sample programme's national evaluation indicators (国评指标) and the first-level indicator of cn-national-18
   * each is: the programme's lead departments answer for these.
   */
  public static final Map<String, String> INDICATOR_NODES;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("eval-start-business", "start-business");
    m.put("eval-labour-market", "labor-market");
    m.put("eval-construction-permits", "construction-permits");
    m.put("eval-procurement", "government-procurement");
    m.put("eval-tendering", "tendering");
    m.put("eval-electricity", "electricity");
    m.put("eval-water-gas", "water-gas");
    m.put("eval-register-property", "register-property");
    m.put("eval-credit", "credit");
    m.put("eval-minority-investors", "minority-investors");
    m.put("eval-ip", "ip");
    m.put("eval-cross-border-trade", "cross-border-trade");
    m.put("eval-taxes", "taxes");
    m.put("eval-enforce-contracts", "enforce-contracts");
    m.put("eval-insolvency", "insolvency");
    m.put("eval-market-supervision", "market-supervision");
    m.put("eval-government-services", "government-services");
    m.put("eval-inclusive-innovation", "inclusive-innovation");
    INDICATOR_NODES = Collections.unmodifiableMap(m);
  }

  private NationalSample() {}

  /**
   * Writes the bundled table from the bundled sample programme.
   *
   * @param args the output file, optional
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path out = args.length > 0 ? Path.of(args[0])
        : Path.of("scoring-examples", "src", "main", "resources", "national", "cn-national-18-2021.csv");
    Programme p = SampleCity.programme();
    Files.writeString(out, csv(SEED, targets(p, SampleCity.data(p))), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /**
   * The bundled table.
   *
   * @return its text
   */
  public static String bundled() {
    try (InputStream in = NationalSample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ScoringException("the bundled table " + RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The bundled table as a data set for {@code cn-national-18}.
   *
   * @return the data set
   */
  public static Dataset dataset() {
    return Dataset.builder().addCsv(bundled(), RESOURCE, "unit", DocumentLimits.defaults()).build();
  }

  /**
   * The Sample City's national ranks by first-level indicator of cn-national-18: its national results of the
   * programme's year for the indicators {@link #INDICATOR_NODES} maps.
   *
   * @param programme the programme
   * @param data its data
   * @return first-level node → rank
   * @throws ScoringException if a national result is out of a number of cities other than {@link #CITIES}
   */
  public static Map<String, Integer> targets(Programme programme, ProgrammeData data) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (ExternalResult r : data.externalResults()) {
      String node = INDICATOR_NODES.get(r.indicator());
      if (r.level() != ResultLevel.NATIONAL || !r.unit().equals(CITY) || node == null
          || !r.period().equals(programme.period())) {
        continue;
      }
      if (r.outOf() != CITIES) {
        throw new ScoringException("national result " + r.indicator() + " is out of " + r.outOf() + " cities, not "
            + CITIES);
      }
      out.put(node, r.rank());
    }
    return out;
  }

  /**
   * The table: the 80 cities' values of every second-level indicator, the Sample City first.
   *
   * @param seed the random seed of the other cities' values
   * @param targets the Sample City's rank by first-level indicator (others are left to chance)
   * @return the CSV text
   * @throws ScoringException if a target rank is outside 1 … 80 or a rank cannot be reached
   */
  public static String csv(long seed, Map<String, Integer> targets) {
    Methodology m = Catalogue.bundled().methodology("cn-national-18");
    List<Node> leaves = new ArrayList<>();
    m.nodes().forEach(n -> {
      if (n.isLeaf()) {
        leaves.add(n);
      }
    });
    SplittableRandom r = new SplittableRandom(seed);
    int others = CITIES - 1;
    // each peer has a level, so that a city good at one thing tends to be good at others
    double[] level = new double[others];
    for (int c = 0; c < others; c++) {
      level[c] = 0.1 + 0.8 * r.nextDouble();
    }
    double[][] values = new double[leaves.size()][others];
    for (int k = 0; k < leaves.size(); k++) {
      double[] range = range(leaves.get(k).id());
      boolean lower = leaves.get(k).direction() == Direction.LOWER_IS_BETTER;
      for (int c = 0; c < others; c++) {
        double t = Math.max(0, Math.min(1, level[c] + (r.nextDouble() - 0.5) * 0.6));
        values[k][c] = round(lower ? range[1] - t * (range[1] - range[0]) : range[0] + t * (range[1] - range[0]), 2);
      }
    }
    double[] city = new double[leaves.size()];
    for (Node first : m.nodes()) {
      List<Integer> kids = new ArrayList<>();
      for (int k = 0; k < leaves.size(); k++) {
        if (leaves.get(k).parent().orElseThrow().equals(first.id())) {
          kids.add(k);
        }
      }
      if (kids.isEmpty()) {
        continue;
      }
      Integer rank = targets.get(first.id());
      if (rank != null && (rank < 1 || rank > CITIES)) {
        throw new ScoringException("rank " + rank + " at " + first.id() + " is outside 1 … " + CITIES);
      }
      double share = rank == null ? 0.2 + 0.6 * r.nextDouble() : share(values, leaves, kids, rank);
      // the same share for each indicator, give or take a little that sums to nothing
      double room = Math.min(0.04, Math.min(share - 0.005, 0.995 - share));
      for (int j = 0; j < kids.size(); j++) {
        double jitter = kids.size() < 2 ? 0 : room * (2.0 * j - (kids.size() - 1)) / (kids.size() - 1);
        int k = kids.get(j);
        double[] mm = minMax(values[k], sign(leaves.get(k)));
        city[k] = round(sign(leaves.get(k)) * (mm[0] + (share + jitter) * (mm[1] - mm[0])), 4);
      }
    }
    StringBuilder sb = new StringBuilder("unit");
    leaves.forEach(l -> sb.append(',').append(l.source().orElseThrow()));
    sb.append('\n').append(CITY);
    for (double v : city) {
      sb.append(',').append(plain(v));
    }
    sb.append('\n');
    for (int c = 0; c < others; c++) {
      sb.append(String.format("c%02d", c + 1));
      for (double[] v : values) {
        sb.append(',').append(plain(v[c]));
      }
      sb.append('\n');
    }
    String text = sb.toString();
    check(m, text, targets);
    return text;
  }

  /** The share of the way from the others' worst to their best that gives the Sample City its rank at a node. */
  private static double share(double[][] values, List<Node> leaves, List<Integer> kids, int rank) {
    int others = values[0].length;
    double[] scores = new double[others];
    for (int k : kids) {
      double d = sign(leaves.get(k));
      double[] mm = minMax(values[k], d);
      for (int c = 0; c < others; c++) {
        scores[c] += (values[k][c] * d - mm[0]) / (mm[1] - mm[0]) / kids.size();
      }
    }
    Arrays.sort(scores); // ascending; the city ranks r when r − 1 others score above it
    double above = rank == 1 ? 1 : scores[others - rank + 1];
    double below = rank == CITIES ? 0 : scores[others - rank];
    return (above + below) / 2;
  }

  private static void check(Methodology m, String text, Map<String, Integer> targets) {
    Plan plan = Engine.create().compile(m);
    Evaluation e = plan.evaluate(Dataset.builder().addCsv(text, "national", "unit", DocumentLimits.defaults()).build());
    targets.forEach((node, rank) -> {
      int got = e.rank(CITY, node).orElse(-1);
      if (got != rank) {
        throw new ScoringException("the Sample City ranks " + got + " at " + node + ", not " + rank);
      }
    });
  }

  private static double sign(Node leaf) {
    return leaf.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
  }

  private static double[] minMax(double[] x, double d) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      lo = Math.min(lo, v * d);
      hi = Math.max(hi, v * d);
    }
    return new double[] {lo, hi};
  }

  /** Plausible ranges of the fictional values, by the kind of indicator. */
  private static double[] range(String leaf) {
    String kind = leaf.substring(leaf.indexOf('.') + 1);
    if (kind.equals("procedures")) {
      return new double[] {1, 8};
    }
    if (kind.equals("time") || kind.endsWith("-time")) {
      return new double[] {1, 60};
    }
    if (kind.equals("cost") || kind.endsWith("-cost")) {
      return new double[] {0.5, 15};
    }
    if (kind.equals("payments")) {
      return new double[] {5, 12};
    }
    if (kind.equals("total-rate")) {
      return new double[] {45, 70};
    }
    return new double[] {40, 100};
  }

  private static double round(double v, int places) {
    return new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }

  private static String plain(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }
}
