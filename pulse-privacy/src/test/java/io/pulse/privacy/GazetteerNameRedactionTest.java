package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerNameRedactionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "this is John Smith from Acme about my order|this is [PERSON_NAME] from Acme about my order",
        "Hei, dette er Kari Nordmann, jeg venter fortsatt|Hei, dette er [PERSON_NAME], jeg venter fortsatt",
        "Maria Garcia in billing promised a refund|[PERSON_NAME] in billing promised a refund",
        "I spoke to Ingrid yesterday and nothing happened|I spoke to [PERSON_NAME] yesterday and nothing happened",
        "Jeg snakket med Ole Hansen i kundeservice|Jeg snakket med [PERSON_NAME] i kundeservice",
        "I'm Becky and the app keeps crashing|I'm [PERSON_NAME] and the app keeps crashing"
      })
  void namesInRunningTextAreReplaced(String text, String expected) {
    assertThat(redacted(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Flight to Charlotte was delayed again",
        "Will you refund me?",
        "Per the agreement, the fee is waived",
        "Flight 123 St Louis was delayed",
        "Victoria Station was closed",
        "This is United Airlines at its worst.",
        "Liv og helse er viktigst",
        "Austin airport is a mess",
        "Rebook to Charlotte Cancelled Flightled",
        "flights from Columbus Ohio to Dallas Texas",
        "vacation to playa del Carmen, Mexico"
      })
  void placesAndOrdinaryWordsAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }
}
