package io.github.bizenv.scoring.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.internal.JsonIn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data-preparation steps of a methodology, applied to the leaves' raw values in the declared order before
 * they are normalised: denominate, impute, screen units, treat outliers. Each step's result is kept for the
 * evaluation and its explanations.
 */
final class Pipeline {

  private Pipeline() {}

  /** One declared step. */
  abstract static class Step {
    String name;
    String path;
  }

  /** Divides each leaf that names a denominator by that column of the same unit, times a scale. */
  static final class Denominate extends Step {
    double scale = 1;
  }

  /** Fills missing values. */
  static final class Impute extends Step {
    String method;
    String groupColumn;
    Set<Integer> leaves;
  }

  /** Keeps units with enough data. */
  static final class Screen extends Step {
    double minShare;
    int node = -1;
    Set<String> include = Set.of();
    Set<String> exclude = Set.of();
  }

  /** Treats outliers: skew/kurtosis test, winsorisation, log fallback. */
  static final class Treat extends Step {
    int winmax = 5;
    double skew = 2;
    double kurtosis = 3.5;
    final Map<Integer, String> mode = new HashMap<>();
    final Map<Integer, Integer> winmaxOf = new HashMap<>();
  }

  static final Set<String> IMPUTE_METHODS = Set.of("mean", "median", "group-mean", "group-median", "row-mean");

  static List<Step> read(JsonIn in, JsonNode node, Plan.Builder b) {
    List<Step> steps = new ArrayList<>();
    if (node == null) {
      return steps;
    }
    if (!node.isArray()) {
      in.add(Problem.WRONG_TYPE, "/pipeline", "expected an array of steps, found " + JsonIn.describe(node));
      return steps;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 0; k < node.size(); k++) {
      String path = "/pipeline/" + k;
      JsonNode s = node.get(k);
      JsonNode type = s.get("step");
      if (!s.isObject() || type == null || !type.isTextual()) {
        in.add(Problem.MISSING_FIELD, path + "/step", "a step is {\"step\": denominate|impute|screen|treat, …}");
        continue;
      }
      Step step;
      switch (type.textValue()) {
        case "denominate": {
          JsonIn.Obj o = in.object(s, path, "step", "scale");
          Denominate d = new Denominate();
          if (o != null && o.get("scale") != null) {
            Double v = o.number("scale");
            d.scale = v == null ? 1 : v;
          }
          step = d;
          break;
        }
        case "impute": {
          JsonIn.Obj o = in.object(s, path, "step", "method", "groupColumn", "indicators");
          Impute im = new Impute();
          if (o != null) {
            im.method = o.text("method");
            if (im.method != null && !IMPUTE_METHODS.contains(im.method)) {
              in.add(Problem.OUT_OF_RANGE, path + "/method", "imputation \"" + im.method + "\" is not one of "
                  + new java.util.TreeSet<>(IMPUTE_METHODS));
            }
            im.groupColumn = o.optText("groupColumn").orElse(null);
            if (im.method != null && im.method.startsWith("group-") && im.groupColumn == null) {
              in.add(Problem.MISSING_FIELD, path + "/groupColumn", "imputation \"" + im.method + "\" needs a groupColumn");
            }
            if (o.get("indicators") != null) {
              im.leaves = leaves(in, o.idSet("indicators"), path + "/indicators", b);
            }
          }
          step = im;
          break;
        }
        case "screen": {
          JsonIn.Obj o = in.object(s, path, "step", "minShare", "node", "include", "exclude");
          Screen sc = new Screen();
          if (o != null) {
            Double share = o.number("minShare");
            if (share != null && (share < 0 || share > 1)) {
              in.add(Problem.OUT_OF_RANGE, path + "/minShare", "minShare " + share + " is outside [0, 1]");
            }
            sc.minShare = share == null ? 0 : share;
            o.optText("node").ifPresent(id -> {
              Integer i = b.index.get(id);
              if (i == null) {
                in.add(Problem.UNKNOWN_REFERENCE, path + "/node", "node \"" + id + "\" is not a node of /nodes");
              } else {
                sc.node = i;
              }
            });
            sc.include = o.idSet("include");
            sc.exclude = o.idSet("exclude");
          }
          step = sc;
          break;
        }
        case "treat": {
          JsonIn.Obj o = in.object(s, path, "step", "winmax", "skew", "kurtosis", "overrides");
          Treat t = new Treat();
          if (o != null) {
            if (o.get("winmax") != null) {
              Integer w = o.integer("winmax");
              t.winmax = w == null ? 5 : w;
            }
            if (o.get("skew") != null) {
              Double v = o.number("skew");
              t.skew = v == null ? 2 : v;
            }
            if (o.get("kurtosis") != null) {
              Double v = o.number("kurtosis");
              t.kurtosis = v == null ? 3.5 : v;
            }
            JsonNode overrides = o.get("overrides");
            if (overrides != null) {
              overrides.properties().forEach(e -> {
                String op = path + "/overrides/" + JsonIn.escape(e.getKey());
                Integer leaf = b.index.get(e.getKey());
                if (leaf == null || !b.leaf[leaf]) {
                  in.add(Problem.UNKNOWN_REFERENCE, op, "\"" + e.getKey() + "\" is not a leaf of /nodes");
                  return;
                }
                JsonNode v = e.getValue();
                if (v.isTextual() && (v.textValue().equals("none") || v.textValue().equals("winsorise"))) {
                  t.mode.put(leaf, v.textValue());
                } else if (v.isObject() && v.has("winmax") && v.get("winmax").canConvertToInt()) {
                  t.winmaxOf.put(leaf, v.get("winmax").intValue());
                } else {
                  in.add(Problem.WRONG_TYPE, op, "an override is \"none\", \"winsorise\" or {\"winmax\": n}");
                }
              });
            }
          }
          step = t;
          break;
        }
        default:
          in.add(Problem.OUT_OF_RANGE, path + "/step", "step \"" + type.textValue()
              + "\" is not one of denominate, impute, screen, treat");
          continue;
      }
      int count = seen.merge(type.textValue(), 1, Integer::sum);
      step.name = stageName(type.textValue()) + (count > 1 ? "-" + count : "");
      step.path = path;
      steps.add(step);
    }
    return steps;
  }

