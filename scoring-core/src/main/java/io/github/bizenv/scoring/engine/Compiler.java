package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.internal.Schemas;
import io.github.bizenv.scoring.methodology.Aggregators;
import io.github.bizenv.scoring.methodology.CodeOutcome;
import io.github.bizenv.scoring.methodology.Composite;
import io.github.bizenv.scoring.methodology.GradeEdge;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.QuantileTies;
import io.github.bizenv.scoring.methodology.QuotaTies;
import io.github.bizenv.scoring.methodology.RankMethod;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.Ranking;
import io.github.bizenv.scoring.methodology.ScoreBasis;
import io.github.bizenv.scoring.methodology.StrategySpec;
import io.github.bizenv.scoring.model.Member;
import io.github.bizenv.scoring.spi.Aggregator;
import io.github.bizenv.scoring.spi.Normalizer;
import io.github.bizenv.scoring.spi.Range;
import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a {@link Methodology} into a {@link Plan}: lays the nodes out in evaluation order ({@link Layout}: each
 * after its children and a cross-cutting node after its members), binds every
 * strategy through a {@link Binder}, works out each node's range bottom up and checks the pairings that cannot
 * work, and resolves the ranking, grades, composites and pipeline to node indices. The model already checked
 * its structure when it was built; this checks what needs the registry. Every problem is reported at once, in
 * document order.
 */
final class Compiler {

  /** The top-level fields of a methodology file, in order, for sorting problems. */
  static final List<String> FIELDS = List.of("schema", "id", "name", "description", "data", "scope", "defaults",
      "pipeline", "nodes", "composites", "ranking", "grades", "heads", "rounding");

  private final Methodology m;
  private final Plan base;
  private final List<Problem> problems = new ArrayList<>();
  private final Binder binder;

  private Compiler(Methodology m, Strategies strategies, Binder.Cache cache, Plan base) {
    this.m = m;
    this.base = base;
    this.binder = new Binder(strategies, problems, cache);
  }

  static Plan compile(Methodology m, Strategies strategies, Binder.Cache cache, Plan base, String name) {
    Compiler c = new Compiler(m, strategies, cache, base);
    Plan.Builder b = c.build(strategies, cache);
    if (!c.problems.isEmpty()) {
      throw new ValidationException(name, Schemas.inDocumentOrder(c.problems, FIELDS));
    }
    return b.build();
  }

