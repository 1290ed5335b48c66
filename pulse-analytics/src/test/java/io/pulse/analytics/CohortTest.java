package io.pulse.analytics;

import static io.pulse.analytics.RfmTest.sale;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortTest {

  @Test
  void retentionAndRevenuePerCohortAndMonthOffset() {
    List<Transaction> sales =
        List.of(
            sale("c1", "1", "2011-01-05T10:00", 1, 10.0),
            sale("c2", "2", "2011-01-20T10:00", 1, 2.0),
            sale("c3", "3", "2011-02-01T10:00", 1, 7.0),
            sale("c1", "4", "2011-02-03T10:00", 1, 5.0),
            sale("c3", "5", "2011-02-09T10:00", 1, 1.0),
            sale("c2", "6", "2011-03-01T10:00", 1, 3.0),
            sale("c3", "7", "2011-03-02T10:00", 2, 2.0),
            sale("c1", "8", "2011-04-30T10:00", 1, 1.0));

    CohortResult result = Analytics.cohorts(sales);

    assertThat(result.rows())
        .containsExactly(
            new CohortRow(
                YearMonth.of(2011, 1), 2, List.of(2, 1, 1, 1), List.of(12.0, 5.0, 3.0, 1.0)),
            new CohortRow(YearMonth.of(2011, 2), 1, List.of(1, 1, 0), List.of(8.0, 4.0, 0.0)));
    assertThat(result.rows().getFirst().retention(1)).isEqualTo(0.5);
    assertThat(result.maxOffsets()).isEqualTo(4);
  }

  @Test
  void noTransactionsGiveNoCohorts() {
    assertThat(Analytics.cohorts(List.of()).rows()).isEmpty();
  }
}
