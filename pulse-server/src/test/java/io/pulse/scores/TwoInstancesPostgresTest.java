package io.pulse.scores;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.pulse.server.FakeModelServer;
import io.pulse.server.PostgresTestDatabase;
import io.pulse.server.ServerTestSupport;
import io.pulse.store.Accepted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two server instances (application contexts) on one PostgreSQL database share the scoring queue:
 * every interaction accepted by either is scored exactly once, and both do part of the work.
 */
class TwoInstancesPostgresTest {

  @Test
  void twoInstancesShareTheQueueAndScoreNothingTwice() throws Exception {
    PostgresTestDatabase.requireAvailable();
    String url = PostgresTestDatabase.create("two");
    try (ConfigurableApplicationContext a = FakeModelServer.start(settings(url));
        ConfigurableApplicationContext b = FakeModelServer.start(settings(url))) {
      String prefix = ServerTestSupport.unique("two");
      List<Long> ids = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        ConfigurableApplicationContext instance = round % 2 == 0 ? a : b;
        Map<String, Accepted> accepted =
            instance.getBean(Scores.class).accept(ScoresChecks.batch(prefix + "-" + round, 100));
        accepted.values().forEach(x -> ids.add(x.id()));
      }
      a.getBean(Scores.class).await(ids, Duration.ofSeconds(60));

      JdbcClient jdbc = a.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM scores").query(Long.class).single())
          .isEqualTo(1000);
      assertThat(
              jdbc.sql("SELECT COUNT(*) FROM interactions WHERE scoring_status = 'scored'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1000);
      double byA = scored(a);
      double byB = scored(b);
      assertThat(byA + byB).isEqualTo(1000); // nothing scored twice
      assertThat(byA).isPositive();
      assertThat(byB).isPositive();
    }
  }

  /** Interactions an instance scored: the total of its batch sizes. */
  private static double scored(ConfigurableApplicationContext context) {
    return context
        .getBean(MeterRegistry.class)
        .get("pulse.scoring.batch.size")
        .summary()
        .totalAmount();
  }

  private static Map<String, String> settings(String url) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("server.port", "0");
    settings.put("spring.profiles.active", "postgres");
    settings.put("spring.datasource.url", url);
    settings.put("spring.datasource.username", PostgresTestDatabase.USER);
    settings.put("pulse.data-dir", ServerTestSupport.newDataDir().toString());
    settings.put("pulse.alerts.enabled", "false");
    for (String property : ServerTestSupport.USERS) {
      int eq = property.indexOf('=');
      settings.put(property.substring(0, eq), property.substring(eq + 1));
    }
    return settings;
  }
}
