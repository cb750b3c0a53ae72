package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How units are graded (等次评定): bands by score at a node, best band first, optionally with a quota.
 *
 * <pre>{@code
 * Grades.builder().addBands(Band.of("优秀", 90), Band.of("良好", 80), Band.of("一般", 60), Band.rest("较差"))
 *     .quota(Quota.of("优秀", 0.2)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Grades {

  Grades() {}

  /**
   * The node whose score is graded.
   *
   * @return the node's id; empty for the root
   */
  public abstract Optional<String> node();

  /**
   * Whether a score equal to a band's minimum is in the band.
   *
   * @return the edge rule; min-inclusive by default
   */
  @Value.Default
  public GradeEdge edge() {
    return GradeEdge.MIN_INCLUSIVE;
  }

  /**
   * Whether the unrounded or the presented scores are graded.
   *
   * @return the basis; unrounded by default
   */
  @Value.Default
  public ScoreBasis basis() {
    return ScoreBasis.UNROUNDED;
  }

  /**
   * The bands, best first, their minimums decreasing.
   *
   * @return at least one band
   */
  public abstract List<Band> bands();

  /**
   * A quota on one band.
   *
   * @return the quota, if any
   */
  public abstract Optional<Quota> quota();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableGrades.Builder builder() {
    return ImmutableGrades.builder();
  }

  /**
   * The position of a band.
   *
   * @param name a band's name
   * @return its index in {@link #bands()}, or -1
   */
  public int indexOf(String name) {
    for (int i = 0; i < bands().size(); i++) {
      if (bands().get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Value.Check
  void check() {
    Check c = new Check();
    node().ifPresent(n -> c.id("/node", n, "node"));
    c.require(!bands().isEmpty(), Problem.MISSING_FIELD, "/bands", "grades need at least one band");
    double previous = Double.POSITIVE_INFINITY;
    for (int k = 0; k < bands().size(); k++) {
      Band b = bands().get(k);
      String p = "/bands/" + k;
      if (b.min().isPresent()) {
        double min = b.min().getAsDouble();
        c.require(min < previous, Problem.ORDER, p + "/min", "band minimums must decrease: " + Codes.fmt(min)
            + " after " + Codes.fmt(previous));
        previous = min;
      } else {
        c.require(k == bands().size() - 1, Problem.MISSING_FIELD, p + "/min", "only the last band may omit \"min\"");
      }
      c.require(indexOf(b.name()) == k, Problem.DUPLICATE_ID, p + "/name", "band " + Codes.quote(b.name())
          + " is listed twice");
    }
    quota().ifPresent(q -> {
      int i = indexOf(q.band());
      List<String> names = new java.util.ArrayList<>();
      bands().forEach(b -> names.add(b.name()));
      c.require(i >= 0, Problem.UNKNOWN_REFERENCE, "/quota/band", "band " + Codes.quote(q.band()) + " is not one of "
          + names);
      c.require(i < 0 || i < bands().size() - 1, Problem.INCONSISTENT, "/quota/band",
          "the last band cannot have a quota: there is no band below");
    });
    c.throwIfAny("Grades");
  }
}