  private static String stageName(String step) {
    switch (step) {
      case "denominate":
        return "denominated";
      case "impute":
        return "imputed";
      case "screen":
        return "screened";
      default:
        return "treated";
    }
  }

  private static Set<Integer> leaves(JsonIn in, Set<String> ids, String path, Plan.Builder b) {
    Set<Integer> out = new LinkedHashSet<>();
    int k = 0;
    for (String id : ids) {
      Integer i = b.index.get(id);
      if (i == null || !b.leaf[i]) {
        in.add(Problem.UNKNOWN_REFERENCE, path + "/" + k, "\"" + id + "\" is not a leaf of /nodes");
      } else {
        out.add(i);
      }
      k++;
    }
    return out;
  }

  /** An imputed cell. */
  static final class Imputed {
    final int leaf;
    final String unit;
    final double value;
    final String how;

    Imputed(int leaf, String unit, double value, String how) {
      this.leaf = leaf;
      this.unit = unit;
      this.value = value;
      this.how = how;
    }
  }

  /** What outlier treatment found and did for one leaf. */
  static final class TreatDetail {
    double skew0;
    double kurt0;
    boolean pass0;
    int nwin = -1;
    double skew1 = Double.NaN;
    double kurt1 = Double.NaN;
    boolean pass1;
    boolean log;
    boolean high;
    String mode = "test";
  }

