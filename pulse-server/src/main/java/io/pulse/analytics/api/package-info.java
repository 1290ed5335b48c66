/**
 * Analytics over HTTP: RFM segments, monthly cohort retention and sentiment x RFM, computed with
 * {@code pulse-analytics} from the bundled Online Retail transactions or an uploaded transactions
 * CSV. Customer ids of the transactions are pseudonymised with the server's privacy guard, exactly
 * as ingested customer references are, so RFM customers join with stored interaction sentiment and
 * no raw customer id leaves the server. {@link io.pulse.analytics.api.AnalyticsController} is the
 * entry point; everything else is package-private.
 */
package io.pulse.analytics.api;
