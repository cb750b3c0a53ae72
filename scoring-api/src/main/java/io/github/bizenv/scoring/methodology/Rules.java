package io.github.bizenv.scoring.methodology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Specs of the built-in rules and their parts, so that a methodology built in code reads like its file:
 *
 * <pre>{@code
 * Rules.override(Rules.atMost("eval.national-rank", 10), Rules.equalTo("eval.provincial-rank", 1))
 *     .with("grade", "优秀").with("label", "牵头指标国评前10或省评第1");
 * }</pre>
 */
public final class Rules {

  private Rules() {}

  /**
   * A condition that holds when a data column's value is at most a bound.
   *
   * @param indicator the data column
   * @param bound the bound
   * @return {@code {"indicator": …, "atMost": …}}
   */
  public static Setting atMost(String indicator, double bound) {
    return condition(indicator, "atMost", bound);
  }

  /**
   * A condition that holds when a data column's value is at least a bound.
   *
   * @param indicator the data column
   * @param bound the bound
   * @return {@code {"indicator": …, "atLeast": …}}
   */
  public static Setting atLeast(String indicator, double bound) {
    return condition(indicator, "atLeast", bound);
  }

  /**
   * A condition that holds when a data column's value equals a number.
   *
   * @param indicator the data column
   * @param value the number
   * @return {@code {"indicator": …, "equals": …}}
   */
  public static Setting equalTo(String indicator, double value) {
    return condition(indicator, "equals", value);
  }

  private static Setting condition(String indicator, String key, double bound) {
    Map<String, Setting> m = new LinkedHashMap<>();
    m.put("indicator", Setting.of(indicator));
    m.put(key, Setting.of(bound));
    return Setting.object(m);
  }

  /**
   * An item of a bonus-deduction rule: {@code amount} per occurrence counted in a data column.
   *
   * @param indicator the data column holding the count
   * @param amount points per occurrence, negative for a deduction
   * @param category the category whose total may be capped
   * @return {@code {"indicator": …, "amount": …, "category": …}}
   */
  public static Setting item(String indicator, double amount, String category) {
    Map<String, Setting> m = new LinkedHashMap<>();
    m.put("indicator", Setting.of(indicator));
    m.put("amount", Setting.of(amount));
    m.put("category", Setting.of(category));
    return Setting.object(m);
  }

  /**
   * Bonus and deduction items with caps per category ({@code categoryCaps}) and overall ({@code cap}), floored.
   *
   * @param items the items
   * @return {@code {"name": "bonus-deduction", "items": […]}}
   */
  public static StrategySpec bonusDeduction(Setting... items) {
    return StrategySpec.of("bonus-deduction").with("items", Setting.list(List.of(items)));
  }

  /**
   * An override: when any condition holds, the node gets full marks (or {@code score}), and with {@code grade}
   * the unit gets that grade.
   *
   * @param any the conditions
   * @return {@code {"name": "override", "any": […]}}
   */
  public static StrategySpec override(Setting... any) {
    return StrategySpec.of("override").with("any", Setting.list(List.of(any)));
  }

  /**
   * A veto (一票否决): when any condition holds, the effect applies ({@code zero}, {@code force-grade} with a
   * {@code grade}, or {@code exclude-top-band}).
   *
   * @param effect the effect
   * @param any the conditions
   * @return {@code {"name": "veto", "effect": …, "any": […]}}
   */
  public static StrategySpec veto(String effect, Setting... any) {
    return StrategySpec.of("veto").with("effect", effect).with("any", Setting.list(List.of(any)));
  }
}
