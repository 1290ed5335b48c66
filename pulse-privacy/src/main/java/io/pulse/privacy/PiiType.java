package io.pulse.privacy;

/** Kinds of personal data that are redacted; the placeholder is what replaces them in text. */
public enum PiiType {
  EMAIL,
  PHONE,
  CARD,
  IBAN,
  URL_TOKEN,
  ADDRESS,
  PERSON_NAME,
  /** Norwegian fødselsnummer, D-number or H-number (check digits verified). */
  NATIONAL_ID,
  /** IPv4 or IPv6 address. */
  IP_ADDRESS;

  /** Placeholder written into the text instead of the personal data, e.g. {@code [EMAIL]}. */
  public String placeholder() {
    return "[" + name() + "]";
  }
}
