package io.pulse.cli;

import static io.pulse.cli.AnalyticsCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import org.junit.jupiter.api.Test;

class ScoreCommandTest {
  private static final String COMPLAINT = "the staff were rude and the flight was late";

  @Test
  void explainNamesTheWordsBehindEachScoreInTheTable() {
    Run run = run(new ScoreCommand(), "--explain", "2", COMPLAINT);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("negative", COMPLAINT, "why: ");
    String why = run.out().substring(run.out().indexOf("why: "));
    assertThat(why).containsPattern("(rude|late) -0\\.\\d\\d");
  }

  @Test
  void explainAndEmotionsAreFieldsOfJsonLines() {
    Run run =
        run(
            new ScoreCommand(),
            "--format",
            "jsonl",
            "--explain",
            "--emotions",
            "I can't wait, this is wonderful");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("\"explanation\":\\[\\{\"phrase\":\"wonderful\",\"weight\":\\d")
        .contains("\"emotion\":\"enthusiasm\"")
        .contains("\"emotions\":{\"none\":");
  }

  @Test
  void withoutExplainTheOutputIsUnchanged() {
    Run run = run(new ScoreCommand(), "--format", "csv", COMPLAINT);

    assertThat(run.out())
        .startsWith("text,label,score,negative,neutral,positive,model_version\n")
        .doesNotContain("explanation");
  }

  @Test
  void emotionTrainingNeedsFilesForOtherLanguages() {
    Run run = run(new TrainCommand(), "--task", "emotion", "--language", "no", "-o", "x");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--train must be given for --task emotion");
  }
}
