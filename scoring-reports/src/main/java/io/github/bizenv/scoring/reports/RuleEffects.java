package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules did to a unit's scores, read from its explanation: the one place the reports read the engine's rule
 * steps, {@code rule <what the rule did> (<before> → <after>)}. The description may itself hold arrows and brackets
 * (a condition label, {@code bonus-deduction: … → -5 (matter M1, …)}), so the numbers are taken from the end. A score
 * is written as the engine writes it: a plain number, in exponent form when tiny, or {@code NaN} when a rule (an
 * override) gave a score to a node that had none.
 */
final class RuleEffects {

  private static final String NUMBER = "-?[0-9]+(?:\\.[0-9]+)?(?:E-?[0-9]+)?|NaN";
  static final Pattern STEP = Pattern.compile("rule (.+) \\((" + NUMBER + ") → (" + NUMBER + ")\\)");

  private RuleEffects() {}

  /** One rule's change of one node's score. */
  static final class Effect {
    final String node;
    final String rule;
    final double before;
    final double after;

    Effect(String node, String rule, double before, double after) {
      this.node = node;
      this.rule = rule;
      this.before = before;
      this.after = after;
    }

    /** The change, counting a score from nothing (an override of a node with no score) as from 0. */
    double change() {
      return after - (before == before ? before : 0);
    }

    boolean bonusDeduction() {
      return rule.startsWith("bonus-deduction:");
    }
  }

  /**
   * Reads one explanation step.
   *
   * @param node the node whose step it is
   * @param step the step's text
   * @return the rule's effect, or empty when the step is not a rule's, or the rule left the score as it was
   */
  static Optional<Effect> parse(String node, String step) {
    Matcher m = STEP.matcher(step);
    if (!m.matches()) {
      return Optional.empty();
    }
    double before = Double.parseDouble(m.group(2));
    double after = Double.parseDouble(m.group(3));
    if (Double.compare(before, after) == 0) {
      return Optional.empty();
    }
    return Optional.of(new Effect(node, m.group(1), before, after));
  }

  /** The effects of the rules at this node only, in the order they applied. */
  static List<Effect> at(Explanation x) {
    List<Effect> out = new ArrayList<>();
    for (String s : x.steps()) {
      parse(x.node(), s).ifPresent(out::add);
    }
    return out;
  }

  /** The effects of the rules at this node and every node below it, the node's own first, then depth-first. */
  static List<Effect> under(Explanation x) {
    List<Effect> out = new ArrayList<>(at(x));
    for (Explanation c : x.children()) {
      out.addAll(under(c));
    }
    return out;
  }
}
