package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "5555 5555 5555 4444",
        "3782 822463 10005",
        "6011111111111117",
        "4222222222222",
        "3530111333300000"
      })
  void luhnValidCardNumbersAreReplaced(String card) {
    assertThat(redacted("Paid with " + card + " yesterday"))
        .isEqualTo("Paid with [CARD] yesterday");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order 4111 1111 1111 1112 is late",
        "Order 1234567812345678 is late",
        "Order 4111111111111112 is late",
        "Tracking 12345678901234567890123 shows nothing"
      })
  void numbersFailingLuhnOrLengthAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void twelveDigitsAreTooFewForACard() {
    assertThat(redacted("Only 4111 1111 1111 digits here")).doesNotContain("[CARD]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000008", "7000000000000005", "8000000000000006"})
  void luhnValidNumbersOutsideCardNetworksAreKept(String number) {
    String text = "Order " + number + " shipped";

    assertThat(redacted(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "card 4111 1111 1111 1111 2 times",
        "charged 3 4111 1111 1111 1111",
      })
  void cardNextToOtherNumbersIsStillFound(String text) {
    assertThat(redacted(text)).contains("[CARD]").doesNotContain("4111");
  }
}
