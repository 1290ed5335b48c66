/**
 * HTTP API of issue 8's insight (role analyst): explanations on demand, aspect sentiment per week,
 * aspect co-occurrence and discovered key phrases. {@link io.pulse.insight.api.InsightController}
 * is the entry point; what ingest stores is in {@code io.pulse.ingest}.
 */
package io.pulse.insight.api;
