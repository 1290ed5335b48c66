package io.pulse.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The cheap pre-checks ({@link PiiDetector#mayFind}) and the speed-ups inside the detectors change
 * no output: over the PII corpora, every string literal of this module, the bundled datasets and
 * seeded hostile strings, (1) a detector whose pre-check says no finds nothing when run anyway, and
 * (2) the standard detectors with their pre-checks find exactly what the detectors as they were
 * before ({@code Baseline*}, no pre-checks) find, and redact to the same text and spans.
 *
 * <p>The hostile strings use a fresh seed on each run, printed for replay with {@code
 * -Dpulse.precheck.seed=...}.
 */
class PreCheckDifferentialTest {

  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::start)
          .thenComparingInt(Finding::end)
          .thenComparing(Finding::type);

  private static final int HOSTILE_STRINGS = 6_000;

  /** Largest dataset read only in part: half a million short product rows add nothing new. */
  private static final int MAX_RECORDS_PER_FILE = 20_000;

  private final List<PiiDetector> detectors = Redactor.standardDetectors();
  private final List<PiiDetector> baseline = baselineDetectors();
  private final Redactor redactor = Redactor.standard();
  private final Redactor baselineRedactor = new Redactor(baseline);

  /** The detectors as they were before the pre-checks, with no pre-check. */
  static List<PiiDetector> baselineDetectors() {
    List<PiiDetector> before = new ArrayList<>();
    for (PiiDetector detector : Redactor.standardDetectors()) {
      PiiDetector old =
          switch (detector) {
            case PersonNameDetector d -> new BaselinePersonNameDetector();
            case GazetteerNameDetector d -> new BaselineGazetteerNameDetector();
            case AddressDetector d -> new BaselineAddressDetector();
            default -> detector;
          };
      before.add(old::detect);
    }
    return before;
  }

  @Test
  void piiCorpusWithCaseVariants() {
    assertSame("pii-corpus", withCaseVariants(RedactionInputs.piiCorpus()));
  }

  @Test
  void serverLeakTestCorpusWithCaseVariants() {
    assertSame("server corpus", withCaseVariants(RedactionInputs.serverCorpus()));
  }

  @Test
  void stringLiteralsOfThisModuleWithCaseVariants() {
    assertSame("source literals", withCaseVariants(RedactionInputs.sourceLiterals()));
  }

  @Test
  void bundledDatasets() {
    List<Path> files = RedactionInputs.datasetFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    for (Path file : files) {
      assertSame(file.toString(), RedactionInputs.fields(file, MAX_RECORDS_PER_FILE));
    }
  }

  /**
   * Some hostile strings make {@link PhoneDetector} throw (DigitGroups.isDate parses a group of
   * more than ten digits, e.g. in "see 1-2-123456789012 ok"); that is compared like any outcome.
   */
  @Test
  void seededHostileStrings() {
    long seed = Long.getLong("pulse.precheck.seed", System.nanoTime());
    System.out.println("PreCheckDifferentialTest hostile seed: -Dpulse.precheck.seed=" + seed);
    assertSame("hostile seed " + seed, RedactionInputs.hostile(seed, HOSTILE_STRINGS));
  }

  @Test
  void thePreChecksSkipSomething() {
    // guards the differential tests against pre-checks that never say no
    String plain = "just a plain message";
    TextFacts facts = TextFacts.of(plain);
    assertThat(detectors).allSatisfy(d -> assertThat(d.mayFind(facts)).isFalse());
  }

  private void assertSame(String source, List<String> texts) {
    assertThat(texts).as(source).isNotEmpty();
    List<String> differences = new ArrayList<>();
    for (String text : texts) {
      compare(text, differences);
      if (differences.size() >= 20) {
        break;
      }
    }
    assertThat(differences).as(source).isEmpty();
  }

  private void compare(String text, List<String> differences) {
    TextFacts facts = TextFacts.of(text);
    List<Finding> withPreChecks = new ArrayList<>();
    String failure = null;
    for (PiiDetector detector : detectors) {
      List<Finding> found = new ArrayList<>();
      String thrown = detect(detector, text, found);
      if (!detector.mayFind(facts) && (!found.isEmpty() || thrown != null)) {
        differences.add(
            detector.getClass().getSimpleName()
                + " pre-check said no, found "
                + found
                + (thrown == null ? "" : " and threw " + thrown)
                + " in "
                + quote(text));
      }
      if (detector.mayFind(facts)) {
        withPreChecks.addAll(found);
        failure = failure == null ? thrown : failure;
      }
    }
    List<Finding> before = new ArrayList<>();
    String baselineFailure = null;
    for (PiiDetector detector : baseline) {
      String thrown = detect(detector, text, before);
      baselineFailure = baselineFailure == null ? thrown : baselineFailure;
    }
    withPreChecks.sort(ORDER);
    before.sort(ORDER);
    String outcome = failure != null ? failure : withPreChecks.toString();
    String expected = baselineFailure != null ? baselineFailure : before.toString();
    if (!outcome.equals(expected)) {
      differences.add("findings " + outcome + " != baseline " + expected + " in " + quote(text));
    }
    String redacted = redact(redactor, text);
    String baselineRedacted = redact(baselineRedactor, text);
    if (!redacted.equals(baselineRedacted)) {
      differences.add("redacted " + redacted + " != baseline " + baselineRedacted);
    }
  }

  /**
   * Runs one detector; a detector that throws (see the note in {@link #seededHostileStrings}) must
   * throw the same with and without pre-checks, so the exception is part of the outcome.
   */
  private static String detect(PiiDetector detector, String text, List<Finding> findings) {
    try {
      detector.detect(text, findings);
      return null;
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  private static String redact(Redactor redactor, String text) {
    try {
      return redactor.redact(text).toString();
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  private static List<String> withCaseVariants(List<String> texts) {
    List<String> all = new ArrayList<>(texts);
    for (String text : texts) {
      all.add(text.toUpperCase(Locale.ROOT));
      all.add(text.toLowerCase(Locale.ROOT));
    }
    return all;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "\"";
  }
}
