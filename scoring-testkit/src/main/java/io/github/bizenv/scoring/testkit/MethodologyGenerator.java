package io.github.bizenv.scoring.testkit;

import io.github.bizenv.scoring.methodology.Aggregators;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.QuantileTies;
import io.github.bizenv.scoring.methodology.Quantiles;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.QuotaRounding;
import io.github.bizenv.scoring.methodology.QuotaTies;
import io.github.bizenv.scoring.methodology.RankMethod;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.methodology.Rules;
import io.github.bizenv.scoring.methodology.Screen;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.methodology.Survey;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded generators of valid methodologies and of data they can score, for property-based tests of the engine
 * and of code that builds or varies methodologies. Every methodology generated compiles with the built-in
 * strategies; together they use every built-in normalizer and aggregator (point sums that redistribute missing
 * points among them), text codes, missing values, rules, point budgets, cross-cutting nodes (views outside the tree
 * and themes inside it), pipeline steps (survey steps over respondent-level answers among them), grades with quotas
 * and ranking options with quantiles.
 *
 * <pre>{@code
 * SplittableRandom r = new SplittableRandom(seed);
 * MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
 * Plan plan = Engine.create().compile(g.methodology());
 * Dataset.Builder data = Dataset.builder().observations(g.data(r, 20));
 * g.respondents(r, 20).forEach(x -> data.respondent(MethodologyGenerator.PERIOD, x.unit(), x.id(), x.answers()));
 * }</pre>
 *
 * <p>Not thread-safe; a generator's output depends only on the random source it is given.
 */
public final class MethodologyGenerator {

  /** The period of every generated observation. */
  public static final Period PERIOD = Period.year(2021);

  /** The data columns the generated rules read, besides the leaves' sources. */
  public static final List<String> RULE_COLUMNS = List.of("count.findings", "rank.national");

  private MethodologyGenerator() {}

  /** The column of the respondents' sample weights in generated respondent-level data. */
  public static final String WEIGHT_COLUMN = "w";

  /** One respondent of generated respondent-level data: its unit, id and answers by column. */
  public static final class Respondent {
    private final String unit;
    private final String id;
    private final Map<String, Double> answers;

    Respondent(String unit, String id, Map<String, Double> answers) {
      this.unit = unit;
      this.id = id;
      this.answers = Collections.unmodifiableMap(answers);
    }

    /**
     * The unit the respondent belongs to.
     *
     * @return the unit id
     */
    public String unit() {
      return unit;
    }

    /**
     * The respondent's id.
     *
     * @return the id
     */
    public String id() {
      return id;
    }

    /**
     * The answers, the sample weight {@link #WEIGHT_COLUMN} among them.
     *
     * @return column → finite number
     */
    public Map<String, Double> answers() {
      return answers;
    }
  }

  /** A generated methodology, with what is needed to generate data for it. */
  public static final class Generated {
    private final Methodology methodology;
    private final List<Leaf> leaves;
    private final boolean treats;
    private final List<String> surveyed;

    Generated(Methodology methodology, List<Leaf> leaves, boolean treats, List<String> surveyed) {
      this.methodology = methodology;
      this.leaves = leaves;
      this.treats = treats;
      this.surveyed = surveyed;
    }

    /**
     * The data columns a survey step aggregates from respondents' answers.
     *
     * @return the columns; empty when the pipeline has no survey step
     */
    public List<String> surveyedColumns() {
      return surveyed;
    }

