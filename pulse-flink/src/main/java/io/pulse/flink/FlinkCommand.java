package io.pulse.flink;

import io.pulse.core.Channel;
import io.pulse.ingest.InteractionFiles;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pulse flink ...}: the Flink jobs from the command line. Run by {@code pulse}, a job runs
 * on a local MiniCluster; submitted with {@code flink run -c io.pulse.flink.FlinkCommand
 * pulse-flink-job.jar ...}, the same job runs on that cluster (docs/scale-out.md).
 */
@Command(
    name = "flink",
    mixinStandardHelpOptions = true,
    description = "The Pulse pipeline as Apache Flink jobs (docs/scale-out.md).",
    subcommands = {FlinkCommand.Backfill.class, BackfillBench.class, CommandLine.HelpCommand.class})
public final class FlinkCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Entry point for {@code flink run}: the sub-commands of {@code pulse flink}. */
  public static void main(String[] args) {
    int exitCode = new CommandLine(new FlinkCommand()).execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** Options every job shares: the database, the key, the model. */
  static final class Common {

    @Option(
        names = "--jdbc-url",
        required = true,
        description =
            "PostgreSQL database to store into, e.g. jdbc:postgresql://127.0.0.1:5432/pulse")
    String jdbcUrl;

    @Option(
        names = "--jdbc-user",
        defaultValue = "postgres",
        description = "Database user (password from PULSE_DB_PASSWORD). Default: ${DEFAULT-VALUE}")
    String jdbcUser;

    @Option(
        names = "--privacy-key-file",
        description =
            "File with the server's pseudonym key (<data dir>/privacy.key); default: PULSE_PRIVACY_KEY")
    String privacyKeyFile;

    @Option(
        names = "--model",
        defaultValue = ModelTier.FAST,
        description = "fast, accurate or a model directory. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(
        names = "--parallelism",
        defaultValue = "0",
        description = "Parallel tasks (task slots); 0: the cores here, or the cluster's default")
    int parallelism;

    @Option(
        names = "--batch-size",
        defaultValue = "1000",
        description = "Items scored and stored together. Default: ${DEFAULT-VALUE}")
    int batchSize;

    @Option(
        names = "--checkpoint-interval",
        defaultValue = "PT10S",
        description = "Checkpoint interval (ISO-8601). Default: ${DEFAULT-VALUE}")
    Duration checkpointInterval;
  }

  /** {@code pulse flink backfill}. */
  @Command(
      name = "backfill",
      mixinStandardHelpOptions = true,
      description =
          "Reads interaction files (CSV, NDJSON; files or directories), protects, scores and stores"
              + " them; stored external ids are skipped, so running it again is safe.")
  static final class Backfill implements Callable<Integer> {

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--input",
        required = true,
        arity = "1..*",
        description = "Files or directories (.csv, .ndjson, .jsonl)")
    List<String> inputs;

    @Option(
        names = "--default-channel",
        description = "Channel of CSV rows without a channel column (email, ticket, chat, ...)")
    String defaultChannel;

    @Option(
        names = "--max-text-chars",
        defaultValue = "" + InteractionFiles.DEFAULT_MAX_TEXT_CHARS,
        description = "Longest accepted text. Default: ${DEFAULT-VALUE}")
    int maxTextChars;

    @CommandLine.Mixin Common common = new Common();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      return Failures.run(
          "flink backfill",
          err,
          () -> {
            BackfillOptions options = options();
            BackfillReport report;
            try (Bar bar = new Bar()) {
              report = BackfillJob.run(environment(), options, bar);
            }
            out.printf(
                "%d files: %d stored, %d already stored, %d rejected in %.1f s (%.0f items/s)%n",
                report.files(),
                report.created(),
                report.duplicates(),
                report.rejected(),
                report.elapsed().toMillis() / 1000.0,
                report.itemsPerSecond());
            report.rejectedLines().stream().limit(20).forEach(line -> err.println("  " + line));
            if (report.rejected() > 20) {
              err.println("  ... (every rejected line is in the job's log)");
            }
            return report.rejected() == 0 ? 0 : 2;
          });
    }

    BackfillOptions options() {
      Channel channel = null;
      if (defaultChannel != null) {
        try {
          channel = Channel.parse(defaultChannel);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "--default-channel must be one of email|ticket|chat|call|social|review|survey|note;"
                  + " found '"
                  + defaultChannel
                  + "'");
        }
      }
      return new BackfillOptions(
          inputs,
          common.jdbcUrl,
          common.jdbcUser,
          common.privacyKeyFile,
          common.model,
          common.parallelism,
          common.batchSize,
          common.checkpointInterval,
          channel,
          maxTextChars);
    }
  }

  /** A local MiniCluster when run here; the cluster's environment under {@code flink run}. */
  static StreamExecutionEnvironment environment() {
    return StreamExecutionEnvironment.getExecutionEnvironment();
  }

  /** A progress bar on stderr over the estimated items. */
  private static final class Bar implements BackfillJob.Progress, AutoCloseable {

    private ProgressBar bar;

    @Override
    public void started(int files, long estimatedItems) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("backfill")
              .setInitialMax(estimatedItems)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" items", 1)
              .showSpeed()
              .continuousUpdate()
              .build();
    }

    @Override
    public void done(long items) {
      if (bar != null) {
        bar.stepTo(items);
      }
    }

    @Override
    public void close() {
      if (bar != null) {
        bar.close();
      }
    }
  }
}
