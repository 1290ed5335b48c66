package io.pulse.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits and batching of ingest ({@code pulse.ingest.*}).
 *
 * @param maxTextChars longest accepted interaction text, in characters
 * @param maxSingleRequestBytes largest body of a single-interaction request (413 beyond)
 * @param maxBulkRequestBytes largest body of a bulk or CSV request (413 beyond)
 * @param batchSize interactions scored and stored together in bulk requests
 */
@ConfigurationProperties("pulse.ingest")
record IngestProperties(
    int maxTextChars, long maxSingleRequestBytes, long maxBulkRequestBytes, int batchSize) {}
