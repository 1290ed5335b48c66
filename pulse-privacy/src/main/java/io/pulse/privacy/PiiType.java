package io.pulse.privacy;

/** Kinds of personal data that are redacted; the placeholder is what replaces them in text. */
public enum PiiType {
  EMAIL,
  PHONE,
  CARD,
  IBAN,
  URL_TOKEN,
  ADDRESS,
  PERSON_NAME;

  /** Placeholder written into the text instead of the personal data, e.g. {@code [EMAIL]}. */
  public String placeholder() {
    return "[" + name() + "]";
  }
}
