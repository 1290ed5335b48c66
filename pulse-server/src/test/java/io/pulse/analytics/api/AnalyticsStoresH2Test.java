package io.pulse.analytics.api;

import io.pulse.server.H2ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AnalyticsStoresH2Test extends H2ServerTest {
  @Autowired SentimentStore sentiment;
  @Autowired AlertResponseStore alerts;
  @Autowired JdbcClient jdbc;

  private AnalyticsStoreChecks checks() {
    return new AnalyticsStoreChecks(sentiment, alerts, jdbc);
  }

  @Test
  void sentimentIsReadPerCustomerAcrossBatchesAndUpToADate() {
    checks().sentimentIsReadPerCustomerAcrossBatchesAndUpToADate();
  }

  @Test
  void onlyOrangeAndRedAlertsOfThePeriodCount() {
    checks().onlyOrangeAndRedAlertsOfThePeriodCount();
  }
}