  /** The prepared values and the record of every step. */
  static final class Result {
    List<String> units;
    int[] rows;
    /** Per node index: the leaf's values after all steps (null for inner nodes). */
    double[][] values;
    /** Per node index: the leaf's cells holding a text code (null when none). */
    final Map<String, double[][]> stages = new LinkedHashMap<>();
    /** Per stage: the units its arrays are indexed by (screening shortens the list). */
    final Map<String, List<String>> stageUnits = new LinkedHashMap<>();
    final List<Imputed> imputed = new ArrayList<>();
    final Map<String, String> excluded = new LinkedHashMap<>();
    final Map<Integer, TreatDetail> treat = new LinkedHashMap<>();
    /** Per node index: which units' values were winsorised (null when none). */
    boolean[][] winsorised;
  }

  static Result run(Plan p, Dataset.Table t, List<String> units, int[] rows) {
    Result r = new Result();
    r.units = new ArrayList<>(units);
    r.rows = rows.clone();
    int count = units.size();
    r.values = new double[p.n][];
    boolean[][] coded = new boolean[p.n][];
    for (int i = 0; i < p.n; i++) {
      if (p.leaf[i]) {
        Dataset.Column c = t.columns.get(p.column[i]);
        r.values[i] = new double[count];
        coded[i] = new boolean[count];
        for (int u = 0; u < count; u++) {
          r.values[i][u] = c == null ? Double.NaN : Evaluator.value(c, rows[u]);
          coded[i][u] = c != null && Evaluator.code(c, rows[u]) != null;
        }
      }
    }
    r.stages.put("raw", copy(r.values));
    r.stageUnits.put("raw", r.units);
    r.winsorised = new boolean[p.n][];
    for (Step s : p.pipeline) {
      if (s instanceof Denominate) {
        denominate(p, t, r, (Denominate) s);
      } else if (s instanceof Impute) {
        impute(p, t, r, coded, (Impute) s);
      } else if (s instanceof Screen) {
        coded = screen(p, r, coded, (Screen) s);
      } else {
        treat(p, r, (Treat) s);
      }
      r.stages.put(s.name, copy(r.values));
      r.stageUnits.put(s.name, r.units);
    }
    return r;
  }

