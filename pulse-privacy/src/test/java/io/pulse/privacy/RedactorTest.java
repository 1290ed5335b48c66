package io.pulse.privacy;

import static io.pulse.privacy.Guards.GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static final String MESSAGE =
      "Hi Sarah,\nmail john@example.com or call +47 912 34 567.\n"
          + "Card 4111 1111 1111 1111, IBAN NO93 8601 1117 947.\nRegards,\nJohn Smith";

  @Test
  void spansPointAtThePlaceholdersInTheRedactedText() {
    RedactedText result = GUARD.redact(MESSAGE);

    assertThat(result.spans())
        .extracting(RedactionSpan::type)
        .containsExactly(
            PiiType.PERSON_NAME,
            PiiType.EMAIL,
            PiiType.PHONE,
            PiiType.CARD,
            PiiType.IBAN,
            PiiType.PERSON_NAME);
    for (RedactionSpan span : result.spans()) {
      assertThat(result.text().substring(span.start(), span.end()))
          .isEqualTo(span.type().placeholder());
    }
  }

  @Test
  void spansAreOrderedAndDoNotOverlap() {
    List<RedactionSpan> spans = GUARD.redact(MESSAGE).spans();

    for (int i = 1; i < spans.size(); i++) {
      assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
    }
  }

  @Test
  void redactingRedactedTextChangesNothing() {
    String once = GUARD.redact(MESSAGE).text();

    RedactedText twice = GUARD.redact(once);

    assertThat(twice.text()).isEqualTo(once);
    assertThat(twice.spans()).isEmpty();
  }

  @Test
  void overlappingFindingsMergeIntoTheirUnionTypedByTheLongest() {
    List<Finding> merged =
        Redactor.merge(
            List.of(
                new Finding(PiiType.PHONE, 10, 20),
                new Finding(PiiType.CARD, 5, 25),
                new Finding(PiiType.EMAIL, 24, 30),
                new Finding(PiiType.ADDRESS, 40, 45)));

    assertThat(merged)
        .containsExactly(new Finding(PiiType.CARD, 5, 30), new Finding(PiiType.ADDRESS, 40, 45));
  }

  @Test
  void equallyLongOverlapsTakeTheMoreSpecificType() {
    List<Finding> merged =
        Redactor.merge(
            List.of(new Finding(PiiType.PHONE, 0, 10), new Finding(PiiType.CARD, 0, 10)));

    assertThat(merged).containsExactly(new Finding(PiiType.CARD, 0, 10));
  }

  @Test
  void adjacentFindingsStaySeparate() {
    List<Finding> merged =
        Redactor.merge(
            List.of(new Finding(PiiType.EMAIL, 0, 5), new Finding(PiiType.PHONE, 5, 10)));

    assertThat(merged).hasSize(2);
  }

  @Test
  void longAdversarialInputsComplete() {
    String[] attacks = {
      "a".repeat(50_000) + "@",
      "a@" + "a.".repeat(25_000) + "!",
      "1 ".repeat(25_000) + "x",
      "1-".repeat(25_000),
      "+(" + "1 (".repeat(15_000),
      "Hi " + "Aaaa ".repeat(10_000),
      "Regards,\n" + "Anna ".repeat(10_000) + "x",
      "12 " + "Baker ".repeat(10_000),
      "Storgata".repeat(5_000) + " 12",
      "https://example.com/" + "a1".repeat(20_000),
      "NO93 " + "8601 ".repeat(10_000),
      "Karl Johans ".repeat(5_000) + "gate x"
    };

    for (String attack : attacks) {
      assertThat(GUARD.redact(attack).text()).isNotNull();
    }
  }
}
