package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.core.Channel;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.store.ProtectedInteraction;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files read outside the server with the API's rules (the Flink jobs' readers). */
class InteractionFilesTest {

  @Test
  void csvRowsAreValidatedByTheApiRulesAndABadRowIsReportedWithItsLineWithoutItsText() {
    List<InteractionFiles.Item> items =
        all(
            InteractionFiles.Format.CSV,
            """
            externalId,timestamp,customer,text,tags
            a-1,2025-03-01T09:00:00Z,kari@example.no,"Late again,
            second line",delivery;billing
            a-2,yesterday,kari@example.no,secret words,
            a-3,2025-03-01T09:00:00Z,kari@example.no,,
            """,
            Channel.EMAIL);

    assertThat(items).hasSize(3);
    assertThat(items.get(0).interaction().tags()).containsExactly("delivery", "billing");
    assertThat(items.get(0).interaction().channel()).isEqualTo(Channel.EMAIL);
    assertThat(items.get(1).line()).isEqualTo(4);
    assertThat(items.get(1).problem()).contains("timestamp").doesNotContain("secret");
    assertThat(items.get(2).line()).isEqualTo(5);
    assertThat(items.get(2).problem()).contains("text");
  }

  @Test
  void aCsvHeaderWithoutARequiredColumnFailsTheFileNamingTheColumn() {
    assertThatThrownBy(() ->
            InteractionFiles.open(
                InteractionFiles.Format.CSV,
                new BufferedReader(new StringReader("externalId,timestamp,text\n")),
                Channel.EMAIL,
                100))
        .isInstanceOf(InteractionFiles.InvalidFile.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("customer");
  }

  @Test
  void ndjsonLinesAndKafkaValuesFollowTheSameRulesAndProtectionIsTheServers() {
    String valid =
        "{\"externalId\":\"n-1\",\"channel\":\"chat\",\"timestamp\":\"2025-03-01T09:00:00Z\","
            + "\"customer\":\"Kari@Example.no\",\"text\":\"Mail me at kari@example.no\"}";
    List<InteractionFiles.Item> items =
        all(InteractionFiles.Format.NDJSON, valid + "\n\n{not json\n{\"externalId\":1}\n", null);

    assertThat(items).extracting(InteractionFiles.Item::line).containsExactly(1, 3, 4);
    assertThat(items.get(1).problem()).contains("malformed JSON");
    assertThat(items.get(2).problem()).contains("externalId");
    assertThat(InteractionFiles.readObject(valid, 7, 100).interaction())
        .isEqualTo(items.get(0).interaction());
    assertThat(InteractionFiles.readObject("{\"a\":1,\"a\":2}", 7, 100).problem())
        .contains("occurs twice");

    PrivacyGuard guard = PrivacyGuard.withKey(new byte[32]);
    ProtectedInteraction protectedItem =
        InteractionFiles.protect(guard, items.get(0).interaction());
    assertThat(protectedItem.customerPseudonym()).isEqualTo(guard.pseudonymise("kari@example.no"));
    assertThat(protectedItem.redactedText()).doesNotContain("kari@example.no");
  }

  private static List<InteractionFiles.Item> all(
      InteractionFiles.Format format, String text, Channel channel) {
    InteractionFiles.Items items =
        InteractionFiles.open(format, new BufferedReader(new StringReader(text)), channel, 20_000);
    List<InteractionFiles.Item> out = new ArrayList<>();
    for (InteractionFiles.Item item = items.next(); item != null; item = items.next()) {
      out.add(item);
    }
    return out;
  }
}
