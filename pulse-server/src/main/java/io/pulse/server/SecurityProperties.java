package io.pulse.server;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users of the API from configuration, e.g. {@code
 * pulse.security.users.crm-sync.password={bcrypt}...} and {@code
 * pulse.security.users.crm-sync.roles=ingest}. Roles: {@code ingest} (write interactions), {@code
 * analyst} (query), {@code admin} (everything, metrics).
 */
@ConfigurationProperties("pulse.security")
record SecurityProperties(Map<String, UserEntry> users) {

  SecurityProperties {
    users = users == null ? Map.of() : Map.copyOf(users);
  }

  /**
   * One user.
   *
   * @param password encoded as {@code {id}secret} ({@code {bcrypt}}, {@code {noop}} ...); a value
   *     without an id prefix is taken as plain text
   * @param roles any of {@code ingest}, {@code analyst}, {@code admin}
   */
  record UserEntry(String password, List<String> roles) {
    UserEntry {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }
}
