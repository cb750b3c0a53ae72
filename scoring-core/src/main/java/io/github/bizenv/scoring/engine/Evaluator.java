package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a plan over one period of data: the units in scope, the pipeline, leaves, inner nodes bottom up
 * (points, rules, composites), then ranks and grades. Each part lives in its own class; this one orders them and
 * decides what an earlier evaluation lends a variant.
 */
final class Evaluator {

  private Evaluator() {}

  static Evaluation evaluate(Plan p, Dataset.Table t, Evaluation base) {
    List<Problem> problems = new ArrayList<>();
    String source = "data for methodology \"" + p.id() + "\"";
    Plan.ScopePlan scopePlan = p.scope();
    Dataset.Column scope = scopePlan == null ? null : t.columns.get(scopePlan.column);
    if (scopePlan != null && scope == null) {
      problems.add(Problem.of(Problem.MISSING_DATA, "/scope/column", "scope column \"" + scopePlan.column
          + "\" is not in the data"));
    }
    java.util.Set<Integer> surveyed = Surveys.check(p, t, problems);
    for (int i = 0; i < p.size(); i++) {
      if (p.isLeaf(i) && !surveyed.contains(i) && !t.columns.containsKey(p.leaf(i).column)) {
        problems.add(Problem.of(Problem.MISSING_DATA, p.path(i) + "/source", "column \"" + p.leaf(i).column
            + "\" of leaf \"" + p.id(i) + "\" is not in the data (" + t.columns.size() + " columns)"));
      }
    }
    columnsNamed(p, t, problems);
    boolean sameUnits = base != null && base.table() == t && java.util.Objects.equals(base.plan().scope(), scopePlan)
        && base.plan().composites().isEmpty() && p.composites().isEmpty();
    boolean samePrepared = sameUnits && (p.pipeline().active
        ? base.prepared() != null && base.plan().pipeline().sameAs(p.pipeline()) : base.prepared() == null);
    if (samePrepared) {
      // The units, rows and prepared values are the earlier evaluation's: nothing to select or prepare again.
      if (!problems.isEmpty()) {
        throw new ValidationException(source, problems);
      }
      EvalState b = base.state();
      EvalState st = new EvalState(p, t, b.units, b.unitIndex, b.row);
      st.prepared = base.prepared();
      return score(p, st, base, true, new int[0][], problems, source);
    }
    List<String> units = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Map<String, Integer> unitIndex = new HashMap<>();
    for (int r = 0; r < t.units.size(); r++) {
      String in = scope == null ? null : scope.text(r);
      if (scope == null || in != null && scopePlan.values.contains(in)) {
        unitIndex.put(t.units.get(r), units.size());
        units.add(t.units.get(r));
        rows.add(r);
      }
    }
    // A composite none of whose members is in the data (a two-city economy of another data set) does not apply: its
    // own row, if the data has one, is scored like any unit's.
    boolean[] active = new boolean[p.composites().size()];
    for (int k = 0; k < active.length; k++) {
      for (String m : p.composites().get(k).members) {
        active[k] |= unitIndex.containsKey(m);
      }
    }
    for (int k = 0; k < active.length; k++) {
      Plan.CompositePlan c = p.composites().get(k);
      if (active[k] && !unitIndex.containsKey(c.unit)) {
        unitIndex.put(c.unit, units.size());
        units.add(c.unit);
        rows.add(-1);
      }
    }
    int[][] members = new int[p.composites().size()][];
    for (int k = 0; k < p.composites().size(); k++) {
      Plan.CompositePlan c = p.composites().get(k);
      if (!active[k]) {
        continue;
      }
      members[k] = new int[c.members.length];
      for (int m = 0; m < c.members.length; m++) {
        Integer u = unitIndex.get(c.members[m]);
        if (u == null || rows.get(u) < 0) {
          problems.add(Problem.of(Problem.MISSING_DATA, "/composites/" + k + "/members/" + m,
              "member unit \"" + c.members[m] + "\" of \"" + c.unit + "\" has no data"
                  + (scope == null ? "" : " in the scope")));
          members[k][m] = -1;
        } else {
          members[k][m] = u;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(source, problems);
    }

    Pipeline.Result prepared = null;
    if (p.pipeline().active) {
      // Composite units without a row of their own are computed from their members' scores: they have no data to
      // impute, screen or treat, and must not weigh in those steps or in the normalizers' fits. They join after it.
      List<String> dataUnits = new ArrayList<>();
      List<Integer> dataRows = new ArrayList<>();
      List<String> computed = new ArrayList<>();
      for (int u = 0; u < units.size(); u++) {
        if (rows.get(u) >= 0) {
          dataUnits.add(units.get(u));
          dataRows.add(rows.get(u));
        } else {
          computed.add(units.get(u));
        }
      }
      prepared = p.pipeline().run(p, t, dataUnits, dataRows.stream().mapToInt(Integer::intValue).toArray(),
          sameUnits ? base.prepared() : null, sameUnits ? base.plan().pipeline() : null);
      if (!prepared.problems.isEmpty()) {
        throw new ValidationException("respondent-level " + source, prepared.problems);
      }
      // A composite whose own row was screened out is still computed from its members where it applies.
      for (int k = 0; k < p.composites().size(); k++) {
        String unit = p.composites().get(k).unit;
        if (members[k] != null && !prepared.units.contains(unit) && !computed.contains(unit)) {
          computed.add(unit);
        }
      }
      if (!computed.isEmpty()) {
        prepared = Pipeline.withComputed(prepared, computed);
      }
      units = prepared.units;
      rows = new ArrayList<>();
      for (int row : prepared.rows) {
        rows.add(row);
      }
      unitIndex = new HashMap<>();
      for (int u = 0; u < units.size(); u++) {
        unitIndex.put(units.get(u), u);
      }
      for (int k = 0; k < p.composites().size(); k++) {
        Plan.CompositePlan c = p.composites().get(k);
        if (members[k] == null) {
          continue;
        }
        for (int m = 0; m < c.members.length; m++) {
          Integer u = unitIndex.get(c.members[m]);
          if (u == null) {
            throw new ValidationException(source, List.of(Problem.of(Problem.MISSING_DATA, "/composites/" + k
                + "/members/" + m, "member unit \"" + c.members[m] + "\" of \"" + c.unit + "\" was screened out: "
                + prepared.excluded.get(c.members[m]))));
          }
          members[k][m] = u;
        }
      }
    }
    EvalState st = new EvalState(p, t, units, unitIndex, rows.stream().mapToInt(Integer::intValue).toArray());
    st.prepared = prepared;
    return score(p, st, base, false, members, problems, source);
  }

  /** Scores every node bottom up, then ranks and grades; leaves come from {@code base} where nothing changed. */
  private static Evaluation score(Plan p, EvalState st, Evaluation base, boolean reuseLeaves, int[][] members,
      List<Problem> problems, String source) {
    double[] values = new double[p.maxChildren()];
    double[] weights = new double[p.maxChildren()];
    for (int i = 0; i < p.size(); i++) {
      if (p.isLeaf(i)) {
        if (!reuseLeaf(p, i, st, base, reuseLeaves)) {
          Leaves.score(p, i, st, problems);
        }
      } else {
        Aggregation.score(p, i, st, values, weights);
      }
      Aggregation.scaleToPoints(p, i, st.scores[i]);
      Published.apply(p, i, st, problems);
      RuleRunner.apply(p, i, st);
      Composites.apply(p, i, st, members);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(source, problems);
    }
    if (!st.problems.isEmpty()) {
      throw new ValidationException("evaluation of methodology \"" + p.id() + "\"", st.problems);
    }
    Ranks.rank(p, st);
    Grading.grade(p, st);
    return new Evaluation(st);
  }

  /** Checks that the data has the columns the ranking, the grade quota and the pipeline name. */
  private static void columnsNamed(Plan p, Dataset.Table t, List<Problem> problems) {
    for (int i = 0; i < p.size(); i++) {
      io.github.bizenv.scoring.spi.Rule[] rules = p.rules(i);
      for (int r = 0; r < rules.length; r++) {
        for (String column : rules[r].columns()) {
          if (!t.columns.containsKey(column)) {
            problems.add(Problem.of(Problem.MISSING_DATA, p.path(i) + "/rules/" + r, "column \"" + column
                + "\" that rule \"" + p.ruleName(i, r) + "\" of node \"" + p.id(i) + "\" reads is not in the data; "
                + "without it the rule would never apply"));
          }
        }
      }
    }
    String g = p.ranking().groupColumn;
    if (g != null && !t.columns.containsKey(g)) {
      problems.add(Problem.of(Problem.MISSING_DATA, "/ranking/groupColumn", "ranking group column \"" + g
          + "\" is not in the data"));
    }
    if (p.ranking().eligible != null && !t.columns.containsKey(p.ranking().eligible.indicator())) {
      problems.add(Problem.of(Problem.MISSING_DATA, "/ranking/eligible/indicator", "ranking condition column \""
          + p.ranking().eligible.indicator() + "\" is not in the data"));
    }
    String within = p.grades() == null ? null : p.grades().withinColumn();
    if (within != null && !t.columns.containsKey(within)) {
      problems.add(Problem.of(Problem.MISSING_DATA, "/grades/quota/within", "grade quota column \"" + within
          + "\" is not in the data"));
    }
    for (int k = 0; k < p.pipeline().steps.size(); k++) {
      Pipeline.Step s = p.pipeline().steps.get(k);
      if (s instanceof Pipeline.ImputeStep && ((Pipeline.ImputeStep) s).groupColumn != null
          && !t.columns.containsKey(((Pipeline.ImputeStep) s).groupColumn)) {
        problems.add(Problem.of(Problem.MISSING_DATA, "/pipeline/" + k + "/groupColumn", "group column \""
            + ((Pipeline.ImputeStep) s).groupColumn + "\" is not in the data"));
      }
      if (s instanceof Pipeline.DenominateStep) {
        for (int i = 0; i < p.size(); i++) {
          if (p.isLeaf(i) && p.leaf(i).denominator != null && !t.columns.containsKey(p.leaf(i).denominator)) {
            problems.add(Problem.of(Problem.MISSING_DATA, p.path(i) + "/denominator", "denominator column \""
                + p.leaf(i).denominator + "\" of leaf \"" + p.id(i) + "\" is not in the data"));
          }
        }
      }
    }
  }

  /**
   * Takes a leaf's scores from an earlier evaluation when nothing they depend on changed: the same units and
   * prepared values, the same leaf binding, and no points, rules or composites that would write to them.
   */
  private static boolean reuseLeaf(Plan p, int i, EvalState st, Evaluation base, boolean sameData) {
    if (!sameData || p.hasPoints(i) || p.rules(i).length > 0) {
      return false;
    }
    Plan bp = base.plan();
    int j = bp.indexOf(p.id(i));
    if (j < 0 || bp.leaf(j) != p.leaf(i) || bp.hasPoints(j) || bp.rules(j).length > 0) {
      return false;
    }
    EvalState b = base.state();
    st.scores[i] = b.scores[j];
    st.na[i] = b.na[j];
    st.fits[i] = b.fits[j];
    return true;
  }
}
