package io.pulse.server;

import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where errors become RFC 9457 problem JSON. Details name the field and value but
 * never message text, and server errors are logged by exception type only: exception messages from
 * lower layers may quote data.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
  static final String TYPE_BASE = "https://pulse.io/problems/";

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    return ResponseEntity.status(problem.status()).body(toDetail(problem));
  }

  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<ProblemDetail> storage(DataAccessException e) {
    LOG.error("storage failure: {}", e.getClass().getName());
    ProblemDetail detail =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Storage unavailable",
            "the interaction store could not complete the request; retry later");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(detail);
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
    if (body instanceof ProblemDetail detail
        && detail.getType().equals(URI.create("about:blank"))) {
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
    detail.setType(
        URI.create(TYPE_BASE + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
    return detail;
  }

  private static String firstFrame(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }
}
