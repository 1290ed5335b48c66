package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentJoinsTest {

  static final double EPS = 1e-12;

  static CustomerRfm customer(String key, int r, int f, double monetary, String segment) {
    return new CustomerRfm(key, LocalDate.EPOCH, 1, 1, monetary, r, f, 1, segment);
  }

  static SentimentObservation said(String key, String day, double score) {
    return new SentimentObservation(key, Instant.parse(day + "T00:00:00Z"), score);
  }

  static final List<CustomerRfm> NOW =
      List.of(
          customer("k1", 5, 5, 1000, "champions"),
          customer("k2", 4, 4, 500, "loyal customers"),
          customer("k3", 1, 1, 50, "hibernating"),
          customer("k4", 2, 5, 800, "can't lose"));

  static final List<CustomerRfm> BEFORE =
      List.of(
          customer("k1", 5, 5, 900, "champions"),
          customer("k2", 4, 4, 400, "loyal customers"),
          customer("k4", 4, 5, 700, "loyal customers"));

  static final List<SentimentObservation> SAID =
      List.of(
          said("k1", "2024-04-01", 0.6),
          said("k1", "2024-04-15", 0.4),
          said("k3", "2024-04-20", 0.8),
          said("k2", "2024-05-01", 0.2),
          said("k4", "2024-05-10", -0.2),
          said("k4", "2024-06-05", -0.3),
          said("k1", "2024-06-10", -0.5),
          said("k2", "2024-06-15", -0.1),
          said("k1", "2024-06-20", -0.3),
          said("k3", "2024-06-25", -0.8));

  static final TrendOptions OPTIONS =
      TrendOptions.defaults().withAsOf(Instant.parse("2024-06-30T00:00:00Z"));

  @Test
  void valuableCustomersTurningNegativeComeBiggestDropFirst() {
    List<SentimentTrend> turning = Analytics.valuableTurningNegative(NOW, SAID, OPTIONS);

    assertThat(turning).extracting(SentimentTrend::customerKey).containsExactly("k1", "k2");
    SentimentTrend k1 = turning.get(0);
    assertThat(k1.earlierCount()).isEqualTo(2);
    assertThat(k1.recentCount()).isEqualTo(2);
    assertThat(k1.earlierMean()).isCloseTo(0.5, within(EPS));
    assertThat(k1.recentMean()).isCloseTo(-0.4, within(EPS));
    assertThat(k1.change()).isCloseTo(-0.9, within(EPS));
    SentimentTrend k2 = turning.get(1);
    assertThat(k2.change()).isCloseTo(-0.3, within(EPS));
    assertThat(k2.slopePerDay()).isCloseTo(-0.3 / 45, within(EPS));
    assertThat(k2.segment()).isEqualTo("loyal customers");
  }

  @Test
  void churnRiskFollowsTheDocumentedFormula() {
    List<ChurnRisk> risks = Analytics.churnRisk(NOW, BEFORE, SAID, OPTIONS);

    assertThat(risks).extracting(ChurnRisk::customerKey).containsExactly("k3", "k4", "k1", "k2");
    assertThat(risks)
        .extracting(ChurnRisk::risk)
        .usingComparatorForType(
            (a, b) ->
                Math.abs((Double) a - (Double) b) < EPS
                    ? 0
                    : Double.compare((Double) a, (Double) b),
            Double.class)
        .containsExactly(0.67, 0.4075, 0.1675, 0.135);
    ChurnRisk k4 = risks.get(1);
    assertThat(k4.recencyRisk()).isCloseTo(0.75, within(EPS));
    assertThat(k4.scoreDecline()).isCloseTo(0.25, within(EPS));
    assertThat(k4.negativity()).isCloseTo(0.3, within(EPS));
    assertThat(k4.sentimentDrop()).isCloseTo(0.05, within(EPS));
  }

  @Test
  void withoutSentimentOrHistoryOnlyRecencyCounts() {
    List<ChurnRisk> risks = Analytics.churnRisk(NOW, List.of(), List.of(), OPTIONS);

    assertThat(risks).extracting(ChurnRisk::customerKey).containsExactly("k3", "k4", "k2", "k1");
    assertThat(risks.getFirst().risk()).isCloseTo(0.35, within(EPS));
  }

  @Test
  void sentimentRevenueCorrelationJoinsOnCustomerKey() {
    Correlation correlation = Analytics.sentimentRevenueCorrelation(NOW, SAID, 0.95);

    assertThat(correlation.n()).isEqualTo(4);
    assertThat(correlation.pearson()).isCloseTo(-0.20720129407344348, within(1e-9));
  }

  @Test
  void pearsonHasAFisherConfidenceIntervalAndSpearmanUsesAverageRanks() {
    double[] x = {1, 2, 3, 4, 5, 6};

    Correlation correlation = Analytics.correlation(x, new double[] {2, 1, 4, 3, 7, 8}, 0.95);
    Correlation tied = Analytics.correlation(x, new double[] {2, 2, 4, 3, 7, 8}, 0.95);

    assertThat(correlation.pearson()).isCloseTo(0.9014600868406591, within(EPS));
    assertThat(correlation.lower()).isCloseTo(0.3349310458848845, within(1e-9));
    assertThat(correlation.upper()).isCloseTo(0.9892764833634093, within(1e-9));
    assertThat(correlation.spearman()).isCloseTo(0.8857142857142857, within(EPS));
    assertThat(tied.spearman()).isCloseTo(0.9276336570439175, within(EPS));
  }

  @Test
  void correlationNeedsFourPairsWithVariance() {
    assertThatThrownBy(() -> Analytics.correlation(new double[3], new double[3], 0.95))
        .hasMessageContaining("at least 4 pairs, found 3");
    assertThatThrownBy(
            () -> Analytics.correlation(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}, 0.95))
        .hasMessageContaining("no variance");
  }

  @Test
  void scoresOutsideTheScaleAreRejected() {
    assertThatThrownBy(() -> said("k", "2024-01-01", 1.5)).hasMessageContaining("found 1.5");
  }
}
