package io.pulse.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

  private static final AlertConfig.Bands DEFAULTS = AlertConfig.defaults().bands();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "1.0, GREEN",
    "0.30000001, GREEN",
    "0.3, YELLOW",
    "0.0, YELLOW",
    "-0.2, YELLOW",
    "-0.20000001, ORANGE",
    "-0.5, ORANGE",
    "-0.50000001, RED",
    "-1.0, RED"
  })
  void defaultEdgesAreExact(double score, Band expected) {
    assertThat(DEFAULTS.classify(score)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} negative: {1}")
  @CsvSource({"-0.2, false", "-0.20000001, true", "0.5, false", "-1.0, true"})
  void negativeMeansOrangeOrRed(double score, boolean negative) {
    assertThat(DEFAULTS.isNegative(score)).isEqualTo(negative);
  }

  @ParameterizedTest(name = "{0} is {1} in a stricter profile")
  @CsvSource({
    "0.5, YELLOW",
    "0.51, GREEN",
    "0.0, YELLOW",
    "-0.01, ORANGE",
    "-0.3, ORANGE",
    "-0.31, RED"
  })
  void profileMovesTheEdges(double score, Band expected) {
    var bands = new AlertConfig.Bands(0.5, 0.0, -0.3);
    assertThat(bands.classify(score)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} raised is {1}")
  @CsvSource({"GREEN, YELLOW", "YELLOW, ORANGE", "ORANGE, RED", "RED, RED"})
  void raisingStopsAtRed(Band band, Band raised) {
    assertThat(band.raised()).isEqualTo(raised);
  }
}
