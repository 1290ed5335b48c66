package io.pulse.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every detector over the original text, resolves overlapping findings and writes the
 * placeholders in one pass over the text.
 *
 * <p>Overlapping findings are merged into their union, so no part of any finding survives; the
 * union takes the type of its longest member (ties go to the more certain type: checksum-validated
 * IBAN and card first, context-guessed name last). A URL whose query carries an e-mail is therefore
 * one {@code [URL_TOKEN]}.
 */
final class Redactor {

  private static final Comparator<Finding> BY_POSITION =
      Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end);

  private final List<PiiDetector> detectors;

  Redactor(List<PiiDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** The detectors for every {@link PiiType}. */
  static Redactor standard() {
    return new Redactor(standardDetectors());
  }

  /** The detectors of {@link #standard()}, in the order they run. */
  static List<PiiDetector> standardDetectors() {
    return List.of(
        new EmailDetector(),
        new UrlTokenDetector(),
        new IbanDetector(),
        new NationalIdDetector(),
        new IpAddressDetector(),
        new CardDetector(),
        new PhoneDetector(),
        new AddressDetector(),
        new PostcodePlaceDetector(),
        new PersonNameDetector(),
        new GazetteerNameDetector());
  }

  RedactedText redact(String text) {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    List<Finding> findings = new ArrayList<>();
    TextFacts facts = TextFacts.of(text);
    for (PiiDetector detector : detectors) {
      if (detector.mayFind(facts)) {
        detector.detect(text, findings);
      }
    }
    if (findings.isEmpty()) {
      return new RedactedText(text, List.of());
    }
    return replace(text, merge(findings));
  }

  /** Sorted, non-overlapping findings covering the union of all findings. */
  static List<Finding> merge(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(BY_POSITION);
    List<Finding> merged = new ArrayList<>(sorted.size());
    Finding current = sorted.get(0);
    Finding longest = current;
    int end = current.end();
    for (int i = 1; i < sorted.size(); i++) {
      Finding next = sorted.get(i);
      if (next.start() < end) {
        end = Math.max(end, next.end());
        longest = dominant(longest, next);
      } else {
        merged.add(new Finding(longest.type(), current.start(), end));
        current = next;
        longest = next;
        end = next.end();
      }
    }
    merged.add(new Finding(longest.type(), current.start(), end));
    return merged;
  }

  private static Finding dominant(Finding a, Finding b) {
    if (a.length() != b.length()) {
      return a.length() > b.length() ? a : b;
    }
    return specificity(a.type()) >= specificity(b.type()) ? a : b;
  }

  /** Checksum-validated findings are the most certain, context-guessed names the least. */
  private static int specificity(PiiType type) {
    return switch (type) {
      case IBAN -> 8;
      case NATIONAL_ID -> 7;
      case IP_ADDRESS -> 6;
      case CARD -> 5;
      case EMAIL -> 4;
      case URL_TOKEN -> 3;
      case PHONE -> 2;
      case ADDRESS -> 1;
      case PERSON_NAME -> 0;
    };
  }

  private static RedactedText replace(String text, List<Finding> merged) {
    StringBuilder out = new StringBuilder(text.length());
    List<RedactionSpan> spans = new ArrayList<>(merged.size());
    int copied = 0;
    for (Finding finding : merged) {
      out.append(text, copied, finding.start());
      String placeholder = finding.type().placeholder();
      int start = out.length();
      out.append(placeholder);
      spans.add(new RedactionSpan(finding.type(), start, out.length()));
      copied = finding.end();
    }
    out.append(text, copied, text.length());
    return new RedactedText(out.toString(), spans);
  }
}
