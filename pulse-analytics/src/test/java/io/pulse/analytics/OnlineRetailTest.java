package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paper's experiment on the bundled UCI Online Retail file, against published figures. */
class OnlineRetailTest {

  static final Path FILE = Path.of("../datasets/online-retail/online_retail.csv.gz");

  static TransactionImport imported;
  static RfmResult rfm;

  @BeforeAll
  static void load() {
    imported = Analytics.importTransactions(FILE, ImportOptions.defaults());
    rfm = Analytics.rfm(imported.transactions(), RfmOptions.defaults());
    System.out.println(imported.report());
    for (SegmentSummary s : rfm.segments()) {
      System.out.printf(
          Locale.ROOT,
          "%-20s %5d  R %7.2f  F %6.2f  M %9.2f%n",
          s.segment(),
          s.customers(),
          s.recency().mean(),
          s.frequency().mean(),
          s.monetary().mean());
    }
  }

  @Test
  void importCountsMatchTheDataProfile() {
    ImportReport report = imported.report();

    assertThat(report.rows()).isEqualTo(541_909);
    assertThat(report.cancellations()).isEqualTo(9_288);
    assertThat(report.nonPositiveQuantity()).isEqualTo(10_624);
    assertThat(report.missingCustomer()).isEqualTo(135_080);
    assertThat(report.nonPositivePrice()).isEqualTo(2_517);
    assertThat(report.malformed()).isZero();
    assertThat(report.kept()).isEqualTo(397_924);
    assertThat(report.customers()).isEqualTo(4_339);
  }

  @Test
  void usualFilteringGives4339CustomersAsOf20111210() {
    assertThat(rfm.customers()).hasSize(4_339);
    assertThat(rfm.referenceDate()).hasToString("2011-12-10");
    assertThat(rfm.segments()).hasSize(10);
  }

  @Test
  void frequencyMeansPerSegmentAreCloseToThePapersTable() {
    Map<String, SegmentSummary> segments = RfmTest.bySegment(rfm);

    assertThat(segments.get("champions").frequency().mean()).isCloseTo(12.4, within(0.1));
    assertThat(segments.get("can't lose").frequency().mean()).isCloseTo(8.4, within(0.1));
    assertThat(segments.get("champions").customers()).isEqualTo(633);
    assertThat(segments.get("hibernating").frequency().mean()).isCloseTo(1.1, within(0.05));
  }

  @Test
  void monetaryIsSpendNotRecency() {
    SegmentSummary champions = RfmTest.bySegment(rfm).get("champions");

    assertThat(champions.monetary().mean()).isCloseTo(6_857.94, within(0.01));
    assertThat(champions.monetary().mean()).isNotEqualTo(champions.recency().mean());
    double total = rfm.customers().stream().mapToDouble(CustomerRfm::monetary).sum();
    assertThat(total).isCloseTo(8_911_407.90, within(0.5));
  }

  @Test
  void firstCohortRetentionMatchesTheRecipe() {
    CohortResult cohorts = Analytics.cohorts(imported.transactions());

    assertThat(cohorts.rows()).hasSize(13);
    assertThat(cohorts.rows().getFirst().activeCustomers())
        .isEqualTo(List.of(885, 324, 286, 340, 321, 352, 321, 309, 313, 350, 331, 445, 235));
    assertThat(cohorts.rows().stream().mapToInt(CohortRow::customers).sum()).isEqualTo(4_339);
  }
}
