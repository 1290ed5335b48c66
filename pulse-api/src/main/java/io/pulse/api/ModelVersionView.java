package io.pulse.api;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A registered model version.
 *
 * @param version model version
 * @param status active, candidate, rejected or retired
 * @param location {@code bundled} or the model directory
 * @param createdAt when it was registered
 * @param activatedAt when it was last activated, or null
 * @param manifest the model's manifest (data hash, hyper-parameters, seed, metrics)
 * @param gate the no-regression gate's figures, for retrained candidates
 */
public record ModelVersionView(
    String version,
    String status,
    String location,
    OffsetDateTime createdAt,
    OffsetDateTime activatedAt,
    JsonNode manifest,
    JsonNode gate) {}
