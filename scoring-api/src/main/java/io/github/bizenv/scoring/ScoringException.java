package io.github.bizenv.scoring;

/**
 * The root of every exception this library throws on purpose.
 *
 * <p>Unchecked: a caller that wants to handle the library's failures catches this one type; a caller that
 * does not is not forced to. Subclasses carry structure ({@link ValidationException} lists every
 * {@link Problem} found).
 */
public class ScoringException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, naming the thing, the rule and the value
   */
  public ScoringException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong, naming the thing, the rule and the value
   * @param cause the underlying failure
   */
  public ScoringException(String message, Throwable cause) {
    super(message, cause);
  }
}
