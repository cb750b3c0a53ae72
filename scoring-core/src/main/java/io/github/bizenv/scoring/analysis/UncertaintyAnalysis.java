package io.github.bizenv.scoring.analysis;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Uncertainty and sensitivity analysis of a methodology over its data, as COINr's {@code get_sensitivity}: each
 * replication draws one alternative of every uncertain {@link Dimension}, evaluates the methodology so changed, and
 * records every unit's score and rank at the target node.
 *
 * <pre>{@code
 * UncertaintyAnalysis ua = UncertaintyAnalysis.builder(plan, data, spec).seed(42).threads(4).build();
 * ua.warnings().forEach(System.err::println);           // dimensions that cannot change anything
 * UncertaintyResult u = ua.uncertainty(1000);           // N replications → rank statistics per unit
 * SensitivityResult s = ua.sensitivity(1000, 100);      // N(d + 2) replications → Sobol indices, 100 bootstraps
 * }</pre>
 *
 * <p>Random numbers come from the seed alone: the weight sets of weight-noise dimensions, then the design; the
 * replications run on the configured threads and their results are kept by index, so a seed gives the same result
 * whatever the number of threads. Immutable and thread-safe.
 */
public final class UncertaintyAnalysis {

  private final Variants variants;
  private final String target;
  private final List<BoundDimension> dimensions;
  private final long seed;
  private final int threads;
  private final Progress progress;
  private final List<String> warnings;
  private final List<String> units;
  private final double[] nominal;

  private UncertaintyAnalysis(Builder b, Variants variants, Tree tree, List<BoundDimension> dims) {
    this.variants = variants;
    this.target = b.target;
    this.dimensions = dims;
    this.seed = b.seed;
    this.threads = b.threads;
    this.progress = b.progress;
    List<String> w = new ArrayList<>();
    for (BoundDimension d : dims) {
      if (d.noOp() != null) {
        w.add("dimension \"" + d.dimension.id() + "\" cannot change anything: " + d.noOp());
      }
    }
    this.warnings = List.copyOf(w);
    Evaluation e = variants.nominal();
    this.units = List.copyOf(e.units());
    this.nominal = scores(e);
  }

  /**
   * A builder for an analysis of the only period of a data set.
   *
   * @param plan the plan (compiled by an {@link io.github.bizenv.scoring.engine.Engine})
   * @param data its data
   * @param spec the uncertain dimensions
   * @return the builder
   */
  public static Builder builder(Plan plan, Dataset data, UncertaintySpec spec) {
    return new Builder(plan, data, spec);
  }

  /**
   * The warnings about the spec: dimensions that cannot change anything for this methodology and data.
   *
   * @return the warnings, in dimension order
   */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The nominal evaluation.
   *
   * @return the evaluation of the unchanged methodology
   */
  public Evaluation nominal() {
    return variants.nominal();
  }

