package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlTokenRedactionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://shop.example.com/reset?token=9f8a7b6c5d4e",
        "https://example.com/account?email=kari%40example.no",
        "https://example.com/orders?id=4711",
        "https://example.com/profile?user=kari&lang=no",
        "http://example.com/login?session_id=abc",
        "https://example.com/cb#access_token=xyz123",
        "https://api.example.com/v1/data?api_key=k3y",
        "https://example.com/invite/3f2a9c1e-8b7d-4a6f-9e0c-1d2b3c4d5e6f",
        "https://example.com/s/a8F3kLm92QxZ7p4Rt0",
        "https://example.com/reset/8x7y6z5w",
        "https://kari:secret@example.com/files",
        "www.example.com/unsubscribe?uid=991",
        "Www.example.com/unsubscribe?uid=991",
        "wWW.example.no/reset/abc123"
      })
  void urlsCarryingPersonalTokensAreReplacedWhole(String url) {
    assertThat(redacted("Open " + url + " now")).isEqualTo("Open [URL_TOKEN] now");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/help",
        "https://example.com/help/returns-and-refunds-2024",
        "https://t.co/0G98RtNxPK",
        "https://www.example.no/kundeservice?lang=no&page=2",
        "https://example.com/blog/how-to-track-your-order",
        "www.example.com"
      })
  void plainUrlsAreKept(String url) {
    String text = "See " + url + " for details";

    assertThat(redacted(text)).isEqualTo(text);
  }

  @Test
  void sentencePunctuationAfterAUrlIsKept() {
    assertThat(redacted("Try https://example.com/reset?token=abc123."))
        .isEqualTo("Try [URL_TOKEN].");
  }

  @Test
  void typographicQuotesEndAUrl() {
    String text = "“see http://t.co/wJoc9f14SU”@someone";

    assertThat(redacted(text)).isEqualTo(text);
  }

  @Test
  void emailInsideAUrlBecomesOneUrlToken() {
    RedactedText result =
        Guards.GUARD.redact("Link: https://example.com/u?email=kari@example.no&x=1 ok");

    assertThat(result.text()).isEqualTo("Link: [URL_TOKEN] ok");
    assertThat(result.spans()).extracting(RedactionSpan::type).containsExactly(PiiType.URL_TOKEN);
  }
}
