package io.pulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data the browser tests add to the demo over the HTTP API: interactions with topics (tags) over
 * ten weeks, one of them getting worse lately, and a message that contains a script tag.
 */
final class SampleData {

  static final String XSS_CUSTOMER = "XSS-CUSTOMER-1";

  /** The most frequent buyer of the bundled transactions, also a demo customer. */
  static final String CHAMPION = "12748";

  static final String SCRIPT_TEXT =
      "The app shows <script>alert(1)</script> instead of my booking, terrible."
          + " Mail me at jane.doe@example.com or call +47 912 34 567";

  /** Personal data in {@link #SCRIPT_TEXT} that no page may show. */
  static final String[] PERSONAL = {"jane.doe@example.com", "912 34 567", XSS_CUSTOMER};

  private static final String[] GOOD = {
    "The crew was wonderful, thank you so much!",
    "Great service today, thanks for the quick help",
    "Loved the flight, friendly staff and on time",
  };
  private static final String[] BAD = {
    "My flight was delayed again and nobody helped, awful",
    "Terrible service, lost my bag and no answer for days",
    "Worst experience ever, cancelled without any notice",
  };
  private static final String[][] TOPICS = {
    {"baggage", "United"},
    {"delays", "Delta"},
    {"refunds", "US Airways"},
    {"app", "Southwest"},
    {"crew", "Virgin America"},
  };

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();
  private final String base;

  SampleData(String base) {
    this.base = base;
  }

  void storeTopicsAndScriptMessage() throws Exception {
    Instant now = Instant.now();
    Random random = new Random(42);
    StringBuilder body = new StringBuilder();
    int n = 0;
    for (int day = 70; day >= 0; day--) {
      for (int t = 0; t < TOPICS.length; t++) {
        if (random.nextInt(4) == 0) {
          continue; // not every topic comes up every day
        }
        // "delays" turns bad in the last week; the others keep their mix.
        double badShare = t == 1 && day < 7 ? 0.9 : 0.2 + 0.1 * t;
        boolean bad = random.nextDouble() < badShare;
        String text = (bad ? BAD : GOOD)[random.nextInt(3)];
        Instant at =
            now.minus(day, ChronoUnit.DAYS).minus(1 + random.nextInt(20), ChronoUnit.HOURS);
        body.append(
            line(
                "topic-" + n++,
                t % 2 == 0 ? "email" : "chat",
                at,
                "TOPIC-" + (n % 40),
                TOPICS[t][1],
                TOPICS[t][0],
                text));
      }
    }
    body.append(
        line(
            "xss-1",
            "chat",
            now.minus(1, ChronoUnit.HOURS),
            XSS_CUSTOMER,
            "United",
            "app",
            SCRIPT_TEXT));
    HttpResponse<String> response =
        http.send(
            request("/api/v1/interactions/bulk?wait=PT60S", "ingest:ingest-pw")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    assertThat(json.readTree(response.body()).path("created").asInt()).isEqualTo(n + 1);
  }

  /**
   * Every {@code step}-th tweet of the bundled demo file (classpath {@code demo/train.csv.gz}),
   * written once to target/test-data.
   */
  static synchronized Path demoSubset(int step) {
    Path file = Path.of("target", "test-data", "demo-every-" + step + ".csv.gz").toAbsolutePath();
    if (Files.exists(file)) {
      return file;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (InputStream raw =
            SampleData.class.getClassLoader().getResourceAsStream("demo/train.csv.gz");
        Reader in = new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8);
        CSVParser rows = CSVParser.parse(in, format)) {
      Files.createDirectories(file.getParent());
      try (Writer out =
              new OutputStreamWriter(
                  new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8);
          CSVPrinter printer =
              new CSVPrinter(
                  out,
                  CSVFormat.DEFAULT
                      .builder()
                      .setHeader(rows.getHeaderNames().toArray(String[]::new))
                      .get())) {
        long index = 0;
        for (CSVRecord row : rows) {
          if (index++ % step == 0) {
            printer.printRecord(row.values());
          }
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A four-turn chat that turns sour, with an agent's and a bot's turn, scored. */
  void storeConversation(String conversation) throws Exception {
    Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
    String[][] turns = {
      {"customer", "Hi! I love the new app, it works great."},
      {"bot", "Thanks! How can I help you today?"},
      {"customer", "The payment failed three times and I was charged twice. " + SCRIPT_TEXT},
      {"agent", "I am sorry about that, I will refund the double charge right away."},
      {"customer", "This is terrible service, I am cancelling my subscription."}
    };
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < turns.length; i++) {
      body.append(
          json.writeValueAsString(
                  Map.of(
                      "externalId",
                      conversation + "-" + i,
                      "channel",
                      "chat",
                      "timestamp",
                      start.plusSeconds(60L * i).toString(),
                      "customer",
                      "CONVERSATION-CUSTOMER",
                      "conversationId",
                      conversation,
                      "authorRole",
                      turns[i][0],
                      "text",
                      turns[i][1]))
              + "\n");
    }
    HttpResponse<String> response =
        http.send(
            request("/api/v1/interactions/bulk?wait=PT60S", "ingest:ingest-pw")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    assertThat(json.readTree(response.body()).path("created").asInt()).isEqualTo(turns.length);
  }

  /** The pseudonym of a customer reference, from the API. */
  String pseudonym(String customer) throws Exception {
    HttpResponse<String> response =
        http.send(
            request("/api/v1/customers/pseudonym", "agent:agent-pw")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("customer", customer))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readTree(response.body()).path("customer").asString();
  }

  /** One alert as the API shows it. */
  Map<String, Object> alert(String id) throws Exception {
    HttpResponse<String> response =
        http.send(
            request("/api/v1/alerts/" + id, "agent:agent-pw").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
  }

  private String line(
      String id,
      String channel,
      Instant at,
      String customer,
      String product,
      String topic,
      String text) {
    return json.writeValueAsString(
            Map.of(
                "externalId", id,
                "channel", channel,
                "timestamp", at.toString(),
                "customer", customer,
                "product", product,
                "tags", java.util.List.of(topic),
                "text", text))
        + "\n";
  }

  private HttpRequest.Builder request(String path, String credentials) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(2))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }
}
