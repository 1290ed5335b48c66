package io.pulse.ingest;

import io.pulse.core.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * With {@code pulse.demo.enabled=true}, fills an empty store with the bundled airline tweets (in
 * the background, through the normal ingest pipeline; the scoring workers score them as for any
 * bulk request) so a new user sees real data at once. Customers are spread over {@code
 * pulse.demo.customers} references: the customer ids listed in the classpath resource {@code
 * pulse.demo.customer-ids} (default {@value #CUSTOMERS}: ids of the bundled Online Retail
 * transactions, so that demo sentiment joins with RFM segments), synthetic {@code customer-<n>}
 * beyond that list or when the setting is empty.
 */
@Component
class DemoLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
  static final String BUNDLED = "demo/train.csv.gz";
  static final String CUSTOMERS = "demo/customers.txt";

  private final IngestPipeline pipeline;
  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final boolean enabled;
  private final String file;
  private final int customers;
  private final Duration shift;
  private final java.util.List<String> references;

  DemoLoader(IngestPipeline pipeline, JdbcClient jdbc, JsonMapper json, DemoProperties demo) {
    this.references = customerReferences(demo.customerIds().strip());
    this.pipeline = pipeline;
    this.jdbc = jdbc;
    this.json = json;
    this.enabled = demo.enabled();
    this.file = demo.file();
    this.customers = demo.customers();
    // The bundled tweets are from February 2015. Moving them so that the newest one is "now" lets
    // trends, baselines and alerts (which ignore old history) show what they do on live data.
    this.shift = Duration.between(demo.periodEnd(), Instant.now());
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadWhenEmpty() {
    if (!enabled) {
      return;
    }
    long stored = jdbc.sql("SELECT COUNT(*) FROM interactions").query(Long.class).single();
    if (stored > 0) {
      LOG.info("demo: store already holds {} interactions; nothing loaded", stored);
      return;
    }
    Thread.ofPlatform().name("pulse-demo-loader").daemon().start(this::load);
  }

  /** Loads the demo file; returns the report (also used by tests). */
  BulkReport load() {
    long start = System.nanoTime();
    try (Reader body = open()) {
      CsvMapping mapping =
          new CsvMapping(
              Map.of(
                  "externalId", "id",
                  "timestamp", "created_at",
                  "product", "airline",
                  "text", "text"),
              Channel.SOCIAL);
      CsvSource rows = new CsvSource(json, mapping, body);
      BulkReport report =
          pipeline.ingest(
              () -> {
                RawItem item = rows.next();
                if (item != null && item.node() instanceof ObjectNode node) {
                  node.put("customer", customer(item.index() % customers));
                  node.put("externalId", "airline-" + node.path("externalId").asString());
                  shiftTimestamp(node);
                }
                return item;
              },
              Duration.ZERO);
      LOG.info(
          "demo: stored {} airline tweets ({} rejected) in {} ms; the scoring workers score them",
          report.created(),
          report.rejected(),
          (System.nanoTime() - start) / 1_000_000);
      return report;
    } catch (IOException e) {
      LOG.error("demo: could not load the sample interactions: {}", e.getMessage());
      return BulkReport.of(java.util.List.of());
    } catch (RuntimeException e) {
      LOG.error("demo: could not load the sample interactions: {}", e.getClass().getName());
      return BulkReport.of(java.util.List.of());
    }
  }

  private String customer(int n) {
    return n < references.size() ? references.get(n) : "customer-" + n;
  }

  private static java.util.List<String> customerReferences(String resource) {
    if (resource.isEmpty()) {
      return java.util.List.of();
    }
    try (InputStream in = DemoLoader.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? java.util.List.of()
          : new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .toList();
    } catch (IOException e) {
      return java.util.List.of();
    }
  }

  private void shiftTimestamp(ObjectNode node) {
    String timestamp = node.path("timestamp").asString("");
    try {
      node.put(
          "timestamp",
          OffsetDateTime.parse(timestamp)
              .plus(shift)
              .withOffsetSameInstant(ZoneOffset.UTC)
              .toString());
    } catch (DateTimeParseException e) {
      // left as it is: the ingest pipeline rejects the row and names the field
    }
  }

  private Reader open() throws IOException {
    InputStream raw =
        file.isBlank()
            ? DemoLoader.class.getClassLoader().getResourceAsStream(BUNDLED)
            : Files.newInputStream(Path.of(file));
    if (raw == null) {
      throw new IOException("bundled demo data " + BUNDLED + " is missing from the classpath");
    }
    return new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8);
  }
}
