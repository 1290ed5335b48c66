package io.pulse.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem JSON for 401, 403, 429 (throttled sign-ins) and requests the firewall refuses: these
 * happen in the security filters, before the controllers' advice can see them, so they are written
 * here in the same shape as {@link ProblemHandler}'s.
 */
@Component
class ProblemAuthHandlers
    implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

  private final JsonMapper json;

  ProblemAuthHandlers(JsonMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof ThrottledAuthentication.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many requests",
          "too many failed sign-ins for this user from this address; retry in " + seconds + " s",
          request);
      return;
    }
    // Scripts (the dashboard) mark their requests so that the browser shows no Basic dialog.
    if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"pulse\"");
    }
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Unauthorized",
        "valid credentials are required (HTTP Basic)",
        request);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        response,
        HttpStatus.FORBIDDEN,
        "Forbidden",
        "your role does not allow " + request.getMethod() + " " + request.getRequestURI(),
        request);
  }

  /**
   * The firewall refused the request: its path holds an encoded {@code /}, {@code ;}, {@code %}, a
   * NUL, {@code //} or similar. The path is not echoed.
   */
  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    Map<String, Object> body =
        body(
            HttpStatus.BAD_REQUEST,
            "Invalid field",
            "the request path holds characters that are not allowed (an encoded '/', ';' or '%',"
                + " a NUL character, '//' ...)",
            request);
    body.put("field", "path");
    write(response, HttpStatus.BAD_REQUEST, body);
  }

  private void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      HttpServletRequest request)
      throws IOException {
    write(response, status, body(status, title, detail, request));
  }

  private static Map<String, Object> body(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", ProblemHandler.type(title).toString());
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    return body;
  }

  private void write(HttpServletResponse response, HttpStatus status, Map<String, Object> body)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), body);
  }
}
