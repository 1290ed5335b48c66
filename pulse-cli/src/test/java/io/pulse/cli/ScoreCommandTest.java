package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {
  @TempDir Path directory;

  private record Run(int exitCode, String out, String err) {}

  private static Run pulse(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new PulseCommand());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int code = command.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void scoresTextArgumentsAsJsonLines() {
    Run run =
        pulse(
            "score",
            "--format",
            "jsonl",
            "I love this, thank you so much!",
            "Please send me the invoice");
    assertThat(run.exitCode()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0])
        .startsWith("{\"text\":\"I love this, thank you so much!\",\"label\":\"positive\"")
        .contains("\"score\":", "\"negative\":", "\"model_version\":\"pulse-en-");
  }

  @Test
  void scoresCsvColumnAsCsvWithHeader() throws Exception {
    Path csv = directory.resolve("in.csv");
    Files.writeString(csv, "id,body\n1,\"Worst service ever, my bag is lost and nobody helps\"\n");
    Run run = pulse("score", "--csv", csv.toString(), "--column", "body", "--format", "csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("text,label,score,negative,neutral,positive,model_version\n")
        .contains("\"Worst service ever, my bag is lost and nobody helps\",negative,");
  }

  @Test
  void tableFormatShowsLabelScoreAndText() {
    Run run = pulse("score", "Worst service ever, my bag is lost and nobody helps");
    assertThat(run.out()).contains("label", "negative", "Worst service ever");
  }

  @Test
  void missingColumnFailsNamingFileAndColumn() throws Exception {
    Path csv = directory.resolve("in.csv");
    Files.writeString(csv, "id,body\n1,hello\n");
    Run run = pulse("score", "--csv", csv.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains(csv + " line 1: missing column 'text'");
  }

  @Test
  void badLabelInEvaluationFailsNamingFileAndLine() throws Exception {
    Path csv = directory.resolve("labelled.csv");
    Files.writeString(csv, "text,label\nnice,positive\nbad,negative\nhm,good\n");
    Run run = pulse("evaluate", csv.toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains(csv + " line 4: label must be one of negative|neutral|positive, found 'good'");
  }

  @Test
  void trainRejectsUnknownHyperparameter() {
    Run run = pulse("train", "-o", directory.resolve("m").toString(), "-p", "lstmSize=3");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("unknown hyper-parameter 'lstmSize'");
  }
}
