/**
 * Alerts in the server: the {@link io.pulse.alerts.AlertEngine} on JDBC storage (tables {@code
 * alerts} and {@code alert_deliveries}), fed by ingest after each commit, with a scheduler that
 * escalates overdue alerts and drains the notification outbox, settings from {@code pulse.alerts.*}
 * or a YAML/JSON file, and the HTTP API under {@code /api/v1/alerts}. {@link
 * io.pulse.alerts.api.AlertController} is the entry point; everything else is package-private.
 */
package io.pulse.alerts.api;
