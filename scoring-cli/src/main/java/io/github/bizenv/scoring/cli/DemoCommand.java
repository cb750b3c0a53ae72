package io.github.bizenv.scoring.cli;

import io.github.bizenv.scoring.examples.SampleCity;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.Measure;
import io.github.bizenv.scoring.model.Observation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.ProgrammeData;
import io.github.bizenv.scoring.model.ProgressReport;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.model.TaskClass;
import io.github.bizenv.scoring.model.UnitKind;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code score demo}: loads the bundled Sample City programme and prints a short summary. */
final class DemoCommand implements Main.Command {

  @Override
  public String summary() {
    return "load the bundled Sample City 2021 programme and summarise it";
  }

  @Override
  public String usage() {
    return "";
  }

  @Override
  public int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      throw new Main.UsageException("demo takes no arguments, got " + String.join(" ", args));
    }
    Programme p = SampleCity.programme();
    ProgrammeData d = SampleCity.data(p);
    List<Observation> districts = SampleCity.districts(p);
    LocalDate asOf = p.period().end();

    long leads = p.tasks().stream().map(Task::lead).distinct().count();
    long places = p.units().stream().filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.COUNTY
        || u.kind() == UnitKind.DEVELOPMENT_ZONE).count();
    out.println(p.name().zh().orElse("") + "  " + p.name().en().orElse(""));
    out.println("Benchmark " + p.benchmark().jurisdiction().text(true) + " (" + p.benchmark().jurisdiction().text(false)
        + "), period " + p.period() + ": " + p.areas().size() + " areas, " + p.tasks().size() + " tasks, " + leads
        + " lead units, " + places + " districts, counties and zones");
    out.println("Data: " + d.progressReports().size() + " progress reports, " + d.ratings().size() + " ratings, "
        + d.findings().size() + " findings, " + d.externalResults().size() + " external results, "
        + (d.observations().size() + districts.size()) + " observations");
    out.println();

    // Tasks by area and class.
    out.printf("%s %4s %4s %4s %6s%n", pad("Tasks by area and class (分类)", 34), "A", "B", "C", "total");
    Map<TaskClass, Integer> totals = new EnumMap<>(TaskClass.class);
    int declared = 0;
    int overriding = 0;
    for (Area a : p.areas()) {
      Map<TaskClass, Integer> counts = new EnumMap<>(TaskClass.class);
      int n = 0;
      for (Task t : p.tasks()) {
        if (!t.area().equals(a.id())) {
          continue;
        }
        TaskClass c = classOf(t, p);
        counts.merge(c, 1, Integer::sum);
        totals.merge(c, 1, Integer::sum);
        n++;
      }
      out.printf("  %s %4d %4d %4d %6d%n", pad(a.name().text(true), 32), counts.getOrDefault(TaskClass.A, 0),
          counts.getOrDefault(TaskClass.B, 0), counts.getOrDefault(TaskClass.C, 0), n);
    }
    out.printf("  %s %4d %4d %4d %6d%n", pad("合计 total", 32), totals.getOrDefault(TaskClass.A, 0),
        totals.getOrDefault(TaskClass.B, 0), totals.getOrDefault(TaskClass.C, 0), p.tasks().size());
    for (Task t : p.tasks()) {
      if (t.declaredClass().isPresent()) {
        declared++;
        if (t.measure().isPresent() && computed(t.measure().get(), p) != t.declaredClass().get().taskClass()) {
          overriding++;
        }
      }
    }
    out.println("  " + (p.tasks().size() - declared) + " classes computed from the task's measure against "
        + "Shenzhen; " + declared + " declared with a reason, " + overriding + " of them overriding the computed class");
    out.println();

    // Progress at year end, by lead unit.
    Map<String, ProgressReport> latest = new HashMap<>();
    for (ProgressReport r : d.progressReports()) {
      if (!r.date().isAfter(asOf)) {
        latest.merge(r.task(), r, (x, y) -> y.date().isAfter(x.date()) ? y : x);
      }
    }
    Map<String, int[]> byLead = new LinkedHashMap<>();
    List<Task> late = new ArrayList<>();
    for (Task t : p.tasks()) {
      int[] c = byLead.computeIfAbsent(t.lead(), k -> new int[3]);
      c[0]++;
      double progress = progress(latest, t);
      if (progress >= 100) {
        c[1]++;
      } else if (!t.deadline().isAfter(asOf)) {
        c[2]++;
        late.add(t);
      }
    }
    List<Map.Entry<String, int[]>> leadRows = new ArrayList<>(byLead.entrySet());
    leadRows.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
    out.printf("%s %5s %5s %5s%n", pad("Lead units (牵头单位), most tasks first", 42), "tasks", "done", "late");
    for (Map.Entry<String, int[]> e : leadRows.subList(0, Math.min(8, leadRows.size()))) {
      out.printf("  %s %5d %5d %5d%n", pad(unitName(p, e.getKey()), 40), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
    }
    leadRows.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[2]).thenComparing(Map.Entry::getKey));
    out.print("  most late tasks:");
    for (Map.Entry<String, int[]> e : leadRows.subList(0, Math.min(5, leadRows.size()))) {
      out.print(" " + unitName(p, e.getKey()) + " " + e.getValue()[2] + ";");
    }
    out.println();
    out.println();

    // Late at year end.
    late.sort(Comparator.comparingDouble((Task t) -> progress(latest, t)).thenComparing(Task::id));
    out.println("Late at " + asOf + " (past the deadline, not done): " + late.size() + " of " + p.tasks().size()
        + " tasks, least progress first");
    for (Task t : late.subList(0, Math.min(12, late.size()))) {
      out.printf("  %s %3.0f%%  due %s  %s  %s%n", t.id(), progress(latest, t), t.deadline(),
          pad(unitName(p, t.lead()), 24), shorten(t.description().text(true), 30));
    }
    if (late.size() > 12) {
      out.println("  … and " + (late.size() - 12) + " more");
    }
    return Main.OK;
  }

  /** The declared class, else the class computed from the measure: A when worse than the benchmark. */
  static TaskClass classOf(Task t, Programme p) {
    if (t.declaredClass().isPresent()) {
      return t.declaredClass().get().taskClass();
    }
    return computed(t.measure().orElseThrow(() -> new IllegalStateException("task " + t.id()
        + " has neither a measure nor a declared class")), p);
  }

  static TaskClass computed(Measure m, Programme p) {
    Direction dir = p.indicator(m.indicator()).orElseThrow().direction();
    boolean worse = dir == Direction.LOWER_IS_BETTER ? m.baseline() > m.benchmark() : m.baseline() < m.benchmark();
    return worse ? TaskClass.A : TaskClass.B;
  }

  private static double progress(Map<String, ProgressReport> latest, Task t) {
    return Optional.ofNullable(latest.get(t.id())).map(ProgressReport::progress).orElse(0.0);
  }

  private static String unitName(Programme p, String id) {
    return p.unit(id).map(u -> u.name().text(true)).orElse(id);
  }

  private static String shorten(String s, int width) {
    return s.codePointCount(0, s.length()) <= width ? s
        : s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** Pads to a display width, counting CJK characters as two columns. */
  static String pad(String s, int width) {
    int w = 0;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int cw = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0xFF00 && cp <= 0xFFEF)
          || (cp >= 0x3000 && cp <= 0x303F) || cp == 0x201C || cp == 0x201D ? 2 : 1;
      if (w + cw > width) {
        break;
      }
      sb.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    while (w++ < width) {
      sb.append(' ');
    }
    return sb.toString();
  }
}