  private Plan.Builder build(Strategies strategies, Binder.Cache cache) {
    List<Node> nodes = m.nodes();
    int[] order = Layout.order(nodes);
    int n = order.length;
    Plan.Builder b = new Plan.Builder(n);
    b.methodology = m;
    b.strategies = strategies;
    b.cache = cache;
    b.unitColumn = m.unitColumn();
    b.periodColumn = m.periodColumn().orElse(null);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(nodes.get(order[i]).id(), i);
    }
    b.index = Collections.unmodifiableMap(index);
    for (int i = 0; i < n; i++) {
      Node node = nodes.get(order[i]);
      String path = "/nodes/" + order[i];
      List<Node> kids = m.children(node.id());
      b.ids[i] = node.id();
      b.names[i] = node.name().orElse(null);
      b.paths[i] = path;
      b.parent[i] = node.parent().map(index::get).orElse(-1);
      b.children[i] = kids.stream().mapToInt(k -> index.get(k.id())).toArray();
      if (node.isCrossCutting()) {
        b.members[i] = node.members().keySet().stream().mapToInt(index::get).toArray();
        b.memberWeights[i] = node.members().values().stream().mapToDouble(Double::doubleValue).toArray();
      }
      if (node.parent().isEmpty() && !node.isCrossCutting()) {
        b.root = i;
      }
      b.published[i] = node.published().orElse(null);
      b.weight[i] = node.weight();
      b.points[i] = node.points().orElse(Double.NaN);
      b.minShare[i] = node.minShare();
      b.decimals[i] = node.decimals().orElse(m.decimals());
      if (node.isLeaf()) {
        b.leaves[i] = leaf(node, path);
        b.natLo[i] = b.leaves[i] == null ? 0 : b.leaves[i].normalizer.range().min();
        b.natHi[i] = b.leaves[i] == null ? 100 : b.leaves[i].normalizer.range().max();
      } else {
        StrategySpec spec = node.aggregator().or(m::defaultAggregator).orElse(Aggregators.weightedMean());
        String sp = node.aggregator().isPresent() ? path + "/aggregator"
            : m.defaultAggregator().isPresent() ? "/defaults/aggregator" : path + "/aggregator";
        b.aggregatorSpecs[i] = spec;
        b.aggregators[i] = binder.aggregator(spec, sp);
        ranges(b, i, node, path);
      }
      Rule[] rules = new Rule[node.rules().size()];
      for (int r = 0; r < rules.length; r++) {
        rules[r] = binder.rule(node.rules().get(r), path + "/rules/" + r);
      }
      b.rules[i] = rules;
      b.ruleSpecs[i] = node.rules().toArray(new StrategySpec[0]);
      for (int r = 0; r < rules.length; r++) {
        if (rules[r] == null) {
          continue;
        }
        for (String grade : rules[r].grades()) {
          if (m.grades().isEmpty()) {
            problems.add(Problem.of(Problem.INCONSISTENT, path + "/rules/" + r + "/grade", "rule \""
                + node.rules().get(r).name() + "\" forces the grade \"" + grade + "\", but the methodology has no "
                + "\"grades\""));
          } else if (m.grades().get().bands().stream().noneMatch(band -> band.name().equals(grade))) {
            problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, path + "/rules/" + r + "/grade", "rule \""
                + node.rules().get(r).name() + "\" forces the grade \"" + grade + "\", which is not one of the bands "
                + m.grades().get().bands().stream().map(band -> band.name()).collect(java.util.stream.Collectors.toList())));
          }
        }
      }
      b.lo[i] = b.points[i] == b.points[i] ? 0 : b.natLo[i];
      b.hi[i] = b.points[i] == b.points[i] ? b.points[i] : b.natHi[i];
      if (b.points[i] == b.points[i]) {
        if (!Double.isFinite(b.natLo[i]) || !Double.isFinite(b.natHi[i])) {
          problems.add(Problem.of(Problem.INCOMPATIBLE, path + "/points", "node \"" + node.id() + "\" cannot be "
              + "scaled to points: its scores are unbounded (" + describe(b.natLo[i], b.natHi[i]) + ", from \""
              + (b.leaves[i] != null ? b.leaves[i].spec.name() : b.aggregatorSpecs[i].name()) + "\")"));
        } else if (!(b.natHi[i] > b.natLo[i])) {
          problems.add(Problem.of(Problem.INCOMPATIBLE, path + "/points", "node \"" + node.id()
              + "\" cannot be scaled to points: its scores have no range"));
        }
      }
    }
    b.pipeline = Pipeline.compile(m, b, base == null ? null : base.pipeline());
    b.scope = m.scope().map(s -> new Plan.ScopePlan(s.column(), Set.copyOf(s.values()))).orElse(null);
    for (Composite c : m.composites()) {
      boolean[] at = new boolean[n];
      if (c.nodes().isPresent()) {
        c.nodes().get().forEach(id -> at[index.get(id)] = true);
      } else {
        for (int i = 0; i < n; i++) {
          at[i] = b.leaves[i] != null || nodes.get(order[i]).isLeaf();
        }
      }
      b.composites.add(new Plan.CompositePlan(c.unit(), c.members().stream().map(Member::unit).toArray(String[]::new),
          c.members().stream().mapToDouble(Member::weight).toArray(), at));
    }
    b.ranking = ranking(m.ranking(), index, b.root);
    b.grades = m.grades().map(g -> grades(g, index, b.root)).orElse(null);
    return b;
  }

  private static String describe(double lo, double hi) {
    return "[" + Numbers.plain(lo) + ", " + Numbers.plain(hi) + "]";
  }

  private Plan.Leaf leaf(Node node, String path) {
    StrategySpec spec = node.normalizer().or(m::defaultNormalizer).orElseThrow();
    String sp = node.normalizer().isPresent() ? path + "/normalizer" : "/defaults/normalizer";
    Plan.Leaf previous = base == null || !base.hasNode(node.id()) ? null : base.leaf(base.node(node.id()));
    Normalizer norm = binder.normalizer(spec, sp, node.direction(), node.meta(), path + "/meta");
    if (norm == null) {
      return null;
    }
    Plan.Leaf leaf = new Plan.Leaf(node.source().orElseThrow(), node.direction(), node.codes(), norm, spec,
        node.denominator().orElse(null), node.meta());
    if (previous != null && previous.sameAs(leaf) && previous.normalizer == norm) {
      leaf = previous;
    }
    Range r = norm.range();
    for (Map.Entry<String, CodeOutcome> e : node.codes().entrySet()) {
      CodeOutcome o = e.getValue();
      if (o.kind() == CodeOutcome.Kind.SCORE && !r.contains(o.score())) {
        problems.add(Problem.of(Problem.OUT_OF_RANGE, path + "/codes/" + e.getKey().replace("~", "~0")
            .replace("/", "~1"), "the score " + Numbers.plain(o.score()) + " of code \"" + e.getKey()
            + "\" is outside the normalizer's range " + describe(r.min(), r.max())));
      }
    }
    return leaf;
  }

  /** The range of an inner node from its children's, and checks of aggregators that need positive inputs. */
  private void ranges(Plan.Builder b, int i, Node node, String path) {
    Aggregator agg = b.aggregators[i];
    if (agg == null) {
      b.natLo[i] = 0;
      b.natHi[i] = 100;
      return;
    }
    List<Range> ranges = new ArrayList<>();
    for (int c : b.inputs(i)) {
      ranges.add(Range.of(b.lo[c], b.hi[c]));
      // A bounded range reaching 0 is sure to fail (min-max gives its worst unit the lower bound); an unbounded
      // one (z-scores) may or may not, so that is checked on the data when evaluating.
      if (agg.requiresPositiveInputs() && Double.isFinite(b.lo[c]) && !(b.lo[c] > 0)) {
        String sp = node.aggregator().isPresent() || m.defaultAggregator().isEmpty() ? path + "/aggregator"
            : "/defaults/aggregator";
        problems.add(Problem.of(Problem.INCOMPATIBLE, sp, "\"" + b.aggregatorSpecs[i].name()
            + "\" at node \"" + node.id() + "\" needs scores greater than 0, but child \"" + b.ids[c] + "\" can score "
            + Numbers.plain(b.lo[c]) + " (its range is " + describe(b.lo[c], b.hi[c]) + ")"));
      }
    }
    try {
      Range r = agg.range(ranges);
      b.natLo[i] = r.min();
      b.natHi[i] = r.max();
    } catch (RuntimeException e) {
      problems.add(Problem.of(Problem.INVALID_SETTING, path + "/aggregator", "aggregator \""
          + b.aggregatorSpecs[i].name() + "\" failed to give its range: " + e.getMessage()));
      b.natLo[i] = 0;
      b.natHi[i] = 100;
    }
  }

  private static Plan.RankingPlan ranking(Ranking r, Map<String, Integer> index, int root) {
    Map<String, String> groups = new LinkedHashMap<>();
    r.groups().forEach((g, units) -> units.forEach(u -> groups.put(u, g)));
    int[] quantileNodes = r.quantiles().map(q -> q.nodes().isEmpty() ? new int[] {r.node().map(index::get).orElse(root)}
        : q.nodes().stream().mapToInt(index::get).toArray()).orElse(new int[0]);
    return new Plan.RankingPlan(r.node().map(index::get).orElse(root), r.method() == RankMethod.DENSE,
        r.tolerance(), r.basis() == ScoreBasis.PRESENTED, r.eligible().orElse(null), Set.copyOf(r.exclude()),
        r.excludeCompositeMembers(), r.groupColumn().orElse(null), Map.copyOf(r.groupNames()),
        Collections.unmodifiableMap(groups), r.quantiles().map(q -> q.count()).orElse(5),
        r.quantiles().map(q -> q.ties() == QuantileTies.WORSE).orElse(false), quantileNodes);
  }

  private static Plan.GradesPlan grades(Grades g, Map<String, Integer> index, int root) {
    List<String> names = new ArrayList<>();
    double[] mins = new double[g.bands().size()];
    for (int k = 0; k < mins.length; k++) {
      names.add(g.bands().get(k).name());
      mins[k] = g.bands().get(k).min().orElse(Double.NEGATIVE_INFINITY);
    }
    int quotaBand = g.quota().map(q -> g.indexOf(q.band())).orElse(-1);
    return new Plan.GradesPlan(g.node().map(index::get).orElse(root), g.edge() == GradeEdge.MIN_EXCLUSIVE,
        g.basis() == ScoreBasis.PRESENTED, List.copyOf(names), mins, quotaBand,
        g.quota().map(q -> q.maxShare()).orElse(1.0),
        g.quota().map(q -> q.rounding()).orElse(io.github.bizenv.scoring.methodology.QuotaRounding.FLOOR),
        g.quota().map(q -> q.ties() == QuotaTies.KEEP).orElse(false),
        g.quota().map(Quota::within).orElse(Quota.RANKING_GROUPS));
  }
}
