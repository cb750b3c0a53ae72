package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.methodology.Denominate;
import io.github.bizenv.scoring.methodology.ImputationMethod;
import io.github.bizenv.scoring.methodology.Impute;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.PipelineStep;
import io.github.bizenv.scoring.methodology.Screen;
import io.github.bizenv.scoring.methodology.Survey;
import io.github.bizenv.scoring.methodology.SurveyStatistic;
import io.github.bizenv.scoring.methodology.Treat;
import io.github.bizenv.scoring.methodology.TreatmentOverride;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A methodology's data-preparation steps compiled to node indices, and what running them produced. The steps
 * themselves live in {@link Surveyor}, {@link Denominator}, {@link Imputer}, {@link Screener} and {@link Treater};
 * this class
 * orders them, records each stage, and decides whether an earlier run can be reused by a variant.
 */
final class Pipeline {

  final List<Step> steps;
  /** The steps as the model declares them, in order: what each step's result depends on besides the leaves. */
  private final List<PipelineStep> declared;
  /** What every step's result depends on besides the data and the steps: each leaf's place, column and direction. */
  private final List<Object> leafKey;
  /** Whether there is anything to prepare. */
  final boolean active;

  private Pipeline(List<Step> steps, List<PipelineStep> declared, List<Object> leafKey) {
    this.steps = steps;
    this.declared = declared;
    this.leafKey = leafKey;
    this.active = !steps.isEmpty();
  }

  /** A compiled step; its stage name is numbered when the kind repeats ({@code imputed-2}). */
  abstract static class Step {
    String stage;
  }

  static final class SurveyStep extends Step {
    final SurveyStatistic statistic;
    /** Node indices of the leaves aggregated. */
    final Set<Integer> leaves;
    final String respondentColumn;
    final String weightColumn;
    final int minRespondents;

    SurveyStep(SurveyStatistic statistic, Set<Integer> leaves, String respondentColumn, String weightColumn,
        int minRespondents) {
      this.statistic = statistic;
      this.leaves = leaves;
      this.respondentColumn = respondentColumn;
      this.weightColumn = weightColumn;
      this.minRespondents = minRespondents;
    }
  }

  static final class DenominateStep extends Step {
    final double scale;

    DenominateStep(double scale) {
      this.scale = scale;
    }
  }

  static final class ImputeStep extends Step {
    final ImputationMethod method;
    final String groupColumn;
    /** Node indices of the leaves imputed, or null for every leaf. */
    final Set<Integer> leaves;

    ImputeStep(ImputationMethod method, String groupColumn, Set<Integer> leaves) {
      this.method = method;
      this.groupColumn = groupColumn;
      this.leaves = leaves;
    }
  }

  static final class ScreenStep extends Step {
    final double minShare;
    final int node;
    final Set<String> include;
    final Set<String> exclude;

    ScreenStep(double minShare, int node, Set<String> include, Set<String> exclude) {
      this.minShare = minShare;
      this.node = node;
      this.include = include;
      this.exclude = exclude;
    }
  }

  static final class TreatStep extends Step {
    final int winmax;
    final double skew;
    final double kurtosis;
    final Map<Integer, TreatmentOverride> overrides;

    TreatStep(int winmax, double skew, double kurtosis, Map<Integer, TreatmentOverride> overrides) {
      this.winmax = winmax;
      this.skew = skew;
      this.kurtosis = kurtosis;
      this.overrides = overrides;
    }
  }

