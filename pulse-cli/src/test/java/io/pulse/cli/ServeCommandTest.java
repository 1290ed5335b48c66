package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  private static String banner(Optional<Path> adminPasswordFile) {
    StringWriter text = new StringWriter();
    ServeCommand.banner(new PrintWriter(text, true), 8080, adminPasswordFile, false);
    return text.toString();
  }

  @Test
  void bannerNamesTheGeneratedAdminPasswordFile() {
    assertThat(banner(Optional.of(Path.of("/srv/pulse-data/admin.password"))))
        .contains("http://localhost:8080/")
        .contains("Login:     user 'admin', password in /srv/pulse-data/admin.password");
  }

  @Test
  void bannerPointsToNoPasswordFileWhenUsersAreConfigured() {
    assertThat(banner(Optional.empty()))
        .contains("Login:     the users configured in pulse.security.users")
        .doesNotContain("admin.password");
  }
}
