package io.pulse.scoring;

/** Bad input data; the message names the file, the line and the problem. */
public final class InvalidDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message like {@code "x.csv line 17: label must be ..."}. */
  public InvalidDataException(String message) {
    super(message);
  }
}
