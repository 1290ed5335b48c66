package io.pulse.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.pulse.core.Channel;
import io.pulse.core.SentimentLabel;
import io.pulse.server.ServerTestSupport;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;

/** Repository checks of {@link InteractionQueries}, run against H2 and PostgreSQL. */
final class QueryChecks {

  private final MockMvc mvc;
  private final InteractionQueries queries;

  QueryChecks(MockMvc mvc, InteractionQueries queries) {
    this.mvc = mvc;
    this.queries = queries;
  }

  void filtersPagesAndAggregates() throws Exception {
    String product = ServerTestSupport.unique("q");
    StringBuilder body = new StringBuilder();
    String[] texts = {"great", "terrible", "meh", "love", "worst"};
    for (int i = 0; i < 10; i++) {
      body.append(
          ("{\"externalId\":\"%s-%d\",\"channel\":\"%s\",\"timestamp\":\"2025-03-%02dT23:30:00-01:00\","
                  + "\"customer\":\"C-%d\",\"product\":\"%s\",\"text\":\"%s\"}\n")
              .formatted(
                  product, i, i % 2 == 0 ? "email" : "chat", 1 + i, i % 3, product, texts[i % 5]));
    }
    mvc.perform(
            post("/api/v1/interactions/bulk?wait=PT30S")
                .with(httpBasic("ingest", "ingest-pw"))
                .contentType("application/x-ndjson")
                .content(body.toString()))
        .andExpect(jsonPath("$.created").value(10));

    InteractionFilter all =
        new InteractionFilter(null, null, null, product, null, null, null, null);
    assertThat(queries.count(all)).isEqualTo(10);
    List<InteractionView> page = queries.find(all, 1, 4, false);
    assertThat(page).hasSize(4);
    assertThat(page.getFirst().externalId()).isEqualTo(product + "-5");
    assertThat(page.getFirst().occurredAt())
        .isEqualTo(OffsetDateTime.parse("2025-03-07T00:30:00Z"));

    InteractionFilter negativeChat =
        new InteractionFilter(
            OffsetDateTime.parse("2025-03-02T00:00:00Z"),
            OffsetDateTime.parse("2025-03-09T00:00:00Z"),
            Channel.CHAT,
            product,
            SentimentLabel.NEGATIVE,
            -1.0,
            -0.5,
            null);
    assertThat(queries.find(negativeChat, 0, 50, true))
        .extracting(InteractionView::externalId)
        .containsExactly(product + "-1");

    List<AggregateRow> days =
        queries.aggregate(all, InteractionQueries.Interval.DAY, InteractionQueries.Dimension.NONE);
    assertThat(days).hasSize(10);
    assertThat(days.getFirst().period()).isEqualTo("2025-03-02"); // 23:30-01:00 is the next UTC day
    List<AggregateRow> weeks =
        queries.aggregate(
            all, InteractionQueries.Interval.WEEK, InteractionQueries.Dimension.CHANNEL);
    assertThat(weeks.stream().mapToLong(AggregateRow::count).sum()).isEqualTo(10);
    assertThat(weeks).allMatch(row -> row.group().equals("email") || row.group().equals("chat"));
    List<AggregateRow> total =
        queries.aggregate(all, InteractionQueries.Interval.ALL, InteractionQueries.Dimension.NONE);
    assertThat(total)
        .singleElement()
        .satisfies(row -> {
          assertThat(row.count()).isEqualTo(10);
          assertThat(row.shareNegative()).isEqualTo(0.4);
        });
  }
}
