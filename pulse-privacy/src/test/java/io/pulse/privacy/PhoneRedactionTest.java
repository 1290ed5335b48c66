package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+47 912 34 567",
        "+4791234567",
        "+47 91 23 45 67",
        "0047 22 33 44 55",
        "+1 (415) 555-0134",
        "+1-202-555-0147",
        "+1 800 555 0199",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "+44 7911 123456",
        "555-867-5309",
        "(212) 555-0187",
        "850.266.3576",
        "1-800-869-3557",
        "1.877.350.0038",
        "0344 556 5650",
        "020 7946 0958",
        "07700 900123",
        "912 34 567",
        "22 33 44 55"
      })
  void phoneLikeNumbersAreReplaced(String phone) {
    assertThat(redacted("Reach me: " + phone + ". Thanks")).isEqualTo("Reach me: [PHONE]. Thanks");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call me at 91234567",
        "Ring meg på 91234567",
        "ring meg på 9123 4567",
        "mobil: 41234567",
        "Tlf 41234567",
        "my phone number is 4155550134",
        "text me 07700900123",
        "telefonnummer 22334455"
      })
  void unGroupedNumbersAfterAPhoneCueAreReplaced(String text) {
    assertThat(redacted(text)).endsWith("[PHONE]").doesNotContainPattern("\\d{4}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Order 12345678 has not arrived",
        "order number 1234 5678 90",
        "ordrenummer 912 34 567 mangler",
        "Invoice #55120934 is wrong",
        "Case 5512 0934 is still open",
        "Ordered on 2024-01-15 and again on 15.01.2024",
        "Open 10.00-16.00 every day",
        "Open 09:00-17:00 every day",
        "Price 1 299 999 kr",
        "It cost $12 345 678 in total",
        "Version 1.2.3 is out",
        "Seasons 2019 2020 2021 were fine",
        "Population 5 425 270",
        "Tracking 91234567 says delivered",
        "cancel purchase 00123842 please",
        "tag numbers 0016 964077 and 0016 964078",
        "I waited 45 minutes and 3 hours",
        "Version 2.10.3.1234 crashed",
        "Account 1234.56.78903"
      })
  void numbersThatAreNotPhonesAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"91234567", "4155550134"})
  void unGroupedNumbersWithoutACueAreKept(String number) {
    String text = "Reference " + number;

    assertThat(redacted("got " + number + " today")).isEqualTo("got " + number + " today");
    assertThat(redacted(text)).isEqualTo(text);
  }

  @org.junit.jupiter.api.Test
  void numberGluedToLettersIsNotAPhone() {
    String text = "Use code AB912345678 or 912345678XY";

    assertThat(redacted(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"see 1-2-123456789012 ok", "call me at 1.2.678129046084", "9/9/99999999999"})
  void digitGroupsTooLongForADateAreNoCrash(String text) {
    assertThat(redacted(text)).isNotNull();
  }
}
