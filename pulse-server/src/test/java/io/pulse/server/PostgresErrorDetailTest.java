package io.pulse.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL errors never quote statement parameters (they end up in the pool's log lines). */
class PostgresErrorDetailTest extends PostgresServerTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void failedBatchDoesNotQuoteItsValues() {
    String planted = ServerTestSupport.unique("planted-value");
    jdbc.execute("CREATE TEMPORARY TABLE IF NOT EXISTS detail_probe (v VARCHAR(80) PRIMARY KEY)");
    Throwable failure =
        catchThrowable(() ->
            jdbc.batchUpdate(
                "INSERT INTO detail_probe (v) VALUES (?)",
                List.of(new Object[] {planted}, new Object[] {planted})));
    assertThat(failure).isNotNull();
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    assertThat(trace.toString()).doesNotContain(planted);
  }
}
