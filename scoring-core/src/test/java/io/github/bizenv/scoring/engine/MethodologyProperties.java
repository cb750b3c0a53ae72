package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.io.Documents;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.testkit.MethodologyGenerator;
import io.github.bizenv.scoring.testkit.Seeds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Properties of methodologies built in code and read from files alike, over methodologies generated with every
 * built-in strategy, text codes, missing values, rules, point budgets, cross-cutting nodes, pipeline steps (survey
 * steps over respondent-level answers among them), grades with quotas and quantiles. Each
 * repetition uses seed base + n; the base is printed, and a failure names its seed (replay with
 * -Dbizenv.seed=N).
 */
class MethodologyProperties {

  static final long BASE = Seeds.base("MethodologyProperties");
  static final Documents DOCS = Documents.create();
  static final Engine ENGINE = Engine.create();

  static long seed(RepetitionInfo info) {
    return Seeds.of(BASE, info.getCurrentRepetition());
  }

  static Dataset data(MethodologyGenerator.Generated g, SplittableRandom r) {
    int units = 2 + r.nextInt(30);
    Dataset.Builder b = Dataset.builder().observations(g.data(r, units));
    for (MethodologyGenerator.Respondent x : g.respondents(r, units)) {
      b.respondent(MethodologyGenerator.PERIOD, x.unit(), x.id(), x.answers());
    }
    return b.build();
  }

  /** Two evaluations agree exactly: every score (bit for bit), not-applicable mark, rank, group and grade. */
  static void assertSame(Evaluation a, Evaluation b, String what) {
    assertEquals(a.units(), b.units(), what + ": units");
    for (String u : a.units()) {
      for (String node : a.plan().nodes()) {
        assertEquals(a.score(u, node), b.score(u, node), what + ": " + u + " at " + node);
        assertEquals(a.notApplicable(u, node), b.notApplicable(u, node), what + ": " + u + " n/a at " + node);
      }
      assertEquals(a.rank(u), b.rank(u), what + ": rank of " + u);
      assertEquals(a.group(u), b.group(u), what + ": group of " + u);
      assertEquals(a.grade(u), b.grade(u), what + ": grade of " + u);
    }
  }

