/**
 * Alerts on customer sentiment: bands (green, yellow, orange, red) for single interactions and
 * rolling windows per customer, product, channel and topic; an escalation table with review
 * deadlines and overdue escalation; trend anomalies against a 4-6 week baseline (z-scores of the
 * window mean and of the negative share, and a negative-count threshold); de-duplication and
 * cooldown against alert fatigue; a calibration replay; and notifications through a durable outbox
 * to a signed webhook and SMTP, including {@code survey.requested} events for negative product and
 * topic trends.
 *
 * <p>{@link io.pulse.alerts.AlertEngine} is the entry point. The server implements {@link
 * io.pulse.alerts.AlertStore} and {@link io.pulse.alerts.NotificationOutbox} on its database;
 * in-memory versions are the default. Payloads carry ids, levels, scores and series keys only:
 * customers appear as pseudonyms, and no message text is ever part of an alert.
 */
package io.pulse.alerts;
