package io.pulse.analytics.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics API ({@code pulse.analytics.*}); each default is written here only.
 *
 * @param transactionsFile transactions CSV the endpoints read by default; blank: the bundled Online
 *     Retail data
 * @param maxUploadBytes largest transactions CSV a request may upload (413 beyond)
 * @param segmentRulesFile RFM segment rules file; blank: the ten bundled segments
 */
@ConfigurationProperties("pulse.analytics")
record AnalyticsProperties(
    @DefaultValue("") String transactionsFile,
    @DefaultValue("104857600") long maxUploadBytes,
    @DefaultValue("") String segmentRulesFile) {}
