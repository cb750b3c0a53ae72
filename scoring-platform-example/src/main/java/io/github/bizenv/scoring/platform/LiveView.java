package io.github.bizenv.scoring.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.reports.LiveCharts;
import io.github.bizenv.scoring.spring.LiveProgramme;
import io.github.bizenv.scoring.text.Table;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.MonitorEvent;
import io.github.bizenv.scoring.workflow.MonitorSnapshot;
import io.github.bizenv.scoring.workflow.ProgrammeMonitor;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the live page shows, as JSON for one language: the day, key figures, the battle map task by task, the red list
 * with its escalation steps, the battle map at month ends, the rankings (红黑榜) and the latest alerts. The charts are
 * the report pages' ({@link LiveCharts}); the tables are the command line's ({@link Tables}).
 */
final class LiveView {

  static final List<Status> FIGURES = List.of(Status.RED, Status.BEHIND, Status.APPROACHING, Status.ON_TRACK,
      Status.DONE, Status.AWAITING_AUTHORISATION, Status.NOT_STARTED);

  private final LiveProgramme live;
  private final String ranking;
  private final int listed;
  private final LongSupplier stored;
  private final ObjectMapper json = new ObjectMapper();
  private final Map<LocalDate, BattleMap> monthEnds = new ConcurrentHashMap<>();
  private static final Properties EN = load("platform.properties");
  private static final Properties ZH = load("platform_zh.properties");

  LiveView(LiveProgramme live, String ranking, int listed, LongSupplier stored) {
    this.live = live;
    this.ranking = ranking;
    this.listed = listed;
    this.stored = stored;
  }

  static Texts texts(Locale language) {
    return "zh".equals(language.getLanguage()) ? Texts.chinese() : Texts.english();
  }

