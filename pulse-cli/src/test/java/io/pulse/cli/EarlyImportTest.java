package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pulse.analytics.Analytics;
import io.pulse.analytics.ImportOptions;
import io.pulse.analytics.TransactionFormatException;
import io.pulse.analytics.TransactionImport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyImportTest {

  /** What the commands ask for when no import option is given. */
  static final ImportOptions PLAIN =
      TransactionFileOptions.importOptions(
          Map.of(), ImportOptions.DEFAULT_DATE_PATTERN, false, false);

  @Test
  void earlyImportIsHandedOverForTheSameFileAndOptions(@TempDir Path dir) throws IOException {
    Path file = AnalyticsCommandsTest.fixture(dir, AnalyticsCommandsTest.CSV);

    EarlyImport.start(new String[] {"rfm", "--format", "csv", "--file=" + file});
    TransactionImport early = EarlyImport.take(dir.resolve("./sales.csv"), PLAIN).orElseThrow();

    TransactionImport direct = Analytics.importTransactions(file, PLAIN);
    assertThat(early.report()).isEqualTo(direct.report());
    assertThat(early.transactions()).isEqualTo(direct.transactions());
    assertThat(EarlyImport.take(file, PLAIN)).isEmpty();
  }

  @Test
  void otherOptionsOrImportSwitchesMeanNoHandOver(@TempDir Path dir) throws IOException {
    Path file = AnalyticsCommandsTest.fixture(dir, AnalyticsCommandsTest.CSV);

    EarlyImport.start(new String[] {"cohort", "--file", file.toString()});
    assertThat(EarlyImport.take(file, PLAIN.withExcludeZeroPrice(true))).isEmpty();

    EarlyImport.start(new String[] {"cohort", "--file", file.toString()});
    assertThat(EarlyImport.take(file, ImportOptions.defaults())).isEmpty();

    EarlyImport.start(new String[] {"rfm", "--file", file.toString(), "--skip-malformed"});
    assertThat(EarlyImport.take(file, PLAIN)).isEmpty();
  }

  @Test
  void aFailedEarlyImportFailsLikeADirectOne(@TempDir Path dir) throws IOException {
    Path file =
        AnalyticsCommandsTest.fixture(
            dir, AnalyticsCommandsTest.CSV + "9,A,W,x,2011-03-04 13:00,2.25,100,UK\n");

    EarlyImport.start(new String[] {"rfm", "--file", file.toString()});

    assertThatThrownBy(() -> EarlyImport.take(file, PLAIN))
        .isInstanceOf(TransactionFormatException.class)
        .hasMessage("sales.csv line 8: Quantity must be an integer, found 'x'");
  }
}
