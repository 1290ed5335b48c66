package io.pulse.privacy;

/**
 * Public entry point of the privacy feature: everything that is stored or logged about an
 * interaction passes through here first. Immutable and thread-safe; create one per key and share
 * it.
 *
 * <ul>
 *   <li>{@link #redact(String)} replaces e-mail addresses, phone numbers, Luhn-valid card numbers,
 *       mod-97-valid IBANs, URLs carrying personal tokens, street addresses and person names (in
 *       greetings, sign-offs and self-introductions) with placeholders such as {@code [EMAIL]}, and
 *       reports where the placeholders stand, never what they replaced. Twitter-style
 *       {@code @handles} are kept: in our data they mostly name brands.
 *   <li>{@link #pseudonymise(String)} turns a customer reference into a keyed HMAC-SHA256
 *       pseudonym, so interactions of one customer can be linked without storing who it is.
 * </ul>
 */
public final class PrivacyGuard {

  private final Pseudonymiser pseudonymiser;
  private final Redactor redactor;

  private PrivacyGuard(Pseudonymiser pseudonymiser, Redactor redactor) {
    this.pseudonymiser = pseudonymiser;
    this.redactor = redactor;
  }

  /**
   * Creates a guard whose pseudonyms are keyed with {@code key} (at least 32 bytes; from
   * configuration, never stored in the database). The key is copied; later changes to the array do
   * not affect the guard.
   *
   * @throws IllegalArgumentException naming the rule and the length found when the key is shorter
   *     than 32 bytes, or when it is null
   */
  public static PrivacyGuard withKey(byte[] key) {
    return new PrivacyGuard(new Pseudonymiser(key), Redactor.standard());
  }

  /**
   * Replaces e-mails, phones, card numbers, IBANs, personal URL tokens, addresses and names with
   * their {@link PiiType#placeholder() placeholders}.
   *
   * <p>Overlapping findings are merged, so no fragment of any finding is left. The result's spans
   * are ordered by position and point at the placeholders in the redacted text. Redacting an
   * already redacted text returns it unchanged (placeholders are not personal data, so the spans
   * are empty then). Text without personal data comes back as the same string.
   *
   * @param text any free text, e.g. an e-mail body, ticket, chat message, tweet or review
   * @throws IllegalArgumentException when {@code text} is null
   */
  public RedactedText redact(String text) {
    return redactor.redact(text);
  }

  /**
   * Keyed HMAC-SHA256 pseudonym of a customer reference: stable for the same key and reference, not
   * reversible without the key. Format: {@code c_} followed by 24 lower-case hex characters.
   *
   * <p>The reference is trimmed first, and lower-cased when it looks like an e-mail address (it
   * contains {@code @}), so {@code " Kari@Example.no"} and {@code "kari@example.no"} get the same
   * pseudonym.
   *
   * @throws IllegalArgumentException when the reference is null or blank
   */
  public String pseudonymise(String customerReference) {
    return pseudonymiser.pseudonymise(customerReference);
  }

  /**
   * An identifier from a source system (external id, conversation id) as it may be stored: itself
   * when redaction finds no personal data in it, else a keyed hash ({@code h_} + 24 hex) that is
   * stable for the same key and value, so de-duplication and linking still work.
   *
   * @return null for null
   */
  public String protectIdentifier(String value) {
    if (value == null || redactor.redact(value).spans().isEmpty()) {
      return value;
    }
    return pseudonymiser.identifier(value);
  }

  /**
   * A short label (product, tag) as it may be stored: personal data in it replaced by placeholders,
   * e.g. a card number used as a tag becomes {@code [CARD]}.
   *
   * @return null for null
   */
  public String redactLabel(String value) {
    return value == null ? null : redactor.redact(value).text();
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "PrivacyGuard[" + pseudonymiser + "]";
  }
}
