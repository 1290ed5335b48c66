package io.pulse.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.alerts.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class AlertSettingsTest {

  @TempDir Path dir;

  @Test
  void nothingConfiguredMeansDefaultsWithoutNotifications() {
    AlertSettings settings = AlertSettingsSource.read(environment(Map.of()));

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.config().bands().greenLower()).isEqualTo(0.3);
    assertThat(settings.webhookSettings()).isNull();
    assertThat(settings.mailSettings()).isNull();
    assertThat(settings.tick()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void springPropertiesConfigureEngineWebhookAndMail() {
    AlertSettings settings =
        AlertSettingsSource.read(
            environment(
                Map.of(
                    "pulse.alerts.bands.green.lower", "0.4",
                    "pulse.alerts.trend.dimensions", "product,topic",
                    "pulse.alerts.escalation.red.review", "PT30M",
                    "pulse.alerts.webhook.url", "https://hooks.example.com/pulse",
                    "pulse.alerts.webhook.secret", "0123456789abcdef0123",
                    "pulse.alerts.mail.host", "smtp.example.com",
                    "pulse.alerts.mail.from", "pulse@example.com",
                    "pulse.alerts.mail.recipients.management", "boss@example.com, ceo@example.com",
                    "pulse.alerts.tick", "PT5S")));

    assertThat(settings.config().bands().greenLower()).isEqualTo(0.4);
    assertThat(settings.config().trend().dimensions())
        .containsExactlyInAnyOrder(Dimension.PRODUCT, Dimension.TOPIC);
    assertThat(settings.config().escalation().redReview()).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.webhookSettings().url()).hasToString("https://hooks.example.com/pulse");
    assertThat(settings.mailSettings().recipients())
        .containsEntry("management", List.of("boss@example.com", "ceo@example.com"));
    assertThat(settings.mailSettings().port()).isEqualTo(25);
    assertThat(settings.tick()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void yamlFileIsFlattenedAndSpringPropertiesWin() throws IOException {
    Path file = dir.resolve("alerts.yaml");
    Files.writeString(
        file,
        """
        alerts:
          bands:
            green: {lower: 0.35}
            orange: {lower: -0.6}
          trend:
            dimensions: [product]
            negative-count: 20
          cooldown: PT12H
        """);

    AlertSettings settings =
        AlertSettingsSource.read(
            environment(
                Map.of(
                    "pulse.alerts.file",
                    file.toString(),
                    "pulse.alerts.trend.negative-count",
                    "30")));

    assertThat(settings.config().bands().greenLower()).isEqualTo(0.35);
    assertThat(settings.config().bands().orangeLower()).isEqualTo(-0.6);
    assertThat(settings.config().trend().dimensions()).containsExactly(Dimension.PRODUCT);
    assertThat(settings.config().trend().negativeCount()).isEqualTo(30);
    assertThat(settings.config().cooldown()).isEqualTo(Duration.ofHours(12));
  }

  @Test
  void jsonFileWorksToo() throws IOException {
    Path file = dir.resolve("alerts.json");
    Files.writeString(
        file,
        "{\"bands\": {\"yellow\": {\"lower\": -0.1}}, \"escalation\": {\"orange\": {\"review\": \"PT2H\"}}}");

    AlertSettings settings =
        AlertSettingsSource.read(environment(Map.of("pulse.alerts.file", file.toString())));

    assertThat(settings.config().bands().yellowLower()).isEqualTo(-0.1);
    assertThat(settings.config().escalation().orangeReview()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void invalidValuesNameSourceSettingRuleAndValue() throws IOException {
    assertThatThrownBy(() ->
            AlertSettingsSource.read(
                environment(Map.of("pulse.alerts.bands.orange.lower", "-0.1"))))
        .hasMessage(
            "invalid alert settings (Spring properties pulse.alerts.*): invalid alert"
                + " configuration: alerts.bands.orange.lower must be < alerts.bands.yellow.lower,"
                + " found -0.1 >= -0.2");
    assertThatThrownBy(
            () -> AlertSettingsSource.read(environment(Map.of("pulse.alerts.cooldown", "6 hours"))))
        .hasMessageContaining(
            "alerts.cooldown must be an ISO-8601 duration such as PT4H or P28D, found '6 hours'");
    assertThatThrownBy(() ->
            AlertSettingsSource.read(environment(Map.of("pulse.alerts.webhook.url", "ftp://x"))))
        .hasMessageContaining("alerts.webhook.url must be an http or https URL, found 'ftp://x'");
    assertThatThrownBy(() ->
            AlertSettingsSource.read(environment(Map.of("pulse.alerts.webhook.retries", "3"))))
        .hasMessageContaining("unknown setting alerts.webhook.retries");
    assertThatThrownBy(() ->
            AlertSettingsSource.read(
                environment(Map.of("pulse.alerts.mail.recipients.management", "a@example.com"))))
        .hasMessageContaining("alerts.mail.host is missing");

    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "bands:\n  green:\n    lower: 2\n");
    assertThatThrownBy(() ->
            AlertSettingsSource.read(environment(Map.of("pulse.alerts.file", file.toString()))))
        .hasMessageContaining("file " + file)
        .hasMessageContaining("alerts.bands.green.lower must be in [-1, 1], found 2.0");
  }

  @Test
  void unreadableFilesNameFileAndLine() throws IOException {
    Path yaml = dir.resolve("broken.yaml");
    Files.writeString(yaml, "bands:\n  green:\n    lower: [0.3\n  orange: x\n");
    assertThatThrownBy(() -> AlertSettingsSource.readFile(yaml))
        .hasMessageStartingWith(yaml + ":")
        .hasMessageContaining("not valid YAML");
    Path json = dir.resolve("broken.json");
    Files.writeString(json, "{\n  \"bands\": {\n    \"green\": \n}");
    assertThatThrownBy(() -> AlertSettingsSource.readFile(json))
        .hasMessageStartingWith(json + ":4: not valid JSON");
    assertThatThrownBy(() -> AlertSettingsSource.readFile(dir.resolve("missing.yaml")))
        .hasMessageContaining("does not exist");
  }

  private static StandardEnvironment environment(Map<String, String> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(new MapPropertySource("test", new HashMap<String, Object>(properties)));
    return environment;
  }
}