  @RepeatedTest(150)
  void aMethodologyWrittenAndReadBackIsEqualAndEvaluatesIdentically(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Methodology m = g.methodology();
      String text = DOCS.toJson(m);
      Methodology back = DOCS.readMethodology(text, "generated.json");
      assertEquals(m, back);
      assertEquals(text, DOCS.toJson(back), "writing is canonical");
      Dataset d = data(g, r);
      assertSame(ENGINE.compile(m).evaluate(d), ENGINE.compile(text, "generated.json").evaluate(d), "file vs code");
    });
  }

  @RepeatedTest(150)
  void scoresAreFiniteOrMissingAndWithinTheirRange(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation e = p.evaluate(data(g, r));
      for (String node : p.nodes()) {
        boolean rules = !p.rules(node).isEmpty() || !p.childrenInRange(p.node(node));
        for (String u : e.units()) {
          if (e.score(u, node).isPresent()) {
            double s = e.score(u, node).getAsDouble();
            assertTrue(Double.isFinite(s), node + " of " + u + " = " + s);
            if (!rules) {
              assertTrue(Leaves.within(s, p.range(node)), node + " of " + u + " = " + s + " outside " + p.range(node));
            }
          }
        }
      }
    });
  }

  @RepeatedTest(100)
  void aVariantEvaluatedOnAnEarlierEvaluationEqualsOneEvaluatedAfresh(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Dataset d = data(g, r);
      Evaluation base = p.evaluate(d);
      Map<String, Double> weights = new HashMap<>();
      for (String node : p.nodes()) {
        if (r.nextBoolean()) {
          weights.put(node, 0.05 + r.nextDouble() * 4);
        }
      }
      Plan reweighed = p.withWeights(weights);
      assertSame(reweighed.evaluate(d), reweighed.evaluate(base), "new weights");
      assertSame(ENGINE.compile(reweighed.methodology()).evaluate(d), reweighed.evaluate(base), "new weights, recompiled");
      List<String> leaves = p.leavesUnder(p.root());
      String leaf = leaves.get(r.nextInt(leaves.size()));
      if (p.strategy(leaf).name().equals("categorical")) {
        return; // its text answers need a categorical scale
      }
      StrategySpec other = Normalizers.minMax(1, 100);
      Plan renormalized;
      try {
        renormalized = p.withNormalizer(leaf, other);
      } catch (ValidationException e) {
        return; // e.g. text codes scored outside the new range: a legitimate refusal
      }
      assertSame(renormalized.evaluate(d), renormalized.evaluate(base), "new normalizer at " + leaf);
      if (!leaf.equals(p.root()) && leaves.size() > 1) {
        Plan without;
        try {
          without = p.without(leaf);
        } catch (ValidationException e) {
          return; // the leaf was all a ranking, grading or screening node had
        }
        assertSame(without.evaluate(d), without.evaluate(base), "without " + leaf);
        assertTrue(!without.hasNode(leaf));
      }
    });
  }

  @RepeatedTest(50)
  void newWeightsReuseThePreparedDataAndTheNormalizedLeaves(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation base = p.evaluate(data(g, r));
      Plan variant = p.withWeights(Map.of(p.root(), 2.0));
      Evaluation e = variant.evaluate(base);
      assertTrue(e.prepared() == base.prepared(), "the pipeline did not run again");
      for (String leaf : p.leavesUnder(p.root())) {
        int i = p.node(leaf);
        if (!p.hasPoints(i) && p.rules(i).length == 0 && p.composites().isEmpty()) {
          assertTrue(e.state().scores[i] == base.state().scores[i], leaf + " was not normalized again");
        }
      }
    });
  }

  @RepeatedTest(100)
  void theBulkKernelsEqualThePerCellPathBitForBit(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation e = p.evaluate(data(g, r));
      EvalState st = e.state();
      double[] values = new double[p.maxChildren()];
      double[] weights = new double[p.maxChildren()];
      for (int i = 0; i < p.size(); i++) {
        if (p.hasPoints(i) || p.rules(i).length > 0 || !p.composites().isEmpty()) {
          continue;
        }
        for (int u = 0; u < st.count(); u++) {
          double bulk = st.scores[i][u];
          double cell;
          if (p.isLeaf(i)) {
            Dataset.Column c = st.table.columns.get(p.leaf(i).column);
            if (c.code(st.row[u]) != null) {
              continue;
            }
            double raw = st.prepared != null ? st.prepared.values[i][u] : c.value(st.row[u]);
            cell = raw == raw ? st.fits[i].apply(raw) : Double.NaN;
          } else if (p.aggregator(i).columnWise()) {
            continue;
          } else {
            cell = Aggregation.aggregate(p, i, u, st, values, weights, new double[p.inputs(i).length]);
          }
          assertEquals(Double.doubleToLongBits(cell), Double.doubleToLongBits(bulk),
              p.id(i) + " of " + st.units.get(u) + ": per cell " + cell + ", bulk " + bulk);
        }
      }
    });
  }

  @RepeatedTest(150)
  void aCrossCuttingNodeIsTheWeightedMeanOfItsMembersScores(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation e = p.evaluate(data(g, r));
      for (String node : p.nodes()) {
        Map<String, Double> members = p.members(node);
        if (members.isEmpty() || !p.strategy(node).name().equals("weighted-mean") || !p.rules(node).isEmpty()) {
          continue;
        }
        List<String> order = p.nodes();
        members.keySet().forEach(m -> assertTrue(order.indexOf(m) < order.indexOf(node), m + " before " + node));
        for (String u : e.units()) {
          double sum = 0;
          double weight = 0;
          boolean all = true;
          boolean applicable = false;
          for (Map.Entry<String, Double> m : members.entrySet()) {
            if (e.notApplicable(u, m.getKey())) {
              continue;
            }
            applicable = true;
            if (e.score(u, m.getKey()).isPresent()) {
              sum += m.getValue() * e.score(u, m.getKey()).getAsDouble();
              weight += m.getValue();
            } else {
              all = false;
            }
          }
          if (!applicable) {
            assertTrue(e.notApplicable(u, node), node + " of " + u + " is not applicable");
          } else if (all && weight > 0) {
            assertEquals(sum / weight, e.score(u, node).getAsDouble(), 1e-9 * Math.max(1, Math.abs(sum / weight)),
                node + " of " + u);
          } else if (p.methodology().node(node).orElseThrow().minShare() == 1) {
            assertTrue(e.score(u, node).isEmpty(), node + " of " + u + " misses a member");
          }
        }
      }
    });
  }

  @RepeatedTest(150)
  void aSurveyedLeafHoldsTheStatisticOfItsUnitsAnswers(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      if (g.surveyedColumns().isEmpty()) {
        return;
      }
      Plan p = ENGINE.compile(g.methodology());
      int units = 2 + r.nextInt(30);
      Dataset.Builder b = Dataset.builder().observations(g.data(r, units));
      List<MethodologyGenerator.Respondent> respondents = g.respondents(r, units);
      respondents.forEach(x -> b.respondent(MethodologyGenerator.PERIOD, x.unit(), x.id(), x.answers()));
      Evaluation e = p.evaluate(b.build());
      int surveys = 0;
      for (io.github.bizenv.scoring.methodology.PipelineStep step : p.methodology().pipeline()) {
        if (!(step instanceof io.github.bizenv.scoring.methodology.Survey)) {
          continue;
        }
        surveys++;
        String stage = "surveyed" + (surveys > 1 ? "-" + surveys : "");
        io.github.bizenv.scoring.methodology.Survey sv = (io.github.bizenv.scoring.methodology.Survey) step;
        for (String leaf : sv.indicators()) {
          String column = p.source(leaf).orElseThrow();
          for (String u : e.stageUnits(stage)) {
            List<Double> x = new java.util.ArrayList<>();
            List<Double> w = new java.util.ArrayList<>();
            for (MethodologyGenerator.Respondent rs : respondents) {
              if (rs.unit().equals(u) && rs.answers().containsKey(column)) {
                x.add(rs.answers().get(column));
                w.add(sv.weightColumn().isPresent() ? rs.answers().get(MethodologyGenerator.WEIGHT_COLUMN) : 1.0);
              }
            }
            java.util.OptionalDouble expected = x.size() < sv.minRespondents() ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(Surveyor.statistic(sv.statistic(),
                    x.stream().mapToDouble(Double::doubleValue).toArray(),
                    w.stream().mapToDouble(Double::doubleValue).toArray()));
            assertEquals(expected, e.stageValue(stage, u, leaf), leaf + " of " + u + " after " + stage);
          }
        }
      }
    });
  }

  @RepeatedTest(100)
  void quantileGroupsFollowTheRanksAndSpanOneToTheirCount(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      MethodologyGenerator.Generated g = MethodologyGenerator.generate(r);
      Plan p = ENGINE.compile(g.methodology());
      Evaluation e = p.evaluate(data(g, r));
      int count = p.methodology().ranking().quantiles().map(q -> q.count()).orElse(5);
      for (String node : p.nodes()) {
        Map<String, Integer> ranks = e.ranks(node);
        Map<String, Integer> groups = e.quantiles(node);
        assertEquals(ranks.keySet(), groups.keySet(), node + ": the ranked units have groups");
        for (String a : ranks.keySet()) {
          int q = groups.get(a);
          assertTrue(q >= 1 && q <= count, node + ": group " + q);
          for (String b : ranks.keySet()) {
            if (java.util.Objects.equals(e.group(a), e.group(b)) && ranks.get(a) < ranks.get(b)) {
              assertTrue(groups.get(a) <= groups.get(b), node + ": " + a + " ranks above " + b);
            }
            if (java.util.Objects.equals(e.group(a), e.group(b)) && ranks.get(a).equals(ranks.get(b))) {
              assertEquals(groups.get(a), groups.get(b), node + ": " + a + " ties with " + b);
            }
          }
        }
      }
    });
  }
}