    /**
     * Respondent-level answers for the methodology's survey steps: zero to five respondents per unit (of the same
     * units as {@link #data}), each with a sample weight and an answer to most surveyed columns; at least one
     * respondent in all, since a survey step refuses data without any.
     *
     * @param r the random source
     * @param units how many units, as given to {@link #data}
     * @return the respondents; empty when the methodology has no survey step
     */
    public List<Respondent> respondents(SplittableRandom r, int units) {
      List<Respondent> out = new ArrayList<>();
      if (surveyed.isEmpty()) {
        return out;
      }
      int n = treats ? Math.max(units, 8) : units;
      for (int u = 0; u < n; u++) {
        int count = r.nextInt(6);
        for (int k = 0; k < count; k++) {
          Map<String, Double> answers = new LinkedHashMap<>();
          answers.put(WEIGHT_COLUMN, 0.5 + r.nextInt(6) / 2.0);
          for (String c : surveyed) {
            if (r.nextInt(8) != 0) {
              answers.put(c, r.nextInt(3) == 0 ? r.nextInt(3) : Math.round(r.nextDouble() * 10000) / 10.0);
            }
          }
          out.add(new Respondent("u" + u, "r" + u + "." + k, answers));
        }
      }
      if (out.isEmpty()) {
        // A survey step needs respondent-level data to exist at all: one respondent answering every column.
        Map<String, Double> answers = new LinkedHashMap<>();
        answers.put(WEIGHT_COLUMN, 1.0);
        surveyed.forEach(c -> answers.put(c, Math.round(r.nextDouble() * 10000) / 10.0));
        out.add(new Respondent("u0", "r0.0", answers));
      }
      return out;
    }

    /**
     * The methodology.
     *
     * @return the methodology
     */
    public Methodology methodology() {
      return methodology;
    }

    /**
     * The leaves' data columns, in node order.
     *
     * @return the columns
     */
    public List<String> columns() {
      List<String> out = new ArrayList<>();
      leaves.forEach(l -> out.add(l.column));
      return out;
    }

    /**
     * Data for the methodology: every leaf's column and the rules' columns for {@code units} units ({@code u0},
     * {@code u1}, …) in {@link #PERIOD}, with some values missing, and text codes where a leaf declares them.
     *
     * @param r the random source
     * @param units how many units, at least 1 (at least 8 are generated when the pipeline treats outliers)
     * @return the observations
     */
    public List<Observation> data(SplittableRandom r, int units) {
      int n = treats ? Math.max(units, 8) : units;
      List<Observation> out = new ArrayList<>();
      for (int u = 0; u < n; u++) {
        String unit = "u" + u;
        for (Leaf l : leaves) {
          int roll = r.nextInt(20);
          if (roll == 0 && u > 0) {
            continue; // missing
          }
          if (roll == 1 && !l.codes.isEmpty()) {
            out.add(Observation.ofCode(unit, l.column, PERIOD, l.codes.get(r.nextInt(l.codes.size()))));
          } else if (l.categorical) {
            out.add(Observation.ofCode(unit, l.column, PERIOD, r.nextBoolean() ? "yes" : "no"));
          } else {
            out.add(Observation.of(unit, l.column, PERIOD, Math.round(r.nextDouble() * 10000) / 10.0));
          }
        }
        out.add(Observation.of(unit, "count.findings", PERIOD, r.nextInt(4)));
        out.add(Observation.of(unit, "rank.national", PERIOD, 1 + r.nextInt(40)));
      }
      return out;
    }
  }

  /** A leaf as generated. */
  static final class Leaf {
    final String id;
    final String column;
    final List<String> codes;
    final boolean categorical;

    Leaf(String id, String column, List<String> codes, boolean categorical) {
      this.id = id;
      this.column = column;
      this.codes = codes;
      this.categorical = categorical;
    }
  }

  /** What a subtree's scores can be, for choosing what may be built on it. */
  private static final class Shape {
    final boolean bounded;
    final boolean positive;

    Shape(boolean bounded, boolean positive) {
      this.bounded = bounded;
      this.positive = positive;
    }
  }