  /**
   * Runs an uncertainty analysis: N replications of uniformly drawn alternatives.
   *
   * @param n the number of replications, at least 1
   * @return every unit's rank statistics and each replication's scores and ranks
   */
  public UncertaintyResult uncertainty(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("replications " + n + " must be at least 1");
    }
    int d = dimensions.size();
    SplittableRandom random = streams()[1];
    double[][] x = new double[n][d];
    for (int c = 0; c < d; c++) {
      for (int r = 0; r < n; r++) {
        x[r][c] = random.nextDouble();
      }
    }
    Map<Integer, String> failures = new LinkedHashMap<>();
    double[][] scores = run(x, failures);
    return new UncertaintyResult(target, units, nominal, scores, failures, warnings);
  }

  /**
   * Runs a sensitivity analysis: Saltelli's design of N(d + 2) replications, the output of each being the mean
   * absolute difference of the units' ranks from their nominal ranks, and the first-order and total-effect Sobol
   * indices of each dimension ({@link Sobol}).
   *
   * @param n the base sample size N, at least 2
   * @param bootstrap the number of bootstrap resamples for the intervals (COINr's {@code Nboot}); 0 for none
   * @return the indices, outputs and the uncertainty analysis of the 2N points of A and B
   */
  public SensitivityResult sensitivity(int n, int bootstrap) {
    int d = dimensions.size();
    SplittableRandom[] s = streams();
    double[][] x = Sobol.design(n, d, s[1]);
    Map<Integer, String> failures = new LinkedHashMap<>();
    double[][] scores = run(x, failures);
    int[] nominalRanks = Stats.descendingMinRanks(nominal);
    double[] y = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      int[] r = Stats.descendingMinRanks(scores[j]);
      double sum = 0;
      int count = 0;
      for (int u = 0; u < r.length; u++) {
        if (r[u] > 0 && nominalRanks[u] > 0) {
          sum += Math.abs(r[u] - nominalRanks[u]);
          count++;
        }
      }
      y[j] = count == 0 ? Double.NaN : sum / count;
    }
    List<String> names = new ArrayList<>();
    for (BoundDimension b : dimensions) {
      names.add(b.dimension.id());
    }
    List<SensitivityIndex> indices = Sobol.estimate(y, n, names, bootstrap, s[2].nextLong());
    double[] ab = new double[2 * n];
    System.arraycopy(y, 0, ab, 0, 2 * n);
    double variance = Stats.present(ab).length == 2 * n ? Stats.variance(ab) : Double.NaN;
    List<String> w = new ArrayList<>(warnings);
    for (int i = 0; i < d; i++) {
      boolean same = true;
      for (int r = 0; r < n && same; r++) {
        same = Double.compare(y[r], y[(2 + i) * n + r]) == 0;
      }
      if (same && dimensions.get(i).noOp() == null) {
        w.add("dimension \"" + names.get(i) + "\" changed no output in the " + n + " points of its design");
      }
    }
    Map<Integer, String> abFailures = new LinkedHashMap<>();
    failures.forEach((k, v) -> {
      if (k < 2 * n) {
        abFailures.put(k, v);
      }
    });
    double[][] abScores = new double[2 * n][];
    System.arraycopy(scores, 0, abScores, 0, 2 * n);
    if (!failures.isEmpty()) {
      w.add(emptyIndices(failures.keySet(), n, names, x.length));
    }
    for (Map.Entry<Integer, String> f : failures.entrySet()) {
      w.add("design point " + f.getKey() + " failed: " + f.getValue());
      if (w.size() > warnings.size() + d + 10) {
        w.add("… " + failures.size() + " design points failed in all");
        break;
      }
    }
    UncertaintyResult ua = new UncertaintyResult(target, units, nominal, abScores, abFailures, warnings);
    return new SensitivityResult(n, y, variance, indices, ua, w);
  }

  /**
   * Which indices failed design points leave empty: every index when a point of A or B failed (the variance needs
   * them all), else those of the dimensions whose AB_i points failed.
   */
  private static String emptyIndices(java.util.Set<Integer> failed, int n, List<String> names, int points) {
    List<String> empty = new ArrayList<>();
    boolean all = false;
    for (int j : failed) {
      if (j < 2 * n) {
        all = true;
      } else if (!empty.contains(names.get(j / n - 2))) {
        empty.add(names.get(j / n - 2));
      }
    }
    String what = all ? "no Sobol index could be estimated" : "the Sobol indices of " + String.join(", ", empty)
        + " could not be estimated";
    return what + ", as " + failed.size() + " of " + points + " design points failed and every index needs all the "
        + "points of its design" + (all ? " (a failed point of A or B leaves the output's variance unknown)" : "")
        + ", but the rank statistics count the replications that did not fail";
  }

  /** The seeded streams: 0 weight sets, 1 design, 2 bootstrap. */
  private SplittableRandom[] streams() {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom noise = root.split();
    return new SplittableRandom[] {noise, root.split(), root.split()};
  }

  private double[][] run(double[][] x, Map<Integer, String> failures) {
    List<Object> results = Runner.run(x.length, threads, progress, j -> {
      Variant v = new Variant();
      for (int i = 0; i < dimensions.size(); i++) {
        BoundDimension b = dimensions.get(i);
        b.apply(v, b.pick(x[j][i]));
      }
      try {
        return scores(variants.evaluate(v));
      } catch (ValidationException e) {
        // The first problem says why; a methodology that cannot work usually has the same problem at many nodes.
        List<Problem> ps = e.problems();
        return v + ": " + (ps.isEmpty() ? e.getMessage() : (ps.get(0).path().isEmpty() ? "" : ps.get(0).path() + ": ")
            + ps.get(0).message() + (ps.size() > 1 ? " (and " + (ps.size() - 1) + " more problems)" : ""));
      } catch (RuntimeException e) {
        return v + ": " + e.getMessage();
      }
    });
    double[][] out = new double[x.length][];
    for (int j = 0; j < x.length; j++) {
      Object r = results.get(j);
      if (r instanceof double[]) {
        out[j] = (double[]) r;
      } else {
        out[j] = new double[units.size()];
        java.util.Arrays.fill(out[j], Double.NaN);
        failures.put(j, String.valueOf(r));
      }
    }
    return out;
  }

  private double[] scores(Evaluation e) {
    List<String> us = units == null ? e.units() : units;
    double[] out = new double[us.size()];
    java.util.Collection<String> present = e.units().equals(us) ? us : new java.util.HashSet<>(e.units());
    for (int u = 0; u < out.length; u++) {
      String unit = us.get(u);
      out[u] = present == us || present.contains(unit) ? e.score(unit, target).orElse(Double.NaN) : Double.NaN;
    }
    return out;
  }

  /** Builds an {@link UncertaintyAnalysis}. Not thread-safe. */
  public static final class Builder {
    private final Plan plan;
    private final Dataset data;
    private final UncertaintySpec spec;
    private Period period;
    private String target;
    private long seed = 1;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Progress progress;

    private Builder(Plan plan, Dataset data, UncertaintySpec spec) {
      this.plan = Objects.requireNonNull(plan, "plan");
      this.data = Objects.requireNonNull(data, "data");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    /**
     * The period to evaluate (needed when the data has several).
     *
     * @param period a period of the data
     * @return this builder
     */
    public Builder period(Period period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * The seed of every random number of the analysis (default 1).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The number of threads evaluating replications (default: the available processors). The results do not
     * depend on it.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + " must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Where to report progress.
     *
     * @param progress called after each evaluation
     * @return this builder
     */
    public Builder progress(Progress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Evaluates the nominal methodology, checks the spec against it and draws the weight sets.
     *
     * @return the analysis
     * @throws ValidationException if the data does not evaluate, or the spec names nodes or levels the methodology
     *     lacks
     */
    public UncertaintyAnalysis build() {
      Tree tree = new Tree(plan);
      List<Problem> problems = new ArrayList<>();
      target = spec.target().orElse(tree.root);
      if (!tree.children.containsKey(target)) {
        problems.add(Problem.of(Problem.UNKNOWN_REFERENCE, "/target", "target \"" + target
            + "\" is not a node of methodology \"" + plan.id() + "\""));
      }
      Variants variants = new PlanVariants(plan, data, period);
      SplittableRandom noise = new SplittableRandom(seed).split();
      List<BoundDimension> dims = BoundDimension.bind(spec, tree, variants.nominal(), noise, problems);
      if (!problems.isEmpty()) {
        throw new ValidationException("uncertainty spec \"" + spec.id() + "\" for methodology \"" + plan.id() + "\"",
            problems);
      }
      return new UncertaintyAnalysis(this, variants, tree, dims);
    }
  }
}
