package io.github.bizenv.scoring.benchmarks;

import io.github.bizenv.scoring.engine.Dataset;
import io.github.bizenv.scoring.methodology.Band;
import io.github.bizenv.scoring.methodology.Grades;
import io.github.bizenv.scoring.methodology.ImmutableMethodology;
import io.github.bizenv.scoring.methodology.Methodology;
import io.github.bizenv.scoring.methodology.Node;
import io.github.bizenv.scoring.methodology.Normalizers;
import io.github.bizenv.scoring.methodology.Quota;
import io.github.bizenv.scoring.methodology.Rules;
import io.github.bizenv.scoring.model.Direction;
import io.github.bizenv.scoring.model.LocalizedText;
import io.github.bizenv.scoring.model.Period;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A deterministic national data set and its methodology, at any size: the 2,844 county-level units of China ×
 * 300 indicators × 12 monthly periods by default (10.2 million observations), under a four-level tree (root → 6
 * areas → 10 sub-areas each → 5 indicators each) with fixed goalposts on even indicators and fitted min-max on
 * odd ones, weighted means (sub-areas need 60 % of their weight present), an override rule at the root (a
 * national rank of 10 or better gives full marks), three grades with a 20 % quota, and ranks. About 2 % of the
 * values are missing. The same seed always gives the same values, in memory or as CSV files, wide or long.
 *
 * <p>Benchmarks use it at full size; tests use it small (a few units and indicators).
 */
public final class NationalData {

  /** The default number of units: China's county-level divisions. */
  public static final int UNITS = 2844;
  /** The default number of periods: the months of a year. */
  public static final int PERIODS = 12;

  final int units;
  final int areas;
  final int subAreas;
  final int indicators;
  final int periods;
  final long seed;

  /**
   * A data set of a given shape.
   *
   * @param units how many units
   * @param areas how many areas under the root
   * @param subAreas how many sub-areas per area
   * @param indicators how many indicators per sub-area
   * @param periods how many monthly periods, from 2021-01
   * @param seed the seed of the values
   */
  public NationalData(int units, int areas, int subAreas, int indicators, int periods, long seed) {
    this.units = units;
    this.areas = areas;
    this.subAreas = subAreas;
    this.indicators = indicators;
    this.periods = periods;
    this.seed = seed;
  }

  /**
   * The national data set: 2,844 units × 300 indicators × 12 months.
   *
   * @return the data set's shape
   */
  public static NationalData national() {
    return new NationalData(UNITS, 6, 10, 5, PERIODS, 2844);
  }

  /**
   * How many leaves the methodology has.
   *
   * @return areas × sub-areas × indicators
   */
  public int leaves() {
    return areas * subAreas * indicators;
  }

  /**
   * The i-th period.
   *
   * @param p 0-based
   * @return the month
   */
  public Period period(int p) {
    return Period.parse(String.format(java.util.Locale.ROOT, "2021-%02d", p + 1));
  }

  static String unit(int u) {
    return "u" + u;
  }

  static String indicator(int i) {
    return "i" + i;
  }

  /** Whether leaf i is scored by fixed goalposts (else by fitted min-max). */
  static boolean goalposts(int i) {
    return i % 2 == 0;
  }

  static boolean lowerIsBetter(int i) {
    return i % 3 == 0;
  }

  static double leafWeight(int i) {
    return 1 + i % 4;
  }

  static double areaWeight(int a) {
    return 1 + a % 3;
  }

  /**
   * The methodology.
   *
   * @return the four-level methodology
   */
  public Methodology methodology() {
    ImmutableMethodology.Builder m = Methodology.builder().id("national").name(LocalizedText.of("全国营商环境评价（基准）",
        "National benchmark"));
    m.addNode(Node.root("root").addRule(Rules.override(Rules.atMost("national-rank", 10))).build());
    int leaf = 0;
    for (int a = 0; a < areas; a++) {
      String area = "a" + a;
      m.addNode(Node.inner(area, "root").weight(areaWeight(a)).build());
      for (int s = 0; s < subAreas; s++) {
        String sub = area + ".s" + s;
        m.addNode(Node.inner(sub, area).minShare(0.6).build());
        for (int k = 0; k < indicators; k++) {
          String id = indicator(leaf);
          m.addNode(Node.leaf(id, sub, id).weight(leafWeight(leaf))
              .direction(lowerIsBetter(leaf) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER)
              .normalizer(goalposts(leaf) ? Normalizers.goalposts(0, 1000) : Normalizers.minMax()).build());
          leaf++;
        }
      }
    }
    return m.grades(Grades.builder().addBands(Band.of("A", 70), Band.of("B", 50), Band.rest("C"))
        .quota(Quota.of("A", 0.2)).build()).build();
  }

