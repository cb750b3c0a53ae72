package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.spi.Rule;
import java.util.ArrayList;
import java.util.List;

/** Applies a node's rules to every unit in order, and the rules' view of the data and of what they did. */
final class RuleRunner {

  private RuleRunner() {}

  static void apply(Plan p, int i, EvalState st) {
    Rule[] rules = p.rules(i);
    if (rules.length == 0) {
      return;
    }
    double[] out = st.scores[i];
    st.ruleNode = i;
    Input input = new Input(st);
    input.node(p, i);
    for (int u = 0; u < st.count(); u++) {
      if (st.isNa(i, u)) {
        continue;
      }
      input.unit = u;
      double s = out[u];
      for (int r = 0; r < rules.length; r++) {
        s = apply(p, i, r, s, input, st.trace(u), st);
      }
      out[u] = s;
    }
  }

  /** Applies one rule; a failure or an infinite result is recorded as the rule's problem when {@code st} is given. */
  static double apply(Plan p, int i, int r, double s, Input input, Rule.Trace trace, EvalState st) {
    double after;
    try {
      after = p.rules(i)[r].apply(s, input, trace);
    } catch (RuntimeException e) {
      if (st != null) {
        st.strategyProblem(i, "rule", p.ruleName(i, r), input.unit(), "failed: " + Leaves.message(e));
      }
      return Double.NaN;
    }
    if (Double.isInfinite(after)) {
      if (st != null) {
        st.strategyProblem(i, "rule", p.ruleName(i, r), input.unit(), "returned " + after
            + (Double.isInfinite(p.high(i)) ? " (the node's scores are unbounded, so it has no full marks; give the "
            + "rule a fixed score or a point budget to the node)" : ""));
      }
      return Double.NaN;
    }
    return after;
  }

  /** A rule trace: keeps forced grades always, descriptions only when explaining. */
  static final class Recorder implements Rule.Trace {
    final EvalState st;
    final int unit;
    final boolean explaining;
    final List<String[]> effects;

    Recorder(EvalState st, int unit, boolean explaining) {
      this.st = st;
      this.unit = unit;
      this.explaining = explaining;
      this.effects = explaining ? new ArrayList<>() : List.of();
    }

    @Override
    public boolean explaining() {
      return explaining;
    }

    @Override
    public void record(String description, double before, double after) {
      if (explaining) {
        effects.add(new String[] {description, Double.toString(before), Double.toString(after)});
      }
    }

    @Override
    public void forceGrade(String grade, String reason) {
      if (!explaining) {
        st.forceGrade(unit, grade, reason);
      }
    }

    @Override
    public void excludeFromTopBand(String reason) {
      if (!explaining) {
        st.excludeFromTop(unit, reason);
      }
    }
  }

  /** A rule's view of one unit's data; one instance per node, moved from unit to unit. */
  static final class Input implements Rule.Input {
    private final EvalState st;
    int unit;
    private double full;
    private double floor;

    Input(EvalState st) {
      this.st = st;
    }

    void node(Plan p, int i) {
      full = p.high(i);
      floor = p.low(i);
    }

    @Override
    public String unit() {
      return st.units.get(unit);
    }

    @Override
    public double fullMarks() {
      return full;
    }

    @Override
    public double floor() {
      return floor;
    }

    @Override
    public double value(String indicator) {
      Dataset.Column c = st.table.columns.get(indicator);
      return c == null ? Double.NaN : c.value(st.row[unit]);
    }
  }
}
