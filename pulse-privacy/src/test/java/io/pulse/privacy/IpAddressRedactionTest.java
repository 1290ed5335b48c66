package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "203.0.113.45",
        "192.168.1.10",
        "8.8.8.8",
        "2001:db8:85a3::8a2e:370:7334",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "fe80::1",
        "::ffff:192.0.2.128"
      })
  void addressesAreReplaced(String ip) {
    assertThat(redacted("Blocked from " + ip + ". Please check"))
        .isEqualTo("Blocked from [IP_ADDRESS]. Please check");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Version 2.10.3 crashed at 23:59",
        "Release 1.2.3.4.5 is out",
        "Meeting 10:30:00 tomorrow",
        "Score 300.1.2.3 is not an address",
        "ratio 16:9 and 4:3"
      })
  void versionsTimesAndRatiosAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }
}
