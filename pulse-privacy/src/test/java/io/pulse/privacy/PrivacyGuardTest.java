package io.pulse.privacy;

import static io.pulse.privacy.Guards.GUARD;
import static io.pulse.privacy.Guards.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrivacyGuardTest {

  @Test
  void keyShorterThan32BytesIsRejectedNamingRuleAndLength() {
    assertThatThrownBy(() -> PrivacyGuard.withKey(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 32 bytes")
        .hasMessageContaining("got 31 bytes");
  }

  @Test
  void nullKeyIsRejected() {
    assertThatThrownBy(() -> PrivacyGuard.withKey(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key");
  }

  @Test
  void pseudonymHasPrefixAnd24LowerCaseHexCharacters() {
    assertThat(GUARD.pseudonymise("customer-4711")).matches("c_[0-9a-f]{24}");
  }

  @Test
  void pseudonymIsStableAcrossInstancesWithTheSameKey() {
    PrivacyGuard other = PrivacyGuard.withKey(KEY.clone());

    assertThat(other.pseudonymise("customer-4711")).isEqualTo(GUARD.pseudonymise("customer-4711"));
  }

  @Test
  void pseudonymDiffersWithAnotherKey() {
    byte[] otherKey = "another-key-of-at-least-32-bytes!".getBytes(StandardCharsets.US_ASCII);

    assertThat(PrivacyGuard.withKey(otherKey).pseudonymise("customer-4711"))
        .isNotEqualTo(GUARD.pseudonymise("customer-4711"));
  }

  @Test
  void pseudonymIsTheTruncatedHmacSha256OfTheReference() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
    String expected =
        java.util.HexFormat.of()
            .formatHex(mac.doFinal("customer-4711".getBytes(StandardCharsets.UTF_8)))
            .substring(0, 24);

    assertThat(GUARD.pseudonymise("customer-4711")).isEqualTo("c_" + expected);
  }

  @Test
  void emailReferencesAreTrimmedAndCaseInsensitive() {
    assertThat(GUARD.pseudonymise("  Kari.Nordmann@Example.NO "))
        .isEqualTo(GUARD.pseudonymise("kari.nordmann@example.no"));
  }

  @Test
  void otherReferencesAreTrimmedButKeepTheirCase() {
    assertThat(GUARD.pseudonymise(" AB-123 ")).isEqualTo(GUARD.pseudonymise("AB-123"));
    assertThat(GUARD.pseudonymise("AB-123")).isNotEqualTo(GUARD.pseudonymise("ab-123"));
  }

  @Test
  void differentReferencesGetDifferentPseudonyms() {
    assertThat(GUARD.pseudonymise("customer-1")).isNotEqualTo(GUARD.pseudonymise("customer-2"));
  }

  @Test
  void blankReferenceIsRejectedNamingTheField() {
    assertThatThrownBy(() -> GUARD.pseudonymise("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerReference");
    assertThatThrownBy(() -> GUARD.pseudonymise(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerReference");
  }

  @Test
  void keyIsCopiedSoLaterChangesToTheArrayDoNotMatter() {
    byte[] key = KEY.clone();
    PrivacyGuard guard = PrivacyGuard.withKey(key);
    String before = guard.pseudonymise("customer-4711");

    Arrays.fill(key, (byte) 0);

    assertThat(guard.pseudonymise("customer-4711")).isEqualTo(before);
  }

  @Test
  void toStringNeverShowsTheKey() {
    String keyText = new String(KEY, StandardCharsets.US_ASCII);

    assertThat(GUARD.toString()).doesNotContain(keyText).contains("redacted");
  }

  @Test
  void textWithoutPersonalDataIsReturnedUnchangedWithoutSpans() {
    String text = "The delivery was late but support was friendly. 4 stars.";

    RedactedText result = GUARD.redact(text);

    assertThat(result.text()).isEqualTo(text);
    assertThat(result.spans()).isEmpty();
  }

  @Test
  void nullTextIsRejectedNamingTheField() {
    assertThatThrownBy(() -> GUARD.redact(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }

  @Test
  void pseudonymisingIsThreadSafe() {
    String expected = GUARD.pseudonymise("customer-4711");

    assertThat(
            java.util.stream.IntStream.range(0, 2_000)
                .parallel()
                .mapToObj(i -> GUARD.pseudonymise("customer-4711"))
                .distinct()
                .toList())
        .containsExactly(expected);
  }

  @Test
  void identifiersWithPersonalDataAreHashedStablyAndOthersKept() {
    PrivacyGuard guard = Guards.GUARD;
    assertThat(guard.protectIdentifier("CRM-12345")).isEqualTo("CRM-12345");
    String hashed = guard.protectIdentifier("kari.nordmann@example.no");
    assertThat(hashed)
        .matches("h_[0-9a-f]{24}")
        .isEqualTo(guard.protectIdentifier("kari.nordmann@example.no"));
    assertThat(guard.protectIdentifier("15038512363")).matches("h_[0-9a-f]{24}");
    assertThat(guard.protectIdentifier(null)).isNull();
  }

  @Test
  void labelsAreRedacted() {
    assertThat(Guards.GUARD.redactLabel("4111 1111 1111 1111")).isEqualTo("[CARD]");
    assertThat(Guards.GUARD.redactLabel("router-x")).isEqualTo("router-x");
  }
}