  /**
   * A random valid methodology of two to four levels.
   *
   * @param r the random source
   * @return the methodology and its leaves
   */
  public static Generated generate(SplittableRandom r) {
    ImmutableMethodology.Builder m = Methodology.builder().id("generated")
        .name(LocalizedText.of("生成的评价体系", "generated methodology"));
    List<Node> nodes = new ArrayList<>();
    List<Leaf> leaves = new ArrayList<>();
    Map<String, List<String>> parents = new LinkedHashMap<>();
    boolean copelandRoot = r.nextInt(10) == 0;
    ImmutableNode.Builder root = Node.root("root");
    if (copelandRoot) {
      root.aggregator(Aggregators.copeland());
    } else {
      root.minShare(r.nextBoolean() ? 1 : 0.5);
    }
    nodes.add(null); // the root, built last
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Shape rootShape = children(r, "root", 1 + r.nextInt(3), nodes, leaves, parents, copelandRoot, shapes);
    List<String> candidates = new ArrayList<>(shapes.keySet());
    if (!copelandRoot && r.nextInt(4) == 0) {
      // a theme inside the tree: a cross-cutting child of the root over nodes of other branches
      ImmutableNode.Builder theme = Node.builder().id("theme").parent("root").weight(1 + r.nextInt(2));
      boolean bounded = true;
      boolean positive = true;
      for (String id : pick(r, candidates)) {
        theme.putMember(id, 1.0 + r.nextInt(3));
        bounded &= shapes.get(id).bounded;
        positive &= shapes.get(id).positive;
      }
      nodes.add(theme.build());
      rootShape = new Shape(rootShape.bounded && bounded, rootShape.positive && positive);
    }
    int views = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
    List<String> viewIds = new ArrayList<>();
    for (int v = 0; v < views; v++) {
      ImmutableNode.Builder view = Node.builder().id("view" + v);
      for (String id : pick(r, candidates)) {
        view.putMember(id, r.nextBoolean() ? 1.0 : 0.5 + r.nextInt(4));
      }
      if (r.nextInt(3) == 0) {
        view.aggregator(Aggregators.generalisedMean(2));
      }
      nodes.add(view.build());
      viewIds.add("view" + v);
    }
    if (!copelandRoot && rootShape.bounded) {
      addRules(r, root); // an override gives full marks, which only a bounded node has
    }
    if (!copelandRoot && rootShape.bounded && r.nextInt(3) == 0) {
      root.points(80);
    }
    nodes.set(0, root.build());
    m.nodes(nodes);
    boolean treats = false;
    List<String> surveyed = new ArrayList<>();
    List<io.github.bizenv.scoring.methodology.PipelineStep> survey = new ArrayList<>();
    if (r.nextInt(4) == 0) {
      List<Integer> numeric = new ArrayList<>();
      for (int k = 0; k < leaves.size(); k++) {
        if (!leaves.get(k).categorical) {
          numeric.add(k);
        }
      }
      Collections.shuffle(numeric, new java.util.Random(r.nextLong()));
      int steps = Math.min(numeric.size(), 1 + r.nextInt(2));
      for (int k = 0; k < steps; k++) {
        Leaf leaf = leaves.get(numeric.get(k));
        io.github.bizenv.scoring.methodology.ImmutableSurvey.Builder s = Survey.builder()
            .statistic(SurveyStatistic.values()[r.nextInt(3)]).addIndicator(leaf.id)
            .minRespondents(1 + r.nextInt(3));
        if (r.nextBoolean()) {
          s.weightColumn(WEIGHT_COLUMN);
        }
        survey.add(s.build());
        surveyed.add(leaf.column);
      }
    }
    m.pipeline(survey);
    if (!copelandRoot && r.nextInt(3) == 0) {
      List<io.github.bizenv.scoring.methodology.PipelineStep> steps = new ArrayList<>(survey);
      if (r.nextBoolean()) {
        steps.add(Impute.of(r.nextBoolean() ? ImputationMethod.MEAN : r.nextBoolean() ? ImputationMethod.MEDIAN
            : ImputationMethod.ROW_MEAN));
      }
      if (r.nextInt(3) == 0) {
        steps.add(Screen.minShare(0.5));
      }
      if (r.nextBoolean()) {
        steps.add(Treat.builder().winmax(1 + r.nextInt(5)).build());
        treats = true;
      }
      m.pipeline(steps);
    }
    if (r.nextBoolean()) {
      io.github.bizenv.scoring.methodology.ImmutableRanking.Builder ranking = Ranking.builder()
          .method(r.nextBoolean() ? RankMethod.COMPETITION : RankMethod.DENSE).tolerance(r.nextInt(3) == 0 ? 0.5 : 0);
      if (r.nextBoolean()) {
        io.github.bizenv.scoring.methodology.ImmutableQuantiles.Builder q = Quantiles.builder().count(3 + r.nextInt(3))
            .ties(r.nextBoolean() ? QuantileTies.BETTER : QuantileTies.WORSE);
        if (r.nextBoolean()) {
          q.addNode("root");
          q.addAllNodes(viewIds);
        }
        ranking.quantiles(q.build());
      }
      m.ranking(ranking.build());
    }
    if (!copelandRoot && r.nextBoolean()) {
      io.github.bizenv.scoring.methodology.ImmutableGrades.Builder g = Grades.builder();
      double top = rootShape.bounded ? 60 : 0.5;
      g.addBands(Band.of("A", top), Band.of("B", top / 2), Band.rest("C"));
      if (r.nextBoolean()) {
        g.quota(Quota.builder().band("A").maxShare(0.1 + r.nextInt(5) / 10.0)
            .rounding(QuotaRounding.values()[r.nextInt(3)]).ties(r.nextBoolean() ? QuotaTies.DEMOTE : QuotaTies.KEEP)
            .build());
      }
      m.grades(g.build());
    }
    if (r.nextInt(4) == 0) {
      m.decimals(r.nextInt(4));
    }
    return new Generated(m.build(), Collections.unmodifiableList(leaves), treats, Collections.unmodifiableList(surveyed));
  }

