package io.pulse.alerts.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.sun.net.httpserver.HttpServer;
import io.pulse.alerts.AlertEngine;
import io.pulse.server.H2ServerTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Write-back of an escalating conversation to its Zendesk ticket, through the outbox, against an
 * HTTP server started by the test that records the calls and fails the first one.
 */
class WriteBackH2Test extends H2ServerTest {

  private static final List<String> CALLS = new CopyOnWriteArrayList<>();
  private static final AtomicInteger FAILURES_LEFT = new AtomicInteger(1);
  private static final HttpServer HELPDESK = start();

  private static HttpServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/api/v2/tickets",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = FAILURES_LEFT.getAndDecrement() > 0 ? 503 : 200;
            CALLS.add(
                status
                    + " "
                    + exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI().getPath()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Authorization")
                    + " "
                    + body);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void helpdesk(DynamicPropertyRegistry registry) {
    registry.add(
        "pulse.alerts.helpdesk.url", () -> "http://127.0.0.1:" + HELPDESK.getAddress().getPort());
    registry.add("pulse.alerts.helpdesk.kind", () -> "zendesk");
    registry.add("pulse.alerts.helpdesk.token", () -> "zd-token");
    registry.add("pulse.alerts.helpdesk.rules.escalate.kinds", () -> "conversation_escalating");
    registry.add("pulse.alerts.helpdesk.rules.escalate.min-level", () -> "orange");
    registry.add("pulse.alerts.helpdesk.rules.escalate.priority", () -> "urgent");
    registry.add("pulse.alerts.helpdesk.rules.escalate.tags", () -> "pulse-escalating");
    registry.add("pulse.alerts.helpdesk.rules.escalate.group", () -> "360001");
    registry.add("pulse.alerts.retry.initial-backoff", () -> "PT0.2S");
  }

  @AfterAll
  static void stop() {
    HELPDESK.stop(0);
  }

  @Autowired MockMvc mvc;
  @Autowired AlertEngine engine;

  @Test
  void escalatingTicketGetsPriorityTagAndGroupAfterARetry() throws Exception {
    String ticket = Long.toString(Math.abs(System.nanoTime() % 1_000_000));
    Instant start = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    String[] turns = {"great product", "hmm, it stopped", "terrible, still broken"};
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < turns.length; i++) {
      body.append(
          ("{\"externalId\":\"wb-%s-%d\",\"channel\":\"ticket\",\"timestamp\":\"%s\","
                  + "\"customer\":\"zendesk:9\",\"conversationId\":\"zendesk:%s\","
                  + "\"text\":\"%s\"}\n")
              .formatted(ticket, i, start.plusSeconds(60L * i), ticket, turns[i]));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.items[2].status").value("scored"));

    long deadline = System.nanoTime() + 20_000_000_000L;
    while (CALLS.stream().noneMatch(c -> c.startsWith("200")) && System.nanoTime() < deadline) {
      engine.dispatchDue();
      Thread.sleep(100);
    }
    assertThat(CALLS).hasSizeGreaterThanOrEqualTo(2);
    assertThat(CALLS.getFirst()).startsWith("503 PUT /api/v2/tickets/" + ticket + ".json");
    assertThat(CALLS.stream().filter(c -> c.startsWith("200")).toList())
        .singleElement()
        .satisfies(call -> {
          assertThat(call)
              .startsWith("200 PUT /api/v2/tickets/" + ticket + ".json Bearer zd-token");
          assertThat(call)
              .contains(
                  "\"priority\":\"urgent\"",
                  "\"additional_tags\":[\"pulse-escalating\"]",
                  "\"group_id\":\"360001\"");
        });
  }
}
