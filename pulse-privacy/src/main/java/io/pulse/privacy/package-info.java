/**
 * Privacy before storage: redaction of personal data in free text and keyed (HMAC) pseudonyms for
 * customer references. {@link io.pulse.privacy.PrivacyGuard} is the public entry point; {@link
 * io.pulse.privacy.RedactedText}, {@link io.pulse.privacy.RedactionSpan} and {@link
 * io.pulse.privacy.PiiType} are the values it returns.
 *
 * <p>Each kind of personal data has its own package-private detector (e-mail, URL token, IBAN,
 * card, phone, address, person name) built on precompiled patterns without catastrophic
 * backtracking; the redactor merges their findings and writes the placeholders in one pass.
 * Checksums come from Apache Commons Validator (Luhn, ISO 13616 IBAN registry and mod 97); the HMAC
 * from {@code javax.crypto}.
 */
package io.pulse.privacy;
