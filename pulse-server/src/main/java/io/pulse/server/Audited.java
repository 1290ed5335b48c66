package io.pulse.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose every call is written to the audit trail before it answers (who, when,
 * the endpoint and its ids, the customer pseudonym when the request names one). Endpoints that
 * return message text or a customer's timeline, correct, or change the model must carry it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

  /** The action recorded, e.g. {@code read-text}, {@code correct}, {@code model-activate}. */
  String value();
}
