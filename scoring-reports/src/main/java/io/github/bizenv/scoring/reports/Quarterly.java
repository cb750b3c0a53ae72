package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.Escalation;
import io.github.bizenv.scoring.workflow.EscalationStep;
import io.github.bizenv.scoring.workflow.Listing;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import io.github.bizenv.scoring.workflow.Shortfall;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the city shows at its quarterly meeting and writes in its 通报: one or more quarterly rankings (each ranking
 * group of each {@link QuarterlyReport} — departments, districts … — as a ranking of its own) with the units praised
 * and named and their movement since the previous quarter, the battle map (作战图) at each month's end up to the
 * quarter's, and the named units' problems (存在问题) with the escalation their red tasks reached (督办升级).
 *
 * <p>A named unit's problems are those given to {@link Builder#problems}; for a unit given none they are the
 * report's {@link QuarterlyReport#shortfalls(String)}: its tasks red or behind at the quarter's end (as lead or
 * responsible unit), the ranking's indicators on which it scores below its group's mean, and its findings not
 * rectified in time. Tasks are shown as the battle map of {@link Builder#dispatchRules} has them, each red one with
 * the step of the escalation ladder it reached and the step that comes next. {@link Pages#quarterly} draws it as a
 * page and {@link Notice} writes it as the 通报.
 *
 * <p>Immutable.
 */
public final class Quarterly {

  /**
   * A named unit's problem: given as text, or one of the report's shortfalls — a task of the unit that is behind
   * (with its status on the battle map), an indicator it scores below its group on (with its score and the group's
   * mean), or a finding not rectified in time.
   */
  static final class Problem {
    final LocalizedText text;
    final Shortfall shortfall;
    final TaskStatus task;
    final Finding finding;
    final LocalizedText indicator;
    final double score;
    final double mean;

    private Problem(LocalizedText text, Shortfall shortfall, TaskStatus task, Finding finding, LocalizedText indicator,
        double score, double mean) {
      this.text = text;
      this.shortfall = shortfall;
      this.task = task;
      this.finding = finding;
      this.indicator = indicator;
      this.score = score;
      this.mean = mean;
    }

    static Problem given(LocalizedText text) {
      return new Problem(text, null, null, null, null, Double.NaN, Double.NaN);
    }
  }

  /**
   * Where a red task stands on the escalation ladder: the step it reached and when, and the step that comes next
   * with the month whose end reaches it if the task is still red then (none after the ladder's last step).
   */
  static final class Ladder {
    final TaskStatus task;
    final Escalation reached;
    final EscalationStep next;
    final YearMonth nextMonth;

    Ladder(TaskStatus task, Escalation reached, EscalationStep next, YearMonth nextMonth) {
      this.task = task;
      this.reached = reached;
      this.next = next;
      this.nextMonth = nextMonth;
    }
  }

  /** One ranking group of one quarterly report. */
  static final class Ranking {
    final QuarterlyReport report;
    final String group;
    final List<String> units;
    final Set<String> praised;
    final Set<String> named;
    final Listing praiseList;
    final Listing namedList;

    Ranking(QuarterlyReport report, String group) {
      this.report = report;
      this.group = group;
      this.units = report.evaluation().ranked(group);
      this.praiseList = report.praised(group);
      this.namedList = report.named(group);
      this.praised = new LinkedHashSet<>(praiseList.units());
      this.named = new LinkedHashSet<>(namedList.units());
    }

    Evaluation evaluation() {
      return report.evaluation();
    }
  }

  private final Programme programme;
  private final ProgrammeData data;
  private final Period quarter;
  private final DispatchRules rules;
  private final List<Ranking> rankings;
  private final List<BattleMap> months;
  private final Map<String, List<Problem>> problems;
  private final Map<String, List<Ladder>> ladders;

  private Quarterly(Builder b) {
    this.programme = b.programme;
    this.data = b.data;
    this.quarter = b.quarter;
    this.rules = b.rules;
    List<Ranking> rs = new ArrayList<>();
    for (QuarterlyReport r : b.reports) {
      List<String> groups = r.groups();
      for (String g : groups.isEmpty() ? List.of("") : groups) {
        rs.add(new Ranking(r, g));
      }
    }
    this.rankings = Collections.unmodifiableList(rs);
    List<BattleMap> ms = new ArrayList<>();
    YearMonth first = YearMonth.from(programme.period().start());
    for (YearMonth m = first; !m.isAfter(YearMonth.from(quarter.end())); m = m.plusMonths(1)) {
      LocalDate end = m.atEndOfMonth();
      ms.add(BattleMap.at(programme, data, end.isAfter(programme.period().end()) ? programme.period().end() : end,
          rules));
    }
    this.months = Collections.unmodifiableList(ms);
    Map<String, List<Problem>> ps = new LinkedHashMap<>();
    Map<String, List<Ladder>> ls = new LinkedHashMap<>();
    for (Ranking r : rankings) {
      for (String u : r.named) {
        List<LocalizedText> given = b.problems.get(u);
        List<Problem> mine = new ArrayList<>();
        if (given != null) {
          given.forEach(t -> mine.add(Problem.given(t)));
        } else {
          r.report.shortfalls(u).forEach(s -> mine.add(resolve(r, u, s)));
        }
        ps.put(u, Collections.unmodifiableList(mine));
        ls.put(u, Collections.unmodifiableList(ladders(mine)));
      }
    }
    this.problems = Collections.unmodifiableMap(ps);
    this.ladders = Collections.unmodifiableMap(ls);
  }

  /** A shortfall with what the page and the notice say about it. */
  private Problem resolve(Ranking r, String unit, Shortfall s) {
    switch (s.kind()) {
      case TASK:
        return new Problem(null, s, quarterEnd().task(s.subject()), null, null, Double.NaN, Double.NaN);
      case FINDING:
        Finding f = data.findings().stream().filter(x -> x.id().equals(s.subject())).findFirst().orElse(null);
        return new Problem(f == null ? s.text() : null, s, null, f, null, Double.NaN, Double.NaN);
      default:
        Evaluation e = r.evaluation();
        String group = e.group(unit).orElse("");
        double sum = 0;
        int count = 0;
        for (String v : e.units()) {
          OptionalDouble x = e.score(v, s.subject());
          if (x.isPresent() && e.group(v).orElse("").equals(group) && e.rank(v).isPresent()) {
            sum += x.getAsDouble();
            count++;
          }
        }
        LocalizedText name = e.plan().nodeName(s.subject()).orElse(LocalizedText.of(s.subject(), s.subject()));
        return new Problem(null, s, null, null, name, e.score(unit, s.subject()).orElse(Double.NaN),
            count == 0 ? Double.NaN : sum / count);
    }
  }

  /** The red tasks among a unit's problems that reached a step of the ladder, longest red first. */
  private List<Ladder> ladders(List<Problem> ps) {
    List<Ladder> out = new ArrayList<>();
    for (Problem p : ps) {
      TaskStatus s = p.task;
      if (s == null || s.status() != Status.RED || s.escalation().isEmpty()) {
        continue;
      }
      EscalationStep next = null;
      for (EscalationStep step : rules.escalation()) {
        if (step.months() > s.monthsRed()) {
          next = step;
          break;
        }
      }
      // Red months are counted at month ends: the last one is the map's date when it is a month's end.
      YearMonth last = YearMonth.from(s.date());
      if (!s.date().equals(last.atEndOfMonth())) {
        last = last.minusMonths(1);
      }
      out.add(new Ladder(s, s.escalation().get(), next,
          next == null ? null : last.plusMonths(next.months() - s.monthsRed())));
    }
    out.sort((a, b) -> Integer.compare(b.task.monthsRed(), a.task.monthsRed()));
    return out;
  }

  /**
   * A builder.
   *
   * @param programme the programme
   * @param data its data
   * @param quarter the quarter, e.g. {@code Period.quarter(2021, 3)}; it must lie in the programme's period
   * @return the builder
   */
  public static Builder builder(Programme programme, ProgrammeData data, Period quarter) {
    return new Builder(programme, data, quarter);
  }

  Programme programme() {
    return programme;
  }

  ProgrammeData data() {
    return data;
  }

  /**
   * The quarter.
   *
   * @return the quarter
   */
  public Period quarter() {
    return quarter;
  }

  DispatchRules rules() {
    return rules;
  }

  List<Ranking> rankings() {
    return rankings;
  }

  /** The battle map at each month's end from the programme's start to the quarter's end. */
  List<BattleMap> months() {
    return months;
  }

  BattleMap quarterEnd() {
    return months.get(months.size() - 1);
  }

  List<Problem> problems(String unit) {
    return problems.getOrDefault(unit, List.of());
  }

  /** The red tasks among a named unit's problems that reached a step of the escalation ladder. */
  List<Ladder> ladders(String unit) {
    return ladders.getOrDefault(unit, List.of());
  }

  /**
   * The units praised, over all rankings, best first within each.
   *
   * @return the unit ids
   */
  public List<String> praised() {
    return rankings.stream().flatMap(r -> r.praised.stream()).distinct().collect(Collectors.toList());
  }

  /**
   * The units named, over all rankings, worst first within each.
   *
   * @return the unit ids
   */
  public List<String> named() {
    return rankings.stream().flatMap(r -> r.named.stream()).distinct().collect(Collectors.toList());
  }

  /** Builds a {@link Quarterly}. */
  public static final class Builder {
    private final Programme programme;
    private final ProgrammeData data;
    private final Period quarter;
    private DispatchRules rules = DispatchRules.defaults();
    private final List<QuarterlyReport> reports = new ArrayList<>();
    private final Map<String, List<LocalizedText>> problems = new LinkedHashMap<>();

    private Builder(Programme programme, ProgrammeData data, Period quarter) {
      this.programme = Objects.requireNonNull(programme, "programme");
      this.data = Objects.requireNonNull(data, "data");
      this.quarter = Objects.requireNonNull(quarter, "quarter");
      if (quarter.kind() != Period.Kind.QUARTER) {
        throw new IllegalArgumentException("period " + quarter + " is not a quarter");
      }
      if (!programme.period().contains(quarter)) {
        throw new IllegalArgumentException("quarter " + quarter + " is outside the period " + programme.period()
            + " of programme " + programme.id());
      }
    }

    /**
     * Adds a quarterly ranking: each of its ranking groups is shown as a ranking of its own.
     *
     * @param report the ranking of the quarter, e.g. of the departments or of the districts
     * @return this builder
     * @throws IllegalArgumentException if the report is of another quarter
     */
    public Builder ranking(QuarterlyReport report) {
      Objects.requireNonNull(report, "report");
      if (!report.quarter().equals(quarter)) {
        throw new IllegalArgumentException("ranking of " + report.quarter() + " given for the quarter " + quarter);
      }
      reports.add(report);
      return this;
    }

    /**
     * Gives a named unit's problems (存在问题), e.g. as the programme office wrote them; they replace the report's
     * shortfalls.
     *
     * @param unit the unit id
     * @param texts the problems, in order
     * @return this builder
     */
    public Builder problems(String unit, List<LocalizedText> texts) {
      problems.put(Objects.requireNonNull(unit, "unit"), List.copyOf(texts));
      return this;
    }

    /**
     * The traffic-light rules and the escalation ladder of the battle map shown (the rankings' own facts, and so the
     * problems they list, follow the defaults).
     *
     * @param rules the rules; {@link DispatchRules#defaults()} unless given
     * @return this builder
     */
    public Builder dispatchRules(DispatchRules rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Builds the quarter's content.
     *
     * @return the content
     * @throws IllegalStateException if no ranking was given
     */
    public Quarterly build() {
      if (reports.isEmpty()) {
        throw new IllegalStateException("a quarterly report needs at least one ranking (Builder.ranking)");
      }
      return new Quarterly(this);
    }
  }

}
