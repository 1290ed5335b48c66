package io.pulse.server;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The one place where errors become RFC 9457 problem JSON. Details name the field and value but
 * never message text, and server errors are logged by exception type only: exception messages from
 * lower layers may quote data.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  static final String TYPE_BASE = "https://pulse.io/problems/";

  /** What a client should wait before retrying after a storage failure. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    return ResponseEntity.status(problem.status()).body(toDetail(problem));
  }

  /**
   * A value the database refuses (a NUL character, a number or date out of its range): the request
   * is at fault and retrying cannot help. Fields are validated before they reach the database; this
   * is the net below that.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> refusedValue(DataIntegrityViolationException e) {
    LOG.warn("value refused by the database: {}", e.getClass().getName());
    ApiProblem problem =
        ApiProblem.invalidRequest("a value of the request cannot be stored or compared");
    return ResponseEntity.badRequest().body(toDetail(problem));
  }

  /**
   * The database is unreachable or failed mid-transaction: 503 with Retry-After. Whatever part of a
   * bulk request was stored is reported as duplicates when it is sent again.
   */
  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ResponseEntity<ProblemDetail> storage(RuntimeException e) {
    LOG.error("storage failure: {}", e.getClass().getName());
    ProblemDetail detail =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Storage unavailable",
            "the interaction store could not complete the request; retry later");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()))
        .body(detail);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    LOG.error("unexpected failure: {} at {}", e.getClass().getName(), firstFrame(e));
    ProblemDetail detail =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "the server could not complete it");
    return ResponseEntity.internalServerError().body(detail);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ApiProblem problem = ApiProblem.tooLarge(ex.getMaxUploadSize());
    return ResponseEntity.status(problem.status()).body(toDetail(problem));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ApiProblem problem =
        ApiProblem.invalidField(
            ex.getParameterName(), null, ex.getParameterName() + " is required");
    return ResponseEntity.badRequest().body(toDetail(problem));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String part = ex.getRequestPartName();
    ApiProblem problem =
        ApiProblem.invalidField(part, null, "form part '" + part + "' is required");
    return ResponseEntity.badRequest().body(toDetail(problem));
  }

  /**
   * Unreadable bodies: the parser's message may quote the body, so it is neither shown nor logged.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = fieldOf(ex);
    ApiProblem problem =
        field == null
            ? ApiProblem.invalidRequest(
                "request body is missing or not readable as JSON of this shape")
            : ApiProblem.invalidField(field, null, field + " has a value of the wrong type");
    return ResponseEntity.badRequest().body(toDetail(problem));
  }

  /** The JSON property the parser failed in, from its path (e.g. {@code label}), or null. */
  private static String fieldOf(HttpMessageNotReadableException ex) {
    if (ex.getCause() instanceof JacksonException jackson) {
      return jackson.getPath().stream()
          .map(JacksonException.Reference::getPropertyName)
          .filter(Objects::nonNull)
          .reduce((first, last) -> last)
          .orElse(null);
    }
    return null;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
    String expected =
        ex.getRequiredType() == null
            ? "a valid value"
            : ex.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT);
    ApiProblem problem =
        ApiProblem.invalidField(
            ex.getName(),
            String.valueOf(ex.getValue()),
            ex.getName() + " must be " + expected + "; found '" + ex.getValue() + "'");
    return ResponseEntity.badRequest().body(toDetail(problem));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    // Spring's own problems (415, 405, missing part ...) come without a type or as about:blank.
    if (body instanceof ProblemDetail detail
        && (detail.getType() == null || detail.getType().equals(URI.create("about:blank")))) {
      detail.setType(URI.create(TYPE_BASE + statusCode.value()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  static ProblemDetail toDetail(ApiProblem problem) {
    ProblemDetail detail = problem(problem.status(), problem.title(), problem.getMessage());
    if (problem.field() != null) {
      detail.setProperty("field", problem.field());
    }
    if (problem.value() != null) {
      detail.setProperty("value", problem.value());
    }
    problem.properties().forEach(detail::setProperty);
    return detail;
  }

  static ProblemDetail problem(HttpStatus status, String title, String detailText) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, detailText);
    detail.setTitle(title);
    detail.setType(type(title));
    return detail;
  }

  /** The problem type of a title: {@code Too many requests} -> {@code .../too-many-requests}. */
  static URI type(String title) {
    return URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
  }

  private static String firstFrame(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }
}
