package io.pulse.audit;

import io.pulse.server.Audited;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes the audit row of an {@link Audited} endpoint before the handler runs, so no answer leaves
 * without its row (when the row cannot be written the request fails). Records the endpoint pattern
 * with its path variables, and the customer pseudonym when a path variable or the {@code customer}
 * parameter names one; a variable that is not a pseudonym or a number is left out (it could be a
 * raw reference).
 */
class AuditInterceptor implements HandlerInterceptor {

  private static final Pattern PSEUDONYM = Pattern.compile("c_[0-9a-f]{24}");
  private static final Pattern SAFE = Pattern.compile("[0-9A-Za-z._:-]{1,100}");

  private final AuditTrail trail;

  AuditInterceptor(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Audited audited = method.getMethodAnnotation(Audited.class);
    if (audited == null) {
      return true;
    }
    String subject = null;
    Map<String, Object> detail = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables != null) {
      for (Map.Entry<String, String> v : variables.entrySet()) {
        if (PSEUDONYM.matcher(v.getValue()).matches()) {
          subject = v.getValue();
        } else if (SAFE.matcher(v.getValue()).matches()) {
          detail.put(v.getKey(), v.getValue());
        }
      }
    }
    String customer = request.getParameter("customer");
    if (subject == null && customer != null && PSEUDONYM.matcher(customer).matches()) {
      subject = customer;
    }
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    Principal user = request.getUserPrincipal();
    trail.record(
        user == null ? null : user.getName(),
        audited.value(),
        subject,
        request.getMethod() + " " + pattern,
        detail);
    return true;
  }
}