  static String word(Locale language, String key, Object... args) {
    Properties p = "zh".equals(language.getLanguage()) ? ZH : EN;
    String pattern = p.getProperty(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no text " + key);
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
  }

  /** Whether an event is one the page lists as an alert. */
  static boolean isAlert(MonitorEvent e) {
    switch (e.kind()) {
      case TASK_STATUS:
        return e.statusAfter().orElseThrow() == Status.RED || e.statusBefore().orElseThrow() == Status.RED;
      case TASK_ESCALATED:
      case FINDING_OVERDUE:
        return true;
      default:
        return e.standing().map(c -> !c.gradeBefore().equals(c.gradeAfter()) && c.gradeBefore().isPresent())
            .orElse(false);
    }
  }

  String json(Locale language, List<MonitorEvent> alerts) {
    try {
      return json.writeValueAsString(view(language, alerts));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ObjectNode view(Locale language, List<MonitorEvent> alerts) {
    Texts t = texts(language);
    ProgrammeMonitor m = live.monitor();
    MonitorSnapshot now = m.current();
    Programme p = m.programme();
    BattleMap map = now.battleMap();
    ObjectNode v = json.createObjectNode();
    v.put("language", t.isChinese() ? "zh" : "en");
    v.put("day", now.date().toString());
    v.put("dayText", word(language, "page.day", now.date().toString()));
    v.put("stored", stored.getAsLong());
    v.put("storedText", word(language, "page.stored", stored.getAsLong()));
    Map<Status, Integer> count = new EnumMap<>(Status.class);
    map.tasks().forEach(s -> count.merge(s.status(), 1, Integer::sum));
    ArrayNode figures = v.putArray("figures");
    for (Status s : FIGURES) {
      figures.addObject().put("status", s.name()).put("label", t.label(s)).put("value", count.getOrDefault(s, 0));
    }
    ObjectNode tasks = v.putObject("tasks");
    for (TaskStatus s : map.tasks()) {
      tasks.put(s.task().id(), s.status().name());
    }
    v.set("taskMap", tree(LiveCharts.taskMap(map, t)));
    v.put("taskMapHeight", 60 + 30 * p.areas().size());
    v.set("monthlyMap", tree(LiveCharts.monthlyMap(months(m, map), t)));
    v.put("monthlyMapHeight", 90 + 30 * p.areas().size());
    v.set("redList", redList(map, t));
    ArrayNode rankings = v.putArray("rankings");
    if (now.plans().contains(ranking)) {
      Evaluation e = now.evaluation(ranking);
      List<String> groups = e.groups().isEmpty() ? List.of("") : e.groups();
      for (String g : groups) {
        String name = LiveCharts.groupName(e.plan(), g, t);
        String title = t.name(e.plan().name()) + (name.isEmpty() ? "" : t.isChinese() ? "：" + name : ": " + name);
        int units = (g.isEmpty() ? e.ranked() : e.ranked(g)).size();
        rankings.addObject().put("title", word(language, "section.rankings", title))
            .put("note", word(language, "section.rankings.note", listed))
            .put("height", 40 + 22 * units)
            .set("option", tree(LiveCharts.ranking(p, e, g, listed, listed, t)));
      }
    }
    ArrayNode a = v.putArray("alerts");
    for (MonitorEvent e : alerts) {
      a.addObject().put("sequence", e.sequence()).put("date", e.date().toString())
          .put("tone", tone(e)).put("text", alert(e, p, now, t, language))
          .put("task", e.task().orElse(null));
    }
    return v;
  }

  /**
   * The battle map at each month's end before today, as the monitor knew it then (a past month's map does not change
   * with later arrivals, so each is built once), then today's.
   */
  private List<BattleMap> months(ProgrammeMonitor m, BattleMap today) {
    List<BattleMap> out = new ArrayList<>();
    LocalDate start = m.start();
    for (YearMonth ym = YearMonth.from(m.programme().period().start()); ; ym = ym.plusMonths(1)) {
      LocalDate end = ym.atEndOfMonth();
      if (!end.isBefore(today.date())) {
        break;
      }
      if (!end.isBefore(start)) {
        out.add(monthEnds.computeIfAbsent(end, d -> m.asOf(d).battleMap()));
      }
    }
    out.add(today);
    return out;
  }

  private ObjectNode redList(BattleMap map, Texts t) {
    ObjectNode o = json.createObjectNode();
    Table table = Tables.dispatch(map, 30, t).tables().stream().filter(x -> x.id().equals("dispatch.red-list"))
        .findFirst().orElseThrow();
    o.put("title", table.title());
    ArrayNode headers = o.putArray("headers");
    int task = -1;
    for (int i = 0; i < table.columns().size(); i++) {
      headers.add(table.columns().get(i).header());
      if (table.columns().get(i).key().equals("task")) {
        task = i;
      }
    }
    ArrayNode rows = o.putArray("rows");
    for (List<Object> row : table.rows()) {
      ObjectNode r = rows.addObject();
      if (task >= 0) {
        r.put("task", String.valueOf(row.get(task)));
      }
      ArrayNode cells = r.putArray("cells");
      for (int i = 0; i < row.size(); i++) {
        Object x = row.get(i);
        if (x instanceof Table.Mark mark) {
          cells.addObject().put("text", mark.text()).put("tone", mark.tone().name().toLowerCase(Locale.ROOT));
        } else {
          cells.addObject().put("text", Table.text(x, table.columns().get(i)));
        }
      }
    }
    ArrayNode notes = o.putArray("notes");
    table.intro().forEach(notes::add);
    table.notes().forEach(notes::add);
    return o;
  }

  private static String tone(MonitorEvent e) {
    if (e.kind() == MonitorEvent.Kind.TASK_STATUS && e.statusAfter().orElseThrow() != Status.RED) {
      return "green";
    }
    if (e.kind() == MonitorEvent.Kind.STANDING) {
      return e.standing().get().scoreAfter().orElse(0) >= e.standing().get().scoreBefore().orElse(0) ? "green"
          : "red";
    }
    return "red";
  }

  private static String alert(MonitorEvent e, Programme p, MonitorSnapshot now, Texts t, Locale language) {
    switch (e.kind()) {
      case TASK_STATUS: {
        String task = taskText(e.task().orElseThrow(), p, t);
        String lead = Tables.unitName(p, e.unit(), t);
        return e.statusAfter().orElseThrow() == Status.RED ? word(language, "alert.red", task, lead)
            : word(language, "alert.cleared", task, lead, t.label(e.statusAfter().orElseThrow()));
      }
      case TASK_ESCALATED:
        return word(language, "alert.escalated", e.task().orElseThrow(),
            t.name(e.escalation().orElseThrow().step().name()), e.escalation().orElseThrow().reached().toString());
      case FINDING_OVERDUE:
        return word(language, "alert.overdue", e.finding().orElseThrow(), Tables.unitName(p, e.unit(), t));
      default: {
        var c = e.standing().orElseThrow();
        String plan = e.plan().orElseThrow();
        String name = now.plans().contains(plan) ? t.name(now.evaluation(plan).plan().name()) : plan;
        return word(language, "alert.grade", Tables.unitName(p, e.unit(), t), name,
            t.grade(c.gradeBefore().orElse("—")), t.grade(c.gradeAfter().orElse("—")));
      }
    }
  }

  private static String taskText(String id, Programme p, Texts t) {
    return p.tasks().stream().filter(x -> x.id().equals(id)).findFirst()
        .map(x -> id + " " + t.name(x.description())).orElse(id);
  }

  private com.fasterxml.jackson.databind.JsonNode tree(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties load(String name) {
    try (InputStream in = LiveView.class.getResourceAsStream(name)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
