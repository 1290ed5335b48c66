package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "john.smith@example.com",
        "j.doe+orders@outlook.com",
        "kate_w@company.co.uk",
        "ANNA.BERG@EXAMPLE.NO",
        "o'brien@example.ie",
        "per.ås@firma.no",
        "support-test.user@sub.mail.example.org"
      })
  void emailAddressesAreReplaced(String email) {
    assertThat(redacted("Write to " + email + ", thanks.")).isEqualTo("Write to [EMAIL], thanks.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "@AcmeSupport please help",
        "meet me @ the gate",
        "user@localhost is not an address",
        "price 5@10 each"
      })
  void handlesAndBareAtSignsAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }
}
