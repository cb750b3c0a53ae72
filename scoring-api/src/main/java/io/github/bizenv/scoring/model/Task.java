package io.github.bizenv.scoring.model;

import io.github.bizenv.scoring.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A reform task (改革任务): what is to be done in an area, against which benchmark standard and measurable
 * target, by whom (one lead unit 牵头单位, any number of responsible units 责任单位 and supporting units
 * 配合单位), by when, in which steps, with how much work.
 *
 * <p>Its class (A/B/C) is computed from its {@link #measure()} where possible; {@link #declaredClass()}
 * overrides that and carries the reason. A task that needs legal authorisation
 * ({@link #legalAuthorisation()}) is declared class C, and a declared class C needs that flag.
 *
 * <p>Milestones are in date order and none falls after the deadline. A class C task is planned by its
 * authorisation steps (申请提交, 获得授权, 落地实施), in order; every other task by planned progress, which
 * increases strictly. A unit plays at most one role in a task.
 */
@Value.Immutable
public abstract class Task {

  Task() {}

  /**
   * The task's id.
   *
   * @return an id in the {@link Ids} alphabet, unique among the programme's tasks
   */
  public abstract String id();

  /**
   * The area the task belongs to.
   *
   * @return the id of an area of the same programme
   */
  public abstract String area();

  /**
   * What the task is.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * The benchmark's practice this task measures itself against (对标标准).
   *
   * @return the standard, if given
   */
  public abstract Optional<LocalizedText> benchmarkStandard();

  /**
   * The task's measurable target.
   *
   * @return the measure, if the task has one
   */
  public abstract Optional<Measure> measure();

  /**
   * A class set by hand, overriding the computed one.
   *
   * @return the declared class and its reason, if any
   */
  public abstract Optional<DeclaredClass> declaredClass();

  /**
   * Whether the reform needs legal authorisation (需法律授权).
   *
   * @return {@code true} if it does; {@code false} by default
   */
  @Value.Default
  public boolean legalAuthorisation() {
    return false;
  }

  /**
   * The lead unit (牵头单位).
   *
   * @return the id of a unit of the same programme
   */
  public abstract String lead();

  /**
   * The responsible units (责任单位) besides the lead.
   *
   * @return ids of units of the same programme, possibly empty
   */
  public abstract Set<String> responsible();

  /**
   * The supporting units (配合单位): they help, but are neither rated nor answerable for the task.
   *
   * @return ids of units of the same programme, possibly empty
   */
  public abstract Set<String> supporting();

  /**
   * The role a unit plays in this task.
   *
   * @param unit a unit id
   * @return its role, or empty when it plays none
   */
  public Optional<Role> role(String unit) {
    if (lead().equals(unit)) {
      return Optional.of(Role.LEAD);
    }
    if (responsible().contains(unit)) {
      return Optional.of(Role.RESPONSIBLE);
    }
    return supporting().contains(unit) ? Optional.of(Role.SUPPORTING) : Optional.empty();
  }

  /**
   * The declared workload (工作量系数), relative to an ordinary task: assessments weight tasks by it.
   *
   * @return a finite number greater than 0; 1 by default
   */
  @Value.Default
  public double workload() {
    return 1;
  }

  /**
   * The deadline (完成时限).
   *
   * @return the last day by which the task is due
   */
  public abstract LocalDate deadline();

  /**
   * The plan's steps (作战图), in date order.
   *
   * @return the milestones, possibly empty
   */
  public abstract List<Milestone> milestones();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTask.Builder builder() {
    return ImmutableTask.builder();
  }

  @Value.Check
  void check() {
    Checks c = new Checks();
    c.id("/id", id());
    c.id("/area", area());
    c.id("/lead", lead());
    c.ids("/responsible", responsible());
    c.ids("/supporting", supporting());
    c.finite("/workload", workload());
    c.require(!(workload() <= 0), Problem.OUT_OF_RANGE, "/workload",
        "workload " + Checks.fmt(workload()) + " must be greater than 0");
    if (responsible().contains(lead())) {
      c.add(Problem.INCONSISTENT, "/responsible", "unit " + Checks.quote(lead()) + " is the lead of task "
          + Checks.quote(id()) + ", so it cannot also be a responsible unit");
    }
    if (supporting().contains(lead())) {
      c.add(Problem.INCONSISTENT, "/supporting", "unit " + Checks.quote(lead()) + " is the lead of task "
          + Checks.quote(id()) + ", so it cannot also be a supporting unit");
    }
    for (String u : supporting()) {
      if (responsible().contains(u)) {
        c.add(Problem.INCONSISTENT, "/supporting", "unit " + Checks.quote(u) + " is a responsible unit of task "
            + Checks.quote(id()) + ", so it cannot also be a supporting unit");
      }
    }
    measure().ifPresent(m -> c.id("/measure/indicator", m.indicator()));
    boolean declaredC = declaredClass().map(d -> d.taskClass() == TaskClass.C).orElse(false);
    if (legalAuthorisation() && !declaredC) {
      c.add(Problem.INCONSISTENT, "/declaredClass",
          "task " + Checks.quote(id()) + " needs legal authorisation, so it must be declared class C");
    }
    if (declaredC && !legalAuthorisation()) {
      c.add(Problem.INCONSISTENT, "/legalAuthorisation",
          "task " + Checks.quote(id()) + " is declared class C, so legalAuthorisation must be true");
    }
    int i = 0;
    Milestone previous = null;
    for (Milestone m : milestones()) {
      String path = "/milestones/" + i;
      if (m.due().isAfter(deadline())) {
        c.add(Problem.ORDER, path + "/due", "milestone due " + m.due() + " falls after the task's deadline "
            + deadline());
      }
      if (previous != null && !m.due().isAfter(previous.due())) {
        c.add(Problem.ORDER, path + "/due", "milestone due " + m.due() + " is not after the previous one ("
            + previous.due() + ")");
      }
      if (legalAuthorisation() && m.step().isEmpty()) {
        c.add(Problem.INCONSISTENT, path + "/step", "task " + Checks.quote(id()) + " needs legal authorisation, so "
            + "its milestones are authorisation steps (application-submitted, authorisation-granted, implemented), "
            + "not planned percentages");
      }
      if (!legalAuthorisation() && m.step().isPresent()) {
        c.add(Problem.INCONSISTENT, path + "/step", "task " + Checks.quote(id()) + " needs no legal authorisation, "
            + "so its milestones plan a progress percentage, not the step " + m.step().get().code());
      }
      if (previous != null && m.plannedProgress().isPresent() && previous.plannedProgress().isPresent()
          && !(m.plannedProgress().getAsDouble() > previous.plannedProgress().getAsDouble())) {
        c.add(Problem.ORDER, path + "/plannedProgress", "planned progress "
            + Checks.fmt(m.plannedProgress().getAsDouble()) + " does not increase on the previous milestone's "
            + Checks.fmt(previous.plannedProgress().getAsDouble()));
      }
      if (previous != null && m.step().isPresent() && previous.step().isPresent()
          && m.step().get().compareTo(previous.step().get()) <= 0) {
        c.add(Problem.ORDER, path + "/step", "step " + m.step().get().code() + " does not come after the previous "
            + "milestone's " + previous.step().get().code());
      }
      previous = m;
      i++;
    }
    c.throwIfAny("Task " + Checks.quote(id()));
  }
}
