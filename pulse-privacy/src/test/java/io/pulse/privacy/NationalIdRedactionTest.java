package io.pulse.privacy;

import static io.pulse.privacy.Guards.redacted;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdRedactionTest {

  @ParameterizedTest
  @ValueSource(strings = {"15038512363", "150385 12363", "150385-12363", "41018010001"})
  void fodselsnummerAndDNumberWithValidCheckDigitsAreReplaced(String id) {
    assertThat(redacted("Fødselsnummer: " + id + ", takk"))
        .isEqualTo("Fødselsnummer: [NATIONAL_ID], takk");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ordrenummer 15038512364 er sendt", // one check digit off
        "abonnement 12345678901", // month 34
        "kontonummer 1503.85.12363", // dotted groups are an account number
        "order 77120 and invoice 48213"
      })
  void numbersWithoutValidCheckDigitsAreKept(String text) {
    assertThat(redacted(text)).isEqualTo(text);
  }

  @Test
  void validatorAcceptsGeneratedNumbersAndFewRandomOnes() {
    Random random = new Random(17);
    int generated = 0;
    int randomValid = 0;
    for (int i = 0; i < 20_000; i++) {
      String candidate = String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
      if (NationalIdDetector.valid(candidate)) {
        randomValid++;
      }
      String fnr = fodselsnummer(random, i % 2 == 0);
      if (fnr != null) {
        generated++;
        assertThat(NationalIdDetector.valid(fnr)).as(fnr).isTrue();
      }
    }
    assertThat(generated).isGreaterThan(10_000);
    assertThat(randomValid).as("random 11-digit numbers passing").isLessThan(20_000 / 100);
  }

  /** A valid fødselsnummer (or D-number), or null when the drawn individual number has none. */
  static String fodselsnummer(Random random, boolean dNumber) {
    int day = 1 + random.nextInt(28) + (dNumber ? 40 : 0);
    int month = 1 + random.nextInt(12);
    int year = random.nextInt(100);
    int individual = random.nextInt(1000);
    String base = String.format("%02d%02d%02d%03d", day, month, year, individual);
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = base.charAt(i) - '0';
    }
    int k1 = check(d, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
    if (k1 < 0) {
      return null;
    }
    d[9] = k1;
    int k2 = check(d, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k2 < 0 ? null : base + k1 + k2;
  }

  private static int check(int[] d, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * d[i];
    }
    int k = 11 - sum % 11;
    return k == 11 ? 0 : k == 10 ? -1 : k;
  }
}
