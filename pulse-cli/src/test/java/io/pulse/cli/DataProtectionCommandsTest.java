package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulse erase} and {@code pulse purge} against a stand-in API. */
class DataProtectionCommandsTest {

  @TempDir Path dir;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private StandInApi api;

  @BeforeEach
  void start() throws IOException {
    api =
        StandInApi.start(
            dir,
            "/api/v1",
            exchange -> {
              requests.add(
                  exchange.getRequestMethod()
                      + " "
                      + exchange.getRequestURI().getRawPath()
                      + (exchange.getRequestURI().getRawQuery() == null
                          ? ""
                          : "?" + exchange.getRequestURI().getRawQuery()));
              String body =
                  exchange.getRequestMethod().equals("DELETE")
                      ? "{\"customer\":\"c_0123456789abcdef01234567\",\"erasedAt\":\"2026-12-06T05:00:00Z\","
                          + "\"erased\":{\"corrections\":1,\"interactions\":4,\"scores\":5}}"
                      : "{\"dryRun\":true,\"cutoffs\":{\"text\":\"2026-09-07T05:00:00Z\",\"scores\":"
                          + "\"2024-12-06T05:00:00Z\",\"alerts\":\"2025-12-06T05:00:00Z\",\"audit\":"
                          + "\"2021-12-06T05:00:00Z\"},\"counts\":{\"texts\":12,\"interactions\":3}}";
              return StandInApi.Answer.ok(body);
            });
  }

  @AfterEach
  void stop() {
    api.stop();
  }

  private Run run(Object command, String... args) {
    return api.run(command, args);
  }

  @Test
  void eraseDeletesTheEncodedReferenceAndPrintsCountsPerKind() {
    Run run = run(new DataProtectionCommands.Erase(), "--customer", "kari nordmann@example.no");

    assertThat(run.exitCode()).isZero();
    assertThat(requests).containsExactly("DELETE /api/v1/customers/kari%20nordmann%40example.no");
    assertThat(run.out())
        .contains("erased customer c_0123456789abcdef01234567")
        .containsPattern("interactions\\s+4");
    assertThat(run.out()).doesNotContain("kari");
  }

  @Test
  void purgeDryRunOnlyCounts() {
    Run run = run(new DataProtectionCommands.Purge(), "--dry-run");

    assertThat(run.exitCode()).isZero();
    assertThat(requests).containsExactly("POST /api/v1/retention/purge?dryRun=true");
    assertThat(run.out()).contains("would remove (dry run)").containsPattern("texts\\s+12");
  }
}
