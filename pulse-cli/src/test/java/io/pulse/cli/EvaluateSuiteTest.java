package io.pulse.cli;

import static io.pulse.cli.AnalyticsCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluateSuiteTest {

  @Test
  void suiteEvaluatesThePresentSetsBesideThePeersAndNotesTheMissingOnes(@TempDir Path data)
      throws Exception {
    Path airline = Files.createDirectories(data.resolve("airline-tweets"));
    Files.copy(Path.of("../datasets/airline-tweets/test.csv.gz"), airline.resolve("test.csv.gz"));
    Path json = data.resolve("suite.json");

    Run run =
        run(
            new EvaluateCommand(),
            "--suite",
            "-m",
            "fast",
            "--data-dir",
            data.toString(),
            "--json",
            json.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("airline tweets", "1450", "RoBERTa 0.86-0.87", "0.817")
        .contains("SemEval-2017 Twitter", "skipped: ")
        .contains("Bitext support (neutral)");
    JsonNode sets = JsonMapper.builder().build().readTree(json.toFile()).path("sets");
    assertThat(sets).hasSize(6);
    JsonNode first = sets.get(0);
    assertThat(first.path("examples").asInt()).isEqualTo(1450);
    assertThat(first.path("accuracy").asDouble()).isBetween(0.7, 0.9);
    assertThat(first.path("averageRecall").asDouble()).isBetween(0.6, 0.9);
    assertThat(first.path("goalMet").isBoolean()).isTrue();
    assertThat(sets.get(1).path("note").asString()).startsWith("skipped: ");
  }

  @Test
  void suiteRejectsFilesAndUnknownSplits() {
    Run withFile = run(new EvaluateCommand(), "--suite", "x.csv");
    Run badSplit = run(new EvaluateCommand(), "--suite", "--split", "train");

    assertThat(withFile.exitCode()).isNotZero();
    assertThat(withFile.err()).contains("--suite takes no CSV files");
    assertThat(badSplit.exitCode()).isNotZero();
    assertThat(badSplit.err()).contains("--split must be test or dev");
  }

  @Test
  void singleFileEvaluationPrintsAverageRecall() {
    Run run = run(new EvaluateCommand(), "-m", "fast", "../datasets/airline-tweets/dev.csv.gz");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("AvgRec +0\\.\\d{4}");
  }
}
