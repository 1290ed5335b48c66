package io.pulse.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DashboardH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired DashboardQueries queries;

  @Test
  void daysSamplesAndValuesBySlice() throws Exception {
    new DashboardChecks(mvc, queries).daysSamplesAndValuesBySlice();
  }

  @Test
  void apiAnswersDrilldownHeatmapAndProblems() throws Exception {
    new DashboardChecks(mvc, queries).apiAnswersDrilldownHeatmapAndProblems();
  }

  @Test
  void aspectsSliceByTheirOwnScore() throws Exception {
    new DashboardChecks(mvc, queries).aspectsSliceByTheirOwnScore();
  }

  @Test
  void aspectIdsHaveTheTaxonomyNamesForDisplay() throws Exception {
    mvc.perform(get("/api/v1/dashboard/names").with(httpBasic("analyst", "analyst-pw")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.aspect.waiting_time").value("Waiting time"))
        .andExpect(jsonPath("$.aspect.product_quality").value("Product quality"));
  }
}
