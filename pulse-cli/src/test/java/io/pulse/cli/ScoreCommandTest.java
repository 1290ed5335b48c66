package io.pulse.cli;

import static io.pulse.cli.AnalyticsCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
  void explainBeforeADashReadsStandardInputWithTheDefaultCount() {
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream((COMPLAINT + "\n").getBytes(StandardCharsets.UTF_8)));
    Run run;
    try {
      run = run(new ScoreCommand(), "--format", "jsonl", "--explain", "-");
    } finally {
      System.setIn(original);
    }

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.out()).contains("\"text\":\"" + COMPLAINT + "\"");
    assertThat(explanationCount(run.out())).isEqualTo(3);
  }

  @Test
  void explainBeforeATextScoresThatTextWithTheDefaultCount() {
    Run run = run(new ScoreCommand(), "--format", "jsonl", "--explain", COMPLAINT, "thanks, great");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).contains(COMPLAINT);
    assertThat(explanationCount(run.out().lines().findFirst().orElseThrow())).isEqualTo(3);
  }

  @Test
  void explainTakesAFollowingNumberOrAnAttachedOneAsTheCount() {
    Run separate = run(new ScoreCommand(), "--format", "jsonl", "--explain", "1", COMPLAINT);
    Run attached = run(new ScoreCommand(), "--format", "jsonl", "--explain=2", COMPLAINT);
    Run invalid = run(new ScoreCommand(), "--explain=many", COMPLAINT);

    assertThat(explanationCount(separate.out())).isEqualTo(1);
    assertThat(explanationCount(attached.out())).isEqualTo(2);
    assertThat(invalid.exitCode()).isNotZero();
    assertThat(invalid.err()).contains("--explain", "many");
  }

  private static int explanationCount(String jsonLine) {
    return jsonLine.split("\"phrase\":", -1).length - 1;
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
        .containsPattern("\"explanation\":\\[\\{\"phrase\":\"[^\"]+\",\"weight\":0\\.\\d")
        .containsPattern("\"phrase\":\"(is )?wonderful\",\"weight\":0\\.\\d")
        .contains("\"emotion\":\"enthusiasm\"")
        .contains("\"emotions\":{\"none\":");
  }

  @Test
  void withoutExplainTheOutputIsUnchanged() {
    Run run = run(new ScoreCommand(), "--format", "csv", COMPLAINT);

    assertThat(run.out())
        .startsWith("text,label,score,negative,neutral,positive,model_version,language\n")
        .doesNotContain("explanation");
  }

  @Test
  void eachTextIsScoredByTheModelOfItsLanguageAndOtherLanguagesAreUnscored() {
    Run run =
        run(
            new ScoreCommand(),
            "--format",
            "jsonl",
            "--emotions",
            "Fakturaen er feil for tredje gang, og ingen svarer på e-postene mine.",
            COMPLAINT,
            "Die Rechnung ist schon wieder falsch und niemand antwortet mir.");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0))
        .contains("\"language\":\"no\"", "\"model_version\":\"pulse-no-", "\"emotion\":\"");
    assertThat(lines.get(1)).contains("\"language\":\"en\"", "\"model_version\":\"pulse-en-");
    assertThat(lines.get(2))
        .contains(
            "\"label\":\"unscored\"",
            "\"language\":\"de\"",
            "\"unscored_reason\":\"unsupported language\"");
  }

  @Test
  void languageForcesOneModelForEveryText() {
    Run run = run(new ScoreCommand(), "--format", "jsonl", "--language", "no", COMPLAINT);
    Run wrong = run(new ScoreCommand(), "--language", "tlh", COMPLAINT);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"language\":\"no\"", "\"model_version\":\"pulse-no-");
    assertThat(wrong.exitCode()).isNotZero();
    assertThat(wrong.err()).contains("'tlh'");
  }
}
