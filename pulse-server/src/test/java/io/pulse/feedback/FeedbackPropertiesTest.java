package io.pulse.feedback;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackPropertiesTest {

  private static FeedbackProperties with(double rate, double tolerance, String cron) {
    return new FeedbackProperties(
        rate, 3, 1L, tolerance, cron, List.of("a.csv"), "dev.csv", 0.2, 10, Map.of());
  }

  @Test
  void badSettingsNameSettingRuleAndValue() {
    assertThatThrownBy(() -> with(1.5, 0.01, "-"))
        .hasMessage("pulse.feedback.sample-rate must be in (0, 1]; found '1.5'");
    assertThatThrownBy(() -> with(0.07, -0.1, "-"))
        .hasMessage("pulse.feedback.tolerance must be in [0, 1); found '-0.1'");
  }

  @Test
  void badCronIsRefusedAtStart() {
    assertThatThrownBy(() -> new RetrainSchedule(with(0.07, 0.01, "every sunday"), null))
        .hasMessageStartingWith("pulse.feedback.retrain-cron must be a Spring cron expression")
        .hasMessageEndingWith("found 'every sunday'");
  }
}
