package io.pulse.alerts.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a local port that can go down and come back on the same port. It checks
 * each request's HMAC signature the way a real receiver would and keeps the verified ones.
 */
final class WebhookReceiver implements AutoCloseable {

  static final String SECRET = "server-test-secret-0123456789";

  /** One accepted request. */
  record Received(String eventType, String deliveryId, String body) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final int port;
  private HttpServer server;

  WebhookReceiver() throws IOException {
    start(0);
    this.port = server.getAddress().getPort();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/hooks/pulse");
  }

  void down() {
    server.stop(0);
    server = null;
  }

  void up() throws IOException {
    start(port);
  }

  /** Accepted requests whose body contains {@code marker} (e.g. a test's unique customer). */
  List<Received> receivedWith(String marker) {
    return received.stream().filter(r -> r.body().contains(marker)).toList();
  }

  @Override
  public void close() {
    if (server != null) {
      down();
    }
  }

  private void start(int onPort) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
    server.createContext(
        "/hooks/pulse",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String timestamp = exchange.getRequestHeaders().getFirst("X-Pulse-Timestamp");
          String signature = exchange.getRequestHeaders().getFirst("X-Pulse-Signature");
          boolean valid = signature != null && signature.equals(sign(timestamp + "." + body));
          if (valid) {
            received.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("X-Pulse-Event"),
                    exchange.getRequestHeaders().getFirst("X-Pulse-Delivery"),
                    body));
          }
          exchange.sendResponseHeaders(valid ? 204 : 401, -1);
          exchange.close();
        });
    server.start();
  }

  private static String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
