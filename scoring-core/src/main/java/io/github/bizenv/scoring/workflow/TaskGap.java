package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One task against the benchmark: its computed and declared class, the class that applies, the gap, and whether
 * its target contradicts its class. Immutable.
 */
public final class TaskGap {

  private final Task task;
  private final Optional<TaskClass> computed;
  private final Optional<TaskClass> effective;
  private final OptionalDouble gap;
  private final OptionalDouble relativeGap;
  private final Optional<String> contradiction;

  TaskGap(Task task, Optional<TaskClass> computed, Optional<TaskClass> effective, OptionalDouble gap,
      OptionalDouble relativeGap, Optional<String> contradiction) {
    this.task = task;
    this.computed = computed;
    this.effective = effective;
    this.gap = gap;
    this.relativeGap = relativeGap;
    this.contradiction = contradiction;
  }

  /**
   * The task.
   *
   * @return the task
   */
  public Task task() {
    return task;
  }

  /**
   * The class computed from the measure: A when the baseline is worse than the benchmark (beyond the
   * tolerance), else B.
   *
   * @return the computed class, or empty for a task without a measure
   */
  public Optional<TaskClass> computedClass() {
    return computed;
  }

  /**
   * The class that applies: the declared one if any, else the computed one.
   *
   * @return the class, or empty when the task has neither a measure nor a declared class
   */
  public Optional<TaskClass> taskClass() {
    return effective;
  }

  /**
   * Whether a declared class overrides a different computed one.
   *
   * @return {@code true} when declared and computed classes differ
   */
  public boolean declaredOverridesComputed() {
    return task.declaredClass().isPresent() && computed.isPresent()
        && computed.get() != task.declaredClass().get().taskClass();
  }

  /**
   * How far the baseline is behind the benchmark, in the indicator's unit: positive when behind, negative when
   * ahead.
   *
   * @return the gap, or empty for a task without a measure
   */
  public OptionalDouble gap() {
    return gap;
  }

  /**
   * The gap relative to the benchmark's value.
   *
   * @return {@code gap / |benchmark|}, or empty without a measure or when the benchmark is 0
   */
  public OptionalDouble relativeGap() {
    return relativeGap;
  }

  /**
   * What is wrong with the target given the class: an A target must reach the benchmark; a B target must improve
   * on it.
   *
   * @return the contradiction, or empty when the target fits its class
   */
  public Optional<String> contradiction() {
    return contradiction;
  }
}
