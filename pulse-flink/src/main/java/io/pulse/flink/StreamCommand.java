package io.pulse.flink;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pulse flink stream}: the streaming job, until it is cancelled. */
@Command(
    name = "stream",
    mixinStandardHelpOptions = true,
    description =
        "Reads raw interactions from a Kafka topic, protects, scores and stores them, and publishes"
            + " series windows and the alerts they call for to two topics.")
final class StreamCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--bootstrap-servers", required = true, description = "Kafka brokers")
  String bootstrapServers;

  @Option(
      names = "--topic",
      defaultValue = "pulse.interactions",
      description = "Default: ${DEFAULT-VALUE}")
  String topic;

  @Option(
      names = "--group-id",
      defaultValue = "pulse-stream",
      description = "Default: ${DEFAULT-VALUE}")
  String groupId;

  @Option(
      names = "--aggregates-topic",
      defaultValue = "pulse.aggregates",
      description = "Default: ${DEFAULT-VALUE}")
  String aggregatesTopic;

  @Option(
      names = "--alerts-topic",
      defaultValue = "pulse.alerts",
      description = "Default: ${DEFAULT-VALUE}")
  String alertsTopic;

  @Option(
      names = "--alert-settings",
      description = "Properties file of alerts.* settings (the server's keys) over the defaults")
  Path alertSettings;

  @Option(
      names = "--max-wait",
      defaultValue = "PT0.2S",
      description = "Longest an item waits for its micro-batch. Default: ${DEFAULT-VALUE}")
  Duration maxWait;

  @Option(
      names = "--lateness",
      defaultValue = "PT10M",
      description = "How far out of order event times may arrive. Default: ${DEFAULT-VALUE}")
  Duration lateness;

  @CommandLine.Mixin FlinkCommand.Common common = new FlinkCommand.Common();

  @Override
  public Integer call() {
    return Failures.run(
        "flink stream",
        spec.commandLine().getErr(),
        () -> {
          StreamOptions options =
              new StreamOptions(
                  bootstrapServers,
                  topic,
                  groupId,
                  aggregatesTopic,
                  alertsTopic,
                  common.jdbcUrl,
                  common.jdbcUser,
                  common.privacyKeyFile,
                  common.model,
                  common.parallelism,
                  common.batchSize,
                  maxWait,
                  common.checkpointInterval,
                  settings(),
                  lateness,
                  false);
          JobClient job = StreamingJob.start(FlinkCommand.environment(), options);
          spec.commandLine()
              .getOut()
              .printf(
                  "%s running as job %s; stop it with Ctrl-C%n", StreamingJob.NAME, job.getJobID());
          spec.commandLine().getOut().flush();
          job.getJobExecutionResult().get();
          return 0;
        });
  }

  private Map<String, String> settings() throws IOException {
    Map<String, String> out = new HashMap<>();
    if (alertSettings != null) {
      Properties properties = new Properties();
      try (Reader in = Files.newBufferedReader(alertSettings)) {
        properties.load(in);
      }
      properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
    }
    return out;
  }
}
