package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help}, found by walking the whole command tree: descriptions are format
 * strings to picocli, so a bare {@code %} in one makes it print a warning instead of the text.
 */
class HelpTest {

  /** The argument lists that reach each command and sub-command, e.g. [alerts, list]. */
  static Stream<List<String>> commands() {
    List<List<String>> paths = new ArrayList<>();
    collect(new CommandLine(new PulseCommand()), new ArrayList<>(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    command
        .getSubcommands()
        .forEach((name, sub) -> {
          if (name.equals(sub.getCommandName())) { // skip aliases
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, paths);
          }
        });
  }

  @ParameterizedTest(name = "pulse {0} --help")
  @MethodSource("commands")
  void helpPrintsUsageWithoutPicocliWarnings(List<String> path) {
    List<String> args = new ArrayList<>(path);
    args.add("--help");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream original = System.err;
    int code;
    // picocli's own warnings go to System.err, not to the command's error writer
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      CommandLine line = new CommandLine(new PulseCommand());
      line.setOut(new PrintWriter(out, true));
      line.setErr(new PrintWriter(err, true));
      code = line.execute(args.toArray(String[]::new));
    } finally {
      System.setErr(original);
    }

    String all = out + "\n" + err + "\n" + stderr.toString(StandardCharsets.UTF_8);
    assertThat(code).as(all).isZero();
    assertThat(out.toString()).contains("Usage: pulse");
    assertThat(all).doesNotContain("picocli WARN", "Could not format", "%n");
  }

  @ParameterizedTest(name = "pulse {0} --help")
  @MethodSource("analyticsCommands")
  void theAnalyticsFastPathPrintsTheSameHelpWithoutWarnings(String name) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    int code;
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      code = AnalyticsCommands.run(new String[] {name, "--help"});
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }

    String out = stdout.toString(StandardCharsets.UTF_8);
    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(code).as(err).isZero();
    assertThat(out).startsWith("Usage: pulse " + name);
    assertThat(out + err).doesNotContain("picocli WARN", "Could not format");
  }

  static Stream<String> analyticsCommands() {
    return Stream.of("rfm", "cohort");
  }
}
