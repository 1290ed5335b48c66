package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class BrowserSecurityTest extends H2ServerTest {

  @Autowired MockMvc mvc;

  @Test
  void rootRedirectsToTheDashboardWhichNeedsALogin() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/dashboard/"));
    mvc.perform(get("/dashboard/"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    mvc.perform(get("/login")).andExpect(status().isOk());
  }

  @Test
  void analystSignsInAndTheSessionReadsTheApi() throws Exception {
    MockHttpSession session = signIn("analyst", "analyst-pw");
    mvc.perform(get("/dashboard/").session(session))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("script-src 'self'")));
    mvc.perform(get("/api/v1/dashboard/overview").session(session).with(sessionCookie(session)))
        .andExpect(status().isOk());
  }

  @Test
  void wrongPasswordDoesNotSignIn() throws Exception {
    mvc.perform(formLogin("/login").user("analyst").password("nope"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?error"));
  }

  @Test
  void ingestUserCannotOpenTheDashboard() throws Exception {
    MockHttpSession session = signIn("ingest", "ingest-pw");
    mvc.perform(get("/dashboard/").session(session)).andExpect(status().isForbidden());
  }

  @Test
  void sessionWritesNeedTheCsrfToken() throws Exception {
    MockHttpSession session = signIn("analyst", "analyst-pw");
    mvc.perform(
            post("/api/v1/alerts/no-such-alert/acknowledge")
                .session(session)
                .with(sessionCookie(session)))
        .andExpect(status().isForbidden());
    // With the token the request reaches the controller: the alert does not exist.
    mvc.perform(
            post("/api/v1/alerts/no-such-alert/acknowledge")
                .session(session)
                .with(sessionCookie(session))
                .with(csrf().asHeader()))
        .andExpect(status().isNotFound());
  }

  @Test
  void basicClientsNeedNoTokenAndGetNoCookies() throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/v1/alerts/no-such-alert/acknowledge")
                    .with(httpBasic("analyst", "analyst-pw")))
            .andExpect(status().isNotFound())
            .andReturn();
    assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
    assertThat(result.getRequest().getSession(false)).isNull();
  }

  @Test
  void scriptedRequestsGetNoBasicChallenge() throws Exception {
    mvc.perform(get("/api/v1/dashboard/overview").header("X-Requested-With", "XMLHttpRequest"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().doesNotExist("WWW-Authenticate"));
  }

  private MockHttpSession signIn(String user, String password) throws Exception {
    MvcResult login =
        mvc.perform(formLogin("/login").user(user).password(password))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
    assertThat(session).isNotNull();
    return session;
  }

  /**
   * What a browser sends with a session: the session cookie, so the server knows one was asked for.
   */
  private static RequestPostProcessor sessionCookie(MockHttpSession session) {
    return request -> {
      request.setCookies(new Cookie("JSESSIONID", session.getId()));
      request.setRequestedSessionId(session.getId());
      return request;
    };
  }
}
