package io.pulse.cli;

import io.pulse.scoring.Scoring;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code pulse} command. Sub-commands are registered in the annotation. */
@Command(
    name = "pulse",
    mixinStandardHelpOptions = true,
    version = "pulse 0.1.0",
    description = "Continuous customer sentiment tracking.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TrainCommand.class,
      TrainAccurateCommand.class,
      EvaluateCommand.class,
      ScoreCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      IngestBenchCommand.class,
      RfmCommand.class,
      CohortCommand.class,
      AlertsCommand.class,
      FeedbackCommands.Correct.class,
      FeedbackCommands.Review.class,
      ModelsCommand.class,
      RetrainCommand.class,
      ImportCommand.class,
      DataProtectionCommands.Erase.class,
      DataProtectionCommands.Purge.class,
      io.pulse.flink.FlinkCommand.class
    })
public final class PulseCommand implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    if (AnalyticsCommands.handles(args)) {
      System.exit(AnalyticsCommands.run(args)); // fast path: skips building the other commands
    }
    if (args.length == 0 || !"train".equals(args[0])) {
      Scoring.preferOneNativeThreadPerForwardPass(); // scoring runs batches in parallel
    }
    CommandLine commandLine = new CommandLine(new PulseCommand());
    int exitCode = commandLine.execute(args);
    // print() without a line end is not auto-flushed; flush before System.exit drops it
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }
}
