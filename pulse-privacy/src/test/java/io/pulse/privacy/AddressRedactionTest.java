package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "221B Baker Street",
        "221B Baker Street, London NW1 6XE",
        "10 Downing St.",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "42 Wallaby Way",
        "7 Elm Rd",
        "350 Fifth Avenue, Apt 4B",
        "12 Oak Lane",
        "Storgata 12",
        "Storgata 12, 0155 Oslo",
        "Kirkeveien 64B, 0364 Oslo",
        "Karl Johans gate 5",
        "Thorvald Meyers gate 15 B",
        "Bygdøy allé 23",
        "Sognsveien 77"
      })
  void streetAddressesAreReplaced(String address) {
    assertThat(redacted("Send it to " + address + " please"))
        .isEqualTo("Send it to [ADDRESS] please");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gate 12 was closed for 3 hours",
        "We waited 2 hours on the way",
        "I bought 3 large road bikes",
        "Flight 123 St Louis was delayed",
        "Ved gate 23 var det kaos",
        "Room 12 at the hotel",
        "I gave it 5 Stars"
      })
  void textWithoutAddressesIsKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }
}
