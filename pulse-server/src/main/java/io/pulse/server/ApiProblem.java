package io.pulse.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A client error that becomes an RFC 9457 problem response naming the field and, where that is
 * safe, the offending value. Message text is never passed as a value: callers describe it by
 * length.
 */
public final class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String field;
  private final Object value;
  private final Map<String, Object> properties = new LinkedHashMap<>();

  private ApiProblem(HttpStatus status, String title, String detail, String field, Object value) {
    super(writable(detail), null, false, false);
    this.status = status;
    this.title = title;
    this.field = writable(field);
    this.value = value instanceof String text ? writable(text) : value;
  }

  /** 400 "Invalid field": {@code value} may be null when echoing it would be unsafe. */
  public static ApiProblem invalidField(String field, Object value, String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid field", detail, field, value);
  }

  /** 400 "Invalid request" for problems with the request as a whole (syntax, encoding). */
  public static ApiProblem invalidRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, null, null);
  }

  /** 409 "Duplicate interaction": the external id is already stored. */
  public static ApiProblem duplicate(String externalId) {
    return new ApiProblem(
        HttpStatus.CONFLICT,
        "Duplicate interaction",
        "externalId '" + externalId + "' is already stored",
        "externalId",
        externalId);
  }

  /** 413 "Request too large": the body exceeded {@code limitBytes}. */
  public static ApiProblem tooLarge(long limitBytes) {
    return new ApiProblem(
            HttpStatus.CONTENT_TOO_LARGE,
            "Request too large",
            "request body exceeds the limit of " + limitBytes + " bytes",
            null,
            null)
        .with("limitBytes", limitBytes);
  }

  /** 404 "Not found" for a resource named by {@code field} = {@code value}. */
  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, null, null);
  }

  public static ApiProblem notFound(String field, Object value) {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "Not found", "no " + field + " '" + value + "'", field, value);
  }

  /** 409 "Conflict": the request does not fit the current state of the resource. */
  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, null, null);
  }

  /** 403 "Forbidden": the user is signed in but may not see or do this. */
  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, null, null);
  }

  /** Adds an extension member to the problem, e.g. the limit that was exceeded. */
  public ApiProblem with(String name, Object propertyValue) {
    properties.put(name, propertyValue);
    return this;
  }

  /** HTTP status of the problem. */
  public HttpStatus status() {
    return status;
  }

  /** Short, fixed summary of the problem type. */
  public String title() {
    return title;
  }

  /** Name of the offending field or parameter, or null. */
  public String field() {
    return field;
  }

  /** The offending value when safe to echo, or null. */
  public Object value() {
    return value;
  }

  /**
   * The text with NUL characters and unpaired surrogates replaced by U+FFFD: echoed input must not
   * break the JSON writer (a lone surrogate cannot be encoded as UTF-8).
   */
  private static String writable(String text) {
    if (RequestValues.invalidCharacter(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  /** Extension members (e.g. {@code limit}, {@code length}, {@code line}). */
  public Map<String, Object> properties() {
    return Map.copyOf(properties);
  }
}
