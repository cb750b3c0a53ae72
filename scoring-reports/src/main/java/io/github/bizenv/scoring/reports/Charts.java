package io.github.bizenv.scoring.reports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** ECharts options for the reports' charts, built as JSON: no functions, so that they can be inlined as data. */
final class Charts {

  static final String RED = "#d93026";
  static final String YELLOW = "#e8a200";
  static final String GREEN = "#2e9d58";
  static final String BLUE = "#2f6fd0";
  static final String GREY = "#b8bec6";
  static final String ACCENT = "#1f4e8c";
  static final String NEUTRAL = "#7f9cc8";
  static final String[] PALETTE = {"#1f4e8c", "#4a90c2", "#8cc0de", "#f2a541", "#c9643b", "#6aa84f", "#8e7cc3"};

  private Charts() {}

  static ObjectNode object() {
    return Html.JSON.createObjectNode();
  }

  static ArrayNode array() {
    return Html.JSON.createArrayNode();
  }

  /** A number rounded to 4 decimals, so that pages stay small and identical across platforms. */
  static BigDecimal num(double d) {
    return new BigDecimal(Double.toString(d)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** The number, or null when it is infinite (an axis then finds its own end). */
  static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static ArrayNode strings(List<String> xs) {
    ArrayNode a = array();
    xs.forEach(a::add);
    return a;
  }

  private static ObjectNode base() {
    ObjectNode o = object();
    o.putObject("tooltip").put("trigger", "item").put("confine", true);
    return o;
  }

  private static ObjectNode grid(ObjectNode o, int left, int right, int top, int bottom) {
    o.putObject("grid").put("left", left).put("right", right).put("top", top).put("bottom", bottom)
        .put("containLabel", true);
    return o;
  }

  /**
   * Horizontal bars, first category at the top, each bar with its colour and a label at its end.
   */
  static ObjectNode bars(List<String> categories, List<Double> values, List<String> colors, List<String> labels,
      String axisName, Double min, Double max) {
    // Room on the left beyond what ECharts measures: the browser may draw CJK labels in a wider fallback font.
    ObjectNode o = grid(base(), 48, 70, 10, 24);
    ObjectNode x = o.putObject("xAxis").put("type", "value").put("name", axisName).put("nameLocation", "middle")
        .put("nameGap", 22);
    if (min != null) {
      x.put("min", num(min));
    }
    if (max != null) {
      x.put("max", num(max));
    }
    o.putObject("yAxis").put("type", "category").put("inverse", true).set("data", strings(categories));
    ((ObjectNode) o.get("yAxis")).putObject("axisLabel").put("interval", 0).put("width", 260)
        .put("overflow", "truncate");
    ((ObjectNode) o.get("yAxis")).putObject("axisTick").put("show", false);
    ObjectNode s = o.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 18);
    s.putObject("label").put("show", true).put("position", "right");
    ArrayNode data = s.putArray("data");
    for (int i = 0; i < values.size(); i++) {
      ObjectNode d = data.addObject();
      if (values.get(i) == null) {
        d.putNull("value");
      } else {
        d.put("value", num(values.get(i)));
      }
      d.putObject("itemStyle").put("color", colors.get(i));
      if (labels != null) {
        d.putObject("label").put("formatter", labels.get(i));
      }
    }
    return o;
  }

  /** A series of stacked bars: a name, one value per category (null for none) and a colour. */
  static final class Stack {
    final String name;
    final List<Double> values;
    final String color;
    final String stack;

    Stack(String name, List<Double> values, String color) {
      this(name, values, color, "total");
    }

    Stack(String name, List<Double> values, String color, String stack) {
      this.name = name;
      this.values = values;
      this.color = color;
      this.stack = stack;
    }
  }

  /** A number with exactly two decimals, rounded half-up, as tables show scores. */
  static String two(double d) {
    return new BigDecimal(Double.toString(d)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Stacked bars with a legend; horizontal bars list the categories top down. */
  static ObjectNode stacked(List<String> categories, List<Stack> series, boolean horizontal, String axisName,
      boolean labels) {
    return stacked(categories, series, horizontal, axisName, labels, null, null);
  }

  /**
   * Stacked bars with a legend and, when {@code markerName} is given, a labelled diamond at each category's
   * {@code markers} value (e.g. the final score after deductions).
   */
  static ObjectNode stacked(List<String> categories, List<Stack> series, boolean horizontal, String axisName,
      boolean labels, String markerName, List<Double> markers) {
    ObjectNode o = grid(base(), 8, 24, 34, 24);
    ((ObjectNode) o.get("tooltip")).put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
    ObjectNode legend = o.putObject("legend").put("top", 0).put("type", "scroll");
    ArrayNode names = legend.putArray("data");
    ObjectNode cat = object().put("type", "category");
    cat.set("data", strings(categories));
    cat.putObject("axisLabel").put("interval", 0).put("rotate", horizontal ? 0 : categories.size() > 8 ? 40 : 0)
        .put("width", 240).put("overflow", "truncate");
    ObjectNode val = object().put("type", "value").put("name", axisName).put("nameLocation", "middle")
        .put("nameGap", horizontal ? 22 : 36);
    if (horizontal) {
      cat.put("inverse", true);
      o.set("xAxis", val);
      o.set("yAxis", cat);
    } else {
      o.set("xAxis", cat);
      o.set("yAxis", val);
    }
    ArrayNode ss = o.putArray("series");
    for (Stack st : series) {
      names.add(st.name);
      ObjectNode s = ss.addObject().put("type", "bar").put("name", st.name).put("stack", st.stack)
          .put("barMaxWidth", 22);
      s.putObject("itemStyle").put("color", st.color);
      if (labels) {
        s.putObject("label").put("show", true).put("position", "inside").put("formatter", "{c}");
      }
      ArrayNode d = s.putArray("data");
      for (Double v : st.values) {
        if (v == null) {
          d.addNull();
        } else {
          d.add(num(v));
        }
      }
    }
    if (markerName != null) {
      names.add(markerName);
      ObjectNode m = ss.addObject().put("type", "scatter").put("name", markerName).put("symbol", "diamond")
          .put("symbolSize", 11).put("z", 5);
      m.putObject("itemStyle").put("color", "#222222");
      m.putObject("label").put("show", true).put("position", horizontal ? "right" : "top").put("formatter",
          horizontal ? "{@[0]}" : "{@[1]}");
      ArrayNode d = m.putArray("data");
      for (int i = 0; i < categories.size(); i++) {
        if (horizontal) {
          d.addArray().add(two(markers.get(i))).add(categories.get(i));
        } else {
          d.addArray().add(categories.get(i)).add(two(markers.get(i)));
        }
      }
    }
    return o;
  }

  /**
   * A waterfall: each step rises or falls from where the previous ended; totals stand on the axis. An invisible
   * stacked base carries each visible bar.
   *
   * @param steps the step names
   * @param from where each bar starts
   * @param to where each bar ends
   * @param colors each bar's colour
   * @param labels each bar's label
   */
  static ObjectNode waterfall(List<String> steps, List<Double> from, List<Double> to, List<String> colors,
      List<String> labels, String axisName, double max) {
    ObjectNode o = grid(base(), 4, 12, 12, 8);
    ObjectNode x = o.putObject("xAxis").put("type", "category");
    x.set("data", strings(steps));
    x.putObject("axisLabel").put("interval", 0).put("fontSize", 11).put("width", 72).put("overflow", "break");
    o.putObject("yAxis").put("type", "value").put("name", axisName).put("min", 0).put("max", num(max));
    ArrayNode ss = o.putArray("series");
    ObjectNode baseSeries = ss.addObject().put("type", "bar").put("stack", "w").put("silent", true);
    baseSeries.putObject("itemStyle").put("color", "transparent");
    baseSeries.putObject("tooltip").put("show", false);
    ObjectNode bar = ss.addObject().put("type", "bar").put("stack", "w").put("barMaxWidth", 36);
    bar.putObject("label").put("show", true).put("position", "top");
    ArrayNode b = baseSeries.putArray("data");
    ArrayNode d = bar.putArray("data");
    for (int i = 0; i < steps.size(); i++) {
      double lo = Math.min(from.get(i), to.get(i));
      double hi = Math.max(from.get(i), to.get(i));
      b.add(num(lo));
      ObjectNode item = d.addObject().put("value", num(hi - lo));
      item.putObject("itemStyle").put("color", colors.get(i));
      item.putObject("label").put("formatter", labels.get(i));
    }
    return o;
  }

  /**
   * A heat map of categories × categories whose cells are coloured by a class (0…n−1, one colour and legend label
   * each) and labelled with a text; a cell of class −1 is left empty.
   */
  static ObjectNode heatmap(List<String> xs, List<String> ys, int[][] cls, String[][] labels, List<String> classNames,
      List<String> classColors) {
    ObjectNode o = grid(base(), 8, 12, 8, 44);
    ObjectNode x = o.putObject("xAxis").put("type", "category").put("position", "top");
    x.set("data", strings(xs));
    x.putObject("splitArea").put("show", true);
    ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
    y.set("data", strings(ys));
    y.putObject("axisLabel").put("interval", 0);
    y.putObject("splitArea").put("show", true);
    ObjectNode vm = o.putObject("visualMap").put("type", "piecewise").put("dimension", 2).put("orient", "horizontal")
        .put("left", "center").put("bottom", 0);
    ArrayNode pieces = vm.putArray("pieces");
    for (int i = 0; i < classNames.size(); i++) {
      pieces.addObject().put("value", i).put("label", classNames.get(i)).put("color", classColors.get(i));
    }
    ObjectNode s = o.putArray("series").addObject().put("type", "heatmap");
    s.putObject("label").put("show", true).put("color", "#111");
    s.putObject("itemStyle").put("borderColor", "#fff").put("borderWidth", 2);
    ArrayNode d = s.putArray("data");
    for (int i = 0; i < ys.size(); i++) {
      for (int j = 0; j < xs.size(); j++) {
        if (cls[i][j] < 0) {
          continue;
        }
        ObjectNode item = d.addObject();
        item.putArray("value").add(j).add(i).add(cls[i][j]);
        item.putObject("label").put("formatter", labels[i][j]);
      }
    }
    return o;
  }

  /** A radar of several profiles over the same axes, each axis from 0 to its maximum. */
  static ObjectNode radar(List<String> axes, List<Double> maxima, List<String> names, List<List<Double>> profiles,
      List<String> colors) {
    ObjectNode o = base();
    ObjectNode legend = o.putObject("legend").put("bottom", 0);
    legend.set("data", strings(names));
    ObjectNode r = o.putObject("radar").put("radius", "62%").put("splitNumber", 4);
    r.putArray("center").add("50%").add("48%");
    r.putObject("axisName").put("color", "#333");
    ArrayNode ind = r.putArray("indicator");
    for (int i = 0; i < axes.size(); i++) {
      ind.addObject().put("name", axes.get(i)).put("max", num(maxima.get(i))).put("min", 0);
    }
    ObjectNode s = o.putArray("series").addObject().put("type", "radar");
    ArrayNode d = s.putArray("data");
    for (int k = 0; k < names.size(); k++) {
      ObjectNode item = d.addObject().put("name", names.get(k));
      ArrayNode v = item.putArray("value");
      profiles.get(k).forEach(x -> v.add(x == null ? null : num(x)));
      item.putObject("lineStyle").put("color", colors.get(k)).put("width", 2);
      item.putObject("itemStyle").put("color", colors.get(k));
      item.putObject("areaStyle").put("color", colors.get(k)).put("opacity", k == 0 ? 0.18 : 0.05);
    }
    return o;
  }

  /** Box plots of several distributions (min, Q1, median, Q3, max), with one unit's values as points. */
  static ObjectNode boxplots(List<String> categories, List<double[]> boxes, String pointName, List<Double> points,
      String axisName) {
    ObjectNode o = grid(base(), 8, 16, 30, 8);
    o.putObject("legend").put("top", 0).putArray("data").add(pointName);
    ObjectNode x = o.putObject("xAxis").put("type", "category");
    x.set("data", strings(categories));
    x.putObject("axisLabel").put("interval", 0).put("rotate", categories.size() > 6 ? 30 : 0);
    o.putObject("yAxis").put("type", "value").put("name", axisName);
    ObjectNode b = o.putArray("series").addObject().put("type", "boxplot").put("name", "");
    b.putObject("itemStyle").put("color", "#dbe6f5").put("borderColor", ACCENT);
    ArrayNode d = b.putArray("data");
    for (double[] q : boxes) {
      ArrayNode row = d.addArray();
      for (double v : q) {
        row.add(num(v));
      }
    }
    ObjectNode p = ((ArrayNode) o.get("series")).addObject().put("type", "scatter").put("name", pointName)
        .put("symbolSize", 10);
    p.putObject("itemStyle").put("color", RED);
    ArrayNode pd = p.putArray("data");
    points.forEach(v -> pd.add(v == null ? null : num(v)));
    return o;
  }

  /**
   * Rank intervals: for each unit (top down) a bar from its 5th to its 95th percentile rank, the nominal rank and
   * the median rank as points. Rank 1 is at the left.
   */
  static ObjectNode rankIntervals(List<String> units, List<Double> lo, List<Double> hi, List<Double> nominal,
      List<Double> median, List<String> names, int maxRank) {
    ObjectNode o = grid(base(), 8, 24, 30, 24);
    ObjectNode legend = o.putObject("legend").put("top", 0);
    legend.putArray("data").add(names.get(1)).add(names.get(2)).add(names.get(3));
    o.putObject("xAxis").put("type", "value").put("min", 1).put("max", maxRank).put("name", names.get(0))
        .put("nameLocation", "middle").put("nameGap", 22);
    ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
    y.set("data", strings(units));
    y.putObject("axisLabel").put("interval", 0).put("fontSize", 10);
    ArrayNode ss = o.putArray("series");
    ObjectNode base = ss.addObject().put("type", "bar").put("stack", "r").put("silent", true);
    base.putObject("itemStyle").put("color", "transparent");
    base.putObject("tooltip").put("show", false);
    ObjectNode span = ss.addObject().put("type", "bar").put("stack", "r").put("name", names.get(1))
        .put("barWidth", 7);
    span.putObject("itemStyle").put("color", "#9fbbe0");
    ObjectNode nom = ss.addObject().put("type", "scatter").put("name", names.get(2)).put("symbol", "diamond")
        .put("symbolSize", 9);
    nom.putObject("itemStyle").put("color", ACCENT);
    ObjectNode med = ss.addObject().put("type", "scatter").put("name", names.get(3)).put("symbolSize", 6);
    med.putObject("itemStyle").put("color", "#f2a541");
    ArrayNode bd = base.putArray("data");
    ArrayNode sd = span.putArray("data");
    ArrayNode nd = nom.putArray("data");
    ArrayNode md = med.putArray("data");
    for (int i = 0; i < units.size(); i++) {
      bd.add(num(lo.get(i)));
      sd.add(num(Math.max(hi.get(i) - lo.get(i), 0.15)));
      nd.addArray().add(num(nominal.get(i))).add(units.get(i));
      md.addArray().add(num(median.get(i))).add(units.get(i));
    }
    return o;
  }

  /** A tree, left to right, its nodes labelled. */
  static ObjectNode tree(ObjectNode root) {
    ObjectNode o = base();
    ObjectNode s = o.putArray("series").addObject().put("type", "tree").put("orient", "LR")
        .put("initialTreeDepth", -1).put("symbolSize", 7).put("expandAndCollapse", false)
        .put("left", "13%").put("right", "27%").put("top", "1%").put("bottom", "1%");
    s.putObject("label").put("position", "left").put("verticalAlign", "middle").put("align", "right")
        .put("fontSize", 11);
    s.putObject("leaves").putObject("label").put("position", "right").put("align", "left").put("width", 280)
        .put("overflow", "truncate");
    s.putObject("lineStyle").put("color", "#b0b8c4");
    s.putArray("data").add(root);
    return o;
  }
}
