package io.pulse.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RfmTest {

  static Transaction sale(String customer, String invoice, String when, int qty, double price) {
    return new Transaction(invoice, "S", qty, LocalDateTime.parse(when), price, customer, "UK");
  }

  static final List<Transaction> FIXTURE =
      List.of(
          sale("c1", "i1", "2011-03-01T09:00", 2, 10.0),
          sale("c2", "i3", "2011-03-05T09:00", 3, 2.0),
          sale("c1", "i2", "2011-03-10T09:00", 1, 5.0),
          sale("c3", "i4", "2011-03-11T15:30", 1, 100.0),
          sale("c3", "i4", "2011-03-11T15:30", 1, 50.0));

  @Test
  void valuesScoresAndSegmentsOfAHandComputedFixture() {
    RfmResult result = Analytics.rfm(FIXTURE, RfmOptions.defaults());

    assertThat(result.referenceDate()).isEqualTo(LocalDate.of(2011, 3, 12));
    assertThat(result.customers())
        .containsExactly(
            new CustomerRfm(
                "c1", LocalDate.of(2011, 3, 10), 2, 2, 25.0, 3, 5, 3, "loyal customers"),
            new CustomerRfm("c2", LocalDate.of(2011, 3, 5), 7, 1, 6.0, 1, 1, 1, "hibernating"),
            new CustomerRfm(
                "c3", LocalDate.of(2011, 3, 11), 1, 1, 150.0, 5, 3, 5, "potential loyalists"));
  }

  @Test
  void referenceDateIgnoresLaterTransactionsAndCountsDaysToIt() {
    RfmResult result =
        Analytics.rfm(FIXTURE, RfmOptions.defaults().withReferenceDate(LocalDate.of(2011, 3, 10)));

    assertThat(result.customers())
        .extracting(CustomerRfm::customerId, CustomerRfm::recency, CustomerRfm::frequency)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c1", 9, 1),
            org.assertj.core.groups.Tuple.tuple("c2", 5, 1));
  }

  @Test
  void binsFollowPandasQcutOnRankEdges() {
    // n = 7: edges 1, 2.2, 3.4, 4.6, 5.8, 7 (right-closed).
    assertThat(IntStream.rangeClosed(1, 7).map(r -> QuantileScores.binOfRank(r, 7)).toArray())
        .containsExactly(1, 1, 2, 3, 4, 5, 5);
    // n = 11: edges 1, 3, 5, 7, 9, 11 fall on ranks, which stay in the lower bin.
    assertThat(IntStream.rangeClosed(1, 11).map(r -> QuantileScores.binOfRank(r, 11)).toArray())
        .containsExactly(1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    assertThat(QuantileScores.binOfRank(1, 1)).isEqualTo(1);
  }

  @Test
  void tiedValuesAreRankedInCustomerOrder() {
    double[] values = {3, 1, 1, 1, 1, 2, 2, 2, 2, 2};

    assertThat(QuantileScores.ascending(values)).containsExactly(5, 1, 1, 2, 2, 3, 3, 4, 4, 5);
  }

  @Test
  void everyOneOfTheTenSegmentsIsReachable() {
    SegmentRules rules = SegmentRules.standard();
    String[][] expected = {
      {"hibernating", "hibernating", "at risk", "at risk", "can't lose"},
      {"hibernating", "hibernating", "at risk", "at risk", "can't lose"},
      {"about to sleep", "about to sleep", "need attention", "loyal customers", "loyal customers"},
      {
        "promising",
        "potential loyalists",
        "potential loyalists",
        "loyal customers",
        "loyal customers"
      },
      {"new customers", "potential loyalists", "potential loyalists", "champions", "champions"}
    };
    for (int r = 1; r <= 5; r++) {
      for (int f = 1; f <= 5; f++) {
        assertThat(rules.segmentOf(r, f)).as("R%d F%d", r, f).isEqualTo(expected[r - 1][f - 1]);
      }
    }
    assertThat(
            IntStream.rangeClosed(1, 5)
                .boxed()
                .flatMap(r -> IntStream.rangeClosed(1, 5).mapToObj(f -> rules.segmentOf(r, f)))
                .distinct())
        .hasSize(10);
  }

  @Test
  void customRulesComeFromLinesAndUnmatchedPairsAreUnsegmented() {
    SegmentRules rules =
        SegmentRules.parse(List.of("# vip first", "5[4-5]=vip", "", "[1-5]1 = one-off"), "r.txt");

    assertThat(rules.segmentOf(5, 5)).isEqualTo("vip");
    assertThat(rules.segmentOf(3, 1)).isEqualTo("one-off");
    assertThat(rules.segmentOf(3, 3)).isEqualTo(SegmentRules.UNMATCHED);
  }

  @Test
  void badRuleLinesAreNamed() {
    assertThatThrownBy(() -> SegmentRules.parse(List.of("55=top", "[1-2=oops"), "r.txt"))
        .hasMessageStartingWith("r.txt line 2: segment pattern must be a regular expression");
    assertThatThrownBy(() -> SegmentRules.parse(List.of("55 top"), "r.txt"))
        .hasMessage("r.txt line 1: expected 'pattern=segment', found '55 top'");
  }

  @Test
  void segmentTableHasExactCountsAndStatistics() {
    List<CustomerRfm> customers =
        List.of(
            new CustomerRfm("a", LocalDate.EPOCH, 10, 2, 100, 1, 1, 1, "x"),
            new CustomerRfm("b", LocalDate.EPOCH, 20, 4, 300, 1, 1, 1, "x"),
            new CustomerRfm("c", LocalDate.EPOCH, 5, 1, 7, 1, 1, 1, "a"));

    List<SegmentSummary> table = SegmentTable.summarise(customers);

    assertThat(table)
        .containsExactly(
            new SegmentSummary(
                "a",
                1,
                1 / 3.0,
                new Stats(5, 0, 5, 5),
                new Stats(1, 0, 1, 1),
                new Stats(7, 0, 7, 7)),
            new SegmentSummary(
                "x",
                2,
                2 / 3.0,
                new Stats(15, Math.sqrt(50), 10, 20),
                new Stats(3, Math.sqrt(2), 2, 4),
                new Stats(200, Math.sqrt(20_000), 100, 300)));
  }

  @Test
  void noTransactionsIsAnError() {
    assertThatThrownBy(() -> Analytics.rfm(List.of(), RfmOptions.defaults()))
        .hasMessageContaining("no transactions");
  }

  static Map<String, SegmentSummary> bySegment(RfmResult result) {
    return result.segments().stream()
        .collect(java.util.stream.Collectors.toMap(SegmentSummary::segment, s -> s));
  }
}
