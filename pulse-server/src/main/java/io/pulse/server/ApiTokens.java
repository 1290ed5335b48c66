package io.pulse.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens for integrations (table {@code api_tokens}, owned here): a token is {@code pt_} + 43
 * random base64url characters, shown once when created; only its SHA-256 hash is stored. Scope
 * {@code ingest} may only send interactions, {@code read} may only read (as role analyst: no
 * message text). Verified tokens are remembered for {@link #CACHE_TTL} so that ingest clients do
 * not cost a query per request; revoking clears this instance's memory at once (other instances
 * within the TTL).
 */
@Component
class ApiTokens {

  static final String PREFIX = "pt_";
  static final Duration CACHE_TTL = Duration.ofSeconds(60);
  static final List<String> SCOPES = List.of("ingest", "read");

  private final JdbcClient jdbc;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Cached> verified = new ConcurrentHashMap<>();

  ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A token that may be used: its name and scope. */
  record Token(String id, String name, String scope) {}

  /** A stored token as listed (never the secret). */
  record TokenView(
      String id,
      String name,
      String scope,
      String createdBy,
      Instant createdAt,
      Instant revokedAt) {}

  /** A new token with its secret, which is never shown again. */
  record Created(String id, String name, String scope, String token) {}

  private record Cached(Optional<Token> token, Instant until) {}

  Created create(String name, String scope, String user) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "INSERT INTO api_tokens (id, name, scope, token_hash, created_by, created_at)"
                + " VALUES (:id, :name, :scope, :hash, :by, :at)")
        .param("id", id)
        .param("name", name)
        .param("scope", scope)
        .param("hash", hash(token))
        .param("by", user)
        .param("at", clock.instant().atOffset(ZoneOffset.UTC))
        .update();
    return new Created(id, name, scope, token);
  }

  List<TokenView> list() {
    return jdbc.sql(
            "SELECT id, name, scope, created_by, created_at, revoked_at FROM api_tokens"
                + " ORDER BY created_at, id")
        .query((rs, n) -> {
          java.time.OffsetDateTime revoked = rs.getObject(6, java.time.OffsetDateTime.class);
          return new TokenView(
              rs.getString(1),
              rs.getString(2),
              rs.getString(3),
              rs.getString(4),
              rs.getObject(5, java.time.OffsetDateTime.class).toInstant(),
              revoked == null ? null : revoked.toInstant());
        })
        .list();
  }

  /** Revokes a token; false when there is no such token. */
  boolean revoke(String id) {
    int rows =
        jdbc.sql("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, :at) WHERE id = :id")
            .param("at", clock.instant().atOffset(ZoneOffset.UTC))
            .param("id", id)
            .update();
    verified.clear();
    return rows > 0;
  }

  /** The live token for a presented secret, or empty (unknown, revoked, malformed). */
  Optional<Token> verify(String presented) {
    if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(presented);
    Instant now = clock.instant();
    Cached cached = verified.get(hash);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.token();
    }
    Optional<Token> token =
        jdbc.sql(
                "SELECT id, name, scope FROM api_tokens WHERE token_hash = :hash"
                    + " AND revoked_at IS NULL")
            .param("hash", hash)
            .query((rs, n) -> new Token(rs.getString(1), rs.getString(2), rs.getString(3)))
            .optional();
    if (verified.size() > 10_000) {
      verified.clear();
    }
    verified.put(hash, new Cached(token, now.plus(CACHE_TTL)));
    return token;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
