package io.pulse.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may read message text (always redacted): roles {@code agent}, {@code reviewer}, {@code dpo}
 * and {@code admin}; never {@code analyst} (aggregates and pseudonyms only) nor an {@code ingest}
 * client. With {@code pulse.privacy.dashboard-text=false} a browser session gets no text whatever
 * its roles. Endpoints that return text ask here and leave the text out otherwise.
 */
@Component
public class TextAccess {

  static final Set<String> TEXT_ROLES =
      Set.of("ROLE_AGENT", "ROLE_REVIEWER", "ROLE_DPO", "ROLE_ADMIN");

  private final boolean dashboardText;

  TextAccess(PulseProperties settings) {
    this.dashboardText = settings.privacy().dashboardText();
  }

  /** True when the current request's user may read message text. */
  public boolean allowed() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null) {
      return false;
    }
    boolean role =
        user.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(TEXT_ROLES::contains);
    return role && (dashboardText || !browserSession());
  }

  /** True when the current user has one of the roles (names without {@code ROLE_}). */
  public boolean hasAnyRole(String... roles) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null) {
      return false;
    }
    Set<String> wanted = new java.util.HashSet<>();
    for (String role : roles) {
      wanted.add("ROLE_" + role);
    }
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(wanted::contains);
  }

  /** Throws 403 unless {@link #allowed()}. */
  public void require() {
    if (!allowed()) {
      throw ApiProblem.forbidden("message text is not shown to this user");
    }
  }

  private static boolean browserSession() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
      HttpServletRequest request = a.getRequest();
      return request.getRequestedSessionId() != null;
    }
    return false;
  }
}
