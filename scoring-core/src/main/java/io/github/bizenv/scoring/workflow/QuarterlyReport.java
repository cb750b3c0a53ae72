package io.github.bizenv.scoring.workflow;

import io.github.bizenv.scoring.ValidationException;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The quarterly meeting (季度调度推进会): units ranked by a progress methodology — departments, districts and zones
 * in the methodology's ranking groups — the best praised (表扬) and the worst named (点名通报), each list of its
 * declared size with a declared rule for ties at the cut; each named unit with its problems (存在问题), and each
 * unit's movement since the previous quarter. A unit a rule keeps out of the top band (e.g. one that leads too few
 * tasks) is not praised. Immutable.
 */
public final class QuarterlyReport {

  private final Period quarter;
  private final Evaluation now;
  private final Evaluation before;
  private final int n;
  private final Listing.Ties ties;
  private final BattleMap map;
  private final List<Finding> findings;

  private QuarterlyReport(Period quarter, Evaluation now, Evaluation before, int n, Listing.Ties ties, BattleMap map,
      List<Finding> findings) {
    this.quarter = quarter;
    this.now = now;
    this.before = before;
    this.n = n;
    this.ties = ties;
    this.map = map;
    this.findings = findings;
  }

  /**
   * The report of a quarter, ties at the cut all listed.
   *
   * @param plan the progress methodology
   * @param programme the programme
   * @param data its data
   * @param quarter the quarter, e.g. {@code Period.quarter(2021, 2)}
   * @param n how many to praise and to name per ranking group
   * @return the report
   */
  public static QuarterlyReport of(Plan plan, Programme programme, ProgrammeData data, Period quarter, int n) {
    return of(plan, programme, data, quarter, n, Listing.Ties.LIST_ALL);
  }