  /** One to three distinct node ids. */
  private static List<String> pick(SplittableRandom r, List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, new java.util.Random(r.nextLong()));
    return copy.subList(0, Math.min(copy.size(), 1 + r.nextInt(3)));
  }

  private static void addRules(SplittableRandom r, ImmutableNode.Builder node) {
    switch (r.nextInt(5)) {
      case 0:
        node.addRule(Rules.bonusDeduction(Rules.item("count.findings", -1.5, "supervision"))
            .with("floor", 0.0));
        break;
      case 1:
        node.addRule(Rules.override(Rules.atMost("rank.national", 5)));
        break;
      case 2:
        node.addRule(Rules.veto("exclude-top-band", Rules.atLeast("count.findings", 3)));
        break;
      default:
        break;
    }
  }

  private static Shape children(SplittableRandom r, String parent, int depth, List<Node> nodes, List<Leaf> leaves,
      Map<String, List<String>> parents, boolean underCopeland, Map<String, Shape> shapes) {
    int n = 1 + r.nextInt(4);
    boolean bounded = true;
    boolean positive = true;
    for (int k = 0; k < n; k++) {
      String id = parent + "." + k;
      double weight = Math.round((0.1 + r.nextDouble() * 3) * 100) / 100.0;
      Shape s;
      if (depth == 0 || r.nextInt(3) == 0) {
        s = leaf(r, id, parent, weight, nodes, leaves);
      } else {
        ImmutableNode.Builder b = Node.inner(id, parent).weight(weight);
        int at = nodes.size();
        nodes.add(null);
        Shape kids = children(r, id, depth - 1, nodes, leaves, parents, false, shapes);
        StrategySpec agg = aggregator(r, kids);
        if (agg != null) {
          b.aggregator(agg);
        }
        if (r.nextInt(4) == 0) {
          b.minShare(0.5);
        }
        if (r.nextInt(6) == 0) {
          b.published("published." + id); // a column the generated data does not have: the aggregate stays
        }
        boolean pointSum = agg != null && agg.name().equals("point-sum");
        if (pointSum && agg.settings().containsKey("redistribute")) {
          b.minShare(0); // a missing child's points go to the others
        }
        s = new Shape(kids.bounded, kids.positive && !pointSum);
        if (kids.bounded && r.nextInt(5) == 0) {
          b.points(10 + r.nextInt(40));
          s = new Shape(true, false);
        }
        if (s.bounded && r.nextInt(6) == 0) {
          addRules(r, b);
          s = new Shape(s.bounded, false);
        }
        nodes.set(at, b.build());
      }
      shapes.put(id, s);
      bounded &= s.bounded;
      positive &= s.positive;
    }
    return new Shape(bounded, positive);
  }

  private static StrategySpec aggregator(SplittableRandom r, Shape kids) {
    switch (r.nextInt(8)) {
      case 0:
        return kids.positive ? Aggregators.geometricMean() : null;
      case 1:
        return kids.positive ? Aggregators.harmonicMean() : null;
      case 2:
        return Aggregators.generalisedMean(2);
      case 3:
        return !kids.bounded ? null : r.nextBoolean() ? Aggregators.pointSum(150)
            : Aggregators.pointSum(150, r.nextBoolean() ? "equally" : "by-weight");
      default:
        return r.nextBoolean() ? Aggregators.weightedMean() : null;
    }
  }

  private static Shape leaf(SplittableRandom r, String id, String parent, double weight, List<Node> nodes,
      List<Leaf> leaves) {
    String column = "x" + leaves.size();
    boolean lower = r.nextBoolean();
    ImmutableNode.Builder b = Node.leaf(id, parent, column).weight(weight)
        .direction(lower ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
    List<String> codes = new ArrayList<>();
    boolean categorical = false;
    Shape shape;
    switch (r.nextInt(16)) {
      case 0:
        b.normalizer(lower ? Normalizers.distanceToFrontier(0, 1000) : Normalizers.distanceToFrontier(1000, 0));
        shape = new Shape(true, false);
        break;
      case 1:
        b.normalizer(Normalizers.goalposts(50, 900));
        shape = new Shape(true, false);
        break;
      case 2:
        b.normalizer(Normalizers.distanceToTarget(lower ? 100 : 800));
        shape = new Shape(true, false);
        break;
      case 3:
        b.normalizer(lower ? Normalizers.stepTable(1, Normalizers.step("atMost", 200, 10),
            Normalizers.step("atMost", 600, 5)) : Normalizers.stepTable(1, Normalizers.step("atLeast", 600, 10),
            Normalizers.step("atLeast", 200, 5)));
        shape = new Shape(true, true);
        break;
      case 4:
        b.normalizer(Normalizers.categorical(Map.of("yes", 10.0, "no", 2.0)));
        categorical = true;
        shape = new Shape(true, true);
        break;
      case 5:
        b.normalizer(Normalizers.zScore(10, 2));
        shape = new Shape(false, false);
        break;
      case 6:
        b.normalizer(Normalizers.rank());
        shape = new Shape(false, true);
        break;
      case 7:
        b.normalizer(Normalizers.percentileRank());
        shape = new Shape(true, false);
        break;
      case 8:
        b.normalizer(Normalizers.borda());
        shape = new Shape(false, false);
        break;
      case 9:
        b.normalizer(Normalizers.distanceToMax());
        shape = new Shape(true, false);
        break;
      case 10:
        b.normalizer(Normalizers.distanceToReference("u0").with("cap", true));
        shape = new Shape(true, false);
        break;
      case 11:
        b.normalizer(Normalizers.identity(0, 1000)).direction(Direction.HIGHER_IS_BETTER);
        shape = new Shape(true, false);
        break;
      case 12:
        b.normalizer(Normalizers.percentileLinear());
        shape = new Shape(true, false);
        break;
      case 13:
        b.normalizer(Normalizers.normalCdf());
        shape = new Shape(true, false);
        break;
      default:
        b.normalizer(Normalizers.minMax(1, 100));
        shape = new Shape(true, true);
    }
    if (!categorical && r.nextInt(4) == 0) {
      b.putCode("n/a", CodeOutcome.NOT_APPLICABLE);
      b.putCode("unknown", CodeOutcome.MISSING);
      codes.add("n/a");
      codes.add("unknown");
    }
    nodes.add(b.build());
    leaves.add(new Leaf(id, column, codes, categorical));
    return shape;
  }
}
