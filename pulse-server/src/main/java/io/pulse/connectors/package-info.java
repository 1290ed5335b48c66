/**
 * Connectors: helpdesk and chat webhooks verified by the sender's HMAC signature ({@link
 * io.pulse.connectors.WebhookController}) and IMAP mailboxes polled on a schedule; both hand their
 * interactions to ingest's {@link io.pulse.ingest.ConnectorIngest}, the same path as every request.
 * Owns the table {@code mail_cursors}.
 */
package io.pulse.connectors;
