package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.spi.Parameters;
import io.github.bizenv.scoring.spi.Rule;
import io.github.bizenv.scoring.spi.RuleProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in rules: bonus and deduction items, override, veto. */
final class BuiltinRules {

  private BuiltinRules() {}

  static List<RuleProvider> rules() {
    return List.of(
        Providers.rule("bonus-deduction", BuiltinRules::bonusDeduction),
        Providers.rule("override", BuiltinRules::override),
        Providers.rule("veto", BuiltinRules::veto));
  }

  /** One item of a bonus-deduction rule: so much per occurrence counted in a data column. */
  static final class Item {
    final String indicator;
    final double amount;
    final String category;
    final String matter;

    Item(String indicator, double amount, String category, String matter) {
      this.indicator = indicator;
      this.amount = amount;
      this.category = category;
      this.matter = matter;
    }
  }

  /**
   * Bonus and deduction items. Each item reads a count from a data column and adds {@code amount} per
   * occurrence (negative for deductions). Items sharing a {@code matter} count once, at their largest effect.
   * Each category's total is limited to ±{@code categoryCaps[category]}, the whole adjustment to ±{@code cap};
   * the result is floored at {@code floor} (default: the node's least score) and, when {@code ceiling} is
   * given, capped there.
   */
  static Rule bonusDeduction(Parameters p) {
    List<Item> items = new ArrayList<>();
    for (Parameters i : p.objects("items")) {
      String indicator = i.text("indicator", null);
      if (indicator == null) {
        i.problem("indicator", "an item needs the data column (indicator) it counts");
      }
      items.add(new Item(indicator, i.number("amount"), i.text("category", ""), i.text("matter", null)));
    }
    if (items.isEmpty()) {
      p.problem("items", "a bonus-deduction rule needs at least one item");
    }
    Map<String, Double> categoryCaps = p.numbers("categoryCaps");
    double cap = p.number("cap", Double.POSITIVE_INFINITY);
    double floor = p.number("floor", Double.NaN);
    double ceiling = p.number("ceiling", Double.POSITIVE_INFINITY);
    java.util.Set<String> categories = new java.util.TreeSet<>();
    items.forEach(it -> categories.add(it.category));
    categoryCaps.forEach((category, c) -> {
      if (!(c >= 0)) {
        p.problem("categoryCaps", "the cap of category \"" + category + "\" is " + Numbers.plain(c)
            + "; a cap limits the size of the category's total either way, so it must be at least 0");
      } else if (!categories.contains(category)) {
        p.problem("categoryCaps", "category \"" + category + "\" has a cap, but no item is of that "
            + "category; the items' categories are " + categories);
      }
    });
    if (!(cap >= 0)) {
      p.problem("cap", "cap " + Numbers.plain(cap) + " must be at least 0: it limits the size of the whole "
          + "adjustment either way");
    }
    if (floor == floor && !(floor < ceiling)) {
      p.problem("floor", "floor " + Numbers.plain(floor) + " must be less than the ceiling " + Numbers.plain(ceiling));
    }
    java.util.Set<String> columns = new java.util.TreeSet<>();
    items.forEach(it -> {
      if (it.indicator != null) {
        columns.add(it.indicator);
      }
    });
    return reading(columns, (score, in, trace) -> {
      if (score != score) {
        return score;
      }
      Map<String, Double> matters = new LinkedHashMap<>();
      Map<String, Item> matterItem = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>();
      for (int k = 0; k < items.size(); k++) {
        Item it = items.get(k);
        double count = in.value(it.indicator);
        if (!(count > 0)) {
          continue;
        }
        double effect = it.amount * count;
        String key = it.matter != null ? "matter:" + it.matter : "item:" + k;
        Double previous = matters.get(key);
        if (previous == null || Math.abs(effect) > Math.abs(previous)) {
          matters.put(key, effect);
          matterItem.put(key, it);
        }
      }
      Map<String, Double> byCategory = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : matters.entrySet()) {
        Item it = matterItem.get(e.getKey());
        byCategory.merge(it.category, e.getValue(), Double::sum);
        lines.add(it.indicator + " × " + Numbers.brief(in.value(it.indicator)) + " → " + signed(e.getValue())
            + (it.matter != null ? " (matter " + it.matter + ", counted once at its largest)" : ""));
      }
      double total = 0;
      for (Map.Entry<String, Double> e : byCategory.entrySet()) {
        double c = e.getValue();
        Double catCap = categoryCaps.get(e.getKey());
        if (catCap != null && Math.abs(c) > catCap) {
          lines.add("category " + e.getKey() + " " + signed(c) + " limited to " + signed(Math.signum(c) * catCap));
          c = Math.signum(c) * catCap;
        }
        total += c;
      }
      if (Math.abs(total) > cap) {
        lines.add("total " + signed(total) + " limited to " + signed(Math.signum(total) * cap));
        total = Math.signum(total) * cap;
      }
      double lo = floor == floor ? floor : in.floor();
      double after = Math.min(ceiling, Math.max(lo, score + total));
      if (after != score + total) {
        lines.add("result kept within [" + Numbers.brief(lo) + ", " + Numbers.brief(ceiling) + "]");
      }
      if (!lines.isEmpty() && trace.explaining()) {
        trace.record("bonus-deduction: " + String.join("; ", lines), score, after);
      }
      return after;
    });
  }

  /** A rule that declares the data columns it reads. */
  static Rule reading(java.util.Set<String> columns, Rule rule) {
    return reading(columns, null, rule);
  }

  /** A rule that declares the data columns it reads and the grade it may force (or none). */
  static Rule reading(java.util.Set<String> columns, String grade, Rule rule) {
    java.util.Set<String> read = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(columns));
    java.util.Set<String> forced = grade == null ? java.util.Set.of() : java.util.Set.of(grade);
    return new Rule() {
      @Override
      public double apply(double score, Input input, Trace trace) {
        return rule.apply(score, input, trace);
      }

      @Override
      public java.util.Set<String> columns() {
        return read;
      }

      @Override
      public java.util.Set<String> grades() {
        return forced;
      }
    };
  }

  /** The columns conditions test. */
  static java.util.Set<String> columns(List<Condition> conditions) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    conditions.forEach(c -> {
      if (c.indicator != null) {
        out.add(c.indicator);
      }
    });
    return out;
  }

  /**
   * A condition on a data column: {@code atMost}, {@code atLeast} or {@code equals}; its own {@code label}, when
   * given, names what fired in the explanation and the grade reason (e.g. which kind of finding triggered a veto).
   */
  static final class Condition {
    final String indicator;
    final double atMost;
    final double atLeast;
    final double equals;
    final String label;

    Condition(Parameters p) {
      indicator = p.text("indicator", null);
      label = p.text("label", null);
      if (indicator == null) {
        p.problem("indicator", "a condition needs the data column (indicator) it tests");
      }
      atMost = p.number("atMost", Double.NaN);
      atLeast = p.number("atLeast", Double.NaN);
      equals = p.number("equals", Double.NaN);
      if (atMost != atMost && atLeast != atLeast && equals != equals) {
        p.problem("", "a condition needs atMost, atLeast or equals");
      } else if (atMost == atMost && atLeast == atLeast && atLeast > atMost) {
        p.problem("atLeast", "atLeast " + Numbers.plain(atLeast) + " is greater than atMost " + Numbers.plain(atMost)
            + ": no value can meet the condition");
      } else if (equals == equals && (atMost == atMost && equals > atMost || atLeast == atLeast && equals < atLeast)) {
        p.problem("equals", "equals " + Numbers.plain(equals) + " contradicts "
            + (atMost == atMost && equals > atMost ? "atMost " + Numbers.plain(atMost) : "atLeast "
            + Numbers.plain(atLeast)) + ": no value can meet the condition");
      }
    }

    boolean holds(Rule.Input in) {
      double v = in.value(indicator);
      if (v != v) {
        return false;
      }
      return (atMost != atMost || v <= atMost) && (atLeast != atLeast || v >= atLeast)
          && (equals != equals || v == equals);
    }

    /** The condition's own label, else the rule's. */
    String label(String ruleLabel) {
      return label != null ? label : ruleLabel;
    }

    String describe(Rule.Input in) {
      return indicator + " = " + Numbers.brief(in.value(indicator))
          + (atMost == atMost ? " ≤ " + Numbers.brief(atMost) : "") + (atLeast == atLeast ? " ≥ " + Numbers.brief(atLeast) : "")
          + (equals == equals ? " = " + Numbers.brief(equals) : "");
    }
  }

  /** Conditions joined by "any": the rule fires when one holds. */
  static List<Condition> conditions(Parameters p) {
    List<Condition> out = new ArrayList<>();
    for (Parameters c : p.objects("any")) {
      out.add(new Condition(c));
    }
    if (out.isEmpty()) {
      p.problem("any", "the rule needs at least one condition in \"any\"");
    }
    return out;
  }

  /**
   * Override: when any condition holds (e.g. a national rank ≤ 10, or a provincial rank = 1), the node gets
   * {@code score} — full marks by default — and, when {@code grade} is given, the unit gets that grade.
   */
  static Rule override(Parameters p) {
    List<Condition> any = conditions(p);
    double fixed = p.number("score", Double.NaN);
    String grade = p.text("grade", null);
    String label = p.text("label", "override");
    return reading(columns(any), grade, (score, in, trace) -> {
      for (Condition c : any) {
        if (c.holds(in)) {
          double after = fixed == fixed ? fixed : in.fullMarks();
          String name = c.label(label);
          if (trace.explaining()) {
            trace.record(name + ": " + c.describe(in) + " → " + (fixed == fixed ? Numbers.brief(fixed) : "full marks "
                + Numbers.brief(after)) + (grade == null ? "" : "; the unit is graded " + grade), score, after);
          }
          if (grade != null) {
            trace.forceGrade(grade, trace.explaining() ? name + ": " + c.describe(in) : name);
          }
          return after;
        }
      }
      return score;
    });
  }

  /**
   * Veto (一票否决): when any condition holds, applies {@code effect}: {@code zero} (the node scores its least
   * score), {@code force-grade} (the unit gets {@code grade}), or {@code exclude-top-band}.
   */
  static Rule veto(Parameters p) {
    List<Condition> any = conditions(p);
    String effect = p.text("effect", "zero");
    String grade = p.text("grade", null);
    String label = p.text("label", "veto");
    if (!List.of("zero", "force-grade", "exclude-top-band").contains(effect)) {
      p.problem("effect", "effect \"" + effect + "\" is not one of zero, force-grade, exclude-top-band");
    }
    if (effect.equals("force-grade") && grade == null) {
      p.problem("grade", "effect force-grade needs the grade to force");
    }
    VetoEffect kind = effect.equals("force-grade") ? VetoEffect.FORCE_GRADE
        : effect.equals("exclude-top-band") ? VetoEffect.EXCLUDE_TOP_BAND : VetoEffect.ZERO;
    return reading(columns(any), kind == VetoEffect.FORCE_GRADE ? grade : null, (score, in, trace) -> {
      for (Condition c : any) {
        if (c.holds(in)) {
          String why = trace.explaining() ? c.label(label) + ": " + c.describe(in) : c.label(label);
          boolean explaining = trace.explaining();
          switch (kind) {
            case ZERO:
              if (explaining) {
                trace.record(why + " → the node scores " + Numbers.brief(in.floor()), score, in.floor());
              }
              return in.floor();
            case FORCE_GRADE:
              if (explaining) {
                trace.record(why + " → grade " + grade, score, score);
              }
              trace.forceGrade(grade, why);
              return score;
            default:
              if (explaining) {
                trace.record(why + " → not in the top band", score, score);
              }
              trace.excludeFromTopBand(why);
              return score;
          }
        }
      }
      return score;
    });
  }

  /** What a veto does, settled when the rule is created. */
  private enum VetoEffect {
    ZERO,
    FORCE_GRADE,
    EXCLUDE_TOP_BAND
  }

  static String signed(double d) {
    return (d >= 0 ? "+" : "") + Numbers.brief(d);
  }

}
