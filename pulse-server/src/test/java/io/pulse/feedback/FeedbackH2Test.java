package io.pulse.feedback;

import io.pulse.alerts.AlertEngine;
import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

class FeedbackH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired ReviewStore reviews;
  @Autowired JdbcClient jdbc;
  @Autowired AlertEngine engine;

  private FeedbackChecks checks() {
    return new FeedbackChecks(mvc, json, reviews, jdbc);
  }

  @Test
  void correctionMovesTheAlertWindow() throws Exception {
    checks().correctionMovesTheAlertWindow(engine);
  }

  @Test
  void correctionChangesAnalyticsAndSurvivesRescoring() throws Exception {
    checks().correctionChangesAnalyticsAndSurvivesRescoring();
  }

  @Test
  void correctionsAreValidatedAndNeedTheRightRole() throws Exception {
    checks().correctionsAreValidatedAndNeedTheRightRole();
  }

  @Test
  void spotChecksAreReviewedAndAgreementIsMeasured() throws Exception {
    checks().spotChecksAreReviewedAndAgreementIsMeasured();
  }
}
