package io.github.bizenv.scoring.examples;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bizenv.scoring.ScoringException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Engine;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.methodology.Composite;
import io.github.bizenv.scoring.methodology.Denominate;
import io.github.bizenv.scoring.methodology.Eligibility;
import io.github.bizenv.scoring.methodology.GradeEdge;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.Heads;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.ImmutableNode;
import io.github.bizenv.scoring.methodology.ImmutableRanking;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.QuantileTies;
import io.github.bizenv.scoring.methodology.Quantiles;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.QuotaRounding;
import io.github.bizenv.scoring.methodology.QuotaTies;
import io.github.bizenv.scoring.methodology.RankMethod;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.methodology.ScoreBasis;
import io.github.bizenv.scoring.methodology.Screen;
import io.github.bizenv.scoring.methodology.Setting;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.methodology.Survey;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.methodology.TreatmentOverride;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Member;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fuzz tests of the methodology compiler: whatever the methodology — built in code from fuzzed choices, or read from
 * fuzzed bytes — building, compiling, evaluating, explaining it (in English and Chinese) either succeed or throw the
 * library's own {@link ScoringException}, never anything else (no NullPointerException, no index out of bounds, no
 * stack overflow, no IllegalStateException from a strategy or the explainer).
 *
 * <p>In a normal build they run in regression mode over the inputs in
 * {@code src/test/resources/.../CompilerFuzzTestInputs/}; fuzz for real with {@code JAZZER_FUZZ=1 ./mvnw -pl
 * scoring-examples test -Dtest='CompilerFuzzTest#models'} (or {@code #documents}).
 */
class CompilerFuzzTest {

  static final Texts ZH = Texts.of(Locale.SIMPLIFIED_CHINESE);
  static final Texts EN = Texts.of(Locale.ENGLISH);

  static final String[] NORMALIZERS = {"distance-to-frontier", "min-max", "goalposts", "distance-to-target",
      "step-table", "categorical", "base-score", "z-score", "rank", "percentile-rank", "borda", "distance-to-max",
      "fraction-of-max", "distance-to-reference", "identity", "percentile-linear", "normal-cdf", "logistic", "nope"};
  static final String[] AGGREGATORS = {"weighted-mean", "geometric-mean", "harmonic-mean", "point-sum",
      "generalised-mean", "copeland", "nope"};
  static final String[] RULES = {"bonus-deduction", "override", "veto", "nope"};
  static final String[] SETTINGS = {"best", "worst", "power", "scale", "lower", "upper", "constant", "truncate",
      "target", "cap", "steps", "atLeast", "atMost", "score", "otherwise", "scores", "base", "mean", "sd", "unit",
      "min", "max", "outliers", "tail", "floor", "redistribute", "p", "items", "indicator", "amount", "category",
      "matter", "categoryCaps", "ceiling", "any", "equals", "label", "grade", "effect", "x"};
  static final String[] TEXTS = {"midpoint", "upper", "lower", "equally", "by-weight", "none", "zero",
      "force-grade", "exclude-top-band", "meta.t", "meta.zz", "c1", "c2", "u0", "u1", "A", "B", "", "优秀", "良好"};

  /** A methodology built with the builders from fuzzed choices, then compiled, evaluated and explained. */
  @FuzzTest(maxDuration = "5m")
  void models(FuzzedDataProvider data) {
    Methodology m;
    try {
      m = methodology(data);
    } catch (ScoringException expected) {
      plain(expected);
      return; // a ValidationException from build(): the model refused it, naming the problems
    }
    Plan plan;
    try {
      plan = Engine.create().compile(m);
    } catch (ScoringException expected) {
      plain(expected);
      return;
    }
    evaluateAndExplain(plan, Values.of(data));
  }

  /** A methodology read from fuzzed bytes (seeded with valid files), then compiled, evaluated and explained. */
  @FuzzTest(maxDuration = "5m")
  void documents(byte[] input) {
    Plan plan;
    try {
      plan = Engine.create().compile(new ByteArrayInputStream(input), "fuzz.json");
    } catch (ScoringException expected) {
      plain(expected);
      return;
    }
    int[] k = {0};
    // The document was the input: the data are a fixed sequence.
    evaluateAndExplain(plan, new Values() {
      @Override
      public boolean flip() {
        return k[0]++ % 3 != 0;
      }

      @Override
      public double number(double min, double max) {
        return min + (max - min) * ((k[0]++ * 37) % 101) / 100.0;
      }

      @Override
      public int pick(int min, int max) {
        return min + k[0]++ % (max - min + 1);
      }
    });
  }

  /** Exception or class names in a problem: a built-in strategy or reader failed where it should have checked. */
  static final java.util.regex.Pattern INTERNALS = java.util.regex.Pattern.compile(
      "Exception|java\\.|com\\.fasterxml|Cannot build|\\w\\$\\d");

  /**
   * Problems in plain words, each with a place. What a message quotes or lists is the input's, so it is not looked at
   * (the fuzzer learns the words this check looks for and writes them into ids and names).
   */
  static void plain(ScoringException e) {
    if (e instanceof io.github.bizenv.scoring.ValidationException) {
      for (io.github.bizenv.scoring.Problem p : ((io.github.bizenv.scoring.ValidationException) e).problems()) {
        String own = p.message().replaceAll("\"[^\"]*\"|'[^']*'|\\[[^\\]]*\\]", "…");
        if (INTERNALS.matcher(own).find() || p.path().isEmpty()) {
          throw new AssertionError("a problem with internals or without a place: " + p, e);
        }
      }
    } else {
      throw new AssertionError("not a ValidationException: " + e.getMessage(), e);
    }
  }

  /** Where the data come from: the fuzzer, or a fixed sequence. */
  interface Values {
    boolean flip();

    double number(double min, double max);

    int pick(int min, int max);

    static Values of(FuzzedDataProvider d) {
      return new Values() {
        @Override
        public boolean flip() {
          return d.consumeBoolean();
        }

        @Override
        public double number(double min, double max) {
          return d.consumeRegularDouble(min, max);
        }

        @Override
        public int pick(int min, int max) {
          return d.consumeInt(min, max);
        }
      };
    }
  }

  /** Evaluates a plan on five units with a value in every column the plan reads, and explains every node. */
  static void evaluateAndExplain(Plan plan, Values data) {
    Dataset.Builder b = Dataset.builder();
    java.util.Set<String> columns = new java.util.LinkedHashSet<>();
    for (Node node : plan.methodology().nodes()) {
      plan.source(node.id()).ifPresent(columns::add);
    }
    columns.addAll(List.of("group", "pop", "hotline", "accident", "weight"));
    columns.removeIf(c -> c.equals("group"));
    for (int u = 0; u < 5; u++) {
      String unit = "u" + u;
      b.unit(unit);
      b.code(unit, "group", u % 2 == 0 ? "east" : "west");
      for (String c : columns) {
        if (data.flip()) {
          b.value(unit, c, data.number(-10, 110));
        } else if (data.pick(0, 3) == 0) {
          b.code(unit, c, "No Practice");
        }
      }
    }
    Evaluation e;
    try {
      e = plan.evaluate(b.build());
    } catch (ScoringException expected) {
      plain(expected);
      return;
    }
    for (String unit : e.units()) {
      for (String node : plan.methodology().nodes().stream().map(Node::id).toArray(String[]::new)) {
        var x = e.explain(unit, node);
        x.text();
        Tables.explanationText(x, ZH);
        Tables.explanationText(x, EN);
      }
    }
    e.units().forEach(u -> e.grade(u));
  }

  // ------------------------------------------------------------------ a methodology from fuzzed choices

  static Methodology methodology(FuzzedDataProvider d) {
    ImmutableMethodology.Builder m = Methodology.builder().id(d.consumeBoolean() ? "m" : d.consumeString(8))
        .name(LocalizedText.of("体系", "M"));
    int n = d.consumeInt(1, 10);
    List<String> ids = new ArrayList<>();
    int[] parent = new int[n];
    boolean[] hasChild = new boolean[n];
    for (int i = 0; i < n; i++) {
      ids.add(d.consumeInt(0, 20) == 0 ? d.consumeString(4) : "n" + i);
      parent[i] = i == 0 ? -1 : d.consumeInt(-1, i - 1);
      if (parent[i] >= 0) {
        hasChild[parent[i]] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      ImmutableNode.Builder b = Node.builder().id(ids.get(i));
      if (parent[i] >= 0) {
        b.parent(ids.get(parent[i]));
      }
      if (d.consumeInt(0, 4) == 0) {
        b.weight(d.consumeDouble());
      }
      if (d.consumeInt(0, 5) == 0) {
        b.points(d.consumeRegularDouble(-10, 200));
      }
      if (parent[i] < 0 && i > 0 && !hasChild[i]) {
        // a node without a parent: a view over members
        int k = d.consumeInt(0, 3);
        for (int j = 0; j < k; j++) {
          b.putMember(ids.get(d.consumeInt(0, n - 1)) + (d.consumeInt(0, 9) == 0 ? "x" : ""),
              d.consumeRegularDouble(-1, 3));
        }
      } else if (!hasChild[i] && i > 0) {
        b.source(d.consumeBoolean() ? "c" + i : d.consumeString(3));
        if (d.consumeBoolean()) {
          b.direction(Direction.LOWER_IS_BETTER);
        }
        b.normalizer(spec(d, NORMALIZERS));
        if (d.consumeInt(0, 3) == 0) {
          b.putCode("No Practice", d.consumeBoolean() ? CodeOutcome.score(d.consumeRegularDouble(-5, 105))
              : CodeOutcome.NOT_APPLICABLE);
        }
        if (d.consumeInt(0, 4) == 0) {
          b.denominator("pop");
        }
        if (d.consumeInt(0, 3) == 0) {
          b.putMeta("t", d.consumeRegularDouble(-10, 110));
        }
      } else if (d.consumeBoolean()) {
        b.aggregator(spec(d, AGGREGATORS));
      }
      if (d.consumeInt(0, 3) == 0) {
        b.addRule(spec(d, RULES));
      }
      if (d.consumeInt(0, 5) == 0) {
        b.minShare(d.consumeRegularDouble(-0.5, 1.5));
      }
      if (d.consumeInt(0, 6) == 0) {
        b.decimals(d.consumeInt(-1, 12));
      }
      if (d.consumeInt(0, 8) == 0) {
        b.published("pub" + i);
      }
      m.addNode(b.build());
    }
    if (d.consumeBoolean()) {
      m.defaultNormalizer(spec(d, NORMALIZERS));
    }
    if (d.consumeInt(0, 3) == 0) {
      m.defaultAggregator(spec(d, AGGREGATORS));
    }
    m.pipeline(pipeline(d, ids));
    if (d.consumeInt(0, 3) == 0) {
      m.addComposites(Composite.builder().unit(d.consumeBoolean() ? "duo" : "u0")
          .addMembers(Member.of("u1", d.consumeRegularDouble(-1, 2)), Member.of(d.consumeBoolean() ? "u2" : "duo", 1))
          .build());
    }
    if (d.consumeBoolean()) {
      m.ranking(ranking(d, ids));
    }
    if (d.consumeBoolean()) {
      List<Band> bands = new ArrayList<>();
      int k = d.consumeInt(1, 4);
      double min = 100;
      for (int j = 0; j < k - 1; j++) {
        min -= d.consumeRegularDouble(-5, 30);
        bands.add(Band.of(new String[] {"优秀", "良好", "一般", "较差"}[j], min));
      }
      bands.add(Band.rest(new String[] {"优秀", "良好", "一般", "较差"}[k - 1]));
      var g = Grades.builder().bands(bands).edge(d.consumeBoolean() ? GradeEdge.MIN_INCLUSIVE : GradeEdge.MIN_EXCLUSIVE)
          .basis(d.consumeBoolean() ? ScoreBasis.UNROUNDED : ScoreBasis.PRESENTED);
      if (d.consumeBoolean()) {
        g.quota(Quota.builder().band(bands.get(0).name()).maxShare(d.consumeRegularDouble(-0.1, 1.1))
            .rounding(d.pickValue(QuotaRounding.values())).ties(d.pickValue(QuotaTies.values())).build());
      }
      m.grades(g.build());
      if (d.consumeBoolean()) {
        var h = Heads.builder().addGrades("优秀", "称职");
        bands.forEach(band -> h.putFrom(band.name(), d.consumeBoolean() ? "优秀" : "称职"));
        m.heads(h.build());
      }
    }
    if (d.consumeInt(0, 6) == 0) {
      m.decimals(d.consumeInt(-1, 12));
    }
    return m.build();
  }

  static StrategySpec spec(FuzzedDataProvider d, String[] names) {
    String name = d.pickValue(names);
    Map<String, Setting> settings = new LinkedHashMap<>();
    int k = d.consumeInt(0, 4);
    for (int j = 0; j < k; j++) {
      settings.put(d.pickValue(SETTINGS), setting(d, 0));
    }
    return StrategySpec.of(name, settings);
  }

  static Setting setting(FuzzedDataProvider d, int depth) {
    switch (d.consumeInt(0, depth < 2 ? 5 : 3)) {
      case 0:
        return Setting.of(d.consumeRegularDouble(-1e6, 1e6));
      case 1:
        return Setting.of(d.consumeInt(-3, 120));
      case 2:
        return Setting.of(d.pickValue(TEXTS));
      case 3:
        return Setting.of(d.consumeBoolean());
      case 4: {
        List<Setting> list = new ArrayList<>();
        int k = d.consumeInt(0, 3);
        for (int j = 0; j < k; j++) {
          list.add(setting(d, depth + 1));
        }
        return Setting.list(list);
      }
      default: {
        Map<String, Setting> object = new LinkedHashMap<>();
        int k = d.consumeInt(0, 3);
        for (int j = 0; j < k; j++) {
          object.put(d.pickValue(SETTINGS), setting(d, depth + 1));
        }
        return Setting.object(object);
      }
    }
  }

  static List<PipelineStep> pipeline(FuzzedDataProvider d, List<String> ids) {
    List<PipelineStep> steps = new ArrayList<>();
    int k = d.consumeInt(0, 4);
    for (int j = 0; j < k; j++) {
      switch (d.consumeInt(0, 4)) {
        case 0:
          steps.add(Survey.builder().statistic(d.pickValue(SurveyStatistic.values())).addIndicators(d.pickValue(ids))
              .minRespondents(d.consumeInt(0, 5)).build());
          break;
        case 1:
          steps.add(Denominate.builder().scale(d.consumeRegularDouble(-10, 1000)).build());
          break;
        case 2: {
          ImputationMethod method = d.pickValue(ImputationMethod.values());
          var b = Impute.builder().method(method);
          if (d.consumeBoolean()) {
            b.groupColumn("group");
          }
          if (d.consumeBoolean()) {
            b.indicators(java.util.Set.of(d.pickValue(ids)));
          }
          steps.add(b.build());
          break;
        }
        case 3:
          steps.add(Screen.builder().minShare(d.consumeRegularDouble(-0.2, 1.2))
              .node(java.util.Optional.ofNullable(d.consumeBoolean() ? d.pickValue(ids) : null)).build());
          break;
        default: {
          var b = Treat.builder().winmax(d.consumeInt(-1, 6)).skew(d.consumeRegularDouble(-1, 5))
              .kurtosis(d.consumeRegularDouble(-1, 5));
          if (d.consumeBoolean()) {
            b.putOverride(d.pickValue(ids), d.consumeBoolean() ? TreatmentOverride.NONE
                : TreatmentOverride.winmax(d.consumeInt(0, 3)));
          }
          steps.add(b.build());
        }
      }
    }
    return steps;
  }

  static Ranking ranking(FuzzedDataProvider d, List<String> ids) {
    ImmutableRanking.Builder r = Ranking.builder().method(d.pickValue(RankMethod.values()))
        .tolerance(d.consumeRegularDouble(-0.1, 5)).basis(d.pickValue(ScoreBasis.values()));
    if (d.consumeBoolean()) {
      r.node(d.pickValue(ids));
    }
    if (d.consumeBoolean()) {
      r.groupColumn("group");
    } else if (d.consumeBoolean()) {
      r.putGroup("a", List.of("u0", "u1")).putGroup("b", List.of("u2", d.consumeBoolean() ? "u1" : "u3"));
    }
    if (d.consumeBoolean()) {
      r.eligible(Eligibility.builder().indicator(d.consumeBoolean() ? "hotline" : "nothing")
          .atLeast(d.consumeRegularDouble(-1, 5)).build());
    }
    if (d.consumeBoolean()) {
      r.quantiles(Quantiles.builder().count(d.consumeInt(0, 6)).ties(d.pickValue(QuantileTies.values()))
          .addNode(d.pickValue(ids)).build());
    }
    if (d.consumeBoolean()) {
      r.addExclude("u4");
    }
    return r.build();
  }
}
