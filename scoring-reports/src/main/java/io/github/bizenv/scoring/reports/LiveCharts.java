package io.github.bizenv.scoring.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bizenv.scoring.engine.Evaluation;
import io.github.bizenv.scoring.model.Area;
import io.github.bizenv.scoring.model.Programme;
import io.github.bizenv.scoring.model.Task;
import io.github.bizenv.scoring.text.Tables;
import io.github.bizenv.scoring.text.Texts;
import io.github.bizenv.scoring.workflow.BattleMap;
import io.github.bizenv.scoring.workflow.Status;
import io.github.bizenv.scoring.workflow.TaskStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The report pages' charts for a page that draws them itself and redraws them as data arrives, such as a live
 * dashboard of the programme monitor (即时评价): each method returns an Apache ECharts option as JSON text, drawn by
 * the ECharts bundle of {@link #script()} with {@code echarts.init(element).setOption(JSON.parse(option))}. The options
 * hold data only (no functions), in the language of the {@link Texts} given, with the colours and the words of the
 * report pages.
 *
 * <p>Stateless and thread-safe; the same inputs give the same text.
 */
public final class LiveCharts {

  /** The colour of each traffic light, as the pages draw it. */
  private static final Map<Status, String> COLOURS = new LinkedHashMap<>();

  static {
    COLOURS.put(Status.RED, Charts.RED);
    COLOURS.put(Status.BEHIND, Charts.YELLOW);
    COLOURS.put(Status.APPROACHING, Charts.BLUE);
    COLOURS.put(Status.ON_TRACK, Charts.GREEN);
    COLOURS.put(Status.DONE, "#1b6b3f");
    COLOURS.put(Status.AWAITING_AUTHORISATION, "#8e7cc3");
    COLOURS.put(Status.NOT_STARTED, Charts.GREY);
  }

  private LiveCharts() {}

  /**
   * Apache ECharts (Apache-2.0), the minified bundle the report pages inline, to serve as a script.
   *
   * @return the script's text
   */
  public static String script() {
    return Html.ECHARTS;
  }

  /**
   * The battle map (作战图) of a day task by task: one row per area, one cell per task in the programme's order,
   * coloured by its traffic light and labelled with its id; each cell's {@code name} is the task's id, description and
   * light, and its {@code status} the light's name ({@code RED}, {@code BEHIND} …).
   *
   * @param map the battle map
   * @param texts the language
   * @return the ECharts option
   */
  public static String taskMap(BattleMap map, Texts texts) {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(texts, "texts");
    Programme p = map.programme();
    List<Status> order = new ArrayList<>(COLOURS.keySet());
    List<String> ys = new ArrayList<>();
    List<List<TaskStatus>> rows = new ArrayList<>();
    int width = 1;
    for (Area a : p.areas()) {
      ys.add(texts.name(a.name()));
      List<TaskStatus> row = new ArrayList<>();
      for (TaskStatus s : map.tasks()) {
        if (s.task().area().equals(a.id())) {
          row.add(s);
        }
      }
      rows.add(row);
      width = Math.max(width, row.size());
    }
    List<String> xs = new ArrayList<>();
    for (int j = 1; j <= width; j++) {
      xs.add(String.valueOf(j));
    }
    int[][] cls = new int[ys.size()][width];
    String[][] labels = new String[ys.size()][width];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < width; j++) {
        cls[i][j] = j < rows.get(i).size() ? order.indexOf(rows.get(i).get(j).status()) : -1;
        labels[i][j] = j < rows.get(i).size() ? rows.get(i).get(j).task().id() : "";
      }
    }
    List<String> names = new ArrayList<>();
    order.forEach(s -> names.add(texts.label(s)));
    ObjectNode o = Charts.heatmap(xs, ys, cls, labels, names, new ArrayList<>(COLOURS.values()));
    ((ObjectNode) o.get("xAxis")).put("show", false);
    ((ObjectNode) o.get("tooltip")).put("formatter", "{b}");
    ObjectNode s = (ObjectNode) o.get("series").get(0);
    ((ObjectNode) s.get("label")).put("fontSize", 10);
    ArrayNode data = (ArrayNode) s.get("data");
    int k = 0;
    for (int i = 0; i < rows.size(); i++) {
      for (TaskStatus t : rows.get(i)) {
        Task task = t.task();
        ObjectNode item = (ObjectNode) data.get(k++);
        item.put("name", task.id() + " " + texts.name(task.description()) + " · " + texts.label(t.status()));
        item.put("status", t.status().name());
        ((ObjectNode) item.get("label")).put("color", t.status() == Status.RED || t.status() == Status.DONE
            || t.status() == Status.APPROACHING ? "#fff" : "#111");
      }
    }
    return text(o);
  }

  /**
   * The battle map at month ends as the quarterly page draws it: a heat map of areas × months, an area red with its
   * number of red tasks, yellow with its number of tasks behind, green when its tasks go as planned.
   *
   * @param months the battle maps at each month's end (the last may be today's), of one programme, in order
   * @param texts the language
   * @return the ECharts option
   * @throws IllegalArgumentException if no battle map is given
   */
  public static String monthlyMap(List<BattleMap> months, Texts texts) {
    Objects.requireNonNull(texts, "texts");
    if (Objects.requireNonNull(months, "months").isEmpty()) {
      throw new IllegalArgumentException("a monthly battle map needs at least one month");
    }
    return text(QuarterlyPage.monthlyMap(months.get(0).programme(), months, Words.of(texts)));
  }

  /**
   * A ranking as the quarterly page draws it: horizontal bars, first place at the top, each labelled with its score;
   * the first {@code praised} units in green (红榜), the last {@code named} in red (黑榜), the rest neutral.
   *
   * @param programme the programme whose units are ranked, for their names
   * @param evaluation the evaluation
   * @param group a ranking group of the evaluation, or {@code ""} for its whole ranking
   * @param praised how many units at the top to show in green
   * @param named how many units at the bottom to show in red
   * @param texts the language
   * @return the ECharts option
   */
  public static String ranking(Programme programme, Evaluation evaluation, String group, int praised, int named,
      Texts texts) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(texts, "texts");
    List<String> units = group.isEmpty() ? evaluation.ranked() : evaluation.ranked(group);
    Set<String> top = new HashSet<>(group.isEmpty() ? evaluation.top(praised) : evaluation.top(group, praised));
    Set<String> bottom = new HashSet<>(group.isEmpty() ? evaluation.bottom(named) : evaluation.bottom(group, named));
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> colours = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String u : units) {
      double s = evaluation.score(u).orElse(Double.NaN);
      names.add(Tables.unitName(programme, u, texts));
      values.add(Double.isFinite(s) ? s : null);
      colours.add(top.contains(u) ? Charts.GREEN : bottom.contains(u) ? Charts.RED : Charts.NEUTRAL);
      labels.add(Double.isFinite(s) ? Charts.two(s) : "");
    }
    return text(Charts.bars(names, values, colours, labels, texts.get("header.score"), 0.0,
        Charts.finite(evaluation.plan().range(evaluation.plan().root()).max())));
  }

  /**
   * A ranking group as the pages name it: the methodology's name for it (市直部门), in English the kinds of units it
   * gathers (districts, counties and development zones).
   *
   * @param plan the methodology that ranks the group
   * @param group the group, or {@code ""} for none
   * @param texts the language
   * @return the name, {@code ""} for none
   */
  public static String groupName(io.github.bizenv.scoring.engine.Plan plan, String group, Texts texts) {
    return Words.of(Objects.requireNonNull(texts, "texts")).group(Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(group, "group"));
  }

  private static String text(ObjectNode option) {
    try {
      return Html.JSON.writeValueAsString(option);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
