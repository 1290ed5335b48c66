package io.pulse.flink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code pulse flink bench}: backfills the same generated messages (the bundled airline tweets,
 * cycled, with distinct ids and customers) into a fresh database once per parallelism and prints
 * the rates and the speed-up. The figures in docs/benchmarks.md and the sizing in docs/scale-out.md
 * come from it.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the backfill job: items/s per parallelism on generated messages.")
final class BackfillBench implements Callable<Integer> {

  private static final String TEXTS = "demo/train.csv.gz";
  private static final String[] CHANNELS = {"email", "ticket", "chat", "social"};
  private static final String[] TOPICS = {"delivery", "billing", "support", "app"};

  /** The first user handle of a tweet ("@united"), which every bundled airline tweet has. */
  private static final Pattern HANDLE = Pattern.compile("@\\w+");

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--messages", defaultValue = "1000000", description = "Default: ${DEFAULT-VALUE}")
  int messages;

  @Option(names = "--files", defaultValue = "16", description = "Default: ${DEFAULT-VALUE}")
  int files;

  @Option(
      names = "--parallelism",
      split = ",",
      defaultValue = "1,2",
      description = "Parallelisms to measure, in order. Default: ${DEFAULT-VALUE}")
  List<Integer> parallelisms;

  @Option(
      names = "--admin-url",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
      description =
          "PostgreSQL database to create the bench databases from (each dropped after its run)."
              + " Default: ${DEFAULT-VALUE}")
  String adminUrl;

  @Option(names = "--jdbc-user", defaultValue = "postgres")
  String user;

  @Option(names = "--model", defaultValue = ModelTier.FAST)
  String model;

  @Option(
      names = "--warm-up",
      defaultValue = "0",
      description =
          "Messages backfilled first, untimed, at the highest parallelism, so that every measured"
              + " run starts with compiled code and loaded models (the steady state);"
              + " 0: every run as a fresh backfill would. Default: ${DEFAULT-VALUE}")
  int warmUp;

  @Option(names = "--batch-size", defaultValue = "1000")
  int batchSize;

  @Option(
      names = "--work-dir",
      defaultValue = "target/flink-bench",
      description = "Where the generated files and key go (reused when present)")
  Path workDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return Failures.run(
        "flink bench",
        spec.commandLine().getErr(),
        () -> {
          Path input = generate(messages);
          Path key = workDir.resolve("privacy.key");
          if (!Files.exists(key)) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(key, Base64.getEncoder().encodeToString(bytes));
          }
          out.printf(
              "%,d messages in %d files, model %s, batch %d; %d cores, load average %.2f%n",
              messages,
              files,
              model,
              batchSize,
              Runtime.getRuntime().availableProcessors(),
              load());
          out.println(
              "parallelism  seconds  items/s  items/s per slot  items per CPU-second  load average"
                  + " after");
          if (warmUp > 0) {
            int highest = parallelisms.stream().mapToInt(Integer::intValue).max().orElse(1);
            once(generate(warmUp), key, highest);
            out.printf("warm-up: %,d messages at parallelism %d (not measured)%n", warmUp, highest);
          }
          double base = 0;
          for (int parallelism : parallelisms) {
            long cpuBefore = cpuNanos();
            CpuShares sharesBefore = CpuShares.now();
            BackfillReport report = once(input, key, parallelism);
            double cpuSeconds = (cpuNanos() - cpuBefore) / 1e9;
            CpuShares shares = CpuShares.now().minus(sharesBefore);
            double rate = report.itemsPerSecond();
            base = base == 0 ? rate / parallelism : base;
            out.printf(
                Locale.ROOT,
                "%11d  %7.1f  %7.0f  %16.0f  %20.0f  %.2f   speed-up vs 1 slot: %.2fx%n",
                parallelism,
                report.elapsed().toMillis() / 1000.0,
                rate,
                rate / parallelism,
                messages / cpuSeconds,
                load(),
                rate / base);
            if (shares.machineSeconds() > 0) {
              out.printf(
                  Locale.ROOT,
                  "             CPU seconds: this process %.1f (JIT compiler %.1f, GC %.1f),"
                      + " rest of the machine %.1f (PostgreSQL when the machine is otherwise"
                      + " idle)%n",
                  cpuSeconds,
                  shares.compilerSeconds(),
                  shares.gcSeconds(),
                  Math.max(0, shares.machineSeconds() - cpuSeconds));
            }
            out.flush();
            if (report.created() != messages) {
              throw new IllegalStateException(
                  "stored " + report.created() + " of " + messages + " messages");
            }
          }
          return 0;
        });
  }

  private BackfillReport once(Path input, Path key, int parallelism) throws Exception {
    String name = "pulse_flink_bench_" + parallelism + "_" + Long.toHexString(System.nanoTime());
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    sql("CREATE DATABASE " + name);
    try {
      return BackfillJob.run(
          FlinkCommand.environment(),
          new BackfillOptions(
              List.of(input.toString()),
              url,
              user,
              key.toString(),
              model,
              parallelism,
              batchSize,
              Duration.ofSeconds(10),
              null,
              20_000));
    } finally {
      sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                adminUrl, user, System.getenv().getOrDefault(Database.PASSWORD_VARIABLE, ""));
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  /**
   * NDJSON files of {@code count} messages, generated once per size. Every text is unique: the
   * tweets are cycled, but each copy's first handle carries the message number ("@united_52011"),
   * so nothing that remembers recent texts gains from the repetition. Scoring reads any handle as
   * the same user token, and redaction and language detection skip handles, so the work per message
   * is the tweet's.
   */
  private Path generate(int count) throws IOException {
    Path dir = workDir.resolve(count + "x" + files + "-unique");
    if (Files.isDirectory(dir)) {
      return dir;
    }
    List<String> texts = texts();
    Path partial = Files.createDirectories(workDir.resolve(dir.getFileName() + ".partial"));
    JsonMapper json = JsonMapper.shared();
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    int perFile = (count + files - 1) / files;
    for (int f = 0; f < files; f++) {
      try (BufferedWriter w = Files.newBufferedWriter(partial.resolve("part-" + f + ".ndjson"))) {
        for (int i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) {
          ObjectNode node = json.createObjectNode();
          node.put("externalId", "bench-" + i);
          node.put("channel", CHANNELS[i % CHANNELS.length]);
          node.put("timestamp", start.plusSeconds(i * 31L % 31_536_000).toString());
          node.put("customer", "customer-" + (i % 20_000) + "@example.com");
          node.put("product", "product-" + (i % 7));
          node.putArray("tags").add(TOPICS[i % TOPICS.length]);
          node.put("text", HANDLE.matcher(texts.get(i % texts.size())).replaceFirst("$0_" + i));
          w.write(json.writeValueAsString(node));
          w.newLine();
        }
      }
    }
    Files.move(partial, dir);
    return dir;
  }

  private static List<String> texts() throws IOException {
    try (InputStream in = BackfillBench.class.getClassLoader().getResourceAsStream(TEXTS)) {
      if (in == null) {
        throw new IllegalStateException("the bundled texts " + TEXTS + " are not on the classpath");
      }
      List<String> texts = new ArrayList<>();
      for (CSVRecord row :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
        texts.add(row.get("text"));
      }
      return texts;
    }
  }

  /**
   * CPU time of this process (all its threads, the job's and the MiniCluster's): on a shared
   * machine items per CPU-second say what a core does when it is not taken by others.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
