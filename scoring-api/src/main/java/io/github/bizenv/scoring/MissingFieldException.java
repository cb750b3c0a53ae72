package io.github.bizenv.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by a builder whose {@code build()} is called before every required field is set: one
 * {@link Problem#MISSING_FIELD} problem per field, each with the field's JSON pointer ({@code /id}).
 *
 * <p>The model's generated builders throw it, so that a value built in code fails the same way a document
 * missing the same field fails: with a {@link ValidationException}.
 */
public final class MissingFieldException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception naming the fields that were not set.
   *
   * @param fields the names of the missing fields; at least one
   */
  public MissingFieldException(String... fields) {
    super("builder", problems(fields));
  }

  private static List<Problem> problems(String... fields) {
    List<Problem> out = new ArrayList<>();
    for (String f : fields) {
      out.add(Problem.of(Problem.MISSING_FIELD, "/" + f, "required field \"" + f + "\" is not set"));
    }
    if (out.isEmpty()) {
      out.add(Problem.of(Problem.MISSING_FIELD, "", "a required field is not set"));
    }
    return out;
  }
}
