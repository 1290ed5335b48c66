package io.pulse.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer pt_...}: authenticates an API token ({@link ApiTokens}) as user
 * {@code token:<name>} with role {@code INGEST} (scope ingest) or {@code ANALYST} (scope read). An
 * unknown or revoked token is answered 401 at once; requests without a bearer token pass on to HTTP
 * Basic and the session.
 */
class ApiTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokens tokens;
  private final AuthenticationEntryPoint entryPoint;

  ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiTokens.Token> token = tokens.verify(header.substring(BEARER.length()).strip());
    if (token.isEmpty()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(
          request, response, new BadCredentialsException("unknown or revoked API token"));
      return;
    }
    String role = token.get().scope().equals("ingest") ? "ROLE_INGEST" : "ROLE_ANALYST";
    var authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            "token:" + token.get().name(), null, AuthorityUtils.createAuthorityList(role));
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
