package io.pulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pulse.cli.AnalyticsCommandsTest.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
  private HttpServer server;
  private String url;
  private Path passwordFile;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
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
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
    passwordFile = Files.writeString(dir.resolve("pw"), "s3cret\n");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Run run(Object command, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = url;
    all[args.length + 2] = "--password-file";
    all[args.length + 3] = passwordFile.toString();
    return AnalyticsCommandsTest.run(command, all);
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