  static Pipeline compile(Methodology m, Plan.Builder b, Pipeline previous) {
    List<Step> steps = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PipelineStep s : m.pipeline()) {
      Step step;
      if (s instanceof Survey) {
        Survey sv = (Survey) s;
        Set<Integer> leaves = new LinkedHashSet<>();
        sv.indicators().forEach(id -> leaves.add(b.index.get(id)));
        step = new SurveyStep(sv.statistic(), leaves, sv.respondentColumn(), sv.weightColumn().orElse(null),
            sv.minRespondents());
      } else if (s instanceof Denominate) {
        step = new DenominateStep(((Denominate) s).scale());
      } else if (s instanceof Impute) {
        Impute im = (Impute) s;
        Set<Integer> leaves = null;
        if (im.indicators().isPresent()) {
          leaves = new LinkedHashSet<>();
          for (String id : im.indicators().get()) {
            leaves.add(b.index.get(id));
          }
        }
        step = new ImputeStep(im.method(), im.groupColumn().orElse(null), leaves);
      } else if (s instanceof Screen) {
        Screen sc = (Screen) s;
        step = new ScreenStep(sc.minShare(), sc.node().map(b.index::get).orElse(-1), Set.copyOf(sc.include()),
            Set.copyOf(sc.exclude()));
      } else {
        Treat t = (Treat) s;
        Map<Integer, TreatmentOverride> overrides = new HashMap<>();
        t.overrides().forEach((id, o) -> overrides.put(b.index.get(id), o));
        step = new TreatStep(t.winmax(), t.skew(), t.kurtosis(), overrides);
      }
      int count = seen.merge(s.stage(), 1, Integer::sum);
      step.stage = s.stage() + (count > 1 ? "-" + count : "");
      steps.add(step);
    }
    List<Object> key = new ArrayList<>();
    for (int i = 0; i < b.ids.length; i++) {
      if (b.leaves[i] != null) {
        Plan.Leaf l = b.leaves[i];
        List<String> ancestors = new ArrayList<>();
        for (int p = b.parent[i]; p >= 0; p = b.parent[p]) {
          ancestors.add(b.ids[p]);
        }
        key.add(List.of(b.ids[i], l.column, String.valueOf(l.denominator), l.direction, ancestors));
      }
    }
    List<PipelineStep> declared = List.copyOf(m.pipeline());
    if (previous != null && previous.declared.equals(declared) && previous.leafKey.equals(key)) {
      return previous;
    }
    return new Pipeline(List.copyOf(steps), declared, key);
  }

  /** Whether a run of {@code other} prepared the same values as a run of this would, on the same data. */
  boolean sameAs(Pipeline other) {
    return this == other || declared.equals(other.declared) && leafKey.equals(other.leafKey);
  }

  /**
   * How many leading steps this pipeline and {@code other} share, so that a run of this one on the same data can
   * start from the values a run of {@code other} had after them: the same leaves in the same places, and equal
   * steps.
   */
  int sharedSteps(Pipeline other) {
    if (this == other) {
      return steps.size();
    }
    if (!leafKey.equals(other.leafKey)) {
      return 0;
    }
    int k = 0;
    while (k < declared.size() && k < other.declared.size() && declared.get(k).equals(other.declared.get(k))) {
      k++;
    }
    return k;
  }

  /** An imputed cell. */
  static final class Imputed {
    final int leaf;
    final String unit;
    final double value;
    final String how;

    Imputed(int leaf, String unit, double value, String how) {
      this.leaf = leaf;
      this.unit = unit;
      this.value = value;
      this.how = how;
    }
  }

  /** What outlier treatment found and did for one leaf. */
  static final class TreatDetail {
    double skew0;
    double kurt0;
    boolean pass0;
    int nwin = -1;
    double skew1 = Double.NaN;
    double kurt1 = Double.NaN;
    boolean pass1;
    boolean log;
    boolean high;
    String mode = "test";
  }

  /** The prepared values and the record of every step. Read-only once {@link #run} returns. */
  /**
   * A run's result with units added that have no row (composites computed from their members): no value at any
   * leaf, no text code, never winsorised. The run's own arrays are left as they are (a variant may resume from them).
   */
  static Result withComputed(Result r, List<String> computed) {
    Result out = new Result();
    int n = r.units.size();
    int total = n + computed.size();
    List<String> units = new ArrayList<>(r.units);
    units.addAll(computed);
    out.units = units;
    out.rows = java.util.Arrays.copyOf(r.rows, total);
    java.util.Arrays.fill(out.rows, n, total, -1);
    out.values = new double[r.values.length][];
    out.coded = new boolean[r.coded.length][];
    out.winsorised = new boolean[r.winsorised.length][];
    for (int i = 0; i < r.values.length; i++) {
      if (r.values[i] != null) {
        out.values[i] = java.util.Arrays.copyOf(r.values[i], total);
        java.util.Arrays.fill(out.values[i], n, total, Double.NaN);
      }
      if (r.coded[i] != null) {
        out.coded[i] = java.util.Arrays.copyOf(r.coded[i], total);
      }
      if (r.winsorised[i] != null) {
        out.winsorised[i] = java.util.Arrays.copyOf(r.winsorised[i], total);
      }
    }
    out.stages.putAll(r.stages);
    out.stageUnits.putAll(r.stageUnits);
    out.imputed.addAll(r.imputed);
    out.excluded.putAll(r.excluded);
    out.treat.putAll(r.treat);
    out.checkpoints.addAll(r.checkpoints);
    out.respondents = r.respondents;
    out.surveyedBy = r.surveyedBy;
    out.problems.addAll(r.problems);
    return out;
  }

  static final class Result {
    List<String> units;
    int[] rows;
    /** Per node index: the leaf's values after all steps (null for inner nodes). */
    double[][] values;
    /** Per node index: which cells hold a text code (null for inner nodes). */
    boolean[][] coded;
    /** Per stage: every leaf's values after it. */
    final Map<String, double[][]> stages = new LinkedHashMap<>();
    /** Per stage: the units its arrays are indexed by (screening shortens the list). */
    final Map<String, List<String>> stageUnits = new LinkedHashMap<>();
    final List<Imputed> imputed = new ArrayList<>();
    final Map<String, String> excluded = new LinkedHashMap<>();
    final Map<Integer, TreatDetail> treat = new LinkedHashMap<>();
    /** Per node index: which units' values were winsorised (null when none). */
    boolean[][] winsorised;
    /** After each step, in order: what a later run sharing the steps so far resumes from. */
    final List<Checkpoint> checkpoints = new ArrayList<>();
    /** Per node index: how many respondents answered, for each unit (null for leaves no survey step aggregates). */
    int[][] respondents;
    /** Per node index: the survey step that aggregated the leaf (null for the others). */
    SurveyStep[] surveyedBy;
    /** Problems of the respondent-level data: answers that are not numbers, weights that are not positive. */
    final List<io.github.bizenv.scoring.Problem> problems = new ArrayList<>();
  }

  /**
   * What a run held after a step besides the stage's values (kept in {@link Result#stages}): the units and rows,
   * the text-code marks and how much of each record the steps so far wrote. Shared, never written after the step.
   */
  static final class Checkpoint {
    final List<String> units;
    final int[] rows;
    final boolean[][] coded;
    final int imputed;
    final Map<String, String> excluded;
    final Map<Integer, TreatDetail> treat;
    final boolean[][] winsorised;

    Checkpoint(Result r) {
      units = r.units;
      rows = r.rows;
      coded = r.coded;
      imputed = r.imputed.size();
      excluded = new LinkedHashMap<>(r.excluded);
      treat = new LinkedHashMap<>(r.treat);
      winsorised = r.winsorised.clone();
    }
  }

  /**
   * Runs the steps on the units' rows of a table. When {@code base} is a run of {@code basePipeline} on the same
   * table and units, the steps the two pipelines share are not run again: the run starts from the values, units
   * and records {@code base} had after them, which are what running them would give.
   */
  Result run(Plan p, Dataset.Table t, List<String> units, int[] rows, Result base, Pipeline basePipeline) {
    int shared = base == null || basePipeline == null ? 0 : Math.min(sharedSteps(basePipeline),
        base.checkpoints.size());
    Result r = new Result();
    if (shared > 0) {
      resume(r, base, shared);
    } else {
      start(p, t, units, rows, r);
    }
    for (int k = shared; k < steps.size(); k++) {
      Step s = steps.get(k);
      if (s instanceof SurveyStep) {
        Surveyor.run(p, t, r, (SurveyStep) s);
      } else if (s instanceof DenominateStep) {
        Denominator.run(p, t, r, (DenominateStep) s);
      } else if (s instanceof ImputeStep) {
        Imputer.run(p, t, r, (ImputeStep) s);
      } else if (s instanceof ScreenStep) {
        Screener.run(p, r, (ScreenStep) s);
      } else {
        Treater.run(p, r, (TreatStep) s);
      }
      r.stages.put(s.stage, copy(r.values));
      r.stageUnits.put(s.stage, r.units);
      r.checkpoints.add(new Checkpoint(r));
    }
    return r;
  }

  private static void start(Plan p, Dataset.Table t, List<String> units, int[] rows, Result r) {
    r.units = new ArrayList<>(units);
    r.rows = rows.clone();
    int count = units.size();
    r.values = new double[p.size()][];
    r.coded = new boolean[p.size()][];
    for (int i = 0; i < p.size(); i++) {
      if (p.isLeaf(i)) {
        Dataset.Column c = t.columns.get(p.leaf(i).column);
        r.values[i] = new double[count];
        r.coded[i] = new boolean[count];
        for (int u = 0; u < count; u++) {
          r.values[i][u] = c == null ? Double.NaN : c.value(rows[u]);
          r.coded[i][u] = c != null && c.code(rows[u]) != null;
        }
      }
    }
    r.stages.put("raw", copy(r.values));
    r.stageUnits.put("raw", r.units);
    r.winsorised = new boolean[p.size()][];
    r.respondents = new int[p.size()][];
    r.surveyedBy = new SurveyStep[p.size()];
  }

  /** Takes the stages before step {@code shared} and the state after it from an earlier run. */
  private void resume(Result r, Result base, int shared) {
    Checkpoint c = base.checkpoints.get(shared - 1);
    int k = 0;
    for (Map.Entry<String, double[][]> e : base.stages.entrySet()) {
      if (k++ > shared) {
        break;
      }
      r.stages.put(e.getKey(), e.getValue());
      r.stageUnits.put(e.getKey(), base.stageUnits.get(e.getKey()));
    }
    r.checkpoints.addAll(base.checkpoints.subList(0, shared));
    r.units = c.units;
    r.rows = c.rows.clone();
    r.coded = c.coded;
    r.values = copy(base.stages.get(steps.get(shared - 1).stage));
    r.imputed.addAll(base.imputed.subList(0, c.imputed));
    r.excluded.putAll(c.excluded);
    r.treat.putAll(c.treat);
    r.winsorised = c.winsorised.clone();
    // Survey steps come first, so a resumed run shares them: their counts and problems are the earlier run's.
    r.respondents = base.respondents.clone();
    r.surveyedBy = base.surveyedBy.clone();
    r.problems.addAll(base.problems);
  }

  private static double[][] copy(double[][] v) {
    double[][] out = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] == null ? null : v[i].clone();
    }
    return out;
  }
}
