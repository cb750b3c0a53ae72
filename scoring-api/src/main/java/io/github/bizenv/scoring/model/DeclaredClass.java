package io.github.bizenv.scoring.model;

import org.immutables.value.Value;

/**
 * A task class set by hand rather than computed from the task's measure, with the reason for it.
 */
@Value.Immutable
public abstract class DeclaredClass {

  DeclaredClass() {}

  /**
   * The class.
   *
   * @return A, B or C
   */
  public abstract TaskClass taskClass();

  /**
   * Why the class is declared rather than computed.
   *
   * @return the reason
   */
  public abstract LocalizedText reason();

  /**
   * A declared class.
   *
   * @param taskClass the class
   * @param reason why it is declared
   * @return the declared class
   */
  public static DeclaredClass of(TaskClass taskClass, LocalizedText reason) {
    return ImmutableDeclaredClass.builder().taskClass(taskClass).reason(reason).build();
  }
}
