package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyConfigTest {

  @TempDir Path dir;

  @Test
  void generatedKeyIsOwnerOnlyAndReused() throws Exception {
    DataDirectory data = new DataDirectory(dir.toString());
    String first = data.secret(PrivacyConfig.KEY_FILE, () -> "generated-once");
    String second = data.secret(PrivacyConfig.KEY_FILE, () -> "generated-twice");
    assertThat(first).isEqualTo("generated-once").isEqualTo(second);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("privacy.key"))))
        .isEqualTo("rw-------");
  }

  @Test
  void embeddedDefaultCreatesAWorkingKey() {
    var guard =
        new PrivacyConfig()
            .privacyGuard(settings(dir.toString(), ""), new DataDirectory(dir.toString()));
    assertThat(guard.pseudonymise("CRM-1")).matches("c_[0-9a-f]{24}");
    assertThat(PrivacyConfig.decode(Files.exists(dir.resolve("privacy.key")) ? read() : ""))
        .hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void shortOrMalformedKeyIsRefusedWithoutShowingIt() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[8]);
    assertThatThrownBy(() -> PrivacyConfig.decode(shortKey))
        .hasMessageContaining("at least 32 bytes")
        .hasMessageNotContaining(shortKey);
    assertThatThrownBy(() -> PrivacyConfig.decode("not base64 !!"))
        .hasMessageContaining("base64")
        .hasMessageNotContaining("not base64 !!");
  }

  private String read() {
    try {
      return Files.readString(dir.resolve("privacy.key"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PulseProperties settings(String dataDir, String key) {
    return new PulseProperties(
        dataDir, new PulseProperties.Privacy(key, true), new PulseProperties.Model(""));
  }
}
