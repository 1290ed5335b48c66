package io.pulse.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.alerts.AlertConfig;
import io.pulse.server.ServerTestSupport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.MockMvc;

/** Checks of {@link DashboardQueries} and the dashboard API, run against H2 and PostgreSQL. */
final class DashboardChecks {

  private static final AlertConfig.Bands EDGES = new AlertConfig.Bands(0.3, -0.2, -0.5);

  private final MockMvc mvc;
  private final DashboardQueries queries;
  private final String product = ServerTestSupport.unique("dash-product");
  private final String topic = ServerTestSupport.unique("dash-topic");
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  DashboardChecks(MockMvc mvc, DashboardQueries queries) {
    this.mvc = mvc;
    this.queries = queries;
  }

  /**
   * Stores 12 interactions of one product over 6 days ago .. 1 day ago: on even days two negative
   * ones tagged with the topic (and "shared"), on odd days two positive untagged ones.
   */
  private void store() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      int daysAgo = 1 + i / 2;
      boolean negative = daysAgo % 2 == 0;
      OffsetDateTime at = today.minusDays(daysAgo).atTime(10, i).atOffset(ZoneOffset.UTC);
      body.append(
          ("{\"externalId\":\"%s-%d\",\"channel\":\"%s\",\"timestamp\":\"%s\","
                  + "\"customer\":\"DASH-%d\",\"product\":\"%s\",%s\"text\":\"%s\"}\n")
              .formatted(
                  product,
                  i,
                  i % 3 == 0 ? "chat" : "email",
                  at,
                  i % 4,
                  product,
                  negative ? "\"tags\":[\"" + topic + "\",\"shared\"]," : "",
                  negative ? "terrible, late and broken <b>again</b>" : "great, thanks"));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(12));
  }

  void daysSamplesAndValuesBySlice() throws Exception {
    store();
    LocalDate from = today.minusDays(10);
    LocalDate to = today.plusDays(1);

    List<DayCell> byTopic = queries.days(from, to, Slice.TOPIC, topic, EDGES);
    assertThat(byTopic).extracting(DayCell::value).containsOnly(topic);
    assertThat(byTopic)
        .extracting(DayCell::day)
        .containsExactlyInAnyOrder(today.minusDays(2), today.minusDays(4), today.minusDays(6));
    assertThat(byTopic)
        .allSatisfy(c -> {
          assertThat(c.count()).isEqualTo(2);
          assertThat(c.negatives()).isEqualTo(2);
          assertThat(c.bands().red()).isEqualTo(2);
          assertThat(c.scoreSum() / c.count()).isLessThan(-0.5);
        });

    List<DayCell> byProduct = queries.days(from, to, Slice.PRODUCT, product, EDGES);
    assertThat(byProduct).hasSize(6);
    assertThat(byProduct.stream().mapToLong(DayCell::count).sum()).isEqualTo(12);
    assertThat(byProduct)
        .allSatisfy(c -> {
          DayCell.Bands b = c.bands();
          assertThat(b.green() + b.yellow() + b.orange() + b.red()).isEqualTo(c.count());
        });

    List<DayCell> byChannel = queries.days(from, to, Slice.CHANNEL, null, EDGES);
    assertThat(byChannel).extracting(DayCell::value).contains("chat", "email");

    List<Sample> negative =
        queries.samples(Slice.TOPIC, topic, from.atStartOfDay().atOffset(ZoneOffset.UTC), true, 4);
    assertThat(negative).hasSize(4);
    assertThat(negative)
        .allSatisfy(s -> {
          assertThat(s.topics()).contains(topic, "shared");
          assertThat(s.product()).isEqualTo(product);
          assertThat(s.customer()).matches("c_[0-9a-f]{24}");
          assertThat(s.text()).isEqualTo("terrible, late and broken <b>again</b>");
        });
    List<Sample> recent =
        queries.samples(
            Slice.PRODUCT, product, from.atStartOfDay().atOffset(ZoneOffset.UTC), false, 3);
    assertThat(recent).extracting(Sample::occurredAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(recent.getFirst().occurredAt())
        .isEqualTo(today.minusDays(1).atTime(10, 1).toInstant(ZoneOffset.UTC));

    assertThat(queries.values(Slice.TOPIC, 500)).contains(new SliceValue(topic, 6));
    assertThat(queries.values(Slice.PRODUCT, 500)).contains(new SliceValue(product, 12));
    assertThat(queries.customers(true, 5))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.firstAt()).isBeforeOrEqualTo(c.lastAt()));
    assertThat(queries.unresolvedAlerts(Instant.now().plus(1, ChronoUnit.DAYS)))
        .allSatisfy(a -> assertThat(a.overdue()).isBetween(0L, a.count()));
  }

  void apiAnswersDrilldownHeatmapAndProblems() throws Exception {
    store();
    mvc.perform(
            get("/api/v1/dashboard/drilldown")
                .param("dimension", "topic")
                .param("value", topic)
                .param("days", "730")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.interactions").value(6))
        .andExpect(jsonPath("$.shareNegative").value(1.0))
        .andExpect(jsonPath("$.days.length()").value(730))
        .andExpect(
            jsonPath("$.mostNegative[0].text").value("terrible, late and broken <b>again</b>"))
        .andExpect(jsonPath("$.mostNegative[0].externalId").doesNotExist());
    mvc.perform(
            get("/api/v1/dashboard/heatmap")
                .param("dimension", "topic")
                .param("weeks", "104")
                .param("limit", "500")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.values", Matchers.hasItem(topic)))
        .andExpect(jsonPath("$.weeks.length()").value(104));
    mvc.perform(get("/api/v1/dashboard/overview").with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.interactions").isNumber())
        .andExpect(jsonPath("$.bandEdges.green").value(0.3))
        .andExpect(jsonPath("$.channels").isArray())
        .andExpect(jsonPath("$.alerts").isArray())
        .andExpect(jsonPath("$.movers").isArray());
    mvc.perform(
            get("/api/v1/dashboard/heatmap")
                .param("dimension", "colour")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dimension"))
        .andExpect(jsonPath("$.detail", Matchers.containsString("channel|product|topic|aspect")));
    mvc.perform(
            get("/api/v1/dashboard/overview")
                .param("days", "0")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("days"));
    mvc.perform(get("/api/v1/dashboard/overview").with(httpBasic("ingest", "ingest-pw")))
        .andExpect(status().isForbidden());
  }

  /**
   * Messages naming aspects (delivery, price) show up under {@code dimension=aspect}, measured by
   * the aspect's own score: a positive message with a late delivery counts as a negative delivery.
   * Stored on one day of their own, 403 days ago, so other checks' data does not mix in.
   */
  void aspectsSliceByTheirOwnScore() throws Exception {
    LocalDate day = today.minusDays(403);
    long deliveries = count(queries.values(Slice.ASPECT, 500), "delivery");
    long prices = count(queries.values(Slice.ASPECT, 500), "price");
    String[] texts = {
      "The delivery was late, but the price is great, thanks",
      "Late delivery again, what a mess",
      "The price is too high and the fee is terrible",
      "great, thanks"
    };
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      body.append(
          ("{\"externalId\":\"%s-aspect-%d\",\"channel\":\"email\",\"timestamp\":\"%s\","
                  + "\"customer\":\"DASH-A%d\",\"product\":\"%s\",\"text\":\"%s\"}\n")
              .formatted(
                  product, i, day.atTime(9, i).atOffset(ZoneOffset.UTC), i, product, texts[i]));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(texts.length));

    assertThat(count(queries.values(Slice.ASPECT, 500), "delivery")).isEqualTo(deliveries + 2);
    assertThat(count(queries.values(Slice.ASPECT, 500), "price")).isEqualTo(prices + 2);

    // The first message is positive as a whole; its delivery clause is not.
    List<DayCell> byMessage = queries.days(day, day.plusDays(1), null, null, EDGES);
    assertThat(byMessage).hasSize(1);
    assertThat(byMessage.getFirst().count()).isEqualTo(4);
    List<DayCell> byAspect = queries.days(day, day.plusDays(1), Slice.ASPECT, null, EDGES);
    assertThat(byAspect).extracting(DayCell::value).containsExactlyInAnyOrder("delivery", "price");
    DayCell delivery =
        queries.days(day, day.plusDays(1), Slice.ASPECT, "delivery", EDGES).getFirst();
    assertThat(delivery.count()).isEqualTo(2);
    assertThat(delivery.negatives()).isEqualTo(2);
    assertThat(delivery.bands().red()).isEqualTo(2);
    assertThat(delivery.scoreSum() / delivery.count()).isLessThan(-0.5);
    DayCell price = queries.days(day, day.plusDays(1), Slice.ASPECT, "price", EDGES).getFirst();
    assertThat(price.count()).isEqualTo(2);
    assertThat(price.negatives()).isEqualTo(1);
    assertThat(price.bands().green()).isEqualTo(1);
    assertThat(price.bands().red()).isEqualTo(1);

    OffsetDateTime since = day.atStartOfDay().atOffset(ZoneOffset.UTC);
    List<Sample> mentions = queries.samples(Slice.ASPECT, "delivery", since, false, 500);
    assertThat(mentions)
        .extracting(Sample::text)
        .contains(texts[0], texts[1])
        .doesNotContain(texts[2], texts[3]);
    assertThat(mentions.stream().filter(m -> m.text().equals(texts[0])).findFirst().orElseThrow())
        .extracting(Sample::label)
        .isEqualTo("positive");

    mvc.perform(
            get("/api/v1/dashboard/values")
                .param("dimension", "aspect")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].value", Matchers.hasItems("delivery", "price")));
    mvc.perform(
            get("/api/v1/dashboard/heatmap")
                .param("dimension", "aspect")
                .param("weeks", "104")
                .param("limit", "500")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dimension").value("aspect"))
        .andExpect(jsonPath("$.values", Matchers.hasItems("delivery", "price")));
    String onDay = "$.days[?(@.day == '" + day + "')]";
    mvc.perform(
            get("/api/v1/dashboard/drilldown")
                .param("dimension", "Aspect")
                .param("value", "Delivery")
                .param("days", "730")
                .with(httpBasic("agent", "agent-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.dimension").value("aspect"))
        .andExpect(jsonPath("$.value").value("delivery"))
        .andExpect(jsonPath(onDay + ".count", Matchers.contains(2)))
        .andExpect(jsonPath(onDay + ".meanScore", Matchers.contains(Matchers.lessThan(-0.5))));
  }

  private static long count(List<SliceValue> values, String value) {
    return values.stream().filter(v -> v.value().equals(value)).mapToLong(SliceValue::count).sum();
  }
}
