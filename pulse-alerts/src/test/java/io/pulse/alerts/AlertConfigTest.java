package io.pulse.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertConfigTest {

  @Test
  void defaultsAreValid() {
    AlertConfig config = AlertConfig.defaults().validate();

    assertThat(config.escalation().redReview()).isEqualTo(Duration.ofHours(1));
    assertThat(config.escalation().orangeReview()).isEqualTo(Duration.ofHours(4));
    assertThat(config.trend().baseline()).isEqualTo(Duration.ofDays(28));
  }

  @Test
  void propertiesOverrideDefaults() {
    AlertConfig config =
        AlertConfig.fromProperties(
            Map.of(
                "alerts.bands.green.lower", "0.4",
                "alerts.escalation.red.review", "PT30M",
                "alerts.trend.window", "PT1H",
                "alerts.trend.step", "PT5M",
                "alerts.trend.dimensions", "product, topic"));

    assertThat(config.bands().greenLower()).isEqualTo(0.4);
    assertThat(config.bands().yellowLower()).isEqualTo(-0.2);
    assertThat(config.escalation().redReview()).isEqualTo(Duration.ofMinutes(30));
    assertThat(config.trend().stepsPerWindow()).isEqualTo(12);
    assertThat(config.trend().dimensions())
        .isEqualTo(EnumSet.of(Dimension.PRODUCT, Dimension.TOPIC));
  }

  @Test
  void bandOrderViolationNamesSettingRuleAndValues() {
    assertThatThrownBy(
            () -> AlertConfig.fromProperties(Map.of("alerts.bands.orange.lower", "-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid alert configuration: alerts.bands.orange.lower must be <"
                + " alerts.bands.yellow.lower, found -0.1 >= -0.2");
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    assertThatThrownBy(() ->
            AlertConfig.fromProperties(
                Map.of(
                    "alerts.bands.green.lower", "1.5",
                    "alerts.trend.z-threshold", "0",
                    "alerts.trend.min-count", "0")))
        .hasMessageContaining("alerts.bands.green.lower must be in [-1, 1], found 1.5")
        .hasMessageContaining("alerts.trend.z-threshold must be > 0, found 0.0")
        .hasMessageContaining("alerts.trend.min-count must be >= 1, found 0");
  }

  @Test
  void windowMustBeWholeStepsAndBaselineLongEnough() {
    assertThatThrownBy(() ->
            AlertConfig.fromProperties(
                Map.of("alerts.trend.window", "PT50M", "alerts.trend.step", "PT15M")))
        .hasMessageContaining(
            "alerts.trend.window must be a whole multiple of alerts.trend.step, found PT50M / PT15M");
    assertThatThrownBy(() -> AlertConfig.fromProperties(Map.of("alerts.trend.baseline", "P1D")))
        .hasMessageContaining(
            "alerts.trend.baseline must be >= 2 x alerts.trend.window, found PT24H < 2 x PT24H");
  }

  @Test
  void redDeadlineMayNotBeLaterThanOrange() {
    assertThatThrownBy(
            () -> AlertConfig.fromProperties(Map.of("alerts.escalation.red.review", "PT5H")))
        .hasMessageContaining(
            "alerts.escalation.red.review must be <= alerts.escalation.orange.review, found PT5H >"
                + " PT4H");
  }

  @Test
  void unreadableValuesNameKeyAndValue() {
    assertThatThrownBy(() -> AlertConfig.fromProperties(Map.of("alerts.cooldown", "6 hours")))
        .hasMessage(
            "alerts.cooldown must be an ISO-8601 duration such as PT4H or P28D, found '6 hours'");
    assertThatThrownBy(() -> AlertConfig.fromProperties(Map.of("alerts.trend.z-threshold", "high")))
        .hasMessage("alerts.trend.z-threshold must be a number, found 'high'");
    assertThatThrownBy(
            () -> AlertConfig.fromProperties(Map.of("alerts.trend.dimensions", "region")))
        .hasMessage(
            "alerts.trend.dimensions must be a list of customer|product|channel|topic, found"
                + " 'region'");
  }

  @Test
  void unknownSettingIsRejected() {
    assertThatThrownBy(() -> AlertConfig.fromProperties(Map.of("alerts.bands.purple.lower", "0")))
        .hasMessage("unknown setting alerts.bands.purple.lower");
  }

  @Test
  void overridesKeepTheOtherValuesOfTheBaseConfiguration() {
    AlertConfig base = AlertConfig.fromProperties(Map.of("alerts.trend.negative-count", "12"));

    AlertConfig tuned = base.withOverrides(Map.of("alerts.bands.green.lower", "0.4"));

    assertThat(tuned.bands().greenLower()).isEqualTo(0.4);
    assertThat(tuned.trend().negativeCount()).isEqualTo(12);
    assertThatThrownBy(() -> base.withOverrides(Map.of("alerts.bands.orange.lower", "-0.1")))
        .hasMessageContaining("alerts.bands.orange.lower must be < alerts.bands.yellow.lower");
  }

  @Test
  void roleNamesAreChecked() {
    assertThatThrownBy(
            () -> AlertConfig.fromProperties(Map.of("alerts.escalation.red.notify", "Big Boss")))
        .hasMessageContaining(
            "alerts.escalation.red.notify must be a role name ([a-z0-9_-], 1-64 chars), found 'Big"
                + " Boss'");
  }

  @Test
  void builderRejectsAnInvalidConfiguration() {
    AlertConfig defaults = AlertConfig.defaults();
    AlertConfig broken =
        new AlertConfig(
            defaults.bands(),
            defaults.escalation(),
            defaults.trend(),
            Duration.ofHours(-1),
            defaults.retry());

    assertThatThrownBy(() -> AlertEngine.builder().config(broken).build())
        .hasMessageContaining("alerts.cooldown must be >= 0, found PT-1H");
  }

  @Test
  void webhookAndMailSettingsNameTheSetting() {
    assertThatThrownBy(() ->
            new WebhookSettings(
                java.net.URI.create("ftp://x/hook"), "0123456789abcdef", Duration.ofSeconds(1)))
        .hasMessage("alerts.webhook.url must be an http or https URL, found 'ftp://x/hook'");
    assertThatThrownBy(() ->
            new WebhookSettings(
                java.net.URI.create("https://x/hook"), "short", Duration.ofSeconds(1)))
        .hasMessage("alerts.webhook.secret must be at least 16 characters, found 5");
    assertThatThrownBy(() ->
            MailSettings.unauthenticated(
                "localhost",
                25,
                "alerts@pulse.example",
                Map.of("management", java.util.List.of("not an address"))))
        .hasMessage(
            "alerts.mail.recipients.management must be an e-mail address, found 'not an address'");
  }
}
