package io.github.bizenv.scoring.text;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.engine.Explanation;
import io.github.bizenv.scoring.engine.Plan;
import io.github.bizenv.scoring.model.AuthorisationStep;
import io.github.bizenv.scoring.model.Finding;
import io.github.bizenv.scoring.model.FindingKind;
import io.github.bizenv.scoring.model.Period;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.Role;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.Unit;
import io.github.bizenv.scoring.workflow.Assessment;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.Escalation;
import io.github.bizenv.scoring.workflow.GapAnalysis;
import io.github.bizenv.scoring.workflow.HeadGrade;
import io.github.bizenv.scoring.workflow.Listing;
import io.github.bizenv.scoring.workflow.QuarterlyReport;
import io.github.bizenv.scoring.workflow.Shortfall;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskGap;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The library's results as {@link Report}s of {@link Table}s in one language, with names next to ids: an
 * evaluation (every unit × node, rank, grade), the gap analysis, the month's dispatch and red list, the quarterly
 * lists, a year-end assessment with each unit's bonuses and deductions, an explanation, a list of problems. The
 * command line, {@code scoring-excel} and reports render these same tables.
 *
 * <p>Stateless and thread-safe.
 */
public final class Tables {

  private static final Pattern RULE_STEP = Pattern.compile("rule (.+) \\((-?[0-9.]+) → (-?[0-9.]+)\\)");

  private Tables() {}

  /**
   * An evaluation: one row per unit, with its name when a programme names it, its score at the nodes shown (with
   * the methodology's presentation decimals), its group, rank and grade; and the quantile groups (quintiles) the
   * methodology reports — as columns {@code quantile.<node>} of the one table with {@code allNodes}, else as a second
   * table {@code quantiles}.
   *
   * @param e the evaluation
   * @param programme the programme whose units were evaluated, for their names
   * @param allNodes {@code true} for every node top down, headed by node id (for CSV and workbooks, which
   *     other tools read); {@code false} for the root, its children and the views (cross-cutting nodes outside the
   *     tree), headed by name (for people)
   * @param t the language
   * @return the report, with the table {@code evaluation} (and {@code quantiles})
   */
  public static Report evaluation(Evaluation e, Programme programme, boolean allNodes, Texts t) {
    return evaluationReport(Objects.requireNonNull(e, "e"), Objects.requireNonNull(programme, "programme"), allNodes,
        Objects.requireNonNull(t, "t"));
  }

  /**
   * An evaluation whose units have no names (no programme): as {@link #evaluation(Evaluation, Programme, boolean,
   * Texts)}, without the name column.
   *
   * @param e the evaluation
   * @param allNodes {@code true} for every node top down, headed by node id; {@code false} for the root, its children
   *     and the views, headed by name
   * @param t the language
   * @return the report, with the table {@code evaluation} (and {@code quantiles})
   */
  public static Report evaluation(Evaluation e, boolean allNodes, Texts t) {
    return evaluationReport(Objects.requireNonNull(e, "e"), null, allNodes, Objects.requireNonNull(t, "t"));
  }

  private static Report evaluationReport(Evaluation e, Programme programme, boolean allNodes, Texts t) {
    Plan p = e.plan();
    Table.Builder b = Table.builder("evaluation", t.get("evaluation.title", t.name(p.name()),
        e.period().map(t::period).orElse("—")));
    b.column("unit", t.get("header.unit-id"), Table.Kind.TEXT);
    if (programme != null) {
      b.column("name", t.get("header.unit"), Table.Kind.TEXT);
    }
    List<String> nodes = new ArrayList<>();
    if (allNodes) {
      nodes.addAll(p.nodesTopDown());
    } else {
      nodes.add(p.root());
      if (!e.units().isEmpty()) {
        e.explain(e.units().get(0), p.root()).children().forEach(c -> nodes.add(c.node()));
      }
      for (String n : p.nodesTopDown()) {
        if (p.parent(n).isEmpty() && !p.members(n).isEmpty()) {
          nodes.add(n); // a view: a cross-cutting node outside the tree, such as B-READY's economy pillars
        }
      }
    }
    for (String n : nodes) {
      b.column("score." + n, allNodes ? n : p.nodeName(n).map(t::name).orElse(n), Table.Kind.NUMBER, p.decimals(n));
    }
    boolean groups = e.units().stream().anyMatch(u -> e.group(u).isPresent());
    if (groups || allNodes) {
      b.column("group", t.get("header.group"), Table.Kind.TEXT);
    }
    b.column("rank", t.get("header.rank"), Table.Kind.INTEGER);
    b.column("grade", t.get("header.grade"), Table.Kind.TEXT);
    List<String> quantileNodes = e.quantileNodes();
    List<Map<String, Integer>> quantiles = new ArrayList<>();
    quantileNodes.forEach(n -> quantiles.add(e.quantiles(n)));
    if (allNodes) {
      quantileNodes.forEach(n -> b.column("quantile." + n, "quantile." + n, Table.Kind.INTEGER));
    }
    List<String> units = new ArrayList<>(e.units());
    if (!allNodes) {
      units.sort(Comparator.comparing((String u) -> e.group(u).orElse(""))
          .thenComparing(u -> e.rank(u).isPresent() ? e.rank(u).getAsInt() : Integer.MAX_VALUE)
          .thenComparing(u -> u));
    }
    for (String u : units) {
      List<Object> row = new ArrayList<>();
      row.add(u);
      if (programme != null) {
        row.add(programme.unit(u).map(x -> t.name(x.name())).orElse(""));
      }
      for (String n : nodes) {
        OptionalDouble s = e.score(u, n);
        row.add(s.isPresent() ? (Object) s.getAsDouble() : null);
      }
      if (groups || allNodes) {
        row.add(e.group(u).map(g -> allNodes ? g : groupLabel(g, t)).orElse(null));
      }
      row.add(e.rank(u).isPresent() ? (Object) e.rank(u).getAsInt() : null);
      row.add(e.grade(u).map(g -> allNodes ? g : t.grade(g)).orElse(null));
      if (allNodes) {
        quantiles.forEach(q -> row.add(q.get(u)));
      }
      b.row(row.toArray());
    }
    if (allNodes || quantileNodes.isEmpty()) {
      return Report.of("evaluation", "", List.of(), List.of(b.build()));
    }
    int count = p.methodology().ranking().quantiles().map(q -> q.count()).orElse(5);
    Table.Builder q = Table.builder("quantiles", count == 5 ? t.get("evaluation.quintiles.title")
        : t.get("evaluation.quantiles.title", count));
    q.column("unit", t.get("header.unit-id"), Table.Kind.TEXT);
    if (programme != null) {
      q.column("name", t.get("header.unit"), Table.Kind.TEXT);
    }
    for (String n : quantileNodes) {
      q.column("quantile." + n, p.nodeName(n).map(t::name).orElse(n), Table.Kind.INTEGER);
    }
    for (String u : units) {
      List<Object> row = new ArrayList<>();
      row.add(u);
      if (programme != null) {
        row.add(programme.unit(u).map(x -> t.name(x.name())).orElse(""));
      }
      quantiles.forEach(g -> row.add(g.get(u)));
      q.row(row.toArray());
    }
    return Report.of("evaluation", "", List.of(), List.of(b.build(), q.build()));
  }

