package io.pulse.cli;

import picocli.CommandLine;

/**
 * Runs {@code pulse rfm} and {@code pulse cohort} without building the whole command tree: the
 * other sub-commands (model, server) take longer to set up than the analytics take to run, and the
 * RFM + cohort path has a start-to-finish speed target (docs/benchmarks.md). The import starts
 * early, while picocli builds the command ({@link EarlyImport}).
 */
final class AnalyticsCommands {

  private AnalyticsCommands() {}

  /** Whether {@code args} start with an analytics sub-command. */
  static boolean handles(String[] args) {
    return args.length > 0 && (args[0].equals("rfm") || args[0].equals("cohort"));
  }

  /** Runs the analytics sub-command named by {@code args[0]}; returns its exit code. */
  static int run(String[] args) {
    EarlyImport.start(args);
    Object body = args[0].equals("rfm") ? new RfmCommand() : new CohortCommand();
    CommandLine command = new CommandLine(body);
    command.setCommandName("pulse " + args[0]);
    String[] rest = new String[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return command.execute(rest);
  }
}
