package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "NO93 8601 1117 947",
        "NO9386011117947",
        "GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432",
        "DE89 3704 0044 0532 0130 00",
        "FR14 2004 1010 0505 0001 3M02 606",
        "NL91 ABNA 0417 1643 00",
        "SE45 5000 0000 0583 9825 7466"
      })
  void validIbansAreReplaced(String iban) {
    assertThat(redacted("Refund to " + iban + " please")).isEqualTo("Refund to [IBAN] please");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Refund to NO93 8601 1117 948 please",
        "Refund to GB82 WEST 1234 5698 7654 33 please",
        "Refund to DE00 3704 0044 0532 0130 00 please",
        "Refund to XX89 3704 0044 0532 0130 00 please"
      })
  void ibansFailingTheCheckAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void ibanEndsAtTheCountryLengthEvenWhenCapitalisedWordsFollow() {
    assertThat(redacted("konto NO93 8601 1117 947 TAKK")).isEqualTo("konto [IBAN] TAKK");
  }
}
