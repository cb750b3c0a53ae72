package io.github.bizenv.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bizenv.scoring.testkit.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Invariants of the engine over generated methodologies and data. Each repetition uses seed base + n; the base
 * is printed, and a failure names its seed (replay with -Dbizenv.seed=N).
 */
class EngineProperties {

  static final long BASE = Seeds.base("EngineProperties");

  static long seed(RepetitionInfo info) {
    return Seeds.of(BASE, info.getCurrentRepetition());
  }

  /** A random methodology: 2–4 levels, weighted or geometric means, monotone normalizers. */
  static final class Generated {
    final List<String> leaves = new ArrayList<>();
    final List<Boolean> lowerBetter = new ArrayList<>();
    final StringBuilder nodes = new StringBuilder();
    final SplittableRandom r;
    double weightScale = 1;

    Generated(SplittableRandom r) {
      this.r = r;
    }

    String json(double weightScale) {
      this.weightScale = weightScale;
      return "{\"schema\":\"bizenv.methodology/1\",\"id\":\"g\",\"name\":{\"en\":\"g\"},\"nodes\":[" + nodes + "]}";
    }
  }

  static Generated generate(SplittableRandom r, double weightScale) {
    Generated g = new Generated(r);
    List<String> out = new ArrayList<>();
    out.add("{\"id\":\"root\",\"aggregator\":\"weighted-mean\"}");
    int depth = 1 + r.nextInt(3);
    children(g, "root", depth, out, weightScale);
    g.nodes.append(String.join(",", out));
    return g;
  }

