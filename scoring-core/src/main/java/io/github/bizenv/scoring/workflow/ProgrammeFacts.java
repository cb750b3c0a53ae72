package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Turns a programme's facts into per-unit values that assessment methodologies score: task performance as lead,
 * responsible and supporting unit, ratings received, supervision findings as deduction matters, recognitions of
 * reforms, and the outside evaluation ranks of the indicators a unit leads — plus every observation of the
 * programme's period, under its indicator id.
 *
 * <p>The data set has one period, the programme's (e.g. {@code 2021}), and these columns per unit. Task rates are
 * weighted by each task's declared {@linkplain io.github.bizenv.scoring.model.Task#workload() workload}; a task
 * without a class counts as class A.
 *
 * <table>
 *   <caption>Derived columns</caption>
 *   <tr><th>column</th><th>meaning</th></tr>
 *   <tr><td>{@code kind}</td><td>the unit's kind, as a text code ({@code department}, {@code district}…)</td></tr>
 *   <tr><td>{@code lead.tasks}, {@code lead.workload}</td><td>tasks the unit leads (牵头), and their total
 *       workload</td></tr>
 *   <tr><td>{@code lead.on-time-rate}</td><td>% of its led tasks due by the date that were done by their deadline; a
 *       class C task waiting for authorisation at its deadline is not counted</td></tr>
 *   <tr><td>{@code lead.done-rate}</td><td>% of its led tasks done by the date</td></tr>
 *   <tr><td>{@code lead.milestones-on-time-rate}, {@code lead.milestones-missed}</td><td>% of the milestones of its
 *       led tasks due by the date that a report on or before the due date showed reached, and how many were missed;
 *       for class C tasks the application and, once authorised, the implementation (never the grant, which is the
 *       higher authority's)</td></tr>
 *   <tr><td>{@code lead.green-share}</td><td>% of its led tasks done, on track, near their deadline or waiting for
 *       authorisation at the date</td></tr>
 *   <tr><td>{@code lead.red}</td><td>led tasks red at the date</td></tr>
 *   <tr><td>{@code lead.late.A}, {@code lead.late.B}, {@code lead.late.C}</td><td>workload of its led tasks of
 *       each class that were due by the date and not done by their deadline (for deductions per class)</td></tr>
 *   <tr><td>{@code resp.tasks}, {@code resp.done-rate}, {@code resp.green-share}</td><td>tasks it is responsible
 *       for (责任单位), % done and % green</td></tr>
 *   <tr><td>{@code support.tasks}</td><td>tasks it supports (配合单位)</td></tr>
 *   <tr><td>{@code tasks.total}</td><td>tasks it answers for, as lead or responsible unit (for a minimum number of
 *       tasks before a unit is praised or rated 优秀)</td></tr>
 *   <tr><td>{@code ratings.mean}, {@code ratings.count}</td><td>ratings it received from lead units (mean of all
 *       ratings, or of per-task means when weighting by task)</td></tr>
 *   <tr><td>{@code findings.supervision.minor|general|serious}, {@code findings.hotline.minor|general|serious}
 *       </td><td>deduction matters (同一事项不重复扣分): the findings that share a matter id count once, in the cell
 *       of their most severe record, a supervision finding (inspection, spot check, 四不两直, 暗访) before a 12345
 *       one at equal severity</td></tr>
 *   <tr><td>{@code findings.overdue}, {@code findings.overdue.supervision}, {@code findings.overdue.hotline}</td>
 *       <td>matters not rectified by their deadline as of the date (整改逾期), in all and by the kind of the overdue
 *       finding</td></tr>
 *   <tr><td>{@code findings.matters}, {@code findings.suggestions}</td><td>deduction matters in all; 12345
 *       suggestions (no deduction)</td></tr>
 *   <tr><td>{@code adopted.national}, {@code firsts.national}, {@code adopted.provincial},
 *       {@code firsts.provincial}</td><td>reforms recognised (复制推广 and 首创): the records of one reform count
 *       once, at the highest of these, in this order</td></tr>
 *   <tr><td>{@code eval.national-rank}, {@code eval.provincial-rank}, {@code eval.national-score}</td><td>the best
 *       outside-evaluation result among the indicators it leads, each indicator at the latest period published by
 *       the date</td></tr>
 * </table>
 *
 * <p>A unit has the {@code lead.*} columns only if it leads a task, {@code resp.*} only if it is responsible for
 * one, {@code support.tasks} only if it supports one — so that a deduction scheme (a {@code base-score} leaf on
 * {@code lead.tasks}) assesses exactly the lead units; {@code tasks.total} and the finding and recognition counts are
 * there for every unit, 0 included. Rates a unit has nothing to count for (no task due yet) are missing, not 0. Only
 * facts dated on or before the date count, and outside results published by then.
 */
public final class ProgrammeFacts {

  /** Every derived column; each exists in the data set even when no unit has a value in it. */
  public static final List<String> COLUMNS = FactsState.COLUMNS;

  private ProgrammeFacts() {}

  /**
   * The facts as of a date, ratings weighted equally.
   *
   * @param programme the programme
   * @param data its data
   * @param asOf the date
   * @param rules the battle map's thresholds (for task statuses)
   * @return the data set
   */
  public static Dataset of(Programme programme, ProgrammeData data, LocalDate asOf, DispatchRules rules) {
    return of(programme, data, asOf, rules, List.of(), false);
  }

  /**
   * The facts as of a date, with extra observations (e.g. a CSV table of district indicators).
   *
   * @param programme the programme
   * @param data its data
   * @param asOf the date
   * @param rules the battle map's thresholds
   * @param extra more observations; those of the programme's period become columns too (after the data's own)
   * @param ratingsByTask {@code true} to average each task's ratings first, so every task weighs the same
   * @return the data set
   * @throws io.github.bizenv.scoring.ValidationException if the data does not fit the programme, or the date is
   *     before the programme's period
   */
  public static Dataset of(Programme programme, ProgrammeData data, LocalDate asOf, DispatchRules rules,
      List<Observation> extra, boolean ratingsByTask) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    Arguments.fits(programme, data);
    Arguments.notBefore(programme, asOf, "the date of the facts");
    FactsState s = new FactsState(programme, rules, ratingsByTask, Objects.requireNonNull(extra, "extra"));
    s.addAll(data);
    s.at(asOf);
    return s.toDataset();
  }
}
