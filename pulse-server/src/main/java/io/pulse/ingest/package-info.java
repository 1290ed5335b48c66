/**
 * Ingest: interactions arrive as JSON, JSON arrays, NDJSON streams or CSV with a column mapping;
 * each is validated, redacted and pseudonymised (before anything is stored or logged), scored and
 * stored with its score in one transaction. {@link io.pulse.ingest.IngestController} is the HTTP
 * entry point; everything else is package-private.
 */
package io.pulse.ingest;
