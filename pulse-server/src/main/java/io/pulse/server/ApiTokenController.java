package io.pulse.server;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens for integrations over HTTP (role admin; creating and revoking is audited). */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens", description = "Hashed, scoped API tokens for integrations (admin)")
class ApiTokenController {

  private final ApiTokens tokens;

  ApiTokenController(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Operation(
      summary = "Create a token: scope ingest (send interactions only) or read (read-only)",
      description =
          "Body {\"name\":\"crm-sync\",\"scope\":\"ingest\"}. The answer holds the token once;"
              + " send it as 'Authorization: Bearer pt_...'. Only its SHA-256 hash is stored.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Audited("token-create")
  ApiTokens.Created create(@RequestBody Map<String, String> body, Principal user) {
    String name = body == null ? null : body.get("name");
    String scope = body == null ? null : body.get("scope");
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ApiProblem.invalidField("name", name, "name is required (at most 100 characters)");
    }
    RequestValues.checkText("name", name);
    String s = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
    if (!ApiTokens.SCOPES.contains(s)) {
      throw ApiProblem.invalidField(
          "scope", scope, "scope must be ingest|read; found '" + scope + "'");
    }
    return tokens.create(name.strip(), s, user.getName());
  }

  @Operation(summary = "Tokens (never their secrets)")
  @GetMapping
  List<ApiTokens.TokenView> list() {
    return tokens.list();
  }

  @Operation(summary = "Revoke a token")
  @DeleteMapping("/{id}")
  @Audited("token-revoke")
  Map<String, String> revoke(@PathVariable String id) {
    if (!tokens.revoke(id)) {
      throw ApiProblem.notFound("token", id);
    }
    return Map.of("id", id, "status", "revoked");
  }
}
