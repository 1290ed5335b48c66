package io.pulse.dashboard;

import io.pulse.server.PostgresServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class DashboardPostgresTest extends PostgresServerTest {

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
}
