package io.pulse.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Browser sign-in for the dashboard: a form login at {@code /login} (the same users and passwords
 * as HTTP Basic) that keeps the user in a session. The dashboard's pages need role analyst or
 * admin; their scripts call the ordinary API with the session cookie, which {@link
 * SecurityConfig}'s API chain accepts next to HTTP Basic. Requests that change something with a
 * session must carry the CSRF token (cookie {@code XSRF-TOKEN}, echoed in header {@code
 * X-XSRF-TOKEN}); Basic clients without a session are unaffected. Pages get a
 * Content-Security-Policy that allows scripts from the server only.
 */
@Configuration(proxyBeanMethods = false)
class BrowserSecurityConfig {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  /** Requests that change state on behalf of a browser session: these need the CSRF token. */
  static final RequestMatcher SESSION_WRITES =
      request -> !SAFE_METHODS.contains(request.getMethod()) && hasSession(request);

  @Bean
  @Order(1)
  SecurityFilterChain dashboardSecurity(HttpSecurity http, AuthenticationManager authentication) {
    return http.securityMatcher(
            "/",
            "/login",
            "/logout",
            "/default-ui.css",
            "/favicon.ico",
            "/dashboard",
            "/dashboard/**",
            "/webjars/**")
        .authenticationManager(authentication)
        .csrf(CsrfConfigurer::spa)
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard/", false))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .authorizeHttpRequests(auth ->
            // The login page's stylesheet and icon must not meet the API's Basic challenge: a
            // browser waits for credentials there and the page never finishes loading.
            auth.requestMatchers("/", "/login", "/default-ui.css", "/favicon.ico", "/webjars/**")
                .permitAll()
                .requestMatchers("/dashboard", "/dashboard/**")
                .hasAnyRole(SecurityConfig.READERS)
                .anyRequest()
                .denyAll())
        .build();
  }

  /**
   * CSRF for the API chain: only {@link #SESSION_WRITES} are checked, against the dashboard's
   * cookie; the token is never generated there, so API responses set no cookie.
   */
  static void apiCsrf(CsrfConfigurer<HttpSecurity> csrf) {
    csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
        .requireCsrfProtectionMatcher(SESSION_WRITES);
  }

  private static boolean hasSession(HttpServletRequest request) {
    return request.getRequestedSessionId() != null;
  }
}
