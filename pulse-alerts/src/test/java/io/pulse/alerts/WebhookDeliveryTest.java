package io.pulse.alerts;

import static io.pulse.alerts.Fixtures.T0;
import static io.pulse.alerts.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final String SECRET = "test-secret-0123456789";

  private final MutableClock clock = new MutableClock(T0);
  private final List<Received> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int answer = 200;
  private HttpServer server;

  private record Received(String body, String signature, String timestamp, String deliveryId) {}

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void deliveryWaitsForTheReceiverAndArrivesExactlyOnceSigned() throws IOException {
    int port = start(0);
    server.stop(0); // the receiver is down
    AlertEngine engine = engine(port);
    Alert alert = engine.onScored(score("c_0d1", T0, -0.9)).getFirst();
    String deliveryId = engine.pendingDeliveries().getFirst().id();

    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(0, 1));
    Delivery failed = engine.delivery(deliveryId).orElseThrow();
    assertThat(failed.status()).isEqualTo(Delivery.Status.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(failed.lastError()).isNotBlank();
    assertThat(engine.dispatchDue()).as("back-off not over").isEqualTo(new DispatchResult(0, 0));

    start(port); // back, but still failing
    answer = 503;
    clock.advance(Duration.ofSeconds(30));
    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(0, 1));
    assertThat(engine.delivery(deliveryId).orElseThrow().nextAttemptAt())
        .as("exponential back-off")
        .isEqualTo(clock.instant().plusSeconds(60));
    assertThat(engine.delivery(deliveryId).orElseThrow().lastError())
        .isEqualTo("webhook answered HTTP 503");

    answer = 200;
    clock.advance(Duration.ofSeconds(60));
    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(1, 0));
    clock.advance(Duration.ofHours(2));
    assertThat(engine.dispatchDue()).isEqualTo(new DispatchResult(0, 0));

    assertThat(requests).hasValue(2);
    assertThat(accepted).hasSize(1);
    Received received = accepted.getFirst();
    assertThat(received.deliveryId()).isEqualTo(deliveryId);
    assertThat(received.signature())
        .isEqualTo(WebhookTransport.signature(SECRET, received.timestamp(), received.body()))
        .startsWith("sha256=")
        .hasSize("sha256=".length() + 64);
    assertThat(received.body())
        .contains("\"id\":\"" + alert.id() + "\"")
        .contains("\"series\":\"customer=c_0d1\"")
        .contains("\"level\":\"RED\"");
    Delivery delivered = engine.delivery(deliveryId).orElseThrow();
    assertThat(delivered.status()).isEqualTo(Delivery.Status.DELIVERED);
    assertThat(delivered.attempts()).isEqualTo(3);
    assertThat(delivered.deliveredAt()).isEqualTo(clock.instant().minus(Duration.ofHours(2)));
    assertThat(engine.pendingDeliveries()).isEmpty();
  }

  @Test
  void signatureCoversTimestampAndBody() {
    String signature = WebhookTransport.signature(SECRET, "1700000000", "{\"a\":1}");

    assertThat(signature)
        .isNotEqualTo(WebhookTransport.signature(SECRET, "1700000001", "{\"a\":1}"));
    assertThat(signature)
        .isNotEqualTo(WebhookTransport.signature(SECRET, "1700000000", "{\"a\":2}"));
    assertThat(signature)
        .isNotEqualTo(
            WebhookTransport.signature("other-secret-0123456", "1700000000", "{\"a\":1}"));
  }

  @Test
  void backoffDoublesUpToTheMaximum() {
    var dispatcher =
        new Dispatcher(
            new InMemoryOutbox(),
            java.util.Map.of(),
            new AlertConfig.Retry(Duration.ofSeconds(30), Duration.ofMinutes(5)),
            clock);

    assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofSeconds(240));
    assertThat(dispatcher.backoff(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(dispatcher.backoff(60)).isEqualTo(Duration.ofMinutes(5));
  }

  private AlertEngine engine(int port) {
    var webhook =
        new WebhookSettings(
            URI.create("http://127.0.0.1:" + port + "/hook"), SECRET, Duration.ofSeconds(5));
    return AlertEngine.builder().clock(clock).webhook(webhook).build();
  }

  private int start(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/hook", this::handle);
    server.start();
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int status = answer;
    if (status == 200) {
      var headers = exchange.getRequestHeaders();
      accepted.add(
          new Received(
              body,
              headers.getFirst("X-Pulse-Signature"),
              headers.getFirst("X-Pulse-Timestamp"),
              headers.getFirst("X-Pulse-Delivery")));
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }
}
