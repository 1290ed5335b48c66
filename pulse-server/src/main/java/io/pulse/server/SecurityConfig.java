package io.pulse.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * HTTP Basic authentication with users and roles from configuration ({@link SecurityProperties}).
 * Ingest needs role {@code ingest}; aggregates and pseudonyms {@code analyst}; message text,
 * corrections and spot checks {@code agent} or {@code reviewer}; erasure, access export, retention
 * and the audit trail {@code dpo}; metrics, tokens and model registry changes {@code admin} (see
 * {@link #apiRules}); health and the OpenAPI description are public. Without configured users an
 * {@code admin} user is created with a generated password stored owner-only in the data directory.
 * Repeated failed sign-ins are throttled ({@link LoginThrottle}, HTTP 429 with Retry-After). The
 * same API also accepts a dashboard session ({@link BrowserSecurityConfig}); with a session,
 * requests that change something need the CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
  static final Set<String> ROLES = Set.of("INGEST", "ANALYST", "AGENT", "REVIEWER", "DPO", "ADMIN");
  static final String ADMIN_PASSWORD_FILE = "admin.password";

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ProblemAuthHandlers handlers,
      AuthenticationManager authentication,
      ApiTokens tokens) {
    return http.csrf(BrowserSecurityConfig::apiCsrf)
        .addFilterBefore(
            new ApiTokenFilter(tokens, handlers),
            org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
        .authenticationManager(authentication)
        // Never creates a session, but accepts the dashboard's (BrowserSecurityConfig).
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.requestCache(new NullRequestCache()))
        .httpBasic(basic -> basic.authenticationEntryPoint(handlers))
        .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
        .authorizeHttpRequests(SecurityConfig::apiRules)
        .build();
  }

  /** Roles that read the stored data (analyst: aggregates and pseudonyms, no message text). */
  static final String[] READERS = {"ANALYST", "AGENT", "REVIEWER", "DPO", "ADMIN"};

  /**
   * Who may call what. Message text is further limited inside the endpoints ({@link TextAccess}).
   * Every rule is checked by the authorization matrix test.
   */
  static void apiRules(
      org.springframework.security.config.annotation.web.configurers
                      .AuthorizeHttpRequestsConfigurer<
                  HttpSecurity>
              .AuthorizationManagerRequestMatcherRegistry
          auth) {
    auth.requestMatchers(
            "/actuator/health",
            "/actuator/health/**",
            "/v3/api-docs",
            "/v3/api-docs.yaml",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/error")
        .permitAll()
        // helpdesk and chat webhooks authenticate by the sender's HMAC signature
        .requestMatchers(HttpMethod.POST, "/api/v1/webhooks/*")
        .permitAll()
        // identities: only roles that may see who a customer is
        .requestMatchers(HttpMethod.POST, "/api/v1/customers/pseudonym")
        .hasAnyRole("AGENT", "DPO", "ADMIN")
        .requestMatchers(HttpMethod.DELETE, "/api/v1/customers/*")
        .hasAnyRole("DPO", "ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/v1/customers/*/export")
        .hasAnyRole("DPO", "ADMIN")
        .requestMatchers("/api/v1/audit", "/api/v1/audit/**")
        .hasRole("DPO")
        .requestMatchers("/api/v1/retention", "/api/v1/retention/**")
        .hasAnyRole("DPO", "ADMIN")
        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.POST, "/api/v1/analytics/**")
        .hasAnyRole("ANALYST", "ADMIN")
        .requestMatchers(
            HttpMethod.POST, "/api/v1/alerts/*/acknowledge", "/api/v1/alerts/*/resolve")
        .hasAnyRole("ANALYST", "AGENT", "ADMIN")
        // reading and judging message text
        .requestMatchers(HttpMethod.POST, "/api/v1/interactions/*/correction", "/api/v1/review/**")
        .hasAnyRole("AGENT", "REVIEWER", "ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/v1/review/**")
        .hasAnyRole("AGENT", "REVIEWER", "ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/v1/interactions/*/explanation")
        .hasAnyRole("AGENT", "REVIEWER", "DPO", "ADMIN")
        .requestMatchers(HttpMethod.POST, "/api/v1/models/**")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.DELETE, "/api/v1/models/retrain/*")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.POST, "/api/v1/interactions/rescore-fallback")
        .hasRole("ADMIN")
        .requestMatchers(HttpMethod.POST, "/api/v1/interactions/**")
        .hasAnyRole("INGEST", "ADMIN")
        .requestMatchers(HttpMethod.GET, "/api/v1/**")
        .hasAnyRole(READERS)
        .requestMatchers("/actuator/**")
        .hasRole("ADMIN")
        .anyRequest()
        .denyAll();
  }

  /**
   * Checks HTTP Basic credentials against {@link #users}; verified credentials are remembered for
   * five minutes so that clients sending Basic on every request (ingest) do not pay the password
   * hash each time. Stored passwords are not re-encoded on login.
   */
  @Bean
  AuthenticationManager authenticationManager(
      UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
    passwords.setPasswordEncoder(encoder);
    return new ProviderManager(
        new ThrottledAuthentication(
            new VerifiedCredentialsCache(passwords, Duration.ofMinutes(5), 1024, Clock.systemUTC()),
            throttle));
  }

  /**
   * Failed sign-ins per user name and client address: 5 are free, then the pair is locked for 1 s,
   * doubling with every further failure up to 15 minutes ({@link LoginThrottle}).
   */
  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle(
        5, Duration.ofSeconds(1), Duration.ofMinutes(15), 10_000, Clock.systemUTC());
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(SecurityProperties properties, DataDirectory dir) {
    List<UserDetails> users = new ArrayList<>();
    for (Map.Entry<String, SecurityProperties.UserEntry> entry : properties.users().entrySet()) {
      users.add(user(entry.getKey(), entry.getValue()));
    }
    if (users.isEmpty()) {
      String password = dir.secret(ADMIN_PASSWORD_FILE, SecurityConfig::newPassword);
      LOG.info(
          "no pulse.security.users configured: user 'admin' has the generated password in {}",
          dir.root().resolve(ADMIN_PASSWORD_FILE));
      users.add(
          User.withUsername("admin")
              .password("{noop}" + password)
              .roles("INGEST", "ANALYST", "DPO", "ADMIN")
              .build());
    }
    return new InMemoryUserDetailsManager(users);
  }

  private static UserDetails user(String name, SecurityProperties.UserEntry entry) {
    if (entry.password() == null || entry.password().isBlank()) {
      throw new IllegalStateException("pulse.security.users." + name + ".password is empty");
    }
    List<String> roles = new ArrayList<>();
    for (String role : entry.roles()) {
      String upper = role.strip().toUpperCase(Locale.ROOT);
      if (!ROLES.contains(upper)) {
        throw new IllegalStateException(
            "pulse.security.users."
                + name
                + ".roles must be ingest|analyst|agent|reviewer|dpo|admin; found '"
                + role
                + "'");
      }
      roles.add(upper);
    }
    String password =
        entry.password().startsWith("{") ? entry.password() : "{noop}" + entry.password();
    return User.withUsername(name).password(password).roles(roles.toArray(String[]::new)).build();
  }

  private static String newPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
