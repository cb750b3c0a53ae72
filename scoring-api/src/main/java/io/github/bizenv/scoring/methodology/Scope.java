package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The units a methodology evaluates: those whose value in a data column is one of the listed values (e.g. the
 * {@code kind} column is {@code department}).
 */
@Value.Immutable
public abstract class Scope {

  Scope() {}

  /**
   * The data column tested.
   *
   * @return the column
   */
  public abstract String column();

  /**
   * The values kept.
   *
   * @return a non-empty set
   */
  public abstract Set<String> values();

  /**
   * A scope.
   *
   * @param column the data column
   * @param values the values kept
   * @return the scope
   */
  public static Scope of(String column, Set<String> values) {
    return ImmutableScope.builder().column(column).values(values).build();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.text("/column", column(), "the scope column");
    c.require(!values().isEmpty(), Problem.MISSING_FIELD, "/values", "a scope needs the values of its column to keep");
    c.throwIfAny("Scope");
  }
}
