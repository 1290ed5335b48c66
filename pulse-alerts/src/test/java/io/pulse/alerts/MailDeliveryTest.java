package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.pulse.core.Channel;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailDeliveryTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Set<String> ALLOWED_FIELDS =
      Set.of(
          "type",
          "eventId",
          "occurredAt",
          "notify",
          "alert.id",
          "alert.kind",
          "alert.level",
          "alert.status",
          "alert.series",
          "alert.raisedAt",
          "alert.reviewBy",
          "alert.score",
          "alert.count",
          "alert.negatives",
          "alert.windowStart",
          "alert.windowEnd",
          "alert.interactionId",
          "alert.occurrences");

  @Test
  void redAlertMailReachesManagementWithPseudonymOnly() throws Exception {
    var mail =
        MailSettings.unauthenticated(
            SMTP.getSmtp().getBindTo(),
            SMTP.getSmtp().getPort(),
            "pulse-alerts@company.example",
            Map.of(
                "management", List.of("board@company.example"),
                "team-lead", List.of("leads@company.example")));
    MutableClock clock = new MutableClock(T0);
    AlertEngine engine = AlertEngine.builder().clock(clock).mail(mail).build();
    var score =
        new InteractionScore(
            "int-42", T0, -0.95, "c_5f3a9e0b1c2d", Channel.EMAIL, "router-x", List.of("billing"));
    Alert alert = engine.onScored(score).getFirst();

    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(1, 0));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("board@company.example");
    assertThat(message.getSubject())
        .isEqualTo("[Pulse] RED alert raised: NEGATIVE_INTERACTION customer=c_5f3a9e0b1c2d");
    String body = GreenMailUtil.getBody(message).strip();
    assertThat(body)
        .contains("alert.series: customer=c_5f3a9e0b1c2d")
        .contains("alert.id: " + alert.id())
        .contains("alert.interactionId: int-42")
        .contains("notify: management")
        .doesNotContain("@");
    assertThat(Arrays.stream(body.split("\\R")).map(line -> line.substring(0, line.indexOf(':'))))
        .allMatch(ALLOWED_FIELDS::contains);
    assertThat(engine.pendingDeliveries()).isEmpty();
  }

  @Test
  void roleWithoutRecipientsQueuesNoMail() {
    var mail =
        MailSettings.unauthenticated(
            SMTP.getSmtp().getBindTo(),
            SMTP.getSmtp().getPort(),
            "pulse-alerts@company.example",
            Map.of("management", List.of("board@company.example")));
    AlertEngine engine = AlertEngine.builder().clock(new MutableClock(T0)).mail(mail).build();

    engine.onScored(Fixtures.score("c_77", T0, -0.3)); // orange: team-lead, who has no address

    assertThat(engine.pendingDeliveries()).isEmpty();
    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(0, 0));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
