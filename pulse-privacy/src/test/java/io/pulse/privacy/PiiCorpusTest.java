package io.pulse.privacy;

import static io.pulse.privacy.Guards.GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic messages with planted personal data ({@code pii-corpus.jsonl}: one JSON object per line
 * with {@code id, language, channel, text, planted[{type, value}], kept[]}).
 */
class PiiCorpusTest {

  static final String CORPUS = "/io/pulse/privacy/pii-corpus.jsonl";

  record Planted(PiiType type, String value) {}

  record Message(String id, String text, List<Planted> planted, List<String> kept) {}

  private static List<Message> corpus;

  @BeforeAll
  static void load() throws IOException {
    corpus = read();
  }

  @Test
  void corpusHasAboutFiftyMessagesCoveringEveryType() {
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(50);
    assertThat(corpus.stream().flatMap(m -> m.planted().stream()).map(Planted::type).distinct())
        .containsExactlyInAnyOrder(PiiType.values());
  }

  @Test
  void noPlantedValueSurvivesRedaction() {
    List<String> leaks = new ArrayList<>();
    for (Message message : corpus) {
      String redacted = GUARD.redact(message.text()).text();
      String redactedDigits = digitsAndLetters(redacted);
      for (Planted planted : message.planted()) {
        boolean leaked =
            redacted.contains(planted.value())
                || (isNumeric(planted.type())
                    && redactedDigits.contains(digitsAndLetters(planted.value())));
        if (leaked) {
          leaks.add(message.id() + " " + planted.type() + ": " + redacted);
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void everyPlantedTypeIsReportedInTheSpans() {
    List<String> missing = new ArrayList<>();
    for (Message message : corpus) {
      List<PiiType> found =
          GUARD.redact(message.text()).spans().stream().map(RedactionSpan::type).toList();
      for (Planted planted : message.planted()) {
        if (!found.contains(planted.type())) {
          missing.add(message.id() + " " + planted.type());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void ordinaryNumbersDatesPricesAndPlainUrlsAreKept() {
    List<String> lost = new ArrayList<>();
    for (Message message : corpus) {
      String redacted = GUARD.redact(message.text()).text();
      for (String kept : message.kept()) {
        if (!redacted.contains(kept)) {
          lost.add(message.id() + " '" + kept + "': " + redacted);
        }
      }
    }
    assertThat(lost).isEmpty();
  }

  @Test
  void redactingTheRedactedCorpusChangesNothing() {
    for (Message message : corpus) {
      String once = GUARD.redact(message.text()).text();

      assertThat(GUARD.redact(once).text()).as(message.id()).isEqualTo(once);
    }
  }

  private static boolean isNumeric(PiiType type) {
    return type == PiiType.PHONE
        || type == PiiType.CARD
        || type == PiiType.IBAN
        || type == PiiType.NATIONAL_ID;
  }

  private static String digitsAndLetters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static List<Message> read() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    List<Message> messages = new ArrayList<>();
    try (InputStream in = Objects.requireNonNull(PiiCorpusTest.class.getResourceAsStream(CORPUS));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          messages.add(toMessage(mapper.readTree(line)));
        }
      }
    }
    return messages;
  }

  private static Message toMessage(JsonNode node) {
    List<Planted> planted = new ArrayList<>();
    for (JsonNode p : node.get("planted")) {
      planted.add(
          new Planted(PiiType.valueOf(p.get("type").asString()), p.get("value").asString()));
    }
    List<String> kept = new ArrayList<>();
    for (JsonNode k : node.get("kept")) {
      kept.add(k.asString());
    }
    return new Message(node.get("id").asString(), node.get("text").asString(), planted, kept);
  }
}
