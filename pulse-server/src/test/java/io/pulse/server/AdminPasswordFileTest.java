package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the start-up banner names as the admin password file, against what security writes. */
class AdminPasswordFileTest {

  @TempDir Path dir;

  @Test
  void withoutConfiguredUsersItIsTheFileHoldingTheGeneratedPassword() throws Exception {
    DataDirectory data = new DataDirectory(dir.toString());
    SecurityProperties none = new SecurityProperties(Map.of());

    var users = new SecurityConfig().users(none, data);

    Path file = PulseServer.adminPasswordFile(none, data).orElseThrow();
    assertThat(file).isEqualTo(dir.toAbsolutePath().normalize().resolve("admin.password"));
    assertThat(users.loadUserByUsername("admin").getPassword())
        .isEqualTo("{noop}" + Files.readString(file).strip());
  }

  @Test
  void withConfiguredUsersThereIsNoneAndNoneIsWritten() {
    DataDirectory data = new DataDirectory(dir.toString());
    SecurityProperties configured =
        new SecurityProperties(
            Map.of("ops", new SecurityProperties.UserEntry("{noop}pw", List.of("admin"))));

    new SecurityConfig().users(configured, data);

    assertThat(PulseServer.adminPasswordFile(configured, data)).isEmpty();
    assertThat(dir.resolve("admin.password")).doesNotExist();
  }
}
