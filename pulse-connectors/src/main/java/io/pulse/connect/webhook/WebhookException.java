package io.pulse.connect.webhook;

/** A webhook body that cannot be mapped: names the JSON field and what is wrong with it. */
public final class WebhookException extends RuntimeException {

  private final String field;

  WebhookException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** JSON path of the field, e.g. {@code event.comment.body}. */
  public String field() {
    return field;
  }
}