  private static void children(Generated g, String parent, int depth, List<String> out, double scale) {
    int n = 1 + g.r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String id = parent + "." + i;
      String weight = Double.toString((0.1 + g.r.nextDouble() * 3) * scale);
      if (depth == 0 || g.r.nextInt(4) == 0) {
        boolean lower = g.r.nextBoolean();
        g.leaves.add(id);
        g.lowerBetter.add(lower);
        out.add("{\"id\":\"" + id + "\",\"parent\":\"" + parent + "\",\"weight\":" + weight + ",\"source\":\"" + id
            + "\",\"direction\":\"" + (lower ? "lower" : "higher") + "-is-better\",\"normalizer\":"
            + normalizer(g.r, lower) + "}");
      } else {
        boolean geometric = g.r.nextInt(3) == 0;
        out.add("{\"id\":\"" + id + "\",\"parent\":\"" + parent + "\",\"weight\":" + weight + ",\"aggregator\":\""
            + (geometric ? "geometric-mean" : "weighted-mean") + "\"}");
        List<String> sub = new ArrayList<>();
        children(g, id, depth - 1, sub, scale);
        if (geometric) {
          // Geometric means need positive children: give them min-max leaves on [1, 100] only.
          for (int k = 0; k < sub.size(); k++) {
            String s = sub.get(k);
            if (s.contains("\"aggregator\"")) {
              continue;
            }
            sub.set(k, s.replaceAll("\"normalizer\":.*}$", "\"normalizer\":{\"name\":\"min-max\",\"lower\":1,\"upper\":100}}"));
          }
          if (sub.stream().anyMatch(s -> s.contains("\"aggregator\""))) {
            // a nested aggregate might reach 0; keep the test simple by making this node arithmetic
            out.set(out.size() - 1, out.get(out.size() - 1).replace("geometric-mean", "weighted-mean"));
          }
        }
        out.addAll(sub);
      }
    }
  }

  static String normalizer(SplittableRandom r, boolean lower) {
    switch (r.nextInt(4)) {
      case 0:
        return lower ? "{\"name\":\"distance-to-frontier\",\"best\":0,\"worst\":500}"
            : "{\"name\":\"distance-to-frontier\",\"best\":500,\"worst\":0}";
      case 1:
        return "{\"name\":\"min-max\"}";
      case 2:
        return "{\"name\":\"goalposts\",\"lower\":50,\"upper\":400}";
      default:
        return lower ? "{\"name\":\"step-table\",\"steps\":[{\"atMost\":100,\"score\":10},{\"atMost\":300,\"score\":5}]}"
            : "{\"name\":\"step-table\",\"steps\":[{\"atLeast\":300,\"score\":10},{\"atLeast\":100,\"score\":5}]}";
    }
  }

  static Dataset data(Generated g, SplittableRandom r, int units, List<Integer> order, double[][] values) {
    Dataset.Builder b = Dataset.builder();
    for (int u : order) {
      b.unit("u" + u);
      for (int l = 0; l < g.leaves.size(); l++) {
        b.value("u" + u, g.leaves.get(l), values[u][l]);
      }
    }
    return b.build();
  }

  static double[][] values(SplittableRandom r, int units, int leaves) {
    double[][] v = new double[units][leaves];
    for (double[] row : v) {
      for (int l = 0; l < leaves; l++) {
        row[l] = Math.round(r.nextDouble() * 5000) / 10.0;
      }
    }
    return v;
  }

  static List<Integer> identity(int n) {
    List<Integer> o = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      o.add(i);
    }
    return o;
  }

  @RepeatedTest(60)
  void scoresStayInTheDeclaredRanges(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Generated g = generate(r, 1);
      Plan p = Engine.create().compile(g.json(1), "generated");
      int units = 2 + r.nextInt(30);
      Evaluation e = p.evaluate(data(g, r, units, identity(units), values(r, units, g.leaves.size())));
      for (String node : p.nodes()) {
        int i = p.node(node);
        for (String u : e.units()) {
          double s = e.score(u, node).orElseThrow();
          assertTrue(s >= p.low(i) - 1e-9 && s <= p.high(i) + 1e-9, node + " of " + u + " = " + s + " outside ["
              + p.low(i) + ", " + p.high(i) + "]");
        }
      }
    });
  }

  @RepeatedTest(60)
  void improvingARawValueNeverLowersTheUnitsScore(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Generated g = generate(r, 1);
      Plan p = Engine.create().compile(g.json(1), "generated");
      int units = 2 + r.nextInt(20);
      double[][] v = values(r, units, g.leaves.size());
      Evaluation before = p.evaluate(data(g, r, units, identity(units), v));
      int u = r.nextInt(units);
      int l = r.nextInt(g.leaves.size());
      double step = 1 + r.nextDouble() * 200;
      v[u][l] += g.lowerBetter.get(l) ? -step : step;
      Evaluation after = p.evaluate(data(g, r, units, identity(units), v));
      for (String node : p.nodes()) {
        assertTrue(after.score("u" + u, node).getAsDouble() >= before.score("u" + u, node).getAsDouble() - 1e-9,
            node + " fell after improving " + g.leaves.get(l));
      }
    });
  }

  @RepeatedTest(40)
  void permutingUnitsChangesNothing(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      SplittableRandom r = new SplittableRandom(seed);
      Generated g = generate(r, 1);
      Plan p = Engine.create().compile(g.json(1), "generated");
      int units = 2 + r.nextInt(25);
      double[][] v = values(r, units, g.leaves.size());
      Evaluation a = p.evaluate(data(g, r, units, identity(units), v));
      List<Integer> shuffled = identity(units);
      Collections.shuffle(shuffled, new Random(seed));
      Evaluation b = p.evaluate(data(g, r, units, shuffled, v));
      for (String u : a.units()) {
        for (String node : p.nodes()) {
          assertEquals(a.score(u, node).getAsDouble(), b.score(u, node).getAsDouble(), 1e-9, u + " " + node);
        }
        assertEquals(a.rank(u), b.rank(u), u);
      }
    });
  }

  @RepeatedTest(40)
  void scalingAllWeightsChangesNothing(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      double factor = 0.01 + new SplittableRandom(seed ^ 0x5DEECE66DL).nextDouble() * 50;
      Generated g1 = generate(new SplittableRandom(seed), 1);
      Generated g2 = generate(new SplittableRandom(seed), factor);
      Plan p1 = Engine.create().compile(g1.json(1), "g1");
      Plan p2 = Engine.create().compile(g2.json(factor), "g2");
      SplittableRandom r = new SplittableRandom(seed + 1);
      int units = 2 + r.nextInt(20);
      double[][] v = values(r, units, g1.leaves.size());
      Evaluation a = p1.evaluate(data(g1, r, units, identity(units), v));
      Evaluation b = p2.evaluate(data(g2, r, units, identity(units), v));
      for (String u : a.units()) {
        assertEquals(a.score(u).getAsDouble(), b.score(u).getAsDouble(), 1e-6, u);
      }
    });
  }

  @RepeatedTest(20)
  void theSameInputGivesAByteIdenticalCsv(RepetitionInfo info) {
    long seed = seed(info);
    Seeds.check(seed, () -> {
      String[] csv = new String[2];
      for (int k = 0; k < 2; k++) {
        SplittableRandom r = new SplittableRandom(seed);
        Generated g = generate(r, 1);
        Plan p = Engine.create().compile(g.json(1), "generated");
        int units = 2 + r.nextInt(25);
        csv[k] = p.evaluate(data(g, r, units, identity(units), values(r, units, g.leaves.size()))).toCsv();
      }
      assertEquals(csv[0], csv[1]);
    });
  }
}