  /**
   * The report of a quarter.
   *
   * @param plan the progress methodology
   * @param programme the programme
   * @param data its data
   * @param quarter the quarter, e.g. {@code Period.quarter(2021, 2)}
   * @param n how many to praise and to name per ranking group, at least 0
   * @param ties what the lists do with units tied at their cut
   * @return the report
   * @throws ValidationException if the data does not fit the programme, or the quarter is outside its period
   */
  public static QuarterlyReport of(Plan plan, Programme programme, ProgrammeData data, Period quarter, int n,
      Listing.Ties ties) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(ties, "ties");
    if (quarter.kind() != Period.Kind.QUARTER) {
      throw new IllegalArgumentException("period " + quarter + " is not a quarter");
    }
    if (n < 0) {
      throw new IllegalArgumentException("list size " + n + " is negative");
    }
    Arguments.fits(programme, data);
    Arguments.within(programme, quarter, "the quarter");
    FactsState s = new FactsState(programme, DispatchRules.defaults(), false, List.of());
    s.addAll(data);
    s.at(quarter.end());
    Evaluation now = plan.evaluate(s.toDataset());
    BattleMap map = s.battleMap();
    List<Finding> findings = s.findings();
    Evaluation before = null;
    if (!quarter.start().minusDays(1).isBefore(programme.period().start())) {
      s.at(quarter.start().minusDays(1));
      before = plan.evaluate(s.toDataset());
    }
    return new QuarterlyReport(quarter, now, before, n, ties, map, findings);
  }

  /**
   * The quarter.
   *
   * @return the quarter
   */
  public Period quarter() {
    return quarter;
  }

  /**
   * The evaluation at the quarter's end.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return now;
  }

  /**
   * The battle map at the quarter's end.
   *
   * @return the battle map
   */
  public BattleMap battleMap() {
    return map;
  }

  /**
   * The ranking groups, in the order their first unit appears (e.g. departments, then districts).
   *
   * @return the group names; {@code ""} alone when the methodology has no groups
   */
  public List<String> groups() {
    Set<String> out = new LinkedHashSet<>();
    for (String u : now.units()) {
      if (now.rank(u).isPresent()) {
        out.add(now.group(u).orElse(""));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The units praised in a ranking group: the best, of the declared size, leaving out units a rule keeps out of the
   * top band, with the tie rule at the cut.
   *
   * @param group the group, or {@code ""}
   * @return the praise list, best first
   */
  public Listing praised(String group) {
    List<String> eligible = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (String u : now.ranked(group)) {
      if (now.excludedFromTop(u).isPresent()) {
        left.add(u);
      } else {
        eligible.add(u);
      }
    }
    Set<String> reasons = new LinkedHashSet<>();
    left.forEach(u -> reasons.add(now.excludedFromTop(u).orElseThrow()));
    String reason = reasons.iterator().hasNext() ? reasons.iterator().next() : "";
    LocalizedText extra = left.isEmpty() ? null : LocalizedText.of(left.size() + "个单位不列入表扬（" + reason
        + (reasons.size() > 1 ? "等" : "") + "）", left.size() + " unit(s) not eligible for praise (" + reason
        + (reasons.size() > 1 ? " and other reasons" : "") + ")");
    return cut(eligible, extra);
  }

  /**
   * The units named in a ranking group: the worst, of the declared size, never a unit also praised, with the tie rule
   * at the cut.
   *
   * @param group the group, or {@code ""}
   * @return the named list, worst first
   */
  public Listing named(String group) {
    List<String> ranked = new ArrayList<>(now.ranked(group));
    Collections.reverse(ranked);
    ranked.removeAll(praised(group).units());
    return cut(ranked, null);
  }

  private Listing cut(List<String> ordered, LocalizedText extra) {
    int k = Math.min(n, ordered.size());
    LocalizedText note = null;
    if (k > 0 && k < ordered.size()) {
      int last = now.rank(ordered.get(k - 1)).getAsInt();
      int first = k - 1;
      while (first > 0 && now.rank(ordered.get(first - 1)).getAsInt() == last) {
        first--;
      }
      int end = k;
      while (end < ordered.size() && now.rank(ordered.get(end)).getAsInt() == last) {
        end++;
      }
      if (end > k) {
        int tied = end - first;
        if (ties == Listing.Ties.LIST_ALL) {
          k = end;
          note = LocalizedText.of("第" + last + "名" + tied + "个单位并列，均予列入，共" + k + "个",
              tied + " units tie at rank " + last + "; all are listed, " + k + " in all");
        } else {
          k = first;
          note = LocalizedText.of("第" + last + "名" + tied + "个单位并列，均不列入，共" + k + "个",
              tied + " units tie at rank " + last + "; none of them is listed, " + k + " in all");
        }
      }
    }
    if (extra != null) {
      note = note == null ? extra : LocalizedText.of(note.text(true) + "；" + extra.text(true),
          note.text(false) + "; " + extra.text(false));
    }
    return new Listing(n, ordered.subList(0, k), note);
  }

  /**
   * How many places a unit rose since the previous quarter (negative when it fell).
   *
   * @param unit the unit id
   * @return the movement, or empty in the first quarter or when the unit was not ranked in both
   */
  public OptionalInt movement(String unit) {
    if (before == null || !before.units().contains(unit)) {
      return OptionalInt.empty();
    }
    OptionalInt a = before.rank(unit);
    OptionalInt b = now.rank(unit);
    return a.isPresent() && b.isPresent() ? OptionalInt.of(a.getAsInt() - b.getAsInt()) : OptionalInt.empty();
  }

  /**
   * The problems that pulled a unit down (存在问题): its tasks (as lead or responsible unit) red or behind at the
   * quarter's end, longest red first; the methodology's indicators on which it scores below its group's mean, the
   * largest weighted shortfall first; its findings not rectified in time.
   *
   * @param unit the unit id
   * @return the problems, tasks first, then indicators, then findings
   */
  public List<Shortfall> shortfalls(String unit) {
    List<Shortfall> out = new ArrayList<>();
    List<TaskStatus> tasks = new ArrayList<>();
    for (TaskStatus s : map.forUnit(unit)) {
      Role role = s.task().role(unit).orElseThrow();
      if (role != Role.SUPPORTING && (s.status() == Status.RED || s.status() == Status.BEHIND)) {
        tasks.add(s);
      }
    }
    tasks.sort((a, b) -> a.status() != b.status() ? a.status().compareTo(b.status())
        : a.monthsRed() != b.monthsRed() ? Integer.compare(b.monthsRed(), a.monthsRed())
        : a.task().id().compareTo(b.task().id()));
    for (TaskStatus s : tasks) {
      out.add(new Shortfall(Shortfall.Kind.TASK, s.task().id(), describe(s, unit)));
    }
    if (now.units().contains(unit)) {
      String group = now.group(unit).orElse("");
      Map<String, Double> weights = now.plan().effectiveWeights();
      List<Object[]> below = new ArrayList<>();
      for (String leaf : now.plan().leavesUnder(now.plan().root())) {
        OptionalDouble mine = now.score(unit, leaf);
        if (mine.isEmpty()) {
          continue;
        }
        double sum = 0;
        int count = 0;
        for (String v : now.units()) {
          OptionalDouble x = now.score(v, leaf);
          if (x.isPresent() && now.group(v).orElse("").equals(group) && now.rank(v).isPresent()) {
            sum += x.getAsDouble();
            count++;
          }
        }
        double mean = count == 0 ? Double.NaN : sum / count;
        if (mean == mean && mine.getAsDouble() < mean - 1e-9) {
          below.add(new Object[] {leaf, mine.getAsDouble(), mean, weights.get(leaf) * (mean - mine.getAsDouble())});
        }
      }
      below.sort((a, b) -> Double.compare((Double) b[3], (Double) a[3]));
      for (Object[] x : below) {
        String leaf = (String) x[0];
        LocalizedText name = now.plan().nodeName(leaf).orElse(LocalizedText.of(leaf, leaf));
        out.add(new Shortfall(Shortfall.Kind.INDICATOR, leaf, LocalizedText.of(
            name.text(true) + " " + fmt((Double) x[1]) + "分（同组平均" + fmt((Double) x[2]) + "分）",
            name.text(false) + " " + fmt((Double) x[1]) + " (group mean " + fmt((Double) x[2]) + ")")));
      }
    }
    for (Finding f : findings) {
      if (f.unit().equals(unit) && !f.found().isAfter(quarter.end()) && !f.rectifiedInTime(quarter.end())) {
        out.add(new Shortfall(Shortfall.Kind.FINDING, f.id(), LocalizedText.of(
            f.id() + " " + f.description().text(true) + "（" + f.kind().zh() + "，整改期限"
                + f.rectificationDeadline().orElseThrow() + "，逾期未整改）",
            f.id() + " " + f.description().text(false) + " (" + f.kind().en() + ", due "
                + f.rectificationDeadline().orElseThrow() + ", not rectified in time)")));
      }
    }
    return out;
  }

  private static LocalizedText describe(TaskStatus s, String unit) {
    String role = s.task().role(unit).orElseThrow() == Role.LEAD ? "牵头" : "责任";
    String head = s.task().id() + " " + s.task().description().text(true) + "（" + role + "）：" + s.status().zh()
        + (s.monthsRed() > 1 ? "，连续" + s.monthsRed() + "个月" : "");
    String en = s.task().id() + " " + s.task().description().text(false) + " (" + role(unit, s) + "): "
        + s.status().label() + (s.monthsRed() > 1 ? ", " + s.monthsRed() + " months in a row" : "");
    if (s.task().legalAuthorisation()) {
      String planned = s.plannedStep().map(AuthorisationStep::zh).orElse("—");
      String reached = s.reachedStep().map(AuthorisationStep::zh).orElse("尚未申请");
      return LocalizedText.of(head + "，计划" + planned + "、实际" + reached,
          en + ", planned " + s.plannedStep().map(AuthorisationStep::code).orElse("-") + ", reached "
              + s.reachedStep().map(AuthorisationStep::code).orElse("nothing"));
    }
    return LocalizedText.of(head + "，计划" + fmt0(s.planned()) + "%、实际" + fmt0(s.reported()) + "%",
        en + ", planned " + fmt0(s.planned()) + " %, reported " + fmt0(s.reported()) + " %");
  }

  private static String role(String unit, TaskStatus s) {
    return s.task().role(unit).orElseThrow() == Role.LEAD ? "lead" : "responsible";
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static String fmt0(double d) {
    return String.format(Locale.ROOT, "%.0f", d);
  }
}
