package io.pulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A helpdesk export as it comes: semicolons, local times, tags split by '|'. */
class CsvOptionsH2Test extends H2ServerTest {

  private static final String MAPPING =
      "externalId=Ticket&timestamp=Created&customer=Requester&text=Body&tags=Tags"
          + "&conversationId=Ticket&defaultChannel=ticket";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private String export(String prefix) {
    return "Ticket;Created;Requester;Tags;Body\n"
        + prefix
        + "-1;2025-11-30 09:14;kari@example.no;billing|vip;\"Double charge; call me on 912 34 567\"\n"
        + prefix
        + "-2;30.11.2025 10:00;ola@example.no;;Great help, thanks\n"
        + prefix
        + "-3;2025-12-01 08:05;ola@example.no;delivery;Parcel is late\n";
  }

  private ResultActions send(String query, String csv) throws Exception {
    return send(query, csv, "ingest", "ingest-pw");
  }

  private ResultActions send(String query, String csv, String user, String password)
      throws Exception {
    return mvc.perform(
        post("/api/v1/interactions/csv?" + query)
            .with(httpBasic(user, password))
            .contentType("text/csv")
            .content(csv));
  }

  private long stored(String prefix) {
    return jdbc.sql("SELECT COUNT(*) FROM interactions WHERE external_id LIKE :p")
        .param("p", prefix + "-%")
        .query(Long.class)
        .single();
  }

  @Test
  void dateFormatZoneDelimiterAndTagSeparatorReadAHelpdeskExport() throws Exception {
    String p = ServerTestSupport.unique("csvopt");
    send(
            MAPPING + "&delimiter=;&tagSeparator=|&dateFormat=yyyy-MM-dd HH:mm&zone=Europe/Oslo",
            export(p))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.rejected").value(1))
        .andExpect(jsonPath("$.items[1].line").value(3))
        .andExpect(jsonPath("$.items[1].problem.field").value("timestamp"))
        .andExpect(jsonPath("$.items[1].problem.column").value("Created"));
    assertThat(
            jdbc.sql("SELECT tags FROM interactions WHERE external_id = :id")
                .param("id", p + "-1")
                .query(String.class)
                .single())
        .isEqualTo("[\"billing\",\"vip\"]");
    assertThat(
            jdbc.sql("SELECT occurred_at FROM interactions WHERE external_id = :id")
                .param("id", p + "-1")
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant())
        .hasToString("2025-11-30T08:14:00Z");
  }

  @Test
  void dryRunShowsTheFirstRowsAsReadAndStoresNothing() throws Exception {
    String p = ServerTestSupport.unique("csvdry");
    send(
            MAPPING
                + "&delimiter=;&tagSeparator=|&dateFormat=yyyy-MM-dd HH:mm&zone=Europe/Oslo"
                + "&dryRun=true&rows=2",
            export(p),
            "admin",
            "admin-pw")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stored").value(false))
        .andExpect(jsonPath("$.rows.length()").value(2))
        .andExpect(jsonPath("$.rows[0].status").value("ok"))
        .andExpect(jsonPath("$.rows[0].interaction.timestamp").value("2025-11-30T08:14:00Z"))
        .andExpect(jsonPath("$.rows[0].interaction.tags[1]").value("vip"))
        .andExpect(
            jsonPath("$.rows[0].interaction.customer")
                .value(org.hamcrest.Matchers.startsWith("c_")))
        .andExpect(
            jsonPath("$.rows[0].interaction.text")
                .value(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("912 34 567"))))
        .andExpect(jsonPath("$.rows[1].status").value("rejected"))
        .andExpect(
            jsonPath("$.rows[1].problem.detail")
                .value(
                    org.hamcrest.Matchers.containsString(
                        "does not match dateFormat 'yyyy-MM-dd HH:mm'")));
    assertThat(stored(p)).isZero();
    // an ingest client may not read message text: the dry run shows its length only
    send(
            MAPPING
                + "&delimiter=;&tagSeparator=|&dateFormat=yyyy-MM-dd HH:mm&zone=Europe/Oslo"
                + "&dryRun=true&rows=1",
            export(p))
        .andExpect(jsonPath("$.rows[0].interaction.text").doesNotExist())
        .andExpect(jsonPath("$.rows[0].interaction.textChars").isNumber());
    assertThat(stored(p)).isZero();
  }

  @Test
  void badOptionsNameTheParameter() throws Exception {
    String csv = export(ServerTestSupport.unique("csvbad"));
    send(MAPPING + "&delimiter=;;", csv)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("delimiter"));
    send(MAPPING + "&delimiter=;&zone=Mars/Olympus", csv)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("zone"));
    send(MAPPING + "&delimiter=;&dateFormat=yyyy-MM-dd HH:mm", csv)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[0].problem.detail")
                .value(org.hamcrest.Matchers.containsString("give zone")));
  }
}
