package io.github.bizenv.scoring.reports;

import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.DispatchRules;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the city shows at its quarterly meeting and writes in its 通报: one or more quarterly rankings (each ranking
 * group of each {@link QuarterlyReport} — departments, districts …) with the units praised and named and their
 * movement since the previous quarter, the battle map (作战图) at each month's end up to the quarter's, and the
 * named units' problems (存在问题).
 *
 * <p>A named unit's problems are those given to {@link Builder#problems}; for a unit given none they are read from
 * the programme: the tasks it leads that are red or yellow at the quarter's end, and the findings about it still
 * open then. {@link Pages#quarterly} draws it as a page and {@link Notice} writes it as the 通报.
 *
 * <p>Immutable.
 */
public final class Quarterly {

  /** A named unit's problem: given as text, or a task it leads that is behind, or an open finding. */
  static final class Problem {
    final LocalizedText text;
    final TaskStatus task;
    final Finding finding;

    Problem(LocalizedText text, TaskStatus task, Finding finding) {
      this.text = text;
      this.task = task;
      this.finding = finding;
    }
  }

  /** One ranking group of one quarterly report. */
  static final class Ranking {
    final QuarterlyReport report;
    final String group;
    final List<String> units;
    final Set<String> praised;
    final Set<String> named;

    Ranking(QuarterlyReport report, String group) {
      this.report = report;
      this.group = group;
      this.units = report.evaluation().ranked(group);
      this.praised = new LinkedHashSet<>(report.praised(group).units());
      this.named = new LinkedHashSet<>(report.named(group).units());
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

  private Quarterly(Builder b) {
    this.programme = b.programme;
    this.data = b.data;
    this.quarter = b.quarter;
    this.rules = b.rules;
    List<Ranking> rs = new ArrayList<>();
    for (QuarterlyReport r : b.reports) {
      List<String> groups = r.evaluation().groups();
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
    for (Ranking r : rankings) {
      for (String u : r.named) {
        List<LocalizedText> given = b.problems.get(u);
        ps.put(u, given != null ? given.stream().map(t -> new Problem(t, null, null)).collect(Collectors.toList())
            : derived(u));
      }
    }
    this.problems = Collections.unmodifiableMap(ps);
  }

  private List<Problem> derived(String unit) {
    List<Problem> out = new ArrayList<>();
    BattleMap end = quarterEnd();
    List<TaskStatus> behind = end.tasks().stream()
        .filter(s -> s.task().lead().equals(unit) && (s.status() == Status.RED || s.status() == Status.BEHIND))
        .sorted((a, b) -> a.status() != b.status() ? (a.status() == Status.RED ? -1 : 1)
            : a.monthsRed() != b.monthsRed() ? Integer.compare(b.monthsRed(), a.monthsRed())
            : Double.compare(b.behind(), a.behind()) != 0 ? Double.compare(b.behind(), a.behind())
            : a.task().id().compareTo(b.task().id()))
        .collect(Collectors.toList());
    behind.forEach(s -> out.add(new Problem(null, s, null)));
    LocalDate date = end.date();
    data.findings().stream()
        .filter(f -> f.unit().equals(unit) && !f.found().isAfter(date)
            && f.rectified().map(r -> r.isAfter(date)).orElse(true))
        .sorted((a, b) -> a.found().compareTo(b.found()) != 0 ? a.found().compareTo(b.found())
            : a.id().compareTo(b.id()))
        .forEach(f -> out.add(new Problem(null, null, f)));
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
     * Gives a named unit's problems (存在问题), e.g. as the programme office wrote them; they replace those read from
     * the battle map and the findings.
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
     * The traffic-light rules of the battle map.
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