  /** Receives the values in order: period by period, unit by unit, leaf by leaf. */
  interface Visitor {
    void value(int period, int unit, int leaf, double v);

    void missing(int period, int unit, int leaf);

    void rank(int period, int unit, double rank);
  }

  void visit(Visitor v) {
    SplittableRandom r = new SplittableRandom(seed);
    int leaves = leaves();
    for (int p = 0; p < periods; p++) {
      for (int u = 0; u < units; u++) {
        for (int i = 0; i < leaves; i++) {
          if (r.nextInt(50) == 0) {
            v.missing(p, u, i);
          } else {
            v.value(p, u, i, Math.round(r.nextDouble() * 100000) / 100.0);
          }
        }
        v.rank(p, u, u % 100 == 0 ? 1 + r.nextInt(80) : Double.NaN);
      }
    }
  }

  /**
   * The data set in memory.
   *
   * @return every period's values
   */
  public Dataset dataset() {
    Dataset.Builder b = Dataset.builder();
    Period[] ps = new Period[periods];
    for (int p = 0; p < periods; p++) {
      ps[p] = period(p);
    }
    visit(new Visitor() {
      @Override
      public void value(int period, int unit, int leaf, double v) {
        b.value(ps[period], unit(unit), indicator(leaf), v);
      }

      @Override
      public void missing(int period, int unit, int leaf) {
        b.unit(ps[period], unit(unit));
      }

      @Override
      public void rank(int period, int unit, double rank) {
        if (rank == rank) {
          b.value(ps[period], unit(unit), "national-rank", rank);
        }
      }
    });
    return b.build();
  }

  /**
   * Writes the data set as a wide CSV table: {@code unit,period,i0,…,national-rank}.
   *
   * @param file where
   */
  public void writeWide(Path file) {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("unit,period");
      for (int i = 0; i < leaves(); i++) {
        w.write("," + indicator(i));
      }
      w.write(",national-rank\n");
      String[] ps = new String[periods];
      for (int p = 0; p < periods; p++) {
        ps[p] = period(p).toString();
      }
      StringBuilder row = new StringBuilder();
      visit(new Visitor() {
        @Override
        public void value(int period, int unit, int leaf, double v) {
          start(period, unit, leaf);
          row.append(',').append(plain(v));
        }

        @Override
        public void missing(int period, int unit, int leaf) {
          start(period, unit, leaf);
          row.append(',');
        }

        private void start(int period, int unit, int leaf) {
          if (leaf == 0) {
            row.setLength(0);
            row.append(unit(unit)).append(',').append(ps[period]);
          }
        }

        @Override
        public void rank(int period, int unit, double rank) {
          row.append(',');
          if (rank == rank) {
            row.append(plain(rank));
          }
          row.append('\n');
          try {
            w.append(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the data set as a long CSV table: {@code unit,indicator,period,value}, one row per value present.
   *
   * @param file where
   */
  public void writeLong(Path file) {
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("unit,indicator,period,value\n");
      String[] ps = new String[periods];
      for (int p = 0; p < periods; p++) {
        ps[p] = period(p).toString();
      }
      StringBuilder row = new StringBuilder();
      visit(new Visitor() {
        @Override
        public void value(int period, int unit, int leaf, double v) {
          write(unit(unit), indicator(leaf), ps[period], v);
        }

        @Override
        public void missing(int period, int unit, int leaf) {}

        @Override
        public void rank(int period, int unit, double rank) {
          if (rank == rank) {
            write(unit(unit), "national-rank", ps[period], rank);
          }
        }

        private void write(String unit, String indicator, String period, double v) {
          row.setLength(0);
          row.append(unit).append(',').append(indicator).append(',').append(period).append(',').append(plain(v))
              .append('\n');
          try {
            w.append(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String plain(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
