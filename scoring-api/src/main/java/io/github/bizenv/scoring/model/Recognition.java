package io.github.bizenv.scoring.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A recognition a unit's reform received (改革成果): a national or provincial first (首创), or adoption by the
 * province or the nation for others to copy (复制推广), with the evidence for it.
 *
 * <p>Records that share a {@link #matter()} are one reform: an assessment counts it once, at its highest
 * recognition (同一事项不重复加分).
 */
@Value.Immutable
public abstract class Recognition {

  Recognition() {}

  /**
   * The recognition's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the data document's recognitions
   */
  public abstract String id();

  /**
   * First or adopted.
   *
   * @return the kind
   */
  public abstract RecognitionKind kind();

  /**
   * National or provincial.
   *
   * @return the level
   */
  public abstract ResultLevel level();

  /**
   * The unit whose reform it is.
   *
   * @return a unit id of the programme
   */
  public abstract String unit();

  /**
   * The task the reform came from.
   *
   * @return a task id of the programme, if given
   */
  public abstract Optional<String> task();

  /**
   * The reform, linking records about the same one.
   *
   * @return a matter id, if given; a record without one is a matter of its own
   */
  public abstract Optional<String> matter();

  /**
   * The day it was recognised (the document's date, or the day the first went live).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * What was done.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * What shows it: the document that adopts it, or the report that it was the first.
   *
   * @return the evidence
   */
  public abstract LocalizedText evidence();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableRecognition.Builder builder() {
    return ImmutableRecognition.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.id("/unit", unit());
    task().ifPresent(t -> c.id("/task", t));
    matter().ifPresent(m -> c.id("/matter", m));
    c.throwIfAny("Recognition " + Checks.quote(id()));
  }
}
