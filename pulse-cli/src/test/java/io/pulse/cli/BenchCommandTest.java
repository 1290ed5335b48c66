package io.pulse.cli;

import static io.pulse.cli.AnalyticsCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
  private static final String DATA = "../datasets/airline-tweets/dev.csv.gz";

  @Test
  void warmUpRoundsAreShownButOnlyTimedRoundsCount() {
    Run run =
        run(
            new BenchCommand(),
            "--data",
            DATA,
            "--messages",
            "600",
            "--warmup",
            "1",
            "--rounds",
            "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("1 warm-up + 3 timed rounds", "warm-up 1: ", "round 3: ")
        .doesNotContain("round 4")
        .containsPattern("median: [\\d,]+ messages/s, slowest: [\\d,]+, fastest: [\\d,]+");
  }

  @Test
  void zeroTimedRoundsIsRefusedNamingTheOption() {
    Run run = run(new BenchCommand(), "--data", DATA, "--rounds", "0");

    assertThat(run.exitCode()).isEqualTo(CliFailure.BAD_INPUT);
    assertThat(run.err()).contains("--rounds must be at least 1, found 0");
  }
}