  /**
   * The gap analysis: classes A/B/C by area, declared classes that override the computed one, targets that
   * contradict their class, and — when a unit is given — the gaps it closed and the leads it widened by a date.
   *
   * @param gap the analysis
   * @param data the programme's data, for gaps closed
   * @param unit the unit whose observations close gaps (usually the city)
   * @param asOf the date for gaps closed
   * @param t the language
   * @return the report
   */
  public static Report gap(GapAnalysis gap, ProgrammeData data, String unit, LocalDate asOf, Texts t) {
    return gapReport(Objects.requireNonNull(gap, "gap"), Objects.requireNonNull(data, "data"),
        Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(t, "t"));
  }

  /**
   * The gap analysis alone: classes A/B/C by area, declared classes that override the computed one, and targets
   * that contradict their class.
   *
   * @param gap the analysis
   * @param t the language
   * @return the report
   */
  public static Report gap(GapAnalysis gap, Texts t) {
    return gapReport(Objects.requireNonNull(gap, "gap"), null, null, null, Objects.requireNonNull(t, "t"));
  }

  private static Report gapReport(GapAnalysis gap, ProgrammeData data, String unit, LocalDate asOf, Texts t) {
    Programme p = gap.programme();
    List<Table> tables = new ArrayList<>();
    tables.add(classesByArea(gap, t, false));
    long overriding = gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).count();
    Table.Builder o = Table.builder("gap.declared", t.get("gap.declared.title", overriding));
    o.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("computed", t.get("header.computed-class"), Table.Kind.TEXT)
        .column("declared", t.get("header.declared-class"), Table.Kind.TEXT)
        .column("reason", t.get("header.reason"), Table.Kind.TEXT);
    gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).forEach(g -> o.row(g.task().id(),
        g.computedClass().map(TaskClass::code).orElse(""), g.taskClass().map(TaskClass::code).orElse(""),
        t.name(g.task().declaredClass().orElseThrow().reason())));
    tables.add(o.build());
    Table.Builder c = Table.builder("gap.contradictions", t.get("gap.contradictions.title", gap.contradictions().size()));
    c.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("contradiction", t.get("header.contradiction"), Table.Kind.TEXT)
        .column("description", t.get("header.task"), Table.Kind.TEXT);
    for (TaskGap g : gap.contradictions()) {
      c.row(g.task().id(), t.sentence(g.contradiction().orElseThrow()), t.name(g.task().description()));
    }
    tables.add(c.build());
    if (unit != null) {
      List<TaskGap> closed = gap.closedBy(data, unit, asOf);
      Table.Builder cl = Table.builder("gap.closed", t.get("gap.closed.title", asOf.toString(), labelIn(p, unit, t),
          closed.size(), gap.widenedBy(data, unit, asOf).size()));
      cl.column("task", t.get("header.task-id"), Table.Kind.TEXT)
          .column("indicator", t.get("header.indicator"), Table.Kind.TEXT);
      for (TaskGap g : closed) {
        String ind = g.task().measure().orElseThrow().indicator();
        cl.row(g.task().id(), p.indicator(ind).map(i -> t.named(i.name(), ind)).orElse(ind));
      }
      tables.add(cl.build());
    }
    return Report.of("gap", t.get("gap.title", t.name(p.name()), t.name(p.benchmark().jurisdiction())), List.of(),
        tables);
  }

  /**
   * Tasks by area and class A/B/C, with the national or provincial indicators each area serves (when the
   * programme says); with totals, a total column and row and a note on how the classes were set.
   *
   * @param gap the analysis
   * @param t the language
   * @param totals whether to add a total column and row
   * @return the table {@code gap.by-area}
   */
  public static Table classesByArea(GapAnalysis gap, Texts t, boolean totals) {
    Programme p = gap.programme();
    boolean serves = p.areas().stream().anyMatch(a -> !a.serves().isEmpty());
    Table.Builder b = Table.builder("gap.by-area", t.get("gap.by-area.title"));
    b.column("area", t.get("header.area"), Table.Kind.TEXT);
    for (TaskClass k : TaskClass.values()) {
      b.column(k.code(), t.label(k), Table.Kind.INTEGER);
    }
    if (totals) {
      b.column("total", t.get("header.total"), Table.Kind.INTEGER);
    }
    if (serves) {
      b.column("serves", t.get("header.serves"), Table.Kind.TEXT);
    }
    int[] sum = new int[4];
    for (Map.Entry<String, Map<TaskClass, Integer>> e : gap.byArea().entrySet()) {
      Map<TaskClass, Integer> c = e.getValue();
      int a = c.getOrDefault(TaskClass.A, 0);
      int bb = c.getOrDefault(TaskClass.B, 0);
      int cc = c.getOrDefault(TaskClass.C, 0);
      sum[0] += a;
      sum[1] += bb;
      sum[2] += cc;
      List<Object> row = new ArrayList<>(List.of(p.area(e.getKey()).map(x -> t.name(x.name())).orElse(e.getKey()), a,
          bb, cc));
      if (totals) {
        row.add(a + bb + cc);
      }
      if (serves) {
        row.add(p.area(e.getKey()).map(x -> x.serves().stream()
            .map(i -> p.indicator(i).map(ind -> shortName(t.name(ind.name()))).orElse(i))
            .collect(Collectors.joining(t.isChinese() ? "、" : "; "))).orElse(""));
      }
      b.row(row.toArray());
    }
    if (totals) {
      List<Object> row = new ArrayList<>(List.of(t.get("header.total"), sum[0], sum[1], sum[2], p.tasks().size()));
      if (serves) {
        row.add(null);
      }
      b.row(row.toArray());
      long declared = p.tasks().stream().filter(x -> x.declaredClass().isPresent()).count();
      long overriding = gap.tasks().stream().filter(TaskGap::declaredOverridesComputed).count();
      b.note(t.get("gap.by-area.note", p.tasks().size() - declared, declared, overriding,
          gap.contradictions().size()));
    }
    return b.build();
  }

  /** A name without its trailing qualifier in brackets: 开办企业（国评/省评指标得分） is shown as 开办企业. */
  private static String shortName(String name) {
    String n = name.replaceFirst("\\s*[（(][^（()）]*[)）]$", "");
    return n.isEmpty() ? name : n;
  }

  /** The view of the traffic lights a dispatch report opens with. */
  public enum DispatchView {
    /** By area, then the lead units with red or yellow tasks (the monthly dispatch meeting). */
    AREA,
    /** Every lead unit (牵头单位), over the tasks it leads. */
    LEAD,
    /** Every district, county and development zone, over the tasks it takes part in, in any role. */
    DISTRICT
  }

  /**
   * The month's dispatch (月度调度) by area: see {@link #dispatch(BattleMap, DispatchView, int, Texts)}.
   *
   * @param map the battle map
   * @param redLines how many tasks of the red list to show (the rest are counted in a note)
   * @param t the language
   * @return the report
   */
  public static Report dispatch(BattleMap map, int redLines, Texts t) {
    return dispatch(map, DispatchView.AREA, redLines, t);
  }

  /**
   * The month's dispatch (月度调度): traffic lights by area (with the lead units that have red or yellow tasks), by
   * lead unit or by district; the red list with months red in a row, the escalation step reached and the month it
   * was reached (提醒 → 催办 → 督办函 → 约谈), plan against report — for a class C task the authorisation step
   * planned against the one reached — the responsible and supporting units; and the class C tasks by their steps.
   *
   * @param map the battle map
   * @param view the traffic lights to open with
   * @param redLines how many tasks of the red list to show (the rest are counted in a note)
   * @param t the language
   * @return the report
   */
  public static Report dispatch(BattleMap map, DispatchView view, int redLines, Texts t) {
    Programme p = map.programme();
    List<Table> tables = new ArrayList<>();
    java.util.function.Function<String, String> unit = id -> nameIn(p, id, t);
    switch (view) {
      case LEAD:
        tables.add(statusTable("dispatch.by-lead", t.get("dispatch.by-lead.all.title"), t.get("header.lead"),
            map.byLead(), unit, t));
        break;
      case DISTRICT:
        tables.add(statusTable("dispatch.by-district", t.get("dispatch.by-district.title"), t.get("header.district"),
            map.byDistrict(), unit, t));
        break;
      default:
        tables.add(statusTable("dispatch.by-area", t.get("dispatch.by-area.title"), t.get("header.area"),
            map.byArea(), id -> p.area(id).map(a -> t.name(a.name())).orElse(id), t));
        Map<String, Map<Status, Integer>> byLead = map.byLead();
        byLead.values().removeIf(c -> c.getOrDefault(Status.RED, 0) == 0 && c.getOrDefault(Status.BEHIND, 0) == 0);
        tables.add(statusTable("dispatch.by-lead", t.get("dispatch.by-lead.title"), t.get("header.lead"), byLead,
            unit, t));
    }
    List<TaskStatus> red = map.redList();
    Table.Builder r = Table.builder("dispatch.red-list", t.get("dispatch.red-list.title", red.size()));
    r.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("status", t.get("header.status"), Table.Kind.TEXT)
        .column("months-red", t.get("header.months-red"), Table.Kind.INTEGER)
        .column("escalation", t.get("header.escalated"), Table.Kind.TEXT)
        .column("lead", t.get("header.lead"), Table.Kind.TEXT)
        .column("planned", t.get("header.planned"), Table.Kind.PERCENT, 0)
        .column("reported", t.get("header.reported"), Table.Kind.PERCENT, 0)
        .column("deadline", t.get("header.deadline"), Table.Kind.DATE)
        .column("overdue", t.get("header.overdue"), Table.Kind.TEXT)
        .column("description", t.get("header.task"), Table.Kind.TEXT)
        .column("responsible", t.get("header.responsible"), Table.Kind.TEXT)
        .column("supporting", t.get("header.supporting"), Table.Kind.TEXT);
    for (TaskStatus s : red.subList(0, Math.min(redLines, red.size()))) {
      Task task = s.task();
      r.row(task.id(), mark(s.status(), t), s.monthsRed(), s.escalation().map(x -> escalation(x, t)).orElse(""),
          unit.apply(task.lead()), planned(s, t), reported(s, t), task.deadline(),
          task.deadline().isBefore(map.date()) ? t.get("yes") : "", t.name(task.description()),
          units(p, task.responsible(), t), units(p, task.supporting(), t));
    }
    if (red.size() > redLines) {
      r.note(t.get("more", red.size() - redLines));
    }
    r.note(t.get("dispatch.red-list.note", map.rules().escalation().stream()
        .map(x -> t.get("dispatch.ladder.step", x.months(), t.name(x.name())))
        .collect(Collectors.joining(t.isChinese() ? "、" : ", "))));
    tables.add(r.build());
    List<TaskStatus> c = map.tasks().stream().filter(s -> s.task().legalAuthorisation()).collect(Collectors.toList());
    if (!c.isEmpty()) {
      Table.Builder b = Table.builder("dispatch.authorisation", t.get("dispatch.authorisation.title",
          java.util.Arrays.stream(AuthorisationStep.values()).map(t::label).collect(Collectors.joining(" → "))));
      b.column("task", t.get("header.task-id"), Table.Kind.TEXT)
          .column("status", t.get("header.status"), Table.Kind.TEXT)
          .column("planned", t.get("header.planned-step"), Table.Kind.TEXT)
          .column("reached", t.get("header.reached-step"), Table.Kind.TEXT)
          .column("lead", t.get("header.lead"), Table.Kind.TEXT)
          .column("deadline", t.get("header.deadline"), Table.Kind.DATE)
          .column("description", t.get("header.task"), Table.Kind.TEXT);
      for (TaskStatus s : c) {
        b.row(s.task().id(), mark(s.status(), t), planned(s, t), reported(s, t), unit.apply(s.task().lead()),
            s.task().deadline(), t.name(s.task().description()));
      }
      tables.add(b.build());
    }
    return Report.of("dispatch", t.get("dispatch.title", t.period(Period.month(java.time.YearMonth.from(map.date()))),
        map.date().toString()), List.of(t.get("Status.legend")), tables);
  }

  /**
   * The tasks one unit takes part in at the battle map's date — as lead (牵头), responsible (责任) or supporting
   * (配合) unit — with the traffic light, months red, escalation and plan against report of each.
   *
   * @param map the battle map
   * @param unit the unit id
   * @param t the language
   * @return the report, with one table {@code dispatch.unit}
   */
  public static Report unitTasks(BattleMap map, String unit, Texts t) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(t, "t");
    Programme p = map.programme();
    List<TaskStatus> tasks = map.forUnit(unit);
    Table.Builder b = Table.builder("dispatch.unit", t.get("dispatch.unit.title", nameIn(p, unit, t),
        map.date().toString(), tasks.size()));
    b.column("task", t.get("header.task-id"), Table.Kind.TEXT)
        .column("role", t.get("header.role"), Table.Kind.TEXT)
        .column("status", t.get("header.status"), Table.Kind.TEXT)
        .column("months-red", t.get("header.months-red"), Table.Kind.INTEGER)
        .column("escalation", t.get("header.escalated"), Table.Kind.TEXT)
        .column("planned", t.get("header.planned"), Table.Kind.PERCENT, 0)
        .column("reported", t.get("header.reported"), Table.Kind.PERCENT, 0)
        .column("deadline", t.get("header.deadline"), Table.Kind.DATE)
        .column("lead", t.get("header.lead"), Table.Kind.TEXT)
        .column("description", t.get("header.task"), Table.Kind.TEXT);
    Map<Role, Integer> roles = new java.util.EnumMap<>(Role.class);
    for (TaskStatus s : tasks) {
      Role role = s.task().role(unit).orElseThrow();
      roles.merge(role, 1, Integer::sum);
      b.row(s.task().id(), t.label(role), mark(s.status(), t), s.monthsRed() == 0 ? null : (Object) s.monthsRed(),
          s.escalation().map(x -> escalation(x, t)).orElse(""), planned(s, t), reported(s, t), s.task().deadline(),
          role == Role.LEAD ? "" : nameIn(p, s.task().lead(), t), t.name(s.task().description()));
    }
    b.note(t.get("dispatch.unit.note", roles.getOrDefault(Role.LEAD, 0), roles.getOrDefault(Role.RESPONSIBLE, 0),
        roles.getOrDefault(Role.SUPPORTING, 0)));
    return Report.of("dispatch.unit", "", List.of(), List.of(b.build()));
  }

  /** An escalation step with the month it was reached: 约谈（2021年10月）. */
  private static String escalation(Escalation e, Texts t) {
    return t.get("dispatch.escalation", t.name(e.step().name()), t.period(Period.month(e.reached())));
  }

  /** Planned progress: a percentage, or for a class C task the authorisation step planned. */
  private static Object planned(TaskStatus s, Texts t) {
    if (s.task().legalAuthorisation()) {
      return s.plannedStep().map(t::label).orElse("—");
    }
    return s.planned();
  }

  /** Reported progress: a percentage, or for a class C task the authorisation step reached. */
  private static Object reported(TaskStatus s, Texts t) {
    if (s.task().legalAuthorisation()) {
      return s.reachedStep().map(t::label).orElse(t.get("step.none"));
    }
    return s.reported();
  }

  private static String units(Programme p, java.util.Collection<String> ids, Texts t) {
    return ids.stream().map(u -> nameIn(p, u, t)).collect(Collectors.joining(t.isChinese() ? "、" : ", "));
  }

  private static Table statusTable(String id, String title, String first, Map<String, Map<Status, Integer>> rows,
      java.util.function.Function<String, String> name, Texts t) {
    Table.Builder b = Table.builder(id, title);
    b.column("name", first, Table.Kind.TEXT);
    for (Status s : Status.values()) {
      b.column(s.label().replace(' ', '-'), t.label(s), Table.Kind.INTEGER);
    }
    for (Map.Entry<String, Map<Status, Integer>> e : rows.entrySet()) {
      Object[] row = new Object[Status.values().length + 1];
      row[0] = name.apply(e.getKey());
      for (Status s : Status.values()) {
        row[s.ordinal() + 1] = e.getValue().getOrDefault(s, 0);
      }
      b.row(row);
    }
    return b.build();
  }

  /**
   * A traffic light as a marked cell.
   *
   * @param s the status
   * @param t the language
   * @return the cell, toned red, yellow, green, blue or grey
   */
  public static Table.Mark mark(Status s, Texts t) {
    Table.Tone tone;
    switch (s) {
      case RED:
        tone = Table.Tone.RED;
        break;
      case BEHIND:
        tone = Table.Tone.YELLOW;
        break;
      case ON_TRACK:
        tone = Table.Tone.GREEN;
        break;
      case APPROACHING:
        tone = Table.Tone.BLUE;
        break;
      default:
        tone = Table.Tone.GREY;
    }
    return Table.Mark.of(t.label(s), tone);
  }

  /**
   * The quarterly meeting (季度调度推进会) with every problem of the named units: see
   * {@link #quarter(QuarterlyReport, Programme, int, Texts)}.
   *
   * @param q the quarterly report
   * @param programme the programme
   * @param t the language
   * @return the report
   */
  public static Report quarter(QuarterlyReport q, Programme programme, Texts t) {
    return quarter(q, programme, Integer.MAX_VALUE, t);
  }

  /**
   * The quarterly meeting (季度调度推进会): per ranking group (市直部门, 区县和开发区 …), the units praised (表扬) and
   * those named (点名通报) with rank, score and movement since the previous quarter, a note where a tie at the cut
   * or units not eligible for praise changed a list's length, and the problems (存在问题) of each named unit: its
   * tasks red or behind, the indicators it is below its group on, its findings not rectified in time.
   *
   * @param q the quarterly report
   * @param programme the programme
   * @param problems how many problems to show per named unit (the rest are counted)
   * @param t the language
   * @return the report
   */
  public static Report quarter(QuarterlyReport q, Programme programme, int problems, Texts t) {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(t, "t");
    Evaluation e = q.evaluation();
    Plan p = e.plan();
    List<Table> tables = new ArrayList<>();
    List<String> groups = q.groups();
    for (String g : groups) {
      String label = g.isEmpty() ? "" : groupLabel(g, t);
      String prefix = g.isEmpty() ? "quarter." : "quarter." + g + ".";
      Listing praised = q.praised(g);
      Listing named = q.named(g);
      Table.Builder pb = quarterList(prefix + "praised", title(label, t.get("quarter.praised.title",
          praised.units().size()), t), q, praised, programme, t);
      tables.add(pb.build());
      tables.add(quarterList(prefix + "named", title(label, t.get("quarter.named.title", named.units().size()), t), q,
          named, programme, t).build());
      Table.Builder sb = Table.builder(prefix + "shortfalls", title(label, t.get("quarter.shortfalls.title"), t));
      sb.column("name", t.get("header.unit"), Table.Kind.TEXT)
          .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
          .column("kind", t.get("header.problem-kind"), Table.Kind.TEXT)
          .column("problem", t.get("header.problem"), Table.Kind.TEXT);
      for (String u : named.units()) {
        List<Shortfall> all = q.shortfalls(u);
        for (Shortfall x : all.subList(0, Math.min(problems, all.size()))) {
          sb.row(nameIn(programme, u, t), u, t.get("shortfall." + x.kind().name()), t.name(x.text()));
        }
        if (all.size() > problems) {
          sb.row(nameIn(programme, u, t), u, null, t.get("more", all.size() - problems));
        }
      }
      tables.add(sb.build());
    }
    List<String> lines = new ArrayList<>();
    if (groups.size() > 1) {
      lines.add(t.get("quarter.groups", groups.stream().map(g -> groupLabel(g, t))
          .collect(Collectors.joining(t.isChinese() ? "、" : ", "))));
    }
    lines.add(t.get("quarter.ties"));
    for (int k = 0; k < groups.size(); k++) {
      String g = groups.get(k);
      Table first = tables.get(3 * k);
      Table.Builder b = Table.builder(first.id(), first.title());
      b.intro(g.isEmpty() ? t.get("quarter.ranked.all", e.ranked(g).size())
          : t.get("quarter.ranked", groupLabel(g, t), e.ranked(g).size()));
      first.columns().forEach(c -> b.column(c.key(), c.header(), c.kind(), c.decimals()));
      first.rows().forEach(row -> b.row(row.toArray()));
      first.notes().forEach(b::note);
      tables.set(3 * k, b.build());
    }
    return Report.of("quarter", t.get("quarter.title", t.period(q.quarter()), t.name(p.name())), lines, tables);
  }

  private static String title(String group, String title, Texts t) {
    return group.isEmpty() ? title : t.get("quarter.group.title", group, title);
  }

  private static Table.Builder quarterList(String id, String title, QuarterlyReport q, Listing list, Programme p,
      Texts t) {
    Evaluation e = q.evaluation();
    Plan plan = e.plan();
    Table.Builder b = Table.builder(id, title);
    b.column("rank", t.get("header.rank"), Table.Kind.INTEGER)
        .column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("score", outOf(t.get("header.score"), plan, plan.root(), t), Table.Kind.NUMBER,
            plan.decimals(plan.root()))
        .column("movement", t.get("header.movement"), Table.Kind.TEXT);
    for (String u : list.units()) {
      OptionalInt move = q.movement(u);
      b.row(e.rank(u).getAsInt(), nameIn(p, u, t), u, e.score(u).getAsDouble(),
          move.isEmpty() ? "" : move.getAsInt() > 0 ? t.get("movement.up", move.getAsInt())
              : move.getAsInt() < 0 ? t.get("movement.down", -move.getAsInt()) : t.get("movement.same"));
    }
    list.note().ifPresent(n -> b.note(t.get("note", t.name(n))));
    return b;
  }

  /**
   * A header with the node's full marks: 得分（满分80分）; a name that ends in brackets gets them inside:
   * 改革任务完成情况（扣分制，满分100分）.
   */
  private static String outOf(String header, Plan p, String node, Texts t) {
    double max = p.range(node).max();
    if (!Double.isFinite(max)) {
      return header;
    }
    String marks = Texts.number(max, 2);
    if (header.endsWith("）") || header.endsWith(")")) {
      return header.substring(0, header.length() - 1) + t.get("header.out-of.inside", marks)
          + header.charAt(header.length() - 1);
    }
    return t.get("header.out-of", header, marks);
  }

  /**
   * A year-end assessment as of the end of the programme's period: see
   * {@link #assessment(Assessment, Programme, LocalDate, int, Texts)}.
   *
   * @param a the assessment
   * @param programme the programme
   * @param limit how many ranked units to show per group (the rest are counted in a note)
   * @param t the language
   * @return the report
   */
  public static Report assessment(Assessment a, Programme programme, int limit, Texts t) {
    return assessment(a, programme, programme.period().end(), limit, t);
  }

  /**
   * A year-end assessment: what the scores are out of (满分) and how heads are graded; per ranking group, every
   * ranked unit's rank, score, first-level scores (each with its full marks), bonuses and deductions, grade, its
   * head's grade (a recommendation to the higher authority for a vertically managed unit) and the reason of a
   * grade a rule set; then the units scored but not ranked, with why; then every bonus and deduction a rule gave
   * a unit.
   *
   * @param a the assessment
   * @param programme the programme
   * @param asOf the date the facts were taken at
   * @param limit how many ranked units to show per group (the rest are counted in a note)
   * @param t the language
   * @return the report
   */
  public static Report assessment(Assessment a, Programme programme, LocalDate asOf, int limit, Texts t) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(t, "t");
    Evaluation e = a.evaluation();
    Plan p = e.plan();
    List<String> parts = e.units().isEmpty() ? List.of()
        : e.explain(e.units().get(0), p.root()).children().stream().map(Explanation::node)
            .collect(Collectors.toList());
    List<String> groups = e.units().stream().map(u -> e.group(u).orElse("")).distinct()
        .collect(Collectors.toList());
    List<String> lines = new ArrayList<>();
    double full = p.range(p.root()).max();
    if (Double.isFinite(full)) {
      lines.add(t.get("assessment.full-marks", Texts.number(full, 2)));
    }
    p.methodology().heads().ifPresent(h -> lines.add(t.get("assessment.heads",
        h.name().map(t::name).orElse(t.get("role.head")), h.grades().stream().map(t::grade)
            .collect(Collectors.joining(t.isChinese() ? "、" : ", ")))));
    if (e.units().stream().anyMatch(u -> a.head(u).map(HeadGrade::recommendation).orElse(false))) {
      lines.add(t.get("assessment.vertical"));
    }
    List<Table> tables = new ArrayList<>();
    for (String g : groups) {
      List<String> ranked = e.ranked(g);
      Table.Builder b = Table.builder(g.isEmpty() ? "assessment" : "assessment." + g,
          g.isEmpty() ? t.get("assessment.results") : t.get("assessment.results.group", groupLabel(g, t)));
      b.column("rank", t.get("header.rank"), Table.Kind.INTEGER)
          .column("name", t.get("header.unit"), Table.Kind.TEXT)
          .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
          .column("score", outOf(t.get("header.score"), p, p.root(), t), Table.Kind.NUMBER, p.decimals(p.root()));
      for (String n : parts) {
        b.column("score." + n, outOf(p.nodeName(n).map(t::name).orElse(n), p, n, t), Table.Kind.NUMBER,
            p.decimals(n));
      }
      b.column("adjustment", t.get("header.adjustment"), Table.Kind.NUMBER, 2)
          .column("grade", t.get("header.grade"), Table.Kind.TEXT)
          .column("head", t.get("header.head"), Table.Kind.TEXT)
          .column("head-grade", t.get("header.head-grade"), Table.Kind.TEXT)
          .column("reason", t.get("header.grade-reason"), Table.Kind.TEXT);
      List<String> shown = new ArrayList<>(ranked.subList(0, Math.min(limit, ranked.size())));
      for (String u : e.units()) {
        if (e.group(u).orElse("").equals(g) && e.unranked(u).isPresent()) {
          shown.add(u);
        }
      }
      for (String u : shown) {
        List<Object> row = new ArrayList<>();
        row.add(e.rank(u).isPresent() ? (Object) e.rank(u).getAsInt() : null);
        row.add(nameIn(programme, u, t));
        row.add(u);
        row.add(e.score(u).isPresent() ? (Object) e.score(u).getAsDouble() : null);
        for (String n : parts) {
          OptionalDouble s = e.score(u, n);
          row.add(s.isPresent() ? (Object) s.getAsDouble() : null);
        }
        double adj = adjustments(e.explain(u, p.root())).stream().filter(x -> x.rule.startsWith("bonus-deduction"))
            .mapToDouble(x -> x.after - x.before).sum();
        row.add(adj == 0 ? null : (Object) adj);
        row.add(e.grade(u).map(t::grade).orElse(null));
        Optional<HeadGrade> h = a.head(u);
        row.add(h.map(x -> t.name(x.head())).orElse(null));
        row.add(h.map(x -> headGrade(x, t)).orElse(null));
        List<String> reasons = e.gradeReasons(u);
        row.add(e.unranked(u).isPresent() ? t.sentence(e.unranked(u).get())
            : reasons.size() > 1 ? t.sentence(reasons.get(reasons.size() - 1)) : null);
        b.row(row.toArray());
      }
      if (ranked.size() > limit) {
        b.note(t.get("assessment.more-ranked", ranked.size() - limit));
      }
      tables.add(b.build());
    }
    Table.Builder adj = Table.builder("assessment.adjustments", t.get("assessment.adjustments.title"));
    adj.column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("node", t.get("header.node"), Table.Kind.TEXT)
        .column("rule", t.get("header.rule"), Table.Kind.TEXT)
        .column("before", t.get("header.before"), Table.Kind.NUMBER, 2)
        .column("after", t.get("header.after"), Table.Kind.NUMBER, 2)
        .column("change", t.get("header.change"), Table.Kind.NUMBER, 2);
    for (String g : groups) {
      for (String u : e.ranked(g)) {
        for (Adjustment x : adjustments(e.explain(u, p.root()))) {
          adj.row(nameIn(programme, u, t), u, p.nodeName(x.node).map(n -> t.named(n, x.node)).orElse(x.node),
              t.sentence(x.rule), x.before, x.after, x.after - x.before);
        }
      }
    }
    tables.add(adj.build());
    return Report.of("assessment", t.get("assessment.title", t.name(p.name()), asOf.toString()), lines, tables);
  }

  /**
   * A head's grade as a table cell: the grade, or for a vertically managed unit the recommendation (建议评定为优秀
   * （报上级主管部门）).
   *
   * @param h the head's grade
   * @param t the language
   * @return the text
   */
  public static String headGrade(HeadGrade h, Texts t) {
    return h.recommendation() ? t.get("head.recommendation", t.grade(h.grade())) : t.grade(h.grade());
  }

  /**
   * A head's grade as a sentence, with the unit's grade it follows from and the rule that set the unit's grade:
   * 主要负责人宋建华：优秀（单位等次为优秀；评为优秀：牵头指标国评前10或省评第1，考核直接得满分）, or for a vertically
   * managed unit 主要负责人杨雪梅：建议评定为优秀，报上级主管部门（垂直管理单位；…）.
   *
   * @param h the head's grade
   * @param e the evaluation that graded the unit
   * @param t the language
   * @return the sentence
   */
  public static String head(HeadGrade h, Evaluation e, Texts t) {
    Objects.requireNonNull(h, "h");
    Objects.requireNonNull(e, "e");
    Objects.requireNonNull(t, "t");
    List<String> why = new ArrayList<>();
    if (h.recommendation()) {
      why.add(t.get("head.vertical"));
    }
    e.grade(h.unit()).ifPresent(g -> why.add(t.get("head.from", t.grade(g))));
    e.gradeReasons(h.unit()).stream().filter(r -> r.startsWith("forced to ")).forEach(r -> why.add(t.sentence(r)));
    return t.get("head.line", t.name(h.head()), h.recommendation() ? t.get("head.recommend", t.grade(h.grade()))
        : t.grade(h.grade()), String.join(t.isChinese() ? "；" : "; ", why));
  }

  /**
   * The matters found more than once (同一事项不重复扣分): per matter of an assessed unit with two or more findings
   * dated by {@code asOf}, the findings with their kind and severity, and the one deduction they make — at the
   * most severe record, a supervision finding before a 12345 one at equal severity, as {@code ProgrammeFacts}
   * counts them.
   *
   * @param a the assessment
   * @param programme the programme
   * @param data the programme's data
   * @param asOf the date of the assessment
   * @param limit how many matters to show (the rest are counted in a note)
   * @param t the language
   * @return the table {@code assessment.matters}
   */
  public static Table matters(Assessment a, Programme programme, ProgrammeData data, LocalDate asOf, int limit,
      Texts t) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(t, "t");
    Evaluation e = a.evaluation();
    Map<String, List<Finding>> byMatter = new java.util.LinkedHashMap<>();
    for (Finding f : data.findings()) {
      if (f.matter().isPresent() && e.units().contains(f.unit()) && !f.found().isAfter(asOf)
          && f.kind() != FindingKind.HOTLINE_SUGGESTION) {
        byMatter.computeIfAbsent(f.unit() + "/" + f.matter().get(), k -> new ArrayList<>()).add(f);
      }
    }
    byMatter.values().removeIf(fs -> fs.size() < 2);
    Table.Builder b = Table.builder("assessment.matters", t.get("assessment.matters.title", byMatter.size()));
    b.column("name", t.get("header.unit"), Table.Kind.TEXT)
        .column("unit", t.get("header.unit-id"), Table.Kind.TEXT)
        .column("matter", t.get("header.matter"), Table.Kind.TEXT)
        .column("findings", t.get("header.findings"), Table.Kind.TEXT)
        .column("counted", t.get("header.counted"), Table.Kind.TEXT);
    int shown = 0;
    for (List<Finding> fs : byMatter.values()) {
      if (shown++ == limit) {
        b.note(t.get("more", byMatter.size() - limit));
        break;
      }
      Finding top = fs.stream().max(Comparator.comparing(Finding::severity)
          .thenComparing(f -> supervision(f.kind()) ? 1 : 0)).orElseThrow();
      String u = fs.get(0).unit();
      b.row(nameIn(programme, u, t), u, fs.get(0).matter().get(), fs.stream()
          .map(f -> f.id() + " " + t.label(f.kind()) + (t.isChinese() ? "（" + t.label(f.severity()) + "）"
              : " (" + t.label(f.severity()) + ")"))
          .collect(Collectors.joining(t.isChinese() ? "、" : "; ")),
          t.get("assessment.matters.counted", t.label(top.severity())));
    }
    return b.build();
  }

  private static boolean supervision(FindingKind k) {
    return k != FindingKind.HOTLINE_COMPLAINT && k != FindingKind.HOTLINE_REPORT && k != FindingKind.HOTLINE_SUGGESTION;
  }

  /** A rule's effect on a node's score, read from an explanation. */
  private static final class Adjustment {
    final String node;
    final String rule;
    final double before;
    final double after;

    Adjustment(String node, String rule, double before, double after) {
      this.node = node;
      this.rule = rule;
      this.before = before;
      this.after = after;
    }
  }

  private static List<Adjustment> adjustments(Explanation x) {
    List<Adjustment> out = new ArrayList<>();
    collect(x, out);
    return out;
  }

  private static void collect(Explanation x, List<Adjustment> out) {
    for (String s : x.steps()) {
      Matcher m = RULE_STEP.matcher(s);
      if (m.matches()) {
        double before = Double.parseDouble(m.group(2));
        double after = Double.parseDouble(m.group(3));
        if (before != after) {
          out.add(new Adjustment(x.node(), m.group(1), before, after));
        }
      }
    }
    x.children().forEach(c -> collect(c, out));
  }

  /**
   * An explanation as indented text in one language: each node with its name, score and weight, its input,
   * method and parameters, the steps from input to score, and the rank and grade where they are given.
   *
   * @param x the explanation
   * @param t the language
   * @return the text, ending in a newline
   */
  public static String explanationText(Explanation x, Texts t) {
    return explanationText(x, t, Integer.MAX_VALUE);
  }

  /**
   * An explanation as indented text, down to a number of levels below the node explained (a cross-cutting node's
   * members are one level below it).
   *
   * @param x the explanation
   * @param t the language
   * @param depth how many levels below the node, at least 0
   * @return the text, ending in a newline
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public static String explanationText(Explanation x, Texts t, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth " + depth + " must be at least 0");
    }
    StringBuilder sb = new StringBuilder();
    render(sb, x, "", t, depth);
    return sb.toString();
  }

  private static void render(StringBuilder sb, Explanation x, String indent, Texts t, int depth) {
    sb.append(indent).append(x.name().map(n -> t.named(n, x.node())).orElse(x.node())).append(" = ")
        .append(x.notApplicable() ? t.get("explain.not-applicable")
            : x.score().isPresent() ? fmt(x.score().getAsDouble()) : t.get("explain.missing"));
    if (x.weightUsed() == x.weightUsed()) {
      sb.append("   ").append(t.get("explain.weight", fmt(x.weightUsed())));
    }
    sb.append('\n');
    String more = indent + "    ";
    x.input().ifPresent(i -> sb.append(more).append(t.get("explain.input", t.sentence(i))).append('\n'));
    if (x.method() != null) {
      StringBuilder ps = new StringBuilder();
      x.parameters().forEach((k, v) -> ps.append(ps.length() == 0 ? "" : ", ").append(k).append(' ').append(fmt(v)));
      String method = x.method() + (ps.length() == 0 ? "" : " (" + ps + ")");
      sb.append(more).append(t.get(x.children().isEmpty() ? "explain.normalizer" : "explain.aggregator", method))
          .append('\n');
    }
    for (String s : x.steps()) {
      sb.append(more).append(t.sentence(s)).append('\n');
    }
    x.rank().ifPresent(r -> sb.append(more).append(t.get("explain.rank", r)).append('\n'));
    x.grade().ifPresent(g -> sb.append(more).append(t.get("explain.grade", t.grade(g))).append('\n'));
    for (String r : x.gradeReasons()) {
      sb.append(more).append("  ").append(t.sentence(r)).append('\n');
    }
    if (depth > 0) {
      for (Explanation c : x.children()) {
        render(sb, c, indent + "  ", t, depth - 1);
      }
    }
  }

  /**
   * An explanation as a table, one row per node top down, for CSV, JSON and workbooks.
   *
   * @param x the explanation
   * @param t the language
   * @return the report
   */
  public static Report explanation(Explanation x, Texts t) {
    return explanation(x, t, Integer.MAX_VALUE);
  }

  /**
   * An explanation as a table down to a number of levels below the node explained.
   *
   * @param x the explanation
   * @param t the language
   * @param depth how many levels below the node, at least 0
   * @return the report
   * @throws IllegalArgumentException if {@code depth} is negative
   */
  public static Report explanation(Explanation x, Texts t, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth " + depth + " must be at least 0");
    }
    Table.Builder b = Table.builder("explanation", t.get("explain.title", x.unit(), x.node()));
    b.column("depth", t.get("header.depth"), Table.Kind.INTEGER)
        .column("node", t.get("header.node-id"), Table.Kind.TEXT)
        .column("name", t.get("header.node"), Table.Kind.TEXT)
        .column("score", t.get("header.score"), Table.Kind.NUMBER, 6)
        .column("weight", t.get("header.weight"), Table.Kind.NUMBER, 6)
        .column("method", t.get("header.method"), Table.Kind.TEXT)
        .column("input", t.get("header.input"), Table.Kind.TEXT)
        .column("steps", t.get("header.steps"), Table.Kind.TEXT);
    rows(b, x, 0, t, depth);
    return Report.of("explanation", "", List.of(), List.of(b.build()));
  }

  private static void rows(Table.Builder b, Explanation x, int depth, Texts t, int limit) {
    List<String> steps = new ArrayList<>();
    x.steps().forEach(s -> steps.add(t.sentence(s)));
    x.rank().ifPresent(r -> steps.add(t.get("explain.rank", r)));
    x.grade().ifPresent(g -> steps.add(t.get("explain.grade", g)));
    x.gradeReasons().forEach(r -> steps.add(t.sentence(r)));
    b.row(depth, x.node(), x.name().map(t::name).orElse(""),
        x.score().isPresent() ? (Object) x.score().getAsDouble() : null,
        x.weightUsed() == x.weightUsed() ? (Object) x.weightUsed() : null, x.method(),
        x.input().map(t::sentence).orElse(null), String.join("; ", steps));
    if (depth < limit) {
      x.children().forEach(c -> rows(b, c, depth + 1, t, limit));
    }
  }

  /**
   * Problems of documents as a table: document, place, code and message in one language.
   *
   * @param problems document name → its problems
   * @param t the language
   * @return the table {@code problems}
   */
  public static Table problems(Map<String, List<Problem>> problems, Texts t) {
    Table.Builder b = Table.builder("problems", t.get("problems.title"));
    b.column("file", t.get("header.file"), Table.Kind.TEXT)
        .column("place", t.get("header.place"), Table.Kind.TEXT)
        .column("code", t.get("header.code"), Table.Kind.TEXT)
        .column("message", t.get("header.message"), Table.Kind.TEXT);
    problems.forEach((f, ps) -> ps.forEach(p -> b.row(f, t.path(p.path()), p.code(), t.message(p))));
    return b.build();
  }

  /**
   * Warnings of documents as a table: what is probably wrong but allowed (a lead unit outside its competences, a
   * target worse than its baseline), with the same columns as {@link #problems}.
   *
   * @param warnings document name → its warnings
   * @param t the language
   * @return the table {@code warnings}
   */
  public static Table warnings(Map<String, List<Problem>> warnings, Texts t) {
    Table p = problems(warnings, t);
    Table.Builder b = Table.builder("warnings", t.get("warnings.title"));
    p.columns().forEach(c -> b.column(c.key(), c.header(), c.kind(), c.decimals()));
    p.rows().forEach(r -> b.row(r.toArray()));
    return b.build();
  }

  /**
   * A unit's name in one language, or its id when the programme does not declare it.
   *
   * @param p the programme
   * @param id the unit id
   * @param t the language
   * @return the name
   */
  public static String unitName(Programme p, String id, Texts t) {
    return nameIn(Objects.requireNonNull(p, "p"), Objects.requireNonNull(id, "id"), Objects.requireNonNull(t, "t"));
  }

  /** A unit's name, or its id when there is no programme or it does not declare the unit. */
  private static String nameIn(Programme p, String id, Texts t) {
    return p == null ? id : p.unit(id).map(u -> t.name(u.name())).orElse(id);
  }

  /**
   * A unit's name next to its id.
   *
   * @param p the programme
   * @param id the unit id
   * @param t the language
   * @return e.g. 南湖区（nanhu）
   */
  public static String unitLabel(Programme p, String id, Texts t) {
    return labelIn(Objects.requireNonNull(p, "p"), Objects.requireNonNull(id, "id"), Objects.requireNonNull(t, "t"));
  }

  /** A unit's name next to its id, or its id when there is no programme or it does not declare the unit. */
  private static String labelIn(Programme p, String id, Texts t) {
    Optional<Unit> u = p == null ? Optional.empty() : p.unit(id);
    return u.map(x -> t.named(x.name(), id)).orElse(id);
  }

  private static String groupLabel(String g, Texts t) {
    String key = "group." + g;
    return t.has(key) ? t.get(key) : g;
  }

  static String fmt(double d) {
    return Texts.number(Math.round(d * 1e6) / 1e6, 6);
  }

}
