package io.pulse.insight.api;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

class InsightApiH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  private InsightChecks checks() {
    return new InsightChecks(mvc, jdbc, json);
  }

  @Test
  void storesLanguageMixedAspectsAndLeavesUnsupportedLanguagesUnscored() throws Exception {
    checks().storesLanguageMixedAspectsAndLeavesUnsupportedLanguagesUnscored();
  }

  @Test
  void fallbackScoresAreFlaggedAndMovedToTheModelByTheRescoreJob() throws Exception {
    checks().fallbackScoresAreFlaggedAndMovedToTheModelByTheRescoreJob();
  }
}
