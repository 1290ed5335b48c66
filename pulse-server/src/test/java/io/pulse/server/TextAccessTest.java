package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is shown message text, over the API and in the dashboard (a browser session). */
class TextAccessTest {

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
    RequestContextHolder.resetRequestAttributes();
  }

  @ParameterizedTest(name = "{0}, dashboard-text={1}, session={2} -> {3}")
  @CsvSource({
    "ANALYST, true, false, false",
    "INGEST, true, false, false",
    "AGENT, true, false, true",
    "REVIEWER, true, true, true",
    "DPO, true, false, true",
    "ADMIN, true, true, true",
    "ADMIN, false, true, false",
    "AGENT, false, true, false",
    "AGENT, false, false, true"
  })
  void textIsShownByRoleAndTheDashboardSetting(
      String role, boolean dashboardText, boolean session, boolean shown) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "u", null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/interactions");
    if (session) {
      request.setRequestedSessionId("session-1");
    }
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    TextAccess access =
        new TextAccess(
            new PulseProperties(
                "data",
                new PulseProperties.Privacy("", dashboardText),
                new PulseProperties.Model("")));

    assertThat(access.allowed()).isEqualTo(shown);
    if (!shown) {
      assertThatThrownBy(access::require).isInstanceOf(ApiProblem.class);
    }
  }
}
