package io.pulse.gdpr;

import io.pulse.server.H2ServerTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class DataProtectionH2Test extends H2ServerTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;

  private DataProtectionChecks checks() {
    return new DataProtectionChecks(mvc, jdbc, dataSource);
  }

  @Test
  void erasureLeavesNothingOfTheCustomerInAnyTable() throws Exception {
    checks().erasureLeavesNothingOfTheCustomerInAnyTable();
  }

  @Test
  void exportHasEverythingStoredAboutTheCustomerAsJsonAndCsvZip() throws Exception {
    checks().exportHasEverythingStoredAboutTheCustomerAsJsonAndCsvZip();
  }

  @Test
  void retentionPurgesTextButKeepsScoresAndRemovesWhatIsOlderThanTheScorePeriod() throws Exception {
    checks().retentionPurgesTextButKeepsScoresAndRemovesWhatIsOlderThanTheScorePeriod();
  }

  @Test
  void theAuditTrailIsAppendOnlyInTheDatabase() throws Exception {
    checks().theAuditTrailIsAppendOnlyInTheDatabase();
  }
}
