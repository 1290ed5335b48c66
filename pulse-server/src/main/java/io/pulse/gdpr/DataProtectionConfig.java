package io.pulse.gdpr;

import io.pulse.audit.AuditTrail;
import io.pulse.privacy.PrivacyGuard;
import io.pulse.server.PersonalData;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires erasure, export and retention to the owners of the tables. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionProperties.class)
class DataProtectionConfig {

  @Bean
  DataSubjects dataSubjects(
      List<PersonalData> owners,
      PrivacyGuard guard,
      TransactionTemplate transactions,
      AuditTrail audit) {
    return new DataSubjects(owners, guard, transactions, audit, Clock.systemUTC());
  }

  @Bean
  Retention retention(
      List<PersonalData> owners,
      RetentionProperties settings,
      TransactionTemplate transactions,
      AuditTrail audit) {
    return new Retention(owners, settings, transactions, audit, Clock.systemUTC());
  }

  @Bean
  RetentionSchedule retentionSchedule(RetentionProperties settings, Retention retention) {
    return new RetentionSchedule(settings.cron(), retention);
  }
}