  private static double[][] copy(double[][] v) {
    double[][] out = new double[v.length][];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] == null ? null : v[i].clone();
    }
    return out;
  }

  private static void denominate(Plan p, Dataset.Table t, Result r, Denominate d) {
    for (int i = 0; i < p.n; i++) {
      if (p.leaf[i] && p.denominator[i] != null) {
        Dataset.Column c = t.columns.get(p.denominator[i]);
        for (int u = 0; u < r.units.size(); u++) {
          double den = c == null ? Double.NaN : Evaluator.value(c, r.rows[u]);
          r.values[i][u] = r.values[i][u] / den * d.scale;
        }
      }
    }
  }

  private static void impute(Plan p, Dataset.Table t, Result r, boolean[][] coded, Impute im) {
    int count = r.units.size();
    Dataset.Column groups = im.groupColumn == null ? null : t.columns.get(im.groupColumn);
    for (int i = 0; i < p.n; i++) {
      if (!p.leaf[i] || (im.leaves != null && !im.leaves.contains(i))) {
        continue;
      }
      double[] x = r.values[i];
      double[] filled = x.clone();
      for (int u = 0; u < count; u++) {
        if (x[u] == x[u] || coded[i][u]) {
          continue;
        }
        double v;
        String how;
        switch (im.method) {
          case "mean":
          case "median": {
            v = stat(x, null, null, null, im.method.equals("median"));
            how = im.method + " of the column";
            break;
          }
          case "group-mean":
          case "group-median": {
            String g = groups == null ? null : Evaluator.text(groups, r.rows[u]);
            v = g == null ? Double.NaN : stat(x, groups, r, g, im.method.equals("group-median"));
            how = im.method.substring(6) + " of " + im.groupColumn + " = " + g;
            break;
          }
          default: {
            v = rowMean(p, r, i, u);
            how = "mean of the unit's other normalised indicators under \"" + p.ids[p.parent[i]] + "\", mapped back";
          }
        }
        if (v == v) {
          filled[u] = v;
          r.imputed.add(new Imputed(i, r.units.get(u), v, how));
        }
      }
      r.values[i] = filled;
    }
  }

  private static double stat(double[] x, Dataset.Column groups, Result r, String group, boolean median) {
    double[] in = new double[x.length];
    int n = 0;
    for (int u = 0; u < x.length; u++) {
      if (x[u] == x[u] && (groups == null || group.equals(Evaluator.text(groups, r.rows[u])))) {
        in[n++] = x[u];
      }
    }
    return n == 0 ? Double.NaN : median ? median(Arrays.copyOf(in, n)) : mean(in, n);
  }

  /**
   * The mean, correctly rounded: summed exactly, then divided, so that it does not depend on the order of the
   * values (R's {@code mean} accumulates in extended precision and gets the same result).
   */
  static double mean(double[] v, int n) {
    java.math.BigDecimal s = java.math.BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      s = s.add(new java.math.BigDecimal(v[k]));
    }
    return s.divide(java.math.BigDecimal.valueOf(n), java.math.MathContext.DECIMAL128).doubleValue();
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** The unit's mean of its siblings' min-max-normalised values, mapped back onto this leaf's scale. */
  private static double rowMean(Plan p, Result r, int leaf, int u) {
    int parent = p.parent[leaf];
    if (parent < 0) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (int sib : p.children[parent]) {
      if (sib == leaf || !p.leaf[sib]) {
        continue;
      }
      double v = r.values[sib][u];
      double[] mm = minMax(r.values[sib]);
      if (v == v && mm[1] > mm[0]) {
        sum += (v - mm[0]) / (mm[1] - mm[0]);
        n++;
      }
    }
    double[] own = minMax(r.values[leaf]);
    return n == 0 || !(own[1] >= own[0]) ? Double.NaN : own[0] + sum / n * (own[1] - own[0]);
  }

  static double[] minMax(double[] x) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (v == v) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return new double[] {lo, hi};
  }

  private static boolean[][] screen(Plan p, Result r, boolean[][] coded, Screen s) {
    List<Integer> leaves = new ArrayList<>();
    collectLeaves(p, s.node < 0 ? p.n - 1 : s.node, leaves);
    List<Integer> keep = new ArrayList<>();
    for (int u = 0; u < r.units.size(); u++) {
      String unit = r.units.get(u);
      int have = 0;
      for (int l : leaves) {
        if (r.values[l][u] == r.values[l][u] || coded[l][u]) {
          have++;
        }
      }
      double share = leaves.isEmpty() ? 1 : (double) have / leaves.size();
      if (s.exclude.contains(unit)) {
        r.excluded.put(unit, "excluded by the methodology");
      } else if (share < s.minShare && !s.include.contains(unit)) {
        r.excluded.put(unit, "has " + have + " of " + leaves.size() + " values (" + Builtins.fmt(Math.round(share
            * 10000) / 100.0) + " %), below the minimum share " + Builtins.fmt(s.minShare * 100) + " %");
      } else {
        keep.add(u);
      }
    }
    if (keep.size() == r.units.size()) {
      return coded;
    }
    List<String> units = new ArrayList<>();
    int[] rows = new int[keep.size()];
    for (int k = 0; k < keep.size(); k++) {
      units.add(r.units.get(keep.get(k)));
      rows[k] = r.rows[keep.get(k)];
    }
    double[][] values = new double[p.n][];
    boolean[][] codes = new boolean[p.n][];
    for (int i = 0; i < p.n; i++) {
      if (r.values[i] != null) {
        values[i] = new double[keep.size()];
        codes[i] = new boolean[keep.size()];
        for (int k = 0; k < keep.size(); k++) {
          values[i][k] = r.values[i][keep.get(k)];
          codes[i][k] = coded[i][keep.get(k)];
        }
      }
    }
    // Earlier stages keep their full unit lists; later ones follow the screened list.
    r.units = units;
    r.rows = rows;
    r.values = values;
    return codes;
  }

  private static void collectLeaves(Plan p, int i, List<Integer> out) {
    if (p.leaf[i]) {
      out.add(i);
    }
    for (int c : p.children[i]) {
      collectLeaves(p, c, out);
    }
  }

  private static void treat(Plan p, Result r, Treat t) {
    for (int i = 0; i < p.n; i++) {
      if (!p.leaf[i]) {
        continue;
      }
      String mode = t.mode.getOrDefault(i, "test");
      if (mode.equals("none")) {
        continue;
      }
      int winmax = t.winmaxOf.getOrDefault(i, t.winmax);
      double[] x = r.values[i];
      TreatDetail d = new TreatDetail();
      d.mode = mode;
      double[] sk = skewKurt(x);
      d.skew0 = sk[0];
      d.kurt0 = sk[1];
      d.pass0 = passes(sk, t);
      d.high = sk[0] >= 0;
      r.treat.put(i, d);
      if (d.pass0 && !mode.equals("winsorise")) {
        continue;
      }
      double[] y = x.clone();
      boolean[] changed = new boolean[y.length];
      int nwin = 0;
      double[] now = sk;
      boolean first = true;
      while ((first && mode.equals("winsorise") || !passes(now, t)) && nwin < winmax) {
        first = false;
        nwin = winsorisePass(y, now[0] >= 0, changed);
        if (nwin == 0) {
          break;
        }
        now = skewKurt(y);
      }
      d.nwin = nwin;
      d.skew1 = now[0];
      d.kurt1 = now[1];
      d.pass1 = passes(now, t);
      if (!d.pass1) {
        double[] mm = minMax(x);
        double[] logged = new double[x.length];
        for (int u = 0; u < x.length; u++) {
          logged[u] = Math.log(x[u] - mm[0] + 0.01 * (mm[1] - mm[0]));
        }
        double[] after = skewKurt(logged);
        d.log = true;
        d.skew1 = after[0];
        d.kurt1 = after[1];
        d.pass1 = passes(after, t);
        r.values[i] = logged;
      } else {
        r.values[i] = y;
        r.winsorised[i] = changed;
      }
    }
  }

  private static boolean passes(double[] skewKurt, Treat t) {
    return Math.abs(skewKurt[0]) < t.skew || skewKurt[1] < t.kurtosis;
  }

  /** Sets every position holding the current maximum (or minimum) to the largest (smallest) other value. */
  private static int winsorisePass(double[] y, boolean high, boolean[] changed) {
    double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : y) {
      if (v == v) {
        extreme = high ? Math.max(extreme, v) : Math.min(extreme, v);
      }
    }
    double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    for (double v : y) {
      if (v == v && v != extreme) {
        next = high ? Math.max(next, v) : Math.min(next, v);
      }
    }
    if (Double.isInfinite(next)) {
      return 0;
    }
    int n = 0;
    for (int u = 0; u < y.length; u++) {
      if (y[u] == extreme) {
        y[u] = next;
        changed[u] = true;
        n++;
      }
    }
    return n;
  }

  /** Sample skewness and excess kurtosis, both type 2 (as R's e1071 and COINr), over non-missing values. */
  static double[] skewKurt(double[] x) {
    int n = 0;
    double sum = 0;
    for (double v : x) {
      if (v == v) {
        sum += v;
        n++;
      }
    }
    double mean = sum / n;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      if (v == v) {
        double d = v - mean;
        double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
      }
    }
    double g = Math.sqrt(n) * m3 / Math.pow(m2, 1.5);
    double skew = g * Math.sqrt((double) n * (n - 1)) / (n - 2);
    double r = n * m4 / (m2 * m2);
    double kurt = ((n + 1) * (r - 3) + 6) * (n - 1) / ((double) (n - 2) * (n - 3));
    return new double[] {skew, kurt};
  }
}
