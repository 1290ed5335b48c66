package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class DemoLoaderTest extends H2ServerTest {
  @Autowired IngestPipeline pipeline;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  @Test
  void demoTweetsArriveAsRecentSocialInteractionsOfPseudonymousCustomers(@TempDir Path dir)
      throws Exception {
    String id = ServerTestSupport.unique("demo");
    Path file = dir.resolve("demo.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          ("id,label,airline,created_at,text\n"
                  + id
                  + "1,negative,United,2015-02-24T11:35:52-08:00,@united lost my bag again\n"
                  + id
                  + "2,positive,Delta,2015-02-17T09:00:00-08:00,@delta great crew thanks\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    DemoLoader loader =
        new DemoLoader(
            pipeline,
            jdbc,
            json,
            new DemoProperties(
                true, file.toString(), 2, "", Instant.parse("2015-02-25T08:00:00Z")));

    BulkReport report = loader.load();

    assertThat(report.created()).isEqualTo(2);
    List<OffsetDateTime> times =
        jdbc.sql(
                "SELECT occurred_at FROM interactions WHERE external_id LIKE :id"
                    + " ORDER BY occurred_at")
            .param("id", "airline-" + id + "%")
            .query(OffsetDateTime.class)
            .list();
    Instant now = Instant.now();
    // newest tweet: 2015-02-24T19:35:52Z, 12 h 24 min before the period end that maps to now
    assertThat(Duration.between(times.get(1).toInstant(), now))
        .isBetween(Duration.ofHours(12), Duration.ofHours(13));
    assertThat(Duration.between(times.get(0).toInstant(), times.get(1).toInstant()))
        .isEqualTo(Duration.ofDays(7).plusHours(2).plusMinutes(35).plusSeconds(52));
    List<String> customers =
        jdbc.sql("SELECT customer_pseudonym FROM interactions WHERE external_id LIKE :id")
            .param("id", "airline-" + id + "%")
            .query(String.class)
            .list();
    assertThat(customers).allMatch(c -> c.matches("c_[0-9a-f]{24}"));
  }
}
