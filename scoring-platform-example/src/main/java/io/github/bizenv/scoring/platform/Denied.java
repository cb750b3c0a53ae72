package io.github.bizenv.scoring.platform;

/** An account tried to submit what is not its to submit; the message says whose it is. */
final class Denied extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Denied(String message) {
    super(message);
  }
}
