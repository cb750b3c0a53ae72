package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding about a unit (督查发现): from an inspection, a random spot check, a "four nos, two straights" or
 * unannounced visit, or a 12345 hotline complaint, report or suggestion, with its severity and rectification
 * (整改) state.
 *
 * <p>Findings that share a {@link #matter()} are one matter — a complaint that an inspection also found, a
 * problem reported twice — and an assessment deducts for it once (同一事项不重复扣分). They must be about the
 * same unit.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * The finding's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the data document's findings
   */
  public abstract String id();

  /**
   * How the finding came to light.
   *
   * @return the kind
   */
  public abstract FindingKind kind();

  /**
   * The unit the finding is about.
   *
   * @return a unit id of the programme
   */
  public abstract String unit();

  /**
   * The matter, linking findings about the same problem.
   *
   * @return a matter id, if given; a finding without one is a matter of its own
   */
  public abstract Optional<String> matter();

  /**
   * The task concerned.
   *
   * @return a task id of the programme, if the finding concerns one task
   */
  public abstract Optional<String> task();

  /**
   * The area concerned.
   *
   * @return an area id of the programme, if given
   */
  public abstract Optional<String> area();

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The day it was found or received.
   *
   * @return the date
   */
  public abstract LocalDate found();

  /**
   * The day by which it must be rectified.
   *
   * @return the deadline, if one was set
   */
  public abstract Optional<LocalDate> rectificationDeadline();

  /**
   * The day it was rectified.
   *
   * @return the date, if rectified
   */
  public abstract Optional<LocalDate> rectified();

  /**
   * What was found.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * Whether the finding was rectified by its deadline as of a day: {@code false} when the deadline has
   * passed on {@code asOf} and the finding was not rectified by then.
   *
   * @param asOf the day of the assessment
   * @return {@code true} unless it is overdue on {@code asOf}
   */
  public boolean rectifiedInTime(LocalDate asOf) {
    if (rectificationDeadline().isEmpty()) {
      return true;
    }
    LocalDate deadline = rectificationDeadline().get();
    if (!asOf.isAfter(deadline)) {
      return true;
    }
    return rectified().map(r -> !r.isAfter(deadline)).orElse(false);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.id("/unit", unit());
    task().ifPresent(t -> c.id("/task", t));
    area().ifPresent(a -> c.id("/area", a));
    matter().ifPresent(m -> c.id("/matter", m));
    rectificationDeadline().ifPresent(d -> c.require(!d.isBefore(found()), Problem.ORDER,
        "/rectificationDeadline", "rectification deadline " + d + " is before the finding date " + found()));
    rectified().ifPresent(d -> c.require(!d.isBefore(found()), Problem.ORDER,
        "/rectified", "rectification date " + d + " is before the finding date " + found()));
    c.throwIfAny("Finding " + Checks.quote(id()));
  }
}
