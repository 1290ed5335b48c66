package io.pulse.alerts.api;

import io.pulse.server.H2ServerTest;
import io.pulse.server.ServerTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

class AlertsH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired JsonMapper json;

  private AlertStoreChecks store() {
    return new AlertStoreChecks(jdbc, transactions, json);
  }

  private AlertApiChecks api() {
    return new AlertApiChecks(mvc, json);
  }

  @Test
  void storeKeepsTheLifeCycleAndFilters() {
    store().storeKeepsTheLifeCycleAndFilters();
  }

  @Test
  void overdueAlertsAreEscalatedByTheScheduler() throws Exception {
    store().overdueAlertsAreEscalatedByTheScheduler();
  }

  @Test
  void webhookOutageLosesNothingAcrossARestart() throws Exception {
    store().webhookOutageLosesNothingAcrossARestart();
  }

  @Test
  void productTrendRequestsASurveyThroughTheOutbox() throws Exception {
    store().productTrendRequestsASurveyThroughTheOutbox();
  }

  @Test
  void restartRebuildsTheWindowsFromStoredScores() throws Exception {
    String product = api().ingestBurst(ServerTestSupport.unique("primed"), 5);
    store().restartRebuildsTheWindowsFromStoredScores(product);
  }

  @Test
  void burstRaisesTrendAlertBeforeTheIngestAnswers() throws Exception {
    api().burstRaisesTrendAlertBeforeTheIngestAnswers();
  }

  @Test
  void correctionsRaiseAndWithdrawSingleInteractionAlerts() throws Exception {
    api().correctionsRaiseAndWithdrawSingleInteractionAlerts();
  }

  @Test
  void lifeCycleRecordsTheAuthenticatedUser() throws Exception {
    api().lifeCycleRecordsTheAuthenticatedUser();
  }

  @Test
  void badFiltersAreNamed() throws Exception {
    api().badFiltersAreNamed();
  }

  @Test
  void calibrationReplaysStoredHistoryWithGivenBands() throws Exception {
    api().calibrationReplaysStoredHistoryWithGivenBands();
  }
}
