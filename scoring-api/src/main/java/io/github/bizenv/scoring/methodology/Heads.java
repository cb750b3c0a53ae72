package io.github.bizenv.scoring.methodology;

import io.github.bizenv.scoring.Problem;
import io.github.bizenv.scoring.model.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the units' heads (主要负责人) are graded: their own grades, best first, and the head's grade for each of the
 * units' grades — e.g. a unit graded 优秀 makes its head 优秀, a unit graded 良好 makes its head 称职.
 *
 * <pre>{@code
 * Heads.builder().addGrades("优秀", "称职", "基本称职", "不称职")
 *     .putFrom("优秀", "优秀").putFrom("良好", "称职").putFrom("一般", "基本称职").putFrom("较差", "不称职").build();
 * }</pre>
 *
 * <p>Every band of the methodology's {@link Grades} must map to one of {@link #grades()}; the methodology checks
 * that.
 */
@Value.Immutable
public abstract class Heads {

  Heads() {}

  /**
   * The scheme's name, e.g. 主要负责人年度考核等次.
   *
   * @return the name, if given
   */
  public abstract Optional<LocalizedText> name();

  /**
   * The heads' grades, best first.
   *
   * @return at least one grade
   */
  public abstract List<String> grades();

  /**
   * The head's grade for each unit grade.
   *
   * @return unit grade → head grade
   */
  public abstract Map<String, String> from();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableHeads.Builder builder() {
    return ImmutableHeads.builder();
  }

  @Value.Check
  void check() {
    Check c = new Check();
    c.require(!grades().isEmpty(), Problem.MISSING_FIELD, "/grades", "the heads' scheme needs a non-empty \"grades\""
        + " list, e.g. [\"优秀\", \"称职\", \"基本称职\", \"不称职\"]");
    for (int k = 0; k < grades().size(); k++) {
      String g = grades().get(k);
      c.text("/grades/" + k, g, "a head's grade");
      c.require(grades().indexOf(g) == k, Problem.DUPLICATE_ID, "/grades/" + k, "head grade " + Codes.quote(g)
          + " is listed twice");
    }
    from().forEach((unit, head) -> c.require(grades().contains(head), Problem.UNKNOWN_REFERENCE,
        "/from/" + Check.escape(unit), "head grade " + Codes.quote(head) + " is not one of /heads/grades "
            + grades()));
    c.throwIfAny("Heads");
  }
}
