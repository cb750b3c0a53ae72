package io.github.bizenv.scoring.engine;

import io.github.bizenv.scoring.internal.Numbers;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Why a unit has its score at a node: a tree of the node and its descendants, each with its inputs, method,
 * weights, contributions and rules. {@link #text()} renders it for people. Immutable.
 */
public final class Explanation {

  private final String unit;
  private final String node;
  private final LocalizedText name;
  private final OptionalDouble score;
  private final boolean notApplicable;
  private final double weightUsed;
  private final String method;
  private final Map<String, Double> parameters;
  private final String input;
  private final List<String> steps;
  private final List<Explanation> children;
  private final OptionalInt rank;
  private final Optional<String> grade;
  private final List<String> gradeReasons;

  Explanation(String unit, String node, LocalizedText name, OptionalDouble score, boolean notApplicable,
      double weightUsed, String method, Map<String, Double> parameters, String input, List<String> steps,
      List<Explanation> children, OptionalInt rank, Optional<String> grade, List<String> gradeReasons) {
    this.unit = unit;
    this.node = node;
    this.name = name;
    this.score = score;
    this.notApplicable = notApplicable;
    this.weightUsed = weightUsed;
    this.method = method;
    this.parameters = Collections.unmodifiableMap(parameters);
    this.input = input;
    this.steps = List.copyOf(steps);
    this.children = List.copyOf(children);
    this.rank = rank;
    this.grade = grade;
    this.gradeReasons = List.copyOf(gradeReasons);
  }

  /**
   * The unit explained.
   *
   * @return the unit id
   */
  public String unit() {
    return unit;
  }

  /**
   * The node explained.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The node's name.
   *
   * @return the name, if the methodology gives one
   */
  public Optional<LocalizedText> name() {
    return Optional.ofNullable(name);
  }

  /**
   * The score.
   *
   * @return the score, or empty when missing or not applicable
   */
  public OptionalDouble score() {
    return score;
  }

  /**
   * Whether the node is not applicable to the unit.
   *
   * @return {@code true} when not applicable
   */
  public boolean notApplicable() {
    return notApplicable;
  }

  /**
   * The weight this node got in its parent's aggregation for this unit, after renormalization over the
   * available siblings; 0 when left out; {@code NaN} for the node explained.
   *
   * @return the weight used
   */
  public double weightUsed() {
    return weightUsed;
  }

  /**
   * The method: the normalizer of a leaf or the aggregator of an inner node.
   *
   * @return the strategy's name
   */
  public String method() {
    return method;
  }

  /**
   * The method's parameters as used (e.g. {@code best}, {@code worst}, a fitted {@code min}).
   *
   * @return name → value; empty for aggregators
   */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /**
   * A leaf's raw input: the column and the value or text code read.
   *
   * @return the input, or empty for inner nodes
   */
  public Optional<String> input() {
    return Optional.ofNullable(input);
  }

  /**
   * The steps from inputs to score, in order: code outcomes, the missing-data policy, points scaling, composite
   * means, and each rule with its effect.
   *
   * @return the steps as sentences
   */
  public List<String> steps() {
    return steps;
  }

  /**
   * The children's explanations, in methodology order.
   *
   * @return the children; empty for leaves
   */
  public List<Explanation> children() {
    return children;
  }

  /**
   * The unit's rank, when this is the ranking node.
   *
   * @return the rank
   */
  public OptionalInt rank() {
    return rank;
  }

  /**
   * The unit's grade, when this is the grading node.
   *
   * @return the grade
   */
  public Optional<String> grade() {
    return grade;
  }

  /**
   * Why the unit has its grade, when this is the grading node.
   *
   * @return the reasons in the order they applied
   */
  public List<String> gradeReasons() {
    return gradeReasons;
  }

  /**
   * The explanation as indented text, one node per paragraph.
   *
   * @return the text, ending in a newline
   */
  public String text() {
    StringBuilder sb = new StringBuilder();
    render(sb, "");
    return sb.toString();
  }

  private void render(StringBuilder sb, String indent) {
    sb.append(indent).append(node);
    if (name != null) {
      sb.append(" (").append(name.text(false)).append(')');
    }
    sb.append(" = ").append(notApplicable ? "not applicable" : score.isPresent() ? Numbers.brief(score.getAsDouble()) : "missing");
    if (weightUsed == weightUsed) {
      sb.append("   weight ").append(Numbers.brief(weightUsed));
    }
    sb.append('\n');
    String more = indent + "    ";
    if (input != null) {
      sb.append(more).append("input: ").append(input).append('\n');
    }
    if (method != null) {
      sb.append(more).append(children.isEmpty() ? "normalizer: " : "aggregator: ").append(method);
      if (!parameters.isEmpty()) {
        StringBuilder ps = new StringBuilder();
        parameters.forEach((k, v) -> ps.append(ps.length() == 0 ? "" : ", ").append(k).append(' ').append(Numbers.brief(v)));
        sb.append(" (").append(ps).append(')');
      }
      sb.append('\n');
    }
    for (String s : steps) {
      sb.append(more).append(s).append('\n');
    }
    rank.ifPresent(r -> sb.append(more).append("rank: ").append(r).append('\n'));
    grade.ifPresent(g -> sb.append(more).append("grade: ").append(g).append('\n'));
    for (String r : gradeReasons) {
      sb.append(more).append("  ").append(r).append('\n');
    }
    for (Explanation c : children) {
      c.render(sb, indent + "  ");
    }
  }

  @Override
  public String toString() {
    return text();
  }
}
